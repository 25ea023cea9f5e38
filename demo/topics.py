"""The demo clinic's topics: the conditions it helps with and the forms of treatment it offers, in both
languages, and the demo articles tagged with them (facts from the source pages; the words are ours)."""

CONDITION, TREATMENT = "condition", "treatment"
MEDICAL_CONDITION, DRUG, MEDICAL_THERAPY = "MedicalCondition", "Drug", "MedicalTherapy"

TOPICS = [
    {
        "slug": "chronic-pain",
        "name": "Chronic pain",
        "slug_es": "dolor-cronico",
        "name_es": "Dolor crónico",
        "kind": CONDITION,
        "schema_type": MEDICAL_CONDITION,
        "summary": "Pain that has gone on for months. It can wear down sleep, mood and daily life, and often "
        "needs more than one kind of treatment.",
        "summary_es": "Dolor que dura meses. Puede afectar al sueño, al ánimo y a la vida diaria, y a menudo "
        "necesita más de un tipo de tratamiento.",
    },
    {
        "slug": "migraine",
        "name": "Migraine",
        "slug_es": "migrana",
        "name_es": "Migraña",
        "kind": CONDITION,
        "schema_type": MEDICAL_CONDITION,
        "summary": "Attacks of severe headache that can come often and may not ease with the usual medicines.",
        "summary_es": "Crisis de dolor de cabeza fuerte que pueden repetirse a menudo y no siempre mejoran con "
        "los medicamentos habituales.",
    },
    {
        "slug": "fibromyalgia",
        "name": "Fibromyalgia",
        "slug_es": "fibromialgia",
        "name_es": "Fibromialgia",
        "kind": CONDITION,
        "schema_type": MEDICAL_CONDITION,
        "summary": "Long-lasting pain across the body, with tiredness and poor sleep. The brain and spinal cord "
        "handle pain signals differently.",
        "summary_es": "Dolor duradero en todo el cuerpo, con cansancio y mal descanso. El cerebro y la médula "
        "espinal procesan las señales de dolor de otra manera.",
    },
    {
        "slug": "crps",
        "name": "Complex regional pain syndrome (CRPS)",
        "slug_es": "sdrc",
        "name_es": "Síndrome de dolor regional complejo (SDRC)",
        "kind": CONDITION,
        "schema_type": MEDICAL_CONDITION,
        "summary": "Long-lasting pain, usually in an arm or a leg, that is stronger than the injury that started "
        "it would explain.",
        "summary_es": "Dolor duradero, casi siempre en un brazo o una pierna, más fuerte de lo que explicaría la "
        "lesión que lo inició.",
    },
    {
        "slug": "neuropathic-pain",
        "name": "Neuropathic pain",
        "slug_es": "dolor-neuropatico",
        "name_es": "Dolor neuropático",
        "kind": CONDITION,
        "schema_type": MEDICAL_CONDITION,
        "summary": "Pain that comes from the nerves themselves, often felt as burning, shooting or tingling.",
        "summary_es": "Dolor que nace de los propios nervios; a menudo se siente como ardor, punzadas u hormigueo.",
    },
    {
        "slug": "ketamine-troches",
        "name": "Ketamine troches",
        "slug_es": "trociscos-de-ketamina",
        "name_es": "Trociscos de ketamina",
        "kind": TREATMENT,
        "schema_type": DRUG,
        "summary": "Lozenges that dissolve slowly in the mouth, taken at home with clear dosing instructions from "
        "your clinician.",
        "summary_es": "Pastillas que se deshacen despacio en la boca y se toman en casa, con instrucciones de dosis "
        "claras de su médico.",
    },
    {
        "slug": "ketamine-nasal-spray",
        "name": "Ketamine nasal spray",
        "slug_es": "ketamina-intranasal",
        "name_es": "Aerosol nasal de ketamina",
        "kind": TREATMENT,
        "schema_type": DRUG,
        "summary": "A spray taken through the nose that acts quickly; your clinician can adjust the dose as "
        "treatment goes on.",
        "summary_es": "Un aerosol que se aplica por la nariz y actúa rápido; su médico puede ajustar la dosis a "
        "lo largo del tratamiento.",
    },
    {
        "slug": "ketamine-infusions",
        "name": "Ketamine infusions",
        "slug_es": "infusiones-de-ketamina",
        "name_es": "Infusiones de ketamina",
        "kind": TREATMENT,
        "schema_type": MEDICAL_THERAPY,
        "summary": "Ketamine given slowly through a drip into a vein at the clinic, with staff watching over you "
        "during treatment and recovery.",
        "summary_es": "Ketamina administrada despacio por goteo en una vena en la clínica, con personal pendiente "
        "de usted durante el tratamiento y la recuperación.",
    },
]

# Each demo article's topics, by the English article's slug; its Spanish translation carries the same.
ARTICLE_TOPICS = {
    "ketamine-therapy-chronic-pain-migraine": [
        "chronic-pain",
        "migraine",
        "crps",
        "neuropathic-pain",
        "ketamine-troches",
        "ketamine-nasal-spray",
        "ketamine-infusions",
    ],
    "ketamine-therapy-fibromyalgia": ["fibromyalgia", "chronic-pain", "ketamine-infusions"],
}
