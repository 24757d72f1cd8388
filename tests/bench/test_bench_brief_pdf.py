"""Brief PDF benchmark (run with ``make bench``): one brief after the first, with shaping.

Two briefs in one pytest-benchmark group, so the table shows their medians side by side
with the ratio: the typical case of tests/test_brief_pdf.py (a Ge'ez registered name, an
Arabic real name, a Latin place full of markup) and one whose names and place are Pashto
and Arabic with digits, every line of it shaped by HarfBuzz and given its text layer
(locator.brief.shaping), also with the shaping caches emptied before each round (a
brief about another person). Target (quality-bars.md): 200 ms per brief after the first.
"""

from __future__ import annotations

from typing import Any

import pytest

from locator.brief import shaping
from locator.brief.pdf import pdf_bytes
from tests.test_brief_pdf import make_brief, make_case

pytestmark = pytest.mark.bench
REPEAT = 7
CASES = {
    "typical": {},
    "pashto and arabic": {"registered_last_name": "احمدزی", "registered_first_name": "ښکلی ګل",
                          "arrest_place": "مرحبا، اسمي أحمد من السودان. الهاتف ١٢٣٤٥٦"},
}


@pytest.mark.parametrize("kind", CASES)
def test_brief_pdf(benchmark: Any, kind: str) -> None:
    brief = make_brief(make_case(**CASES[kind]))
    pdf_bytes(brief)  # the first brief loads reportlab and the fonts
    benchmark.group = "brief PDF, after the first"
    data = benchmark.pedantic(lambda: pdf_bytes(brief), rounds=REPEAT, warmup_rounds=1)
    assert data.startswith(b"%PDF-")


def test_brief_pdf_nothing_cached(benchmark: Any) -> None:
    brief = make_brief(make_case(**CASES["pashto and arabic"]))
    pdf_bytes(brief)

    def empty_caches() -> None:
        for cached in (shaping.shape_line, shaping._shape, shaping.glyph_path):
            cached.cache_clear()

    benchmark.group = "brief PDF, after the first"
    data = benchmark.pedantic(lambda: pdf_bytes(brief), setup=empty_caches, rounds=REPEAT)
    assert data.startswith(b"%PDF-")
