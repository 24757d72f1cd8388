"""Vault benchmark (run with ``make bench``): 10,000 cases, medians, encrypted vs plain.

The unkeyed baseline is the same sqlcipher3 build and the same schema without a
key, so the ratio is the cost of encryption alone.
"""

from __future__ import annotations

import os
import random
import statistics
import time
from collections.abc import Callable
from pathlib import Path

import pytest
import sqlcipher3

from locator.model.caseio import case_from_dict
from locator.model.cases import Case
from locator.storage import vault as vault_module
from locator.storage.kdf import DEFAULT_PARAMS
from locator.storage.vault import Vault

pytestmark = pytest.mark.bench
N = int(os.environ.get("LOCATOR_BENCH_CASES", "10000"))
REPEAT = 7
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


def median_ms(fn: Callable[[], object], repeat: int = REPEAT) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def _plain_vault(path: Path, monkeypatch: pytest.MonkeyPatch) -> Vault:
    """The same code and schema, but no key: the fair unencrypted baseline."""
    monkeypatch.setattr(vault_module, "_key_pragma", lambda key, salt=None: "SELECT 1")
    monkeypatch.setattr(vault_module, "read_salt", lambda p: b"\0" * 16)
    con = vault_module._connect(path, create=True)
    vault_module._configure(con)
    vault_module._migrate(con, 0)
    return Vault(path, con, b"")


def test_vault_benchmark(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("locator.storage.kdf.DEFAULT_PARAMS", DEFAULT_PARAMS)  # the real KDF
    cases = make_cases(N)
    rows: list[tuple[str, float, float]] = []

    def import_into(make: Callable[[Path], Vault]) -> float:
        times = []
        for r in range(3):
            vault = make(tmp_path / f"imp{r}-{time.perf_counter_ns()}.db")
            start = time.perf_counter()
            vault.add_cases(cases)
            times.append((time.perf_counter() - start) * 1000)
            vault.lock()
        return statistics.median(times)

    secret = "bench passphrase words here"
    enc_import = import_into(lambda p: Vault.create(p, secret))
    with monkeypatch.context() as m:
        plain_import = import_into(lambda p: _plain_vault(p, m))
    rows.append((f"bulk import {N} cases", enc_import, plain_import))

    enc_path = tmp_path / "enc.locator"
    Vault.create(enc_path, secret).lock()
    with Vault.open_with_passphrase(enc_path, secret) as v:
        v.add_cases(cases)
    plain_path = tmp_path / "plain.db"
    with monkeypatch.context() as m:
        pv = _plain_vault(plain_path, m)
        pv.add_cases(cases)
        pv.lock()

    open_pass = median_ms(lambda: Vault.open_with_passphrase(enc_path, secret).lock(), 5)
    enc = Vault.open_with_passphrase(enc_path, secret)
    key = enc.key
    open_key = median_ms(lambda: Vault.open(enc_path, key).lock())
    plain_con = sqlcipher3.connect(str(plain_path), isolation_level=None,
                                   check_same_thread=False)
    plain_con.row_factory = sqlcipher3.Row
    vault_module._configure(plain_con)
    plain = Vault(plain_path, plain_con, b"")
    rows.append(("open with passphrase (KDF + open + checks)", open_pass, float("nan")))
    rows.append(("open with remembered key (keyring mode)", open_key, float("nan")))

    enc.list_cases()
    plain.list_cases()  # warm
    rows.append(("list query + summaries, all cases", median_ms(enc.list_cases),
                 median_ms(plain.list_cases)))
    for query in ("tesf", "amanuel 12", "bail"):
        rows.append((f"search '{query}'", median_ms(lambda q=query: enc.list_cases(q)),
                     median_ms(lambda q=query: plain.list_cases(q))))
    one = enc.get_case(N // 2)
    rows.append(("save one case", median_ms(lambda: enc.save_case(one)),
                 median_ms(lambda: plain.save_case(plain.get_case(N // 2)))))
    enc.lock()
    plain.lock()

    print(f"\nLocator vault benchmark, {N} cases, medians (ms)")
    print(f"{'what':<46}{'SQLCipher':>11}{'no key':>10}{'ratio':>8}")
    for what, a, b in rows:
        ratio = f"{a / b:.2f}x" if b == b and b > 0 else "-"
        plain_text = f"{b:10.1f}" if b == b else f"{'-':>10}"
        print(f"{what:<46}{a:11.1f}{plain_text}{ratio:>8}")
