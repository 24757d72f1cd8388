"""A fuzz of the command line's input (issue 19): case JSON that is odd in every way a
file from elsewhere can be — every declared field given values of the wrong type, control
and separator characters, lone surrogates, huge numbers, deep lists, impossible dates,
duplicate keys, bytes that are not UTF-8 — fed to ``add`` and ``update``.

Whatever comes in: the exit status is 0 or 1, never a traceback; a refusal is one plain
line that names no case text, and leaves the vault file byte for byte as it was; an
accepted case reads back. The number of inputs tried, accepted and refused is printed
(``pytest -m slow -s tests/test_cli_fuzz.py``).
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from locator.model.cases import Case, Contact, Decision
from locator.model.fieldinfo import declared
from tests.test_cli import Cli, cli  # noqa: F401 - the fixture

pytestmark = pytest.mark.slow

EXAMPLES = 400
FIELDS = sorted({*declared(Case), *(f"decisions.{n}" for n in declared(Decision)),
                 *(f"contacts.{n}" for n in declared(Contact))})

_TEXT = st.text(st.characters(codec="utf-8"), max_size=40) | \
    st.sampled_from(["\x00", "\x1b[2J", "a\u2028b", "\u202e", "x\u0085y", "\ufeff", "<b>&",
                     "0001-01-01", "9999-12-31T23:59", "2026-02-30", "2026-13-01", "-1",
                     "1e309", "NaN", "+32 470 12 34 56", "ZZ", "be", "13septies"])
_SCALAR = (st.none() | st.booleans() | st.integers(min_value=-(10**30), max_value=10**30)
           | st.floats(allow_nan=False, allow_infinity=False) | _TEXT)
_VALUE = st.recursive(_SCALAR, lambda inner: st.lists(inner, max_size=3)
                      | st.dictionaries(_TEXT, inner, max_size=3), max_leaves=8)


@st.composite
def case_json(draw: st.DrawFn) -> bytes:
    """A JSON document for ``add``/``update``: mostly known fields with odd values."""
    shape = draw(st.sampled_from(["fields", "fields", "texts", "texts", "raw", "duplicate",
                                  "list"]))
    if shape == "raw":
        return draw(st.binary(max_size=200))
    data: dict[str, Any] = {}
    for name in draw(st.lists(st.sampled_from(FIELDS), max_size=6)):
        value = draw(_TEXT if shape == "texts" else _VALUE)
        if "." in name:
            parent, child = name.split(".", 1)
            data.setdefault(parent, [{}])
            if isinstance(data[parent], list) and data[parent]:
                data[parent][0] = {child: value}
        else:
            data[name] = value
    text = json.dumps(data, ensure_ascii=draw(st.booleans()))
    if shape == "duplicate" and data:
        key = next(iter(data))
        text = text[:-1] + f', {json.dumps(key)}: 1}}'
    if shape == "list":
        text = f"[{text}, {text}]"
    return text.encode("utf-8", "surrogatepass")


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture(scope="module")
def tally() -> Iterator[Counter[str]]:
    counts: Counter[str] = Counter()
    yield counts
    print(f"\nCLI fuzz: {counts['tried']} inputs tried, {counts['accepted']} accepted, "
          f"{counts['refused']} refused (one line, exit 1, vault unchanged)")


@settings(max_examples=EXAMPLES, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(document=case_json(), command=st.sampled_from(["add", "update"]))
def test_any_input_is_accepted_or_refused_in_one_line_with_the_vault_unchanged(
        cli: Cli, tmp_path: Path, tally: Counter[str],  # noqa: F811
        document: bytes, command: str) -> None:
    vault = tmp_path / "fuzz" / "v.locator"
    if not vault.exists():
        vault.parent.mkdir(exist_ok=True)
        assert cli("init", vault=vault).returncode == 0
        assert cli("add", vault=vault, stdin='{"alias": "Fuzzbase"}').returncode == 0
    source = tmp_path / "in.json"
    source.write_bytes(document)
    before = _digest(vault)
    args = ("add", "--json", str(source)) if command == "add" else \
        ("update", "1", "--json", str(source))
    result = cli(*args, vault=vault)
    tally["tried"] += 1
    assert result.returncode in (0, 1), (document, result)
    assert "Traceback" not in result.stderr + result.stdout
    if result.returncode == 1:
        tally["refused"] += 1
        assert len(result.stderr.strip().splitlines()) == 1, (document, result.stderr)
        assert _digest(vault) == before, (document, result.stderr)
        return
    tally["accepted"] += 1
    for case_id in (result.stdout.split() if command == "add" else ["1"]):
        shown = cli("show", case_id, "--json", vault=vault)
        assert shown.returncode == 0, (document, shown.stderr)
        json.loads(shown.stdout)
