"""The demo's general pages in Spanish, written for Spanish readers (not word for word), keyed by the
English page's slug. The Spanish pages are translations of the English ones."""

from .articles import bullets, callout, heading, text

HOME = {
    "slug": "inicio",
    "title": "Inicio",
    "hero_heading": "Ayuda para el dolor que no se va, con médicos a su lado",
    "hero_intro": (
        "Atendemos a adultos con dolor crónico, migraña o fibromialgia. Le ayudamos a saber si la terapia "
        "con ketamina podría formar parte de su tratamiento, con una evaluación cuidadosa y control médico "
        "en cada paso."
    ),
    "featured_heading": "Conozca sus opciones",
    "conditions_heading": "Afecciones que tratamos",
}

# (name, description, slug of the English article it links to in Spanish)
CONDITIONS = [
    (
        "Dolor crónico",
        "Dolor que dura meses, como el dolor de los nervios o el síndrome de dolor regional complejo (SDRC).",
        "ketamine-therapy-chronic-pain-migraine",
    ),
    (
        "Migraña",
        "Migrañas frecuentes o fuertes que no han mejorado con otros tratamientos.",
        "ketamine-therapy-chronic-pain-migraine",
    ),
    ("Fibromialgia", "Dolor en todo el cuerpo, cansancio y mal descanso.", "ketamine-therapy-fibromyalgia"),
]

PAGES = {
    "conditions-treatments": {
        "slug": "afecciones-y-tratamientos",
        "title": "Afecciones y tratamientos",
        "intro": (
            "<p>Guías en lenguaje sencillo sobre las afecciones que tratamos y los tratamientos que ofrecemos: "
            "lo que pueden hacer y lo que no.</p>"
        ),
    },
    "locations": {
        "slug": "ubicaciones",
        "title": "Ubicaciones",
        "introduction": "Dónde encontrarnos, cuándo abrimos y cómo entrar.",
    },
    "our-team": {
        "slug": "nuestro-equipo",
        "title": "Nuestro equipo",
        "introduction": "Los profesionales que podría conocer y la formación que tienen.",
    },
    "call-back": {
        "slug": "le-llamamos",
        "title": "Pida que le llamemos",
        "introduction": ("Déjenos su nombre y un teléfono o correo electrónico, y alguien de la clínica le llamará."),
        "confirmation_text": (
            "Le llamamos en un plazo de un día hábil, dentro de nuestro horario. Si no logramos hablar con usted, "
            "lo intentaremos una vez más, o le escribiremos si nos dio un correo electrónico."
        ),
    },
    "contact": {
        "slug": "contacto",
        "title": "Contacto",
        "introduction": (
            "Llámenos, reserve en línea o visite nuestro consultorio. Con gusto respondemos sus preguntas antes "
            "de que reserve."
        ),
    },
    "about": {
        "slug": "quienes-somos",
        "title": "Quiénes somos",
        "introduction": "Una clínica pequeña dedicada al dolor de larga duración, con atención dirigida por médicos.",
        "body": [
            text(
                "<p>Ayudamos a adultos que viven con dolor crónico, migraña o fibromialgia. Muchas de las "
                "personas que vemos ya probaron varios tratamientos sin el alivio suficiente.</p>"
                "<p>Ofrecemos terapia con ketamina bajo control médico, en trociscos (pastillas que se "
                "disuelven en la boca) y en aerosol nasal. Solo la recomendamos a quienes tienen buenas "
                "probabilidades de beneficiarse y pueden tomarla con seguridad. La ketamina no es para todos. "
                "Si creemos que no es adecuada para usted, se lo diremos con franqueza.</p>"
            ),
            heading("Cómo trabajamos"),
            text(
                bullets(
                    "Hacemos una evaluación completa antes de recetar cualquier tratamiento.",
                    "Calculamos la dosis para usted y empezamos con poco.",
                    "Le damos seguimiento con regularidad y cambiamos el plan si algo no funciona.",
                    "Trabajamos junto con sus otros médicos y terapeutas.",
                )
            ),
        ],
    },
    "privacy": {
        "slug": "privacidad",
        "title": "Aviso de privacidad",
        "introduction": "Cómo trata este sitio web su información. En pocas palabras: no le sigue el rastro.",
        "body": [
            heading("Qué recoge este sitio web"),
            text(
                bullets(
                    "En este sitio no funciona ninguna herramienta de estadísticas ni de publicidad.",
                    "No guardamos cookies cuando usted lee nuestras páginas.",
                    "Nuestras páginas no cargan nada de servidores de otras empresas, como fuentes o mapas.",
                    "Cuando pulsa el botón para reservar, sumamos uno a la cuenta diaria de la página en la "
                    "que estaba. No guardamos nada sobre usted: ni su dirección en internet, ni su "
                    "dispositivo, ni su navegador.",
                )
            ),
            heading("Reservas y llamadas"),
            text(
                "<p>Nuestro sistema de reservas lo gestiona otra empresa y tiene su propio aviso de privacidad, "
                "que puede leer antes de escribir sus datos. Cuando nos llama, solo usamos lo que nos cuenta "
                "para organizar y darle su atención.</p>"
            ),
            callout(
                "info",
                "Preguntas",
                "<p>Si tiene preguntas sobre su información, llámenos al número que aparece arriba en esta página.</p>",
            ),
        ],
    },
    "accessibility": {
        "slug": "accesibilidad",
        "title": "Declaración de accesibilidad",
        "introduction": (
            "Queremos que todas las personas puedan usar este sitio web, con cualquier dispositivo o tecnología "
            "de apoyo."
        ),
        "body": [
            heading("Qué puede hacer en este sitio web"),
            text(
                bullets(
                    "Ampliar hasta el 400 % sin que el texto se salga de la pantalla ni tenga que desplazarse "
                    "hacia los lados.",
                    "Usar todas las páginas solo con el teclado. Lo primero que encuentra es un enlace para "
                    "saltar al contenido principal.",
                    "Usar un lector de pantalla: las páginas tienen títulos claros, menús con nombre y "
                    "descripciones de las imágenes.",
                    "Leer y usar todas las páginas con JavaScript desactivado.",
                    "Imprimir un artículo: los menús no se imprimen y las direcciones de los enlaces sí.",
                )
            ),
            heading("Cómo lo comprobamos"),
            text(
                "<p>Queremos cumplir las Pautas de Accesibilidad para el Contenido Web (WCAG) 2.2 en el nivel "
                "AA. Cada tipo de página se revisa de forma automática en un navegador real, en tamaño de "
                "teléfono y de computadora, cada vez que cambia el sitio. Las revisiones automáticas no "
                "encuentran todos los problemas, así que sus comentarios nos ayudan.</p>"
            ),
            heading("Avísenos de un problema"),
            text(
                "<p>Si algo de este sitio le resulta difícil de usar, o necesita la información en otro "
                "formato, llámenos al número que aparece arriba en esta página. Le ayudaremos por teléfono y "
                "arreglaremos la página.</p>"
            ),
        ],
    },
}
