"""The demo's general pages in Spanish, written for Spanish readers (not word for word), keyed by the
English page's slug. The Spanish pages are translations of the English ones."""

import datetime

from .articles import bullets, callout, heading, price_table, steps, text
from .site_pages import NONDISCRIMINATION

NONDISCRIMINATION_TAGLINES = NONDISCRIMINATION["body"][-1]

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
        "chronic-pain",
    ),
    (
        "Migraña",
        "Migrañas frecuentes o fuertes que no han mejorado con otros tratamientos.",
        "ketamine-therapy-chronic-pain-migraine",
        "migraine",
    ),
    (
        "Fibromialgia",
        "Dolor en todo el cuerpo, cansancio y mal descanso.",
        "ketamine-therapy-fibromyalgia",
        "fibromyalgia",
    ),
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
    "topics": {
        "slug": "temas",
        "title": "Afecciones y tratamientos de la A a la Z",
        "introduction": "Cada afección que tratamos y cada forma de tratamiento que ofrecemos, con nuestros "
        "artículos sobre ella.",
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
            "Le llamaremos en un plazo de un día hábil, dentro de nuestro horario. Si no logramos hablar con usted, "
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
                "disuelven en la boca) y en aerosol nasal. Solo la recomendamos si es probable que le "
                "ayude y si puede tomarla sin peligro. La ketamina no es para todos. "
                "Si creemos que no es adecuada para usted, se lo diremos con franqueza.</p>"
            ),
            heading("Cómo trabajamos"),
            text(
                bullets(
                    "Le evaluamos a fondo antes de recetarle nada.",
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
                "formato, llámenos al número que aparece arriba en esta página. Le ayudamos por teléfono y "
                "luego arreglamos la página.</p>"
            ),
        ],
    },
    "costs": {
        "slug": "costos",
        "title": "Costos y seguro médico",
        "introduction": "Lo que cuesta la atención, lo que puede pagar el seguro y su derecho a una estimación antes "
        "de empezar.",
        "body": [
            text(
                "<p>La mayoría de los pacientes pagan la terapia con ketamina de su bolsillo. El costo depende de su "
                "plan, así que le decimos cuánto costará antes de empezar. También puede leer sobre "
                '<a href="/es/primera-visita/">su primera visita</a>.</p>'
            ),
            price_table(
                "Nuestros precios",
                [
                    ("Primera consulta", "Pregúntenos", "Su historia de salud, un examen y un plan", ""),
                    ("Visita de seguimiento", "Pregúntenos", "Ver cómo está y ajustar la dosis", ""),
                    (
                        "Trociscos o aerosol nasal",
                        "Pregúntenos",
                        "El medicamento, preparado por una farmacia",
                        "La farmacia puede cobrarle aparte",
                    ),
                ],
                datetime.date(2026, 12, 1),
            ),
            heading("Seguro médico y forma de pago"),
            text(
                "<p>Los seguros casi nunca pagan la ketamina para el dolor, porque es un uso fuera de "
                "indicación. Algunos pagan parte de la visita. Llame a su seguro y pregunte antes de empezar. "
                "Le damos un recibo para enviarlo. Pregúntenos cómo puede pagar, y díganos si el costo le "
                "resulta difícil.</p>"
            ),
            heading("Su derecho a una estimación de buena fe"),
            text(
                "<p>Si no tiene seguro médico, o decide no usarlo, puede recibir por escrito una estimación de "
                'lo que costará su atención. Se llama estimación de buena fe (<span lang="en">Good Faith '
                'Estimate</span>). Una ley federal, la Ley Sin Sorpresas (<span lang="en">No Surprises '
                "Act</span>), le da este derecho.</p>"
                + bullets(
                    "Pida una estimación al reservar su cita, o cada vez que nos pregunte por los costos.",
                    "Si reserva con tres días hábiles de anticipación o más, la recibe en un plazo de un día hábil.",
                    "Si solo pregunta por los costos, la recibe en un plazo de tres días hábiles.",
                    "Si su factura supera la estimación en 400 dólares o más, puede disputar la factura.",
                    "Guarde una copia de su estimación.",
                )
                + "<p>Para saber más, visite www.cms.gov/nosurprises o llame al 1-800-985-3059.</p>"
            ),
        ],
    },
    "first-visit": {
        "slug": "primera-visita",
        "title": "Su primera visita",
        "introduction": "Qué pasa en su primera cita, cuánto dura y qué debe traer. Los tiempos son aproximados.",
        "body": [
            steps(
                "Su primera visita, paso a paso",
                [
                    (
                        "Antes de venir",
                        "<p>Le enviamos un formulario corto sobre su salud y sus medicamentos. Llénelo en casa "
                        "si puede.</p>",
                        "Unos 15 minutos",
                        "",
                    ),
                    (
                        "Llega a la clínica",
                        "<p>Revisamos sus datos, y su seguro si lo tiene.</p>",
                        "Unos 10 minutos",
                        "Una identificación con foto, y su tarjeta del seguro si la tiene",
                    ),
                    (
                        "Habla con su médico",
                        "<p>Le pregunta por su dolor, los tratamientos que ha probado y lo que espera que "
                        "cambie. Le toma la presión y el pulso.</p>",
                        "Unos 45 minutos",
                        "Una lista de sus medicamentos, y cartas o resultados de otros médicos",
                    ),
                    (
                        "Deciden juntos",
                        "<p>Si la ketamina podría servirle, su médico le explica el plan, el costo y los "
                        "riesgos. No tiene que decidir ese mismo día.</p>",
                        "Unos 15 minutos",
                        "",
                    ),
                    (
                        "Su primera dosis, en otra visita",
                        "<p>Toma la primera dosis en la clínica y vemos cómo le va. No puede manejar hasta el "
                        "día siguiente, así que alguien debe llevarle a casa.</p>",
                        "Pregúntenos al reservar",
                        "Alguien que le lleve a casa",
                    ),
                ],
            ),
            callout(
                "info",
                "Ayuda para participar",
                "<p>Díganos al reservar si necesita un intérprete u otra ayuda. Es gratis.</p>",
            ),
        ],
    },
    "nondiscrimination": {
        "slug": "no-discriminacion",
        "title": "No discriminación y ayuda con el idioma",
        "introduction": "Tratamos a todos por igual y ofrecemos ayuda gratuita con el idioma y la discapacidad.",
        "body": [
            text(
                "<p>Cumplimos las leyes federales de derechos civiles. No tratamos a nadie de forma injusta, ni "
                "le rechazamos ni le tratamos distinto, por su:</p>"
                + bullets("raza o color", "origen nacional", "edad", "discapacidad", "sexo")
                + "<p>Aquí, el sexo incluye:</p>"
                + bullets(
                    "el embarazo",
                    "la orientación sexual",
                    "la identidad de género",
                    "las características sexuales",
                    "los rasgos intersexuales",
                )
            ),
            heading("La ayuda gratuita que ofrecemos"),
            text(
                bullets(
                    "Intérpretes con formación, en persona o por teléfono, si el inglés no es su idioma.",
                    "Información escrita en otros idiomas.",
                    "Intérpretes de lengua de señas.",
                    "Información escrita en otros formatos, como letra grande o audio.",
                    "Otras ayudas y cambios en nuestra forma de trabajar, para que pueda usar nuestros servicios.",
                )
            ),
            heading("Cómo pedirla"),
            text(
                "<p>Llámenos al número que aparece arriba en esta página, o pídala en la recepción. Si es sordo "
                "o tiene dificultades para oír o hablar, marque 711 para llamarnos por un servicio de "
                "retransmisión.</p>"
            ),
            heading("Cómo presentar una queja"),
            text(
                "<p>Si cree que no le dimos esta ayuda, o que le tratamos de forma injusta, díganoslo. Llámenos "
                "y pida hablar con quien dirige la clínica, que atiende estas quejas. Podemos ayudarle a "
                "escribirla.</p>"
                "<p>También puede quejarse ante la Oficina de Derechos Civiles del Departamento de Salud y "
                "Servicios Humanos de EE. UU.:</p>"
                + bullets(
                    "en internet, en www.hhs.gov/ocr/complaints",
                    "por teléfono, al 1-800-368-1019 (TDD: 1-800-537-7697)",
                    "por correo, a 200 Independence Avenue SW, Room 509F, HHH Building, Washington, D.C. 20201",
                )
            ),
            # The taglines are the same in every language; only their heading is in Spanish.
            {
                **NONDISCRIMINATION_TAGLINES,
                "value": {**NONDISCRIMINATION_TAGLINES["value"], "heading": "Ayuda con el idioma"},
            },
        ],
    },
    "notice-of-privacy-practices": {
        "slug": "aviso-de-practicas-de-privacidad",
        "title": "Aviso de prácticas de privacidad",
        "introduction": (
            "Cómo podemos usar y compartir su información de salud, y sus derechos sobre ella. No es el aviso "
            "de privacidad de este sitio web."
        ),
        "body": [
            callout(
                "important",
                "Aviso de ejemplo",
                "<p>Este resumen y el documento son ejemplos. La clínica los cambia por su propio aviso.</p>",
            ),
            text(
                "<p>Una ley federal, HIPAA, nos obliga a proteger su información de salud y a darle este aviso. "
                "El aviso completo, en inglés, está en el documento de arriba. Aquí tiene un resumen.</p>"
            ),
            heading("Sus derechos"),
            text(
                bullets(
                    "Recibir una copia de su expediente médico.",
                    "Pedirnos que corrijamos su expediente.",
                    "Pedirnos que le contactemos de cierta forma, por ejemplo en otra dirección.",
                    "Pedirnos que limitemos lo que usamos o compartimos.",
                    "Recibir una lista de con quién hemos compartido su información.",
                    "Recibir una copia de este aviso.",
                    "Elegir a alguien que actúe por usted.",
                    "Quejarse si cree que no hemos respetado sus derechos.",
                )
            ),
            heading("Cómo usamos y compartimos su información"),
            text(
                bullets(
                    "Para atenderle, y para trabajar con sus otros médicos.",
                    "Para administrar la clínica.",
                    "Para cobrar su atención.",
                    "Cuando la ley lo exige.",
                )
            ),
            heading("Preguntas y quejas"),
            text(
                "<p>Llámenos y pida hablar con la persona encargada de la privacidad. También puede quejarse "
                "ante el Departamento de Salud y Servicios Humanos de EE. UU., en www.hhs.gov/ocr/complaints. "
                "No tomaremos ninguna medida en su contra por quejarse.</p>"
            ),
        ],
    },
}
