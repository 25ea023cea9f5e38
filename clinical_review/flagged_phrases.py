"""Words that overstate what a treatment can do: the starting list of the clinical review settings' flagged
phrases, which clinic managers may extend or trim. Each is a claim unless negated ("not a cure") or asked."""

FLAGGED_PHRASES = [
    "cure",
    "cures",
    "cured",
    "guarantee",
    "guaranteed",
    "100%",
    "safe and effective",
    "proven",
    "clinically proven",
    "non-addictive",
    "pain-free",
    "FDA-approved",
    "FDA-approved for fibromyalgia",
    "no side effects",
    "risk-free",
    "miracle",
    "permanent relief",
    # Spanish pages
    "cura",
    "curar",
    "garantizado",
    "garantizada",
    "seguro y eficaz",
    "clínicamente comprobado",
    "eficacia comprobada",
    "sin efectos secundarios",
    "sin riesgo",
    "sin dolor",
    "milagro",
    "aprobado por la FDA",
]


def default_flagged_phrases():
    return "\n".join(FLAGGED_PHRASES)
