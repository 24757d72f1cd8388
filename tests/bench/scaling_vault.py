"""Big vaults for the scaling benchmark, made fast, and their unkeyed twins.

:func:`build` writes N cases through the storage layer in ONE transaction: the same rows
(:func:`locator.storage.rows.case_row`), the same search index (``CaseStore._index``) and
one "case created" timeline entry per case, as :meth:`Vault.add_cases` would, without the
per-case reads and deadline bookkeeping a case without decisions does not need.
:func:`plain_copy` exports the same content to an unkeyed file (``sqlcipher_export``), the
floor that shows what encryption costs; :func:`open_plain` opens it with the vault's own
code (its key pragma and salt check turned off).
"""

from __future__ import annotations

import contextlib
import random
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

from locator.model.caseio import case_from_dict
from locator.model.dates import format_utc, utc_now
from locator.storage import vault as vault_module
from locator.storage.rows import case_row
from locator.storage.vault import Vault

SECRET = "bench scaling passphrase words"
FIRST = ["Amanuel", "Mohamed", "Fatima", "Yonas", "Ahmad", "Mariam", "Tesfay", "Samir",
         "Émile", "Zoë", "محمد", "Ḥasan"]
LAST = ["Tesfaye", "Haile", "El Idrissi", "Rahimi", "Bakari", "Diallo", "Nguyen", "Popescu",
        "Öztürk", "Ğül"]
COUNTRIES = ["ER", "ET", "MA", "AF", "SD", "GN", "DZ", "SY"]
WORDS = ["visit", "lawyer", "call", "bail", "phone", "centre", "tesfa", "appeal", "annex"]


def build(path: Path, n: int, seed: int = 7) -> bytes:
    """A new vault of ``n`` open cases at ``path``; its key."""
    rng = random.Random(seed)
    vault = Vault.create(path, SECRET)
    try:
        now = utc_now()
        with vault.transaction() as con:
            for i in range(n):
                case = case_from_dict({
                    "alias": f"{rng.choice(FIRST)} {i}",
                    "registered_last_name": rng.choice(LAST),
                    "registered_first_name": rng.choice(FIRST),
                    "other_spellings": [rng.choice(FIRST)],
                    "nationality_recorded": rng.choice(COUNTRIES),
                    "status": rng.choice(["missing", "detained", "released"]),
                    "notes": " ".join(rng.choice(WORDS) for _ in range(rng.randint(30, 80))),
                })
                row = case_row(case)
                stamp = format_utc(now.replace(microsecond=0) - _seconds(n - i))
                cur = con.execute(
                    f"INSERT INTO cases({', '.join(row)}, created_at, updated_at)"
                    f" VALUES ({', '.join('?' * len(row))}, ?, ?)", (*row.values(), stamp, stamp))
                case_id = int(cur.lastrowid)
                con.execute("INSERT INTO events(case_id, at, kind, summary, recorded_by, data)"
                            " VALUES (?, ?, 'created', '', '', '{}')", (case_id, stamp))
                vault._index(con, case_id, case)
        return bytes(vault.key)
    finally:
        vault.lock()


def _seconds(count: int) -> timedelta:
    return timedelta(seconds=count)


def plain_copy(path: Path, key: bytes, target: Path) -> Path:
    """The same database, unkeyed (the same sqlcipher3 build reads it without a key)."""
    vault = Vault.open(path, key)
    try:
        vault.con.execute("ATTACH DATABASE ? AS plain KEY ''", (str(target),))
        vault.con.execute("SELECT sqlcipher_export('plain')")
        version = vault.pragma("user_version")
        vault.con.execute(f"PRAGMA plain.user_version = {int(version)}")
        vault.con.execute("DETACH DATABASE plain")
    finally:
        vault.lock()
    return target


@contextlib.contextmanager
def unkeyed() -> Iterator[None]:
    """While inside: Vault.open reads an unkeyed file (no key pragma, no salt check)."""
    saved = vault_module._key_pragma, vault_module.read_salt
    vault_module._key_pragma = lambda key, salt=None: "SELECT 1"
    vault_module.read_salt = lambda p: b"\0" * 16  # type: ignore[assignment]
    try:
        yield
    finally:
        vault_module._key_pragma, vault_module.read_salt = saved


def open_plain(path: Path) -> Vault:
    with unkeyed():
        return Vault.open(path, b"")
