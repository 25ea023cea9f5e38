"""The demo articles in Spanish: the same facts and cautions as the English, written afresh in plain
Spanish, keyed by the English article's slug. References keep their published (English) titles."""

import datetime

from .articles import FIBROMYALGIA, PAIN_AND_MIGRAINE, bullets, callout, faq, heading, safety, text

# The same safety facts in both articles; only when to call the clinic differs.
NOT_SAFE_IF = "<p>La ketamina puede no ser segura si usted:</p>" + bullets(
    "está embarazada o da el pecho",
    "tiene una enfermedad del corazón, o presión alta que no está controlada",
    "ha tenido psicosis o algunos otros problemas de salud mental",
    "tiene o ha tenido problemas con las drogas o el alcohol",
    "tiene una enfermedad del hígado o problemas de la vejiga",
)
SIDE_EFFECTS = [
    ("Mareo, somnolencia o sentirse desconectado, como en un sueño", "common"),
    ("Ganas de vomitar (náuseas)", "common"),
    ("Subida de la presión arterial", "common"),
    ("Ver u oír cosas que no existen", "common"),
    ("Respiración lenta", "unknown"),
    ("Problemas de la vejiga y al orinar", "unknown"),
    ("Mal uso, y ganas de tomar más de lo recetado", "unknown"),
]
CALL_911 = (
    "<p>Llame al 911 si alguien tiene dolor en el pecho, respira lento o poco, tiene una convulsión o no se "
    "despierta.</p>"
)


def ketamine_safety(call_clinic):
    return safety("¿Es segura la ketamina para mí?", NOT_SAFE_IF, SIDE_EFFECTS, call_clinic, CALL_911)


PAIN_AND_MIGRAINE_ES = {
    "slug": "terapia-con-ketamina-para-el-dolor-cronico-y-la-migrana",
    "title": "Terapia con ketamina para el dolor crónico y la migraña",
    "last_reviewed": datetime.date(2026, 9, 24),
    # Reviewed in Spanish before it went live in Spanish.
    "date_published": datetime.date(2026, 9, 28),
    "regulatory_notice": (
        "La FDA aprobó la ketamina como anestésico. Usarla para el dolor crónico o la migraña es un uso "
        "fuera de indicación: un médico puede recetarla si cree que le conviene, pero no es un tratamiento "
        "aprobado para estas afecciones. No es una cura, y los resultados cambian de una persona a otra."
    ),
    "conditions_covered": "Dolor crónico\nMigraña\nSíndrome de dolor regional complejo",
    "references": PAIN_AND_MIGRAINE["references"],
    "summary": (
        "Algunos médicos recetan ketamina en dosis bajas para el dolor de larga duración o la migraña cuando "
        "otros tratamientos no han funcionado. Aquí explicamos en qué se diferencia de los opioides, las "
        "formas que ofrecemos, sus efectos secundarios y qué esperar. No ayuda a todas las personas."
    ),
    "body": [
        text(
            "<p>El dolor que dura meses, o las migrañas que vuelven una y otra vez, pueden complicar el "
            "trabajo, el sueño y la vida en familia. Los analgésicos comunes no siempre alivian. Los opioides "
            "tienen sus propios riesgos: con el tiempo se puede necesitar más dosis y se puede crear "
            "dependencia.</p>"
            "<p>La ketamina es una opción que algunas personas consideran cuando otros tratamientos no han "
            "dado resultado. Le contamos lo que se sabe de ella y lo que todavía no se sabe.</p>"
        ),
        heading("En qué se diferencia la ketamina de los opioides"),
        text(
            "<p>Los opioides calman el dolor al unirse a unos receptores del cerebro y de la médula espinal. "
            "La ketamina actúa en otro lugar: bloquea el <b>receptor NMDA</b>, que ayuda a transmitir las "
            "señales de dolor por los nervios.</p>"
            "<p>Cuando el dolor dura mucho, el sistema nervioso puede volverse demasiado sensible y enviar "
            "señales de dolor con más facilidad y más fuerza de lo normal. Los médicos lo llaman "
            "<b>sensibilización central</b>. Al bloquear los receptores NMDA, la ketamina podría:</p>"
            + bullets(
                "calmar nervios que se activan con demasiada facilidad",
                "cortar vías del dolor a las que no llegan los opioides",
                "aliviar el dolor de algunas personas cuando otros medicamentos no lo logran",
            )
            + "<p>Donde más se ha estudiado es en el dolor de los nervios, el síndrome de dolor regional "
            "complejo (SDRC), la fibromialgia y la migraña fuerte.</p>"
        ),
        heading("Qué dicen los estudios"),
        text(
            "<p>Las pruebas son más sólidas para unos tipos de dolor que para otros. La mayoría de los "
            "estudios dieron la ketamina por la vena (infusión), no en pastilla ni en aerosol nasal.</p>"
            + bullets(
                "En 2018, grupos médicos de Estados Unidos publicaron unas guías sobre el dolor. Vieron pruebas "
                "moderadas a favor del goteo de ketamina en el SDRC. En la migraña, la fibromialgia y otros "
                "dolores largos, las pruebas eran débiles o no había.",
                "Una revisión de 2019 reunió siete ensayos. El goteo bajó un poco el dolor, en promedio, "
                "durante unas dos semanas como máximo. Con ketamina hubo más efectos secundarios, como "
                "sentirse raro, desconectado o con ganas de vomitar.",
            )
            + "<p>Es decir, la ketamina puede ayudar a algunas personas durante un tiempo, pero no hay "
            "garantía de que funcione, y a menudo el efecto se pasa.</p>"
        ),
        heading("Posibles beneficios"),
        text(
            bullets(
                "<b>No es un opioide.</b> Actúa de otra manera. Aun así, se puede usar mal y puede hacer más "
                "lenta la respiración. Por eso la recetamos nosotros y comprobamos con cuidado cómo está usted.",
                "<b>A veces hace efecto pronto.</b> Hay quien nota menos dolor en horas o días. Otras "
                "personas notan el cambio más tarde, o no lo notan.",
                "<b>Hay más de una forma de tomarla,</b> así que el tratamiento se puede ajustar a usted.",
            )
        ),
        heading("Por qué importan la dosis y el control médico"),
        text(
            "<p>La ketamina es un medicamento fuerte. Una dosis equivocada puede hacer daño, y tomarla sin "
            "control médico también. Puede causar mareos y subir la presión arterial. También puede hacer "
            "que vea u oiga cosas que no existen (alucinaciones).</p>"
            "<p>Nuestros médicos tienen formación en terapia con ketamina. Ellos:</p>"
            + bullets(
                "calculan su dosis según su salud y su dolor",
                "le dan seguimiento durante y después del tratamiento",
                "cambian el plan si algo no funciona o le causa efectos secundarios",
            )
        ),
        heading("Las formas de ketamina que ofrecemos"),
        heading("Trociscos (pastillas para disolver en la boca)", "h3"),
        text(
            bullets(
                "Es una pastilla pequeña que se deshace despacio en la boca, así el medicamento se absorbe "
                "poco a poco.",
                "Puede tomarla en casa, siguiendo las instrucciones por escrito que le da su médico.",
                "La prepara una farmacia para usted. A esto se le llama preparación magistral.",
            )
        ),
        heading("Aerosol nasal", "h3"),
        text(
            bullets(
                "El medicamento pasa al cuerpo por el interior de la nariz, así que empieza a actuar pronto.",
                "Es fácil de usar.",
                "Su médico puede ajustar la dosis a medida que avanza el tratamiento.",
                "También lo prepara una farmacia.",
            )
        ),
        callout(
            "important",
            "Los preparados de farmacia no están aprobados por la FDA",
            "<p>Una farmacia prepara nuestros trociscos y nuestro aerosol nasal para cada paciente. La FDA no ha "
            "revisado si estos productos son seguros, de buena calidad o eficaces. Ha advertido sobre este "
            "tipo de ketamina, sobre todo cuando se usa en casa. Por eso le vemos antes y durante el "
            "tratamiento.</p>",
        ),
        text(
            "<p>En algunas clínicas la ketamina también se da por la vena (infusión). Hablaremos con usted "
            "sobre qué forma, si alguna, le conviene según su afección y su vida diaria.</p>"
        ),
        heading("Qué puede esperar"),
        text(
            "<p>Antes de recetar nada, comprobamos si la ketamina es una opción segura para usted. Esto suele "
            "incluir:</p>"
            + bullets(
                "revisar su historia médica y evaluar su dolor",
                "hablar de lo que espera del tratamiento y de lo que de verdad puede lograr",
                "explicarle el plan de dosis y los posibles efectos secundarios",
                "citas de seguimiento para ver cómo está y ajustar el plan",
            )
            + "<p>Cuéntenos con sinceridad cómo le va con el tratamiento, para bien o para mal. Así podemos "
            "hacer los cambios correctos.</p>"
        ),
        ketamine_safety(
            "<p>Llámenos si un efecto le preocupa, si orinar le duele o necesita ir más a menudo, o si quiere "
            "tomar más de lo recetado.</p>"
            + bullets(
                "No maneje ni use máquinas hasta el día después de una dosis.",
                "Guarde el medicamento bajo llave, lejos de los niños y de otras personas.",
                "Devuélvanos las dosis que ya no necesite. No las tire ni las comparta.",
            )
        ),
        faq(
            [
                (
                    "¿Qué pasa en la primera cita?",
                    "<p>Revisamos su historia médica, le preguntamos por su dolor y por los tratamientos que "
                    "ha probado, y hablamos de sus metas. Juntos decidimos si vale la pena probar la "
                    "ketamina.</p>",
                ),
                (
                    "¿Puedo usar la ketamina en casa?",
                    "<p>Los trociscos y el aerosol nasal se pueden usar en casa cuando su médico ha comprobado "
                    "que son adecuados para usted. Recibe instrucciones claras por escrito y usa el "
                    "medicamento solo como se lo recetaron.</p>",
                ),
                (
                    "¿Cuándo podría notar la diferencia?",
                    "<p>Algunas personas notan menos dolor en horas o días. Otras tardan más, y hay quien no "
                    "mejora. Revisamos cómo va en cada cita de seguimiento.</p>",
                ),
                (
                    "¿Qué efectos secundarios debo conocer?",
                    "<p>Los más comunes son mareos, sentirse desconectado o como en un sueño, y subida de la "
                    "presión arterial. Algunas personas ven u oyen cosas que no existen. En la lista de arriba hay "
                    "más. Se los explicamos antes de empezar. Díganos si nota alguno.</p>",
                ),
                (
                    "¿Necesitaré citas de seguimiento?",
                    "<p>Sí. Las citas de seguimiento nos permiten comprobar que el tratamiento es seguro y le "
                    "ayuda, y cambiar la dosis o dejarlo si no es así.</p>",
                ),
                (
                    "¿Está aprobada la ketamina para el dolor crónico o la migraña?",
                    "<p>No. La FDA aprobó la ketamina como anestésico. Usarla para el dolor crónico o la "
                    "migraña es un uso fuera de indicación, que depende del criterio de su médico.</p>",
                ),
            ],
            title="Preguntas frecuentes",
        ),
    ],
}

FIBROMYALGIA_ES = {
    "slug": "terapia-con-ketamina-para-la-fibromialgia",
    "title": "Terapia con ketamina para la fibromialgia",
    "last_reviewed": datetime.date(2026, 10, 8),
    "date_published": datetime.date(2026, 10, 12),
    "regulatory_notice": (
        "La FDA aprobó la ketamina como anestésico. No está aprobada por la FDA para la fibromialgia. A veces "
        "los médicos la recetan fuera de indicación, según su experiencia y su criterio. No es una cura, los "
        "resultados varían mucho y el beneficio puede no durar."
    ),
    "conditions_covered": "Fibromialgia",
    "references": FIBROMYALGIA["references"],
    "summary": (
        "La fibromialgia causa dolor en todo el cuerpo, cansancio y mal descanso. Se está estudiando la "
        "ketamina para algunas personas que no mejoran con el tratamiento habitual. No está aprobada por la "
        "FDA para la fibromialgia, no es una cura y no ayuda a todas las personas."
    ),
    "body": [
        text(
            "<p>La fibromialgia es una afección de larga duración. Causa dolor en muchas partes del cuerpo, "
            "además de cansancio, mal descanso y dificultad para pensar con claridad. Muchas personas prueban "
            "varios medicamentos y terapias, y aun así los síntomas van y vienen, o casi no mejoran.</p>"
            "<p>Para algunas personas con fibromialgia fuerte que no ha respondido a otros tratamientos, "
            "nuestros médicos pueden hablar de la ketamina. Siempre con control médico y como una parte de un "
            "plan más amplio.</p>"
        ),
        heading("Sobre la fibromialgia"),
        text(
            "<p>La fibromialgia afecta a millones de personas. Es más común en mujeres, pero cualquier "
            "persona puede tenerla, a cualquier edad. Hoy los médicos la entienden como un problema en la "
            "forma en que el cerebro y la médula espinal manejan las señales de dolor.</p>"
            "<p>Los síntomas más comunes son:</p>"
            + bullets(
                "dolor que dura y se reparte por muchas partes del cuerpo",
                "mucha sensibilidad al tacto, a la presión, al calor, al frío o al ruido",
                "un cansancio profundo que no se quita al descansar",
                "sueño no reparador, o problemas para dormir",
                "problemas de memoria y de concentración, a veces llamados “fibroniebla”",
                "dolores de cabeza o migrañas",
                "síndrome del intestino irritable",
                "ansiedad o ánimo bajo",
            )
            + "<p>La fibromialgia no daña las articulaciones y no aparece en radiografías ni en análisis de "
            "sangre. Por eso el diagnóstico puede tardar, y eso angustia a muchas personas.</p>"
        ),
        heading("Por qué la fibromialgia es difícil de tratar"),
        text(
            "<p>En la fibromialgia, las vías del dolor se vuelven demasiado sensibles. Suben el volumen de "
            "señales que normalmente no dolerían, y el dolor sigue aunque no haya ninguna lesión. Esto se "
            "llama <b>sensibilización central</b>.</p>"
            "<p>Por eso muchos calmantes de siempre ayudan poco:</p>"
            + bullets(
                "los opioides casi nunca ayudan y pueden empeorar las cosas",
                "los calmantes como el ibuprofeno suelen aliviar poco",
                "los relajantes musculares y algunos medicamentos para las convulsiones ayudan con unos "
                "síntomas pero no con otros",
            )
            + "<p>La fibromialgia también afecta el sueño, el pensamiento y el ánimo, así que un tratamiento "
            "dirigido a una sola cosa pocas veces lo mejora todo.</p>"
        ),
        heading("Por qué se estudia la ketamina"),
        text(
            "<p>La ketamina se usa desde hace muchos años en anestesia, urgencias y tratamiento del dolor. En "
            "dosis bajas y bien controladas, actúa sobre el sistema nervioso de otra manera que los "
            "analgésicos habituales. Podría:</p>"
            + bullets(
                "bloquear el <b>receptor NMDA</b>, que participa en subir el volumen de las señales de dolor",
                "cambiar la señal del glutamato, que interviene en que el dolor crezca con el tiempo",
                "ayudar a que los circuitos del dolor demasiado activos se calmen",
                "en algunas personas, bajar el dolor exagerado (hiperalgesia) y el dolor por un roce leve (alodinia)",
            )
        ),
        heading("Qué sugieren las pruebas"),
        text(
            "<p>Los estudios sugieren que la ketamina podría bajar el dolor durante un tiempo en algunas "
            "personas con fibromialgia. Sobre todo cuando los síntomas son fuertes y otros tratamientos no han "
            "funcionado. Es importante saber que:</p>"
            + bullets(
                "cada persona responde de forma muy distinta",
                "el beneficio puede durar poco y hay que volver a evaluarlo",
                "la ketamina no está aprobada por la FDA para la fibromialgia",
                "solo se debe usar con control médico",
            )
            + "<p>Las revisiones de los estudios hechos hasta ahora son prudentes. Una revisión de 2021 "
            "reunió siete estudios con 118 personas: una sola infusión en dosis baja alivió el dolor solo "
            "unas horas. Una revisión de 2024 reunió seis estudios y encontró algún beneficio a corto plazo en "
            "la mayoría. Pero el único estudio que siguió a las personas durante ocho semanas no encontró un "
            "beneficio duradero. Hacen falta estudios más grandes y más largos.</p>"
            "<p>Por lo general solo se considera después de probar los tratamientos habituales.</p>"
        ),
        heading("Quién puede ser candidato"),
        text(
            "<p>Lo decidimos persona por persona, después de una evaluación completa. Podemos considerar la "
            "ketamina para personas que:</p>"
            + bullets(
                "tienen un diagnóstico de fibromialgia que les complica mucho la vida diaria",
                "siguen con dolor a pesar de un tratamiento médico adecuado",
                "muestran señales claras de que sus nervios se han vuelto demasiado sensibles",
                "tienen una salud física y mental estable",
            )
            + "<p>La ketamina puede no ser segura para usted si tiene:</p>"
            + bullets(
                "ciertas enfermedades del corazón",
                "presión arterial alta que no está controlada",
                "un problema actual, o una preocupación, con el consumo de drogas o alcohol",
                "algunas afecciones de salud mental",
            )
            + "<p>En la consulta decidimos si es adecuada y segura para usted.</p>"
        ),
        heading("Lo que la terapia con ketamina no es"),
        text(
            bullets(
                "No es una cura para la fibromialgia.",
                "No reemplaza los buenos hábitos de sueño, la actividad física ni el apoyo de otros profesionales.",
                "No es para usarse sin control médico.",
            )
            + "<p>En el mejor de los casos, es una herramienta que puede bajar el dolor lo suficiente para "
            "que usted participe más en la rehabilitación y en su vida diaria.</p>"
        ),
        heading("En qué consiste el tratamiento"),
        heading("Su primera consulta", "h3"),
        text(
            bullets(
                "revisamos su diagnóstico y sus síntomas",
                "repasamos los tratamientos que ha probado y cómo le fueron",
                "le preguntamos por su dolor, su cansancio y cómo afectan su vida",
                "comprobamos su salud física y mental",
            )
        ),
        heading("Durante el tratamiento", "h3"),
        text(
            "<p>Gran parte de los estudios sobre fibromialgia dieron la ketamina por la vena (infusión) en una "
            "clínica, con personal pendiente en todo momento. Durante una dosis, algunas personas notan:</p>"
            + bullets(
                "cambios en cómo ven, oyen o sienten las cosas, o sentirse desconectadas",
                "cambios breves en los sentidos",
                "sentir el dolor más lejano",
            )
            + "<p>Estos efectos se van cuando pasa la dosis. Su médico le explicará qué forma de tratamiento, "
            "si alguna, se ajusta a su caso.</p>"
        ),
        heading("Seguridad y control"),
        text(
            "<p>Quien tiene fibromialgia suele tener también otros problemas de salud, así que le revisamos "
            "con cuidado. Damos la ketamina en trociscos y aerosol nasal, que usted usa sobre todo en casa. "
            "Así lo hacemos seguro:</p>"
            + bullets(
                "Un médico comprueba que puede recibir el tratamiento y lo supervisa.",
                "Empezamos con una dosis baja.",
                "Toma la primera dosis en la clínica. Vemos cómo le va antes de que se vaya a casa.",
                "Después de cada dosis en casa, no maneje ni use máquinas hasta el día siguiente.",
                "Guarde las dosis bajo llave, lejos de los niños y de otras personas.",
                "Devuélvanos las dosis que ya no necesite, para que nadie las use mal.",
            )
            + "<p>Las clínicas que dan ketamina por goteo miden el pulso, la presión y la respiración todo el "
            "tiempo. Nosotros no damos goteo. Solo seguimos adelante cuando los beneficios probables superan "
            "los riesgos.</p>"
        ),
        ketamine_safety(
            "<p>Llámenos si un efecto le preocupa, si orinar le duele o necesita ir más a menudo, o si el "
            "dolor empeora.</p>"
        ),
        heading("Parte de un plan más amplio"),
        text(
            "<p>La fibromialgia se maneja mejor con varios tipos de apoyo. La ketamina puede ir junto a:</p>"
            + bullets(
                "ayuda para dormir mejor",
                "ejercicio suave que aumenta poco a poco",
                "fisioterapia",
                "terapia de conversación centrada en el dolor, como la terapia cognitivo-conductual",
                "formas de manejar el estrés",
            )
            + "<p>Algunas personas notan que la ketamina les baja el dolor lo suficiente para volver a "
            "moverse y participar en la terapia y en sus actividades diarias.</p>"
        ),
        heading("Qué resultados esperar"),
        text(
            "<p>Algunas personas notan:</p>"
            + bullets(
                "menos dolor en el día a día",
                "menos sensibilidad al tacto, al ruido o a la temperatura",
                "más energía para su vida diaria",
            )
            + "<p>Otras notan:</p>"
            + bullets("solo un beneficio pequeño", "una mejora que no dura", "ningún cambio real")
            + "<p>Hablaremos con franqueza de esta incertidumbre antes de que usted decida.</p>"
        ),
        faq(
            [
                (
                    "¿Está aprobada la ketamina para la fibromialgia?",
                    "<p>No. La ketamina no está aprobada por la FDA para la fibromialgia. Aun así, algunos "
                    "médicos la recetan cuando creen que puede ayudar. Esto se llama uso fuera de "
                    "indicación.</p>",
                ),
                (
                    "¿Puede la ketamina curar la fibromialgia?",
                    "<p>No. No es una cura. En algunas personas puede calmar por un tiempo un sistema del "
                    "dolor demasiado sensible.</p>",
                ),
                (
                    "¿Cuánto duran los beneficios?",
                    "<p>Varía mucho. Algunas personas se sienten mejor durante un tiempo; otras no responden "
                    "en absoluto.</p>",
                ),
                (
                    "¿La ketamina reemplazará mis medicamentos actuales?",
                    "<p>No siempre. Cualquier cambio en sus medicamentos lo decidimos con usted y con sus "
                    "otros médicos. No deje ningún medicamento por su cuenta.</p>",
                ),
            ],
            title="Preguntas frecuentes",
        ),
    ],
}

ARTICLES = {
    PAIN_AND_MIGRAINE["slug"]: PAIN_AND_MIGRAINE_ES,
    FIBROMYALGIA["slug"]: FIBROMYALGIA_ES,
}
