"""Template lines stay readable: at most 120 characters, like the Python code.

A line is reflowed where its whitespace never reaches the page: between attributes, between block-level elements,
inside `{% blocktranslate trimmed %}`, which keeps the catalogue's wording, or by moving an expression into a
`{% with %}` line.
"""

from pathlib import Path

TEMPLATES = Path(__file__).resolve().parent.parent / "templates"
LONGEST = 120


def every_template():
    return sorted(TEMPLATES.rglob("*.html"))


def test_templates_are_found():
    assert len(every_template()) > 50


def test_template_lines_are_at_most_120_characters():
    too_long = [
        f"templates/{path.relative_to(TEMPLATES)}:{number}: {len(line)} characters"
        for path in every_template()
        for number, line in enumerate(path.read_text().splitlines(), start=1)
        if len(line) > LONGEST
    ]
    assert too_long == [], "Lines longer than 120 characters:\n" + "\n".join(too_long)
