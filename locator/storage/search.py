"""How the case list is ordered, counted and searched in SQL (issue 18).

The list never reads every case: it asks for the ordered ids of the cases it shows (an
index walk; one integer each) and reads the summary rows of the few on screen. Names sort
folded (case and accents ignored: émile with e), by a key written beside the case on each
save (``sort_name``, ``sort_registered``, schema v7) so that an index orders them.
"""

from __future__ import annotations

import unicodedata
from typing import Any

__all__ = ["ORDERS", "RANKED", "fold", "sort_keys"]

#: the list's orders done by an index: name → the ORDER BY columns (ascending)
ORDERS = {
    "updated": ("updated_at", "id"),
    "name": ("sort_name", "id"),
    "registered": ("sort_registered", "id"),
}
#: the columns the list orders by a rank the screen gives (translated names)
RANKED = ("nationality_recorded", "status", "centre")


def fold(text: str) -> str:
    """Sort key that ignores case and accents: émile sorts with e, not after z."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def registered_name(last: str, first: str) -> str:
    return f"{last.upper()} {first}".strip()


def sort_keys(alias: str, last: str, first: str, real_name: str) -> tuple[str, str]:
    """(sort_name, sort_registered) of a case's names, as the list shows them."""
    registered = registered_name(last, first)
    return fold(alias or registered or real_name), fold(registered)


def fill_sort_keys(con: Any) -> None:
    """Schema v7: the sort keys of every case stored before (inside its transaction)."""
    cursor = con.cursor()
    cursor.row_factory = None
    rows = cursor.execute("SELECT id, alias, registered_last_name, registered_first_name,"
                          " real_name FROM cases").fetchall()
    con.executemany("UPDATE cases SET sort_name = ?, sort_registered = ? WHERE id = ?",
                    [(*sort_keys(alias, last, first, real), case_id)
                     for case_id, alias, last, first, real in rows])
