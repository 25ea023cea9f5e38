"""The Spanish catalogue is complete: every translatable string in the templates and the code has a
Spanish translation, with the same placeholders."""

import ast
import io
import re
import tokenize
from pathlib import Path

import polib
from django.conf import settings
from django.utils.translation.template import templatize

CATALOGUE = settings.BASE_DIR / "locale" / "es" / "LC_MESSAGES" / "django.po"
PROJECT_APPS = [
    "clinic",
    "clinic_site",
    "people",
    "topics",
    "pages",
    "clinical_review",
    "booking",
    "staff",
    "backups",
    "stats",
    "stories",
    "site_search",
    "demo",
]
# name: (argument holding the context or None, arguments holding the message and its plural)
GETTEXT_FUNCTIONS = {
    "_": (None, 0, None),
    "gettext": (None, 0, None),
    "gettext_lazy": (None, 0, None),
    "ngettext": (None, 0, 1),
    "ngettext_lazy": (None, 0, 1),
    "pgettext": (0, 1, None),
    "pgettext_lazy": (0, 1, None),
    "npgettext": (0, 1, 2),
}
PLACEHOLDER = re.compile(r"%\(\w+\)s")


def messages_in_calls(calls):
    """(context, msgid) for each call given as (function name, [string arguments])."""
    found = set()
    for name, args in calls:
        context_at, message_at, plural_at = GETTEXT_FUNCTIONS[name]
        if len(args) <= max(position for position in (context_at, message_at, plural_at) if position is not None):
            continue
        context = args[context_at] if context_at is not None else ""
        found.add((context, args[message_at]))
    return found


def template_messages(path):
    """What makemessages would find in a template, through Django's own template-to-Python step."""
    # Indentation means nothing in that Python-like text, and would upset the tokenizer.
    code = "\n".join(line.lstrip() for line in templatize(path.read_text(), str(path)).splitlines())
    tokens = list(tokenize.generate_tokens(io.StringIO(code).readline))
    calls = []
    for index, token in enumerate(tokens[:-1]):
        if token.type == tokenize.NAME and token.string in GETTEXT_FUNCTIONS and tokens[index + 1].string == "(":
            args = []
            for following in tokens[index + 2 :]:
                if following.type == tokenize.STRING:
                    args.append(ast.literal_eval(following.string))
                elif following.string != ",":
                    break
            calls.append((token.string, args))
    return messages_in_calls(calls)


def python_messages(path):
    calls = []
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in GETTEXT_FUNCTIONS:
            args = [arg.value for arg in node.args if isinstance(arg, ast.Constant) and isinstance(arg.value, str)]
            calls.append((node.func.id, args))
    return messages_in_calls(calls)


def project_messages():
    found = set()
    for path in (settings.BASE_DIR / "templates").rglob("*.html"):
        found |= {(context, msgid, str(path)) for context, msgid in template_messages(path)}
    for app in PROJECT_APPS:
        for path in (settings.BASE_DIR / app).rglob("*.py"):
            if "migrations" not in path.parts:
                found |= {(context, msgid, str(path)) for context, msgid in python_messages(Path(path))}
    return found


def test_the_extraction_finds_template_and_code_strings():
    messages = {(context, msgid) for context, msgid, _path in project_messages()}
    assert ("", "At a glance") in messages
    assert ("navigation", "Main") in messages
    assert ("", "Closed now") in messages  # from clinic/hours.py
    assert ("", "Search results for “%(query)s”") in messages  # blocktranslate with a variable


def test_every_string_has_a_spanish_translation():
    translated = {
        (entry.msgctxt or "", entry.msgid)
        for entry in polib.pofile(str(CATALOGUE))
        if entry.translated() and not entry.obsolete
    }
    missing = sorted(
        f"{msgid!r} in {path}" for context, msgid, path in project_messages() if (context, msgid) not in translated
    )
    assert missing == [], "no Spanish translation (run makemessages -l es and translate):\n" + "\n".join(missing)


def test_translations_keep_every_placeholder():
    for entry in polib.pofile(str(CATALOGUE)):
        translations = [entry.msgstr] if not entry.msgid_plural else list(entry.msgstr_plural.values())
        for text in translations:
            assert sorted(PLACEHOLDER.findall(text)) == sorted(PLACEHOLDER.findall(entry.msgid)), entry.msgid
