"""Apps import downward only: a capability never reaches up into the apps built on it."""

import ast
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent
# Lower layers first. The URLconf and settings wire the apps together and may name any of them.
LAYERS = {
    "clinic_site": 0,
    "clinic": 1,
    "people": 2,
    "pages": 3,
    "clinical_review": 4,
    "booking": 4,
    "staff": 5,
    "demo": 6,
}
WIRING = {PROJECT / "clinic_site" / "urls.py", *(PROJECT / "clinic_site" / "settings").glob("*.py")}


def imported_apps(path):
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            yield node.module.split(".")[0]
        elif isinstance(node, ast.Import):
            yield from (alias.name.split(".")[0] for alias in node.names)


def test_every_app_imports_only_from_lower_layers():
    upward = []
    for app, layer in LAYERS.items():
        for path in (PROJECT / app).rglob("*.py"):
            if path in WIRING or "migrations" in path.parts:
                continue
            for other in imported_apps(path):
                if other in LAYERS and other != app and LAYERS[other] >= layer:
                    upward.append(f"{path.relative_to(PROJECT)} imports {other}")
    assert upward == []
