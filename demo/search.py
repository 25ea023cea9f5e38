"""The demo's steering of search, as editors would set it up: groups of words patients use for the same thing,
and the page each language's search shows first for a word."""

SYNONYMS = [
    ("en", "fibro, fibromyalgia"),
    ("en", "price, cost, fee"),
    ("en", "insurance, health plan, coverage"),
    ("es", "fibro, fibromialgia"),
    ("es", "precio, costo, coste, tarifa"),
    ("es", "seguro, plan de salud, cobertura"),
    ("es", "jaqueca, migraña"),
]

# (word, slug of the English page): the Spanish search shows the page's Spanish translation for its word.
PROMOTIONS = {
    "en": [("fibro", "ketamine-therapy-fibromyalgia"), ("price", "costs"), ("insurance", "costs")],
    "es": [("fibro", "ketamine-therapy-fibromyalgia"), ("precio", "costs"), ("seguro", "costs")],
}
