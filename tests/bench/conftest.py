"""The benchmarks time what a person gets: Locator's bytecode already written.

Python writes it on the first import of each module, and ``make run`` writes it ahead;
where ``PYTHONDONTWRITEBYTECODE`` is set (this CI image sets it) nothing would be written,
and every probe process would compile the ~200 modules it imports again (~130 ms of an
unlock on two cores): a cost of this machine, not of the app."""

from __future__ import annotations

import compileall
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="session", autouse=True)
def bytecode_written() -> None:
    for folder in ("locator", "ui", "tests"):
        assert compileall.compile_dir(ROOT / folder, quiet=1)
    assert compileall.compile_file(ROOT / "main.py", quiet=1)
