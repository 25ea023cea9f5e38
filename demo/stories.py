"""Two example patient stories, in English and Spanish, each with an example consent record whose form is a
placeholder. Every word marks them as examples: no real patient said them."""

import datetime
from io import BytesIO

from django.core.files.base import ContentFile
from PIL import Image as PILImage
from PIL import ImageDraw

INDEX = {
    "title": "Patient stories",
    "slug": "patient-stories",
    "intro": "<p>Some patients agree to share how their care went, in their own words. "
    "Everyone is different: what helped one person may not help another.</p>",
}
INDEX_ES = {
    "title": "Historias de pacientes",
    "slug": "historias-de-pacientes",
    "intro": "<p>Algunos pacientes aceptan contar, con sus propias palabras, cómo les fue el tratamiento. "
    "Cada persona es distinta: lo que ayudó a una puede no ayudar a otra.</p>",
}

PLACEHOLDER_FORM = [
    "EXAMPLE CONSENT FORM - NOT SIGNED BY ANYONE",
    "",
    "This file comes with the demo website in place of a patient's signed authorisation.",
    "A real record holds a scan of the form the patient signed: what it allows (name, photo,",
    "languages, use on the website), the date signed, the expiry date and how to revoke it.",
]

STORIES = [
    {
        "consent": {
            "label": "Example consent: fibromyalgia story",
            "allows_website": True,
            "allows_naming": "anonymous",
            "allows_english": True,
            "allows_spanish": True,
        },
        "topic": ("Fibromyalgia", "Fibromialgia"),
        "en": {
            "title": "Example story: fibromyalgia and everyday walks",
            "slug": "example-fibromyalgia-story",
            "patient_name": "Example Patient",
            "named_as": "anonymous",
            "quote": "<p>This is an example story for the demo site, not a real patient. In the weeks after my "
            "infusions my pain was sometimes lower and I could walk a little further. Other weeks nothing "
            "changed. The nurses checked my blood pressure each time, and the clinic kept my own doctor "
            "informed.</p>",
            "received_anything": "nothing",
        },
        "es": {
            "title": "Historia de ejemplo: fibromialgia y los paseos de cada día",
            "slug": "historia-ejemplo-fibromialgia",
            "quote": "<p>Esta es una historia de ejemplo del sitio de demostración, no de un paciente real. En las "
            "semanas después de las infusiones, a veces el dolor bajaba y podía caminar un poco más. Otras "
            "semanas no cambiaba nada. Las enfermeras me tomaban la presión en cada sesión y la clínica "
            "mantenía informado a mi médico de cabecera.</p>",
        },
    },
    {
        "consent": {
            "label": "Example consent: migraine story",
            "allows_website": True,
            "allows_naming": "first",
            "allows_english": True,
            "allows_spanish": True,
        },
        "topic": ("Migraine", "Migraña"),
        "en": {
            "title": "Example story: migraine and a nasal spray",
            "slug": "example-migraine-story",
            "patient_name": "Alex Example",
            "named_as": "first",
            "quote": "<p>This is an example story for the demo site, not a real patient. I use the nasal spray "
            "the clinic prescribed for some of my migraine attacks. It helps some of the time, not always, "
            "and I still see my neurologist.</p>",
            "received_anything": "received",
            "what_received": "a free follow-up visit",
        },
        "es": {
            "title": "Historia de ejemplo: migraña y un aerosol nasal",
            "slug": "historia-ejemplo-migrana",
            "quote": "<p>Esta es una historia de ejemplo del sitio de demostración, no de un paciente real. Uso el "
            "aerosol nasal que me recetó la clínica para algunas crisis de migraña. A veces me ayuda, no "
            "siempre, y sigo viendo a mi neurólogo.</p>",
            "what_received": "una consulta de seguimiento gratuita",
        },
    },
]


def consent_dates(today):
    """Signed a month ago, for two years: current for as long as anyone tries the demo."""
    return {"date_signed": today - datetime.timedelta(days=30), "expires_on": today + datetime.timedelta(days=730)}


def placeholder_form(label):
    """A one-page PDF saying it is an example, drawn here so the demo needs no files of its own."""
    page = PILImage.new("RGB", (1240, 400), "white")
    pen = ImageDraw.Draw(page)
    for number, line in enumerate(PLACEHOLDER_FORM):
        pen.text((40, 40 + 30 * number), line, fill="black")
    buffer = BytesIO()
    page.save(buffer, "PDF")
    name = label.lower().replace(":", "").replace(" ", "-") + ".pdf"
    return ContentFile(buffer.getvalue(), name=name)
