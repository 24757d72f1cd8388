"""House rules that keep the core honest."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FORBIDDEN = ("PySide6", "ui", "PyQt5", "PyQt6", "shiboken6")


def test_locator_imports_no_qt() -> None:
    offenders = []
    for path in sorted((ROOT / "locator").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names: list[str] = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                names = [node.module]
            offenders += [f"{path.name}: {n}" for n in names if n.split(".")[0] in FORBIDDEN]
    assert offenders == []


def test_importing_every_core_module_loads_no_qt() -> None:
    modules = [".".join(p.relative_to(ROOT / "locator").with_suffix("").parts)
               for p in (ROOT / "locator").rglob("*.py") if p.stem not in {"__main__"}]
    modules = [m.removesuffix(".__init__") for m in modules if m != "__init__"]
    code = ("import sys\n" + "".join(f"import locator.{m}\n" for m in modules)
            + "bad = [m for m in sys.modules if m.split('.')[0] in ('PySide6', 'ui')]\n"
            "assert not bad, bad\n")
    subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT, timeout=120)


SQL_CALLS = {"execute", "executemany", "executescript"}


def sql_lines(source: str) -> list[int]:
    """The lines of every ``<anything>.execute(…)``-style call in ``source``."""
    return [node.lineno for node in ast.walk(ast.parse(source))
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
            and node.func.attr in SQL_CALLS]


def test_only_storage_writes_sql() -> None:
    storage = ROOT / "locator" / "storage"
    outside = [p for p in sorted([*ROOT.glob("locator/**/*.py"), *ROOT.glob("ui/**/*.py"),
                                  *ROOT.glob("tools/**/*.py"), ROOT / "main.py"])
               if storage not in p.parents]
    found = [f"{p.relative_to(ROOT)}:{line}" for p in outside
             for line in sql_lines(p.read_text(encoding="utf-8"))]
    assert found == []


def test_the_sql_scan_sees_calls_on_any_connection() -> None:
    assert sql_lines("con.execute('SELECT 1')\nx = 1\nself.vault.con.executemany(q, rows)\n"
                     "run(execute)\n") == [1, 3]
    assert sql_lines((ROOT / "locator" / "storage" / "store.py").read_text(encoding="utf-8"))
