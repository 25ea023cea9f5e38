"""Template lines stay readable: at most 120 characters, like the Python code.

Checked for the templates listed here; the list grows as the other templates are reflowed. A line is
reflowed where its whitespace never reaches the page: between attributes, between tags inside
`{% spaceless %}`, or inside `{% blocktranslate trimmed %}`, which keeps the catalogue's wording.
"""

from pathlib import Path

TEMPLATES = Path(__file__).resolve().parent.parent / "templates"
LONGEST = 120
CHECKED = [
    "booking",
    "staff",
    "clinical_review",
    "wagtail_localize",
    "pages/search_results.html",
    "pages/admin",
    "pages/widgets",
    "includes/pagination.html",
    "includes/article_card.html",
    "includes/booking_cta.html",
    "includes/booking_button.html",
    "error_page.html",
]


def checked_templates():
    for name in CHECKED:
        path = TEMPLATES / name
        yield from sorted(p for p in path.rglob("*") if p.is_file()) if path.is_dir() else [path]


def test_every_checked_path_exists():
    assert [name for name in CHECKED if not (TEMPLATES / name).exists()] == []


def test_template_lines_are_at_most_120_characters():
    too_long = [
        f"templates/{path.relative_to(TEMPLATES)}:{number}: {len(line)} characters"
        for path in checked_templates()
        for number, line in enumerate(path.read_text().splitlines(), start=1)
        if len(line) > LONGEST
    ]
    assert too_long == [], "Lines longer than 120 characters:\n" + "\n".join(too_long)
