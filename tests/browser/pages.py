"""The public pages every browser test walks through, by what a patient would call them."""

ARTICLE = "/conditions-treatments/ketamine-therapy-chronic-pain-migraine/"
FIBROMYALGIA = "/conditions-treatments/ketamine-therapy-fibromyalgia/"
ARTICLE_ES = "/es/afecciones-y-tratamientos/terapia-con-ketamina-para-el-dolor-cronico-y-la-migrana/"
FIBROMYALGIA_ES = "/es/afecciones-y-tratamientos/terapia-con-ketamina-para-la-fibromialgia/"

PAGES = {
    "home": "/",
    "article-index": "/conditions-treatments/",
    "article-pain-migraine": ARTICLE,
    "article-fibromyalgia": FIBROMYALGIA,
    "contact": "/contact/",
    "locations": "/locations/",
    "location": "/locations/example-second-location/",
    "team": "/our-team/",
    "clinician": "/our-team/sam-sample/",
    "topics": "/topics/",
    "topic": "/topics/migraine/",
    "call-back": "/call-back/",
    "call-back-thanks": "/call-back/thanks/",
    "search-results": "/search/?q=ketamine",
    "search-no-results": "/search/?q=xylophone",
    "not-found": "/no-such-page/",
    "costs": "/costs/",
    "first-visit": "/first-visit/",
    "nondiscrimination": "/nondiscrimination/",
    "privacy-practices": "/notice-of-privacy-practices/",
    "stories": "/patient-stories/",
    "story": "/patient-stories/example-migraine-story/",
    # The same page types in Spanish.
    "es-home": "/es/",
    "es-article-index": "/es/afecciones-y-tratamientos/",
    "es-article-pain-migraine": ARTICLE_ES,
    "es-article-fibromyalgia": FIBROMYALGIA_ES,
    "es-contact": "/es/contacto/",
    "es-locations": "/es/ubicaciones/",
    "es-location": "/es/ubicaciones/example-second-location/",
    "es-team": "/es/nuestro-equipo/",
    "es-clinician": "/es/nuestro-equipo/sam-sample/",
    "es-topics": "/es/temas/",
    "es-topic": "/es/temas/migrana/",
    "es-call-back": "/es/le-llamamos/",
    "es-search-results": "/es/buscar/?q=ketamina",
    "es-search-no-results": "/es/buscar/?q=xilofono",
    "es-not-found": "/es/no-existe/",
    "es-costs": "/es/costos/",
    "es-first-visit": "/es/primera-visita/",
    "es-nondiscrimination": "/es/no-discriminacion/",
    "es-privacy-practices": "/es/aviso-de-practicas-de-privacidad/",
    "es-stories": "/es/historias-de-pacientes/",
    "es-story": "/es/historias-de-pacientes/historia-ejemplo-migrana/",
}

OTHER_PAGES = {
    "about": "/about/",
    "privacy": "/privacy/",
    "accessibility": "/accessibility/",
    "es-about": "/es/quienes-somos/",
    "es-privacy": "/es/privacidad/",
    "es-accessibility": "/es/accesibilidad/",
}

WIDTHS = [375, 1280]
