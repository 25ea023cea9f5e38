"""Example clinicians for the demo: clearly marked, to be replaced by the clinic's own under Clinic › Clinicians."""

DEMO_REVIEWER = {
    "name": "Dr. Jordan Example",
    "slug": "jordan-example",
    "credentials": "MD",
    "role": "Medical reviewer, example profile",
    "role_es": "Revisor médico, perfil de ejemplo",
    "bio": (
        "This is an example profile that comes with the demo site. Replace it with the clinician who reviews "
        "your clinic's health articles, under Clinic › Clinicians."
    ),
    "bio_es": (
        "Este es un perfil de ejemplo que viene con el sitio de demostración. La clínica lo sustituye por el del "
        "profesional que revisa sus artículos de salud."
    ),
    "specialties": "Pain medicine (example)",
    "specialties_es": "Medicina del dolor (ejemplo)",
    "languages": "English",
    "languages_es": "inglés",
    "education": "Example: Doctor of Medicine (MD), name of medical school",
    "education_es": "Ejemplo: Doctor en Medicina (MD), nombre de la facultad",
    "board_certification": "Example: board certification and the board that granted it",
    "board_certification_es": "Ejemplo: certificación de especialidad y la junta que la otorgó",
}

SECOND_CLINICIAN = {
    "name": "Sam Sample",
    "slug": "sam-sample",
    "credentials": "NP",
    "role": "Nurse practitioner (example profile)",
    "role_es": "Enfermero especializado (perfil de ejemplo)",
    "bio": (
        "This is an example profile that comes with the demo site. A real profile says who the clinician is, "
        "what they do at your visits, and the training they have."
    ),
    "bio_es": (
        "Este es un perfil de ejemplo que viene con el sitio de demostración. Un perfil real dice quién es el "
        "profesional, qué hace en sus visitas y qué formación tiene."
    ),
    "specialties": "Pain management (example)",
    "specialties_es": "Tratamiento del dolor (ejemplo)",
    "languages": "English, Spanish",
    "languages_es": "inglés, español",
    "education": "Example: Master of Science in Nursing, name of university",
    "education_es": "Ejemplo: Maestría en Enfermería, nombre de la universidad",
    "board_certification": "Example: nurse practitioner certification and the body that granted it",
    "board_certification_es": "Ejemplo: certificación de enfermería especializada y el organismo que la otorgó",
}
