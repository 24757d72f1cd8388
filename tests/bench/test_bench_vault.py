"""Vault benchmark (run with ``make bench``): 10,000 cases, encrypted vs plain.

Each measure runs on SQLCipher and on an unkeyed baseline: the same sqlcipher3 build and
the same schema without a key, so the ratio is the cost of encryption alone. Both are one
pytest-benchmark group: its table shows their medians side by side, each with its ratio
to the faster one in brackets.
"""

from __future__ import annotations

import os
import random
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import sqlcipher3

from locator.model.caseio import case_from_dict
from locator.model.cases import Case
from locator.storage import vault as vault_module
from locator.storage.vault import Vault

# the real key derivation (the one a person waits for)
pytestmark = [pytest.mark.bench, pytest.mark.real_kdf]
N = int(os.environ.get("LOCATOR_BENCH_CASES", "10000"))
REPEAT = 7
KINDS = ["sqlcipher", "no key"]
SECRET = "bench passphrase words here"
FIRST = ["Amanuel", "Mohamed", "Fatima", "Yonas", "Ahmad", "Mariam", "Tesfay", "Samir"]
LAST = ["Tesfaye", "Haile", "El Idrissi", "Rahimi", "Bakari", "Diallo", "Nguyen", "Popescu"]
COUNTRIES = ["ER", "ET", "MA", "AF", "SD", "GN", "DZ", "SY"]


def make_cases(n: int) -> list[Case]:
    rng = random.Random(7)
    return [case_from_dict({
        "alias": f"{rng.choice(FIRST)} {i}",
        "registered_last_name": rng.choice(LAST), "registered_first_name": rng.choice(FIRST),
        "other_spellings": [rng.choice(FIRST)], "nationality_recorded": rng.choice(COUNTRIES),
        "status": rng.choice(["missing", "detained", "released"]),
        "notes": " ".join(rng.choice(["visit", "lawyer", "call", "bail", "phone", "centre"])
                          for _ in range(rng.randint(30, 80))),
    }) for i in range(n)]


def _plain_vault(path: Path, monkeypatch: pytest.MonkeyPatch) -> Vault:
    """The same code and schema, but no key: the fair unencrypted baseline."""
    monkeypatch.setattr(vault_module, "_key_pragma", lambda key, salt=None: "SELECT 1")
    monkeypatch.setattr(vault_module, "read_salt", lambda p: b"\0" * 16)
    con = vault_module._connect(path, create=True)
    vault_module._configure(con)
    vault_module._migrate(con, 0)
    return Vault(path, con, b"")


@pytest.fixture(scope="module")
def cases() -> list[Case]:
    return make_cases(N)


@pytest.fixture(scope="module")
def encrypted_file(tmp_path_factory: pytest.TempPathFactory, cases: list[Case]) -> Path:
    path = tmp_path_factory.mktemp("bench") / "enc.locator"
    Vault.create(path, SECRET).lock()
    with Vault.open_with_passphrase(path, SECRET) as vault:
        vault.add_cases(cases)
    return path


@pytest.fixture(scope="module", params=KINDS)
def filled(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory,
           cases: list[Case], encrypted_file: Path) -> Iterator[Vault]:
    """A vault of N cases, open: SQLCipher or the unkeyed baseline."""
    if request.param == "sqlcipher":
        vault = Vault.open_with_passphrase(encrypted_file, SECRET)
    else:
        path = tmp_path_factory.mktemp("bench") / "plain.db"
        with pytest.MonkeyPatch.context() as m:
            made = _plain_vault(path, m)
            made.add_cases(cases)
            made.lock()
        con = sqlcipher3.connect(str(path), isolation_level=None, check_same_thread=False)
        con.row_factory = sqlcipher3.Row
        vault_module._configure(con)
        vault = Vault(path, con, b"")
    vault.list_cases()  # warm
    yield vault
    vault.lock()


def run(benchmark: Any, group: str, target: Any, rounds: int = REPEAT) -> None:
    benchmark.group = group
    benchmark.pedantic(target, rounds=rounds, warmup_rounds=1)


@pytest.mark.parametrize("kind", KINDS)
def test_bulk_import(benchmark: Any, tmp_path: Path, cases: list[Case], kind: str) -> None:
    made = iter(range(1000))

    def imported(vault: Vault) -> None:
        assert len(vault.list_cases()) == N
        vault.lock()

    benchmark.group = f"bulk import {N} cases"
    with pytest.MonkeyPatch.context() as m:
        def fresh() -> tuple[tuple[Vault], dict[str, Any]]:
            path = tmp_path / f"imp{next(made)}.db"
            return (Vault.create(path, SECRET) if kind == "sqlcipher"
                    else _plain_vault(path, m),), {}

        benchmark.pedantic(lambda vault: vault.add_cases(cases), setup=fresh,
                           teardown=imported, rounds=3)


def test_open_with_passphrase(benchmark: Any, encrypted_file: Path) -> None:
    """KDF + open + checks (SQLCipher only: the baseline has no key)."""
    run(benchmark, "open", lambda: Vault.open_with_passphrase(encrypted_file, SECRET).lock(),
        rounds=5)


def test_open_with_remembered_key(benchmark: Any, encrypted_file: Path) -> None:
    """Keyring mode: the key is known, no KDF."""
    with Vault.open_with_passphrase(encrypted_file, SECRET) as vault:
        key = bytes(vault.key)
    run(benchmark, "open", lambda: Vault.open(encrypted_file, key).lock())


def test_list_query_and_summaries(benchmark: Any, filled: Vault) -> None:
    run(benchmark, "list query + summaries, all cases", filled.list_cases)


@pytest.mark.parametrize("query", ["tesf", "amanuel 12", "bail"])
def test_search(benchmark: Any, filled: Vault, query: str) -> None:
    run(benchmark, f"search '{query}'", lambda: filled.list_cases(query))


def test_save_one_case(benchmark: Any, filled: Vault) -> None:
    one = filled.get_case(N // 2)
    run(benchmark, "save one case", lambda: filled.save_case(one))
