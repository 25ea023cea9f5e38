"""Apps import downward only: a capability never reaches up into the apps built on it."""

import ast
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent
# Lower layers first. The URLconf and settings wire the apps together and may name any of them.
LAYERS = {
    "clinic_site": 0,
    "clinic": 1,
    "people": 2,
    "topics": 2,
    "pages": 3,
    "clinical_review": 4,
    "booking": 4,
    "staff": 5,
    "backups": 5,
    "stats": 5,
    "stories": 5,
    "site_search": 6,
    "demo": 7,
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


def project_modules():
    """{"booking.forms": path, ...} for every module of the apps, migrations aside."""
    modules = {}
    for app in LAYERS:
        for path in (PROJECT / app).rglob("*.py"):
            if "migrations" not in path.parts:
                parts = path.relative_to(PROJECT).with_suffix("").parts
                modules[".".join(parts[:-1] if parts[-1] == "__init__" else parts)] = path
    return modules


def imported_modules(name, path, modules):
    """The project modules `name` imports, at the top or inside a function."""
    package = name.split(".") if path.name == "__init__.py" else name.split(".")[:-1]
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                base = ".".join(package[: len(package) - node.level + 1] + ([base] if base else []))
            targets = [f"{base}.{alias.name}" for alias in node.names]
        elif isinstance(node, ast.Import):
            targets = [alias.name for alias in node.names]
        else:
            continue
        for target in targets:
            while target and target not in modules:
                target = target.rpartition(".")[0]
            if target and target != name:
                yield target


def test_no_module_imports_one_that_imports_it_back():
    modules = project_modules()
    imports = {name: set(imported_modules(name, path, modules)) for name, path in modules.items()}

    def reaches(start, goal, seen):
        for other in imports[start] - seen:
            seen.add(other)
            if other == goal or reaches(other, goal, seen):
                return True
        return False

    circles = sorted(name for name in modules if reaches(name, name, set()))
    assert circles == []


def signal_connections(path):
    """Lines of `path` that connect a receiver: `signal.connect(...)` or Django's `@receiver`."""
    for node in ast.walk(ast.parse(path.read_text())):
        connects = isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "connect"
        receiver = isinstance(node, ast.ImportFrom) and any(alias.name == "receiver" for alias in node.names)
        if connects or receiver:
            yield node.lineno


def test_signals_are_connected_only_in_signal_handlers_modules():
    """Wagtail's convention: an app's handlers and their connections live in its `signal_handlers.py`."""
    elsewhere = [
        f"{path.relative_to(PROJECT)}:{line}"
        for app in LAYERS
        for path in (PROJECT / app).rglob("*.py")
        if path.name != "signal_handlers.py" and "migrations" not in path.parts
        for line in signal_connections(path)
    ]
    assert elsewhere == []


def calls_in_ready(apps_module):
    for node in ast.walk(ast.parse(apps_module.read_text())):
        if isinstance(node, ast.FunctionDef) and node.name == "ready":
            for call in ast.walk(node):
                if isinstance(call, ast.Call) and isinstance(call.func, ast.Name):
                    yield call.func.id


def test_each_app_with_signal_handlers_registers_them_when_ready():
    handlers = sorted(path for app in LAYERS for path in (PROJECT / app).glob("signal_handlers.py"))
    assert handlers, "no app has a signal_handlers module"
    unregistered = [
        str(path.relative_to(PROJECT))
        for path in handlers
        if "register_signal_handlers" not in set(calls_in_ready(path.parent / "apps.py"))
    ]
    assert unregistered == []


def test_registering_the_signal_handlers_again_changes_nothing():
    """Each connection has a `dispatch_uid` or a sender, so a second `ready()` connects nothing twice."""
    from importlib import import_module

    from django.db.models import signals as model_signals
    from django.dispatch import Signal
    from wagtail import signals as wagtail_signals

    every_signal = [
        signal
        for module in (model_signals, wagtail_signals)
        for signal in vars(module).values()
        if isinstance(signal, Signal)
    ]
    before = [len(signal.receivers) for signal in every_signal]
    for path in PROJECT.glob("*/signal_handlers.py"):
        import_module(f"{path.parent.name}.signal_handlers").register_signal_handlers()
    assert [len(signal.receivers) for signal in every_signal] == before


def test_no_module_reaches_into_wagtails_request_caches():
    """Wagtail keeps the request's site and page route in attributes of its own (`_wagtail_site`,
    `_wagtail_route_for_request`); the site uses its public methods instead, so an upgrade cannot break it."""
    found = []
    for name, path in project_modules().items():
        for node in ast.walk(ast.parse(path.read_text())):
            word = node.attr if isinstance(node, ast.Attribute) else getattr(node, "value", None)
            if isinstance(word, str) and word.startswith("_wagtail"):
                found.append(f"{name}: {word}")
    assert found == []
