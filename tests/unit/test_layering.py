"""The layers of docs/DEVELOPING.md, checked on the import graph computed from the sources.

Qt stops at casetafel/ui and app.py; every other package imports and runs without PySide6. Each layer
imports only the layers below it (``ALLOWED``), the graph of modules has no circle (imports inside
functions and under TYPE_CHECKING count too), report/ has no database, anonymisation/ is pure, services
return frozen dataclasses.
"""

from __future__ import annotations

import ast
import pkgutil
import subprocess
import sys
import tomllib
from pathlib import Path

import casetafel

CORE = Path(casetafel.__file__).resolve().parent


def core_modules() -> list[str]:
    names = []
    for module in pkgutil.walk_packages([str(CORE)], prefix="casetafel."):
        if module.name.startswith(("casetafel.ui", "casetafel.app", "casetafel.storage.migrations")):
            continue
        if module.name == "casetafel.__main__":
            continue
        names.append(module.name)
    return names


def test_core_packages_import_without_pyside6() -> None:
    modules = core_modules()
    assert "casetafel.services.container" in modules and "casetafel.cli" in modules
    script = (
        "import importlib, sys\n"
        f"for name in {modules!r}:\n"
        "    importlib.import_module(name)\n"
        "bad = sorted(m for m in sys.modules if m.startswith('PySide6') or m.startswith('shiboken'))\n"
        "print(','.join(bad))\n"
        "sys.exit(1 if bad else 0)\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr


def test_no_qt_imports_outside_ui() -> None:
    offenders = []
    for path in CORE.rglob("*.py"):
        relative = path.relative_to(CORE).as_posix()
        if relative.startswith("ui/") or relative == "app.py":
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip().startswith(("from PySide6", "import PySide6")):
                offenders.append(relative)
    assert offenders == []


def test_report_modules_use_the_paragraph_that_wraps_once_per_width() -> None:
    """casetafel.report.paragraph.Paragraph; reportlab's own would wrap every table cell twice."""
    offenders = []
    for path in (CORE / "report").glob("*.py"):
        if path.name == "paragraph.py":
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.startswith("from reportlab.platypus") and "Paragraph" in line.split("import", 1)[1]:
                offenders.append(path.name)
    assert offenders == []


# -- the import graph ---------------------------------------------------------------------------------
# The floors, top to bottom: cli (and selftest, cli_common, cli_server) -> app -> ui -> services -> report / storage /
# anonymisation -> domain; paths and logging_setup are the ground floor. A component imports its own
# modules and the ones listed here, nothing above it.
BASE = {"casetafel", "casetafel.paths", "casetafel.private_files"}
ALLOWED: dict[str, set[str]] = {
    "casetafel": set(),
    "casetafel.private_files": {"casetafel"},  # the one private atomic file writer (once it exists)
    "casetafel.paths": {"casetafel", "casetafel.private_files"},
    "casetafel.logging_setup": BASE,
    "casetafel.domain": BASE,
    "casetafel.anonymisation": BASE | {"casetafel.domain"},
    "casetafel.report": BASE | {"casetafel.domain", "casetafel.anonymisation"},
    "casetafel.storage": BASE | {"casetafel.domain", "casetafel.logging_setup"},
    "casetafel.services": BASE
    | {"casetafel.domain", "casetafel.anonymisation", "casetafel.report", "casetafel.storage"},
    "casetafel.ui": BASE
    | {
        "casetafel.domain",
        "casetafel.anonymisation",
        "casetafel.report",
        "casetafel.storage",
        "casetafel.services",
    },
    "casetafel.app": BASE
    | {
        "casetafel.logging_setup",
        "casetafel.domain",
        "casetafel.storage",
        "casetafel.services",
        "casetafel.ui",
    },
    "casetafel.selftest": BASE
    | {
        "casetafel.logging_setup",
        "casetafel.domain",
        "casetafel.anonymisation",
        "casetafel.report",
        "casetafel.storage",
        "casetafel.services",
        "casetafel.ui",  # the Qt half of the self-test, imported inside a function
    },
    "casetafel.cli_server": BASE | {"casetafel.storage"},  # ``casetafel server ...`` (administrator)
    # What the commands share: exit codes, Dutch errors, the database a command works on.
    "casetafel.cli_common": BASE | {"casetafel.storage", "casetafel.services"},
    "casetafel.cli": BASE
    | {
        "casetafel.cli_common",
        "casetafel.cli_server",
        "casetafel.logging_setup",
        "casetafel.domain",
        "casetafel.anonymisation",
        "casetafel.report",
        "casetafel.storage",
        "casetafel.services",
        "casetafel.app",
        "casetafel.selftest",
        "casetafel.ui",  # inside functions only (test_core_packages_import_without_pyside6), e.g. charts
    },
    "casetafel.__main__": {"casetafel.cli"},
}
# Third-party packages a layer must not use (the database, Qt, the PDF library).
FORBIDDEN_LIBRARIES: dict[str, tuple[str, ...]] = {
    "casetafel.domain": ("sqlalchemy", "alembic", "reportlab", "PySide6", "shiboken6"),
    "casetafel.anonymisation": ("sqlalchemy", "alembic", "reportlab", "PySide6", "shiboken6"),
    "casetafel.report": ("sqlalchemy", "alembic", "sqlite3", "PySide6", "shiboken6"),
    "casetafel.storage": ("reportlab", "PySide6", "shiboken6"),
    "casetafel.services": ("PySide6", "shiboken6"),
}


def module_name(path: Path) -> str:
    parts = list(path.relative_to(CORE.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def imports_of(path: Path) -> list[tuple[str, int]]:
    """Every module ``path`` imports (anywhere in the file), with its line."""
    name = module_name(path)
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found += [(alias.name, node.lineno) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                module = ".".join(base + ([node.module] if node.module else []))
            else:
                module = node.module or ""
            found.append((module, node.lineno))
            # ``from package import module`` imports the module
            found += [(f"{module}.{alias.name}", node.lineno) for alias in node.names]
    return found


def source_files() -> dict[str, Path]:
    files = {}
    for path in sorted(CORE.rglob("*.py")):
        if "migrations" in path.relative_to(CORE).parts:
            continue
        files[module_name(path)] = path
    return files


def component(module: str) -> str:
    parts = module.split(".")
    return ".".join(parts[:2]) if len(parts) > 1 else parts[0]


def import_graph() -> dict[str, set[str]]:
    files = source_files()
    graph: dict[str, set[str]] = {name: set() for name in files}
    for name, path in files.items():
        for target, _line in imports_of(path):
            while target and target not in files:  # a name inside a module: the module itself
                target = target.rpartition(".")[0]
            if (
                target
                and target != name
                and not (name.startswith(target + ".") and files[target].name == "__init__.py")
            ):
                graph[name].add(target)
    return graph


def circles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components with more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for nxt in sorted(graph[node]):
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in on_stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            group = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                group.append(member)
                if member == node:
                    break
            if len(group) > 1:
                found.append(sorted(group))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def test_every_component_has_a_floor() -> None:
    assert {component(name) for name in source_files()} <= set(ALLOWED)


def test_no_import_runs_back_up() -> None:
    offenders = []
    for name, targets in import_graph().items():
        for target in targets:
            if component(target) != component(name) and component(target) not in ALLOWED[component(name)]:
                offenders.append(f"{name} -> {target}")
    assert offenders == []


def test_the_import_graph_has_no_circles() -> None:
    assert circles(import_graph()) == []


def test_the_circle_finder_finds_a_circle() -> None:
    assert circles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]


def test_layers_do_not_use_the_libraries_of_other_layers() -> None:
    offenders = []
    for name, path in source_files().items():
        for library in FORBIDDEN_LIBRARIES.get(component(name), ()):
            for target, line in imports_of(path):
                if target == library or target.startswith(library + "."):
                    offenders.append(f"{name}:{line} imports {target}")
    assert offenders == []


def test_services_return_frozen_dataclasses() -> None:
    offenders = []
    for name, path in source_files().items():
        if component(name) != "casetafel.services":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.ClassDef):
                continue
            for decorator in node.decorator_list:
                text = ast.unparse(decorator)
                if text.startswith(("dataclass", "dataclasses.dataclass")) and "frozen=True" not in text:
                    offenders.append(f"{name}.{node.name}")
    assert offenders == []


def test_every_package_is_shipped() -> None:
    """pyproject.toml lists the packages by name: a new sub-package must be added there too."""
    pyproject = tomllib.loads((CORE.parent / "pyproject.toml").read_text(encoding="utf-8"))
    listed = set(pyproject["tool"]["setuptools"]["packages"])
    packages = {module_name(init) for init in CORE.rglob("__init__.py")}
    assert packages - listed == set()
