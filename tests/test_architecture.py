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


def test_modules_stay_small() -> None:
    big = [f"{p.relative_to(ROOT)}: {n}" for p in [*ROOT.glob("locator/**/*.py"),
                                                   *ROOT.glob("ui/**/*.py")]
           if (n := len(p.read_text(encoding="utf-8").splitlines())) > 450]
    assert big == []
