"""The lock files (requirements/*.txt, written by `make lock`) pin every package that
pyproject.toml asks for, each at one version with its hashes; and the Qt binding they
pin does not drain Python's None (PySide6 6.12.0 did)."""

from __future__ import annotations

import re
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parent.parent
REQUIREMENTS = ROOT / "requirements"
PIN = re.compile(r"^([A-Za-z0-9][A-Za-z0-9._-]*)==([^ \\]+) \\$")


def pins(lock: Path) -> dict[str, str]:
    """name → version; fails on a line that is neither a pin, a hash, nor a comment."""
    found: dict[str, str] = {}
    lines = lock.read_text(encoding="utf-8").splitlines()
    for number, line in enumerate(lines):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        if line.startswith("    --hash=sha256:"):
            continue
        match = PIN.match(line)
        assert match, f"{lock.name}:{number + 1}: {line}"
        assert lines[number + 1].startswith("    --hash=sha256:"), f"{match[1]} has no hash"
        found[canonicalize_name(match[1])] = match[2]
    return found


def wanted(*extras: str) -> list[Requirement]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    found = [Requirement(r) for r in project["project"]["dependencies"]]
    for extra in extras:
        found += [Requirement(r) for r in project["project"]["optional-dependencies"][extra]]
    found += [Requirement(r) for r in project["build-system"]["requires"]]
    return found


@pytest.mark.parametrize(("lock", "extras"), [("lock.txt", ("test",)),
                                              ("package-lock.txt", ("test", "package"))])
def test_the_lock_pins_what_pyproject_asks_for(lock: str, extras: tuple[str, ...]) -> None:
    pinned = pins(REQUIREMENTS / lock)
    missing = [str(r) for r in wanted(*extras) if canonicalize_name(r.name) not in pinned]
    outside = [f"{r} but {pinned[canonicalize_name(r.name)]}" for r in wanted(*extras)
               if canonicalize_name(r.name) in pinned
               and pinned[canonicalize_name(r.name)] not in r.specifier]
    assert missing == [] and outside == [], "run `make lock`"


def test_the_package_lock_has_the_same_versions_plus_pyinstaller() -> None:
    app, package = pins(REQUIREMENTS / "lock.txt"), pins(REQUIREMENTS / "package-lock.txt")
    assert {name: package.get(name) for name in app} == app
    assert "pyinstaller" in package
    assert "pip" in pins(REQUIREMENTS / "pip.txt")


@pytest.mark.gui
def test_qt_calls_that_return_nothing_leave_none_alone() -> None:
    """PySide6 6.12.0 on Python 3.11 dropped a reference to None on every call of a method
    returning nothing; None is not immortal before 3.12, so a few thousand such calls in
    a row (resizing a window) aborted the app ("none_dealloc"). Measured in a process of
    its own: a binding with the fault would abort this one."""
    probe = ("import sys\n"
             "from PySide6.QtCore import QObject\n"
             "thing = QObject()\n"
             "before = sys.getrefcount(None)\n"
             "for _ in range(1000):\n"
             "    thing.setObjectName('probe')\n"
             "print(before - sys.getrefcount(None), flush=True)\n")
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                          timeout=60, check=False)
    lost = int(done.stdout.split()[0])
    assert lost < 100, f"{lost} references to None lost in 1000 calls"
