"""The user's own details for the lawyer brief ("who is writing"): kept inside the vault,
encrypted like everything else, never in the app's settings file.

One row of the vault's ``meta`` table (key ``sender``, a JSON object), so no schema change.
Mixed into :class:`locator.storage.vault.Vault`. An encrypted copy made for another
referent leaves it out (:func:`locator.storage.backup.export_copy`): they are not the
writer.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager
from dataclasses import asdict, dataclass, fields
from typing import Any

SENDER_KEY = "sender"


@dataclass(frozen=True)
class SenderDetails:
    """As typed by the user (the phone too: the brief normalises it when it prints it)."""

    name: str = ""
    phone: str = ""
    email: str = ""


class SenderStore:
    """Reads and writes the sender's details; the vault supplies ``con`` and
    ``transaction``."""

    con: Any
    transaction: Callable[[], AbstractContextManager[Any]]

    def sender_details(self) -> SenderDetails:
        """The details last kept (all empty when none were)."""
        row = self.con.execute("SELECT value FROM meta WHERE key = ?",
                               (SENDER_KEY,)).fetchone()
        if row is None:
            return SenderDetails()
        try:
            data = json.loads(row[0])
        except ValueError:
            return SenderDetails()
        if not isinstance(data, dict):
            return SenderDetails()
        return SenderDetails(**{f.name: str(data.get(f.name, "") or "")
                                for f in fields(SenderDetails)})

    def set_sender_details(self, details: SenderDetails) -> None:
        """Keep ``details`` for the next brief; all empty removes them."""
        with self.transaction() as con:
            if any(_texts(details)):
                con.execute("INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)",
                            (SENDER_KEY, json.dumps(asdict(details), ensure_ascii=False)))
            else:
                con.execute("DELETE FROM meta WHERE key = ?", (SENDER_KEY,))


def _texts(details: SenderDetails) -> Iterator[str]:
    return (text for text in asdict(details).values() if text.strip())
