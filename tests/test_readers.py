"""The vault's reader connections kept open between the case list's queries."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest
import sqlcipher3

from locator.model.caseio import case_from_dict
from locator.storage.errors import VaultLocked
from locator.storage.vault import Vault

SECRET = "five random words are best"
LONG = ("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n)"
        " SELECT count(*) FROM n")  # runs until interrupted


def test_a_reader_is_kept_for_the_next_query_and_closed_at_the_lock(tmp_path: Path) -> None:
    vault = Vault.create(tmp_path / "r.locator", SECRET)
    vault.save_case(case_from_dict({"alias": "Sami"}))
    readers = vault.readers
    first: list[Any] = []
    con = readers.take(first)
    assert first == [con]
    assert con.execute("SELECT alias FROM cases").fetchone()[0] == "Sami"
    with pytest.raises(sqlcipher3.OperationalError):
        con.execute("DELETE FROM cases")  # read only
    readers.give(con, first)
    assert first == []
    again: list[Any] = []
    assert readers.take(again) is con  # kept open: no second key, no schema read again
    other: list[Any] = []
    second = readers.take(other)
    assert second is not con
    readers.give(con, again)
    vault.lock()  # the idle one closed now, the one in use when it is given back
    with pytest.raises(sqlcipher3.ProgrammingError):
        con.execute("SELECT 1")
    assert second.execute("SELECT count(*) FROM cases").fetchone()[0] == 1
    readers.give(second, other)
    with pytest.raises(sqlcipher3.ProgrammingError):
        second.execute("SELECT 1")
    with pytest.raises(VaultLocked):
        readers.take([])


def test_an_interrupt_stops_only_the_queries_of_its_list(tmp_path: Path) -> None:
    vault = Vault.create(tmp_path / "r.locator", SECRET)
    readers = vault.readers
    old: list[Any] = []
    new: list[Any] = []
    con_old, con_new = readers.take(old), readers.take(new)
    errors: list[BaseException] = []
    started = threading.Event()

    def long_query() -> None:
        started.set()
        try:
            con_old.execute(LONG).fetchone()
        except sqlcipher3.OperationalError as err:
            errors.append(err)

    thread = threading.Thread(target=long_query)
    thread.start()
    started.wait()
    readers.interrupt(new)  # not that one: it goes on
    thread.join(0.3)
    assert thread.is_alive()
    readers.interrupt(old)
    thread.join(10)
    assert not thread.is_alive() and errors and "interrupt" in str(errors[0])
    assert con_new.execute("SELECT 1").fetchone()[0] == 1
    readers.give(con_old, old)
    assert con_old.execute("SELECT 2").fetchone()[0] == 2  # usable again after it
    readers.give(con_new, new)
    vault.lock()
