"""What the home screen ("Today") and the case list read across every case at once: the
open deadlines with the names of their cases, the nearest open deadline of each case, and
the open cases to look at for a next step. Reads only; one query each.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from locator.deadlines.alerts import is_alarm, most_urgent_first
from locator.deadlines.timers import Deadline
from locator.storage.deadlines import load_deadlines

if TYPE_CHECKING:
    from locator.storage.vault import Vault

__all__ = ["CaseDeadline", "nearest_deadlines", "open_case_ids", "open_deadlines"]


@dataclass(frozen=True)
class CaseDeadline:
    """An open deadline and the name of the person whose case it is."""

    deadline: Deadline
    name: str  # as :meth:`locator.model.cases.Case.display_name` gives it
    closed: bool = False  # the case is closed (its deadline still runs)


def _display_name(alias: str, last: str, first: str, real_name: str) -> str:
    # the same rule as Case.display_name, on the columns
    registered = " ".join(p for p in (last.upper(), first) if p)
    return alias or registered or real_name or ""


def _names(con: Any, case_ids: set[int]) -> dict[int, tuple[str, bool]]:
    if not case_ids:
        return {}
    marks = ", ".join("?" * len(case_ids))
    cursor = con.cursor()
    cursor.row_factory = None
    rows: Iterator[Any] = cursor.execute(
        "SELECT id, alias, registered_last_name, registered_first_name, real_name, closed_at"
        f" FROM cases WHERE id IN ({marks})", sorted(case_ids))
    return {case_id: (_display_name(alias, last, first, real), bool(closed))
            for case_id, alias, last, first, real, closed in rows}


def open_deadlines(vault: Vault) -> list[CaseDeadline]:
    """Every open deadline of every case, most urgent first
    (:func:`locator.deadlines.alerts.most_urgent_first`), with its case's name."""
    deadlines = load_deadlines(vault.con, open_only=True)
    names = _names(vault.con, {d.case_id for d in deadlines})
    return [CaseDeadline(d, *names.get(d.case_id, ("", False)))
            for d in most_urgent_first(deadlines)]


def nearest_deadlines(vault: Vault) -> dict[int, Deadline]:
    """Case id → its most urgent open legal deadline (information-only dates aside)."""
    nearest: dict[int, Deadline] = {}
    for deadline in most_urgent_first(load_deadlines(vault.con, open_only=True)):
        if is_alarm(deadline) and deadline.case_id not in nearest:
            nearest[deadline.case_id] = deadline
    return nearest


def open_case_ids(vault: Vault, limit: int) -> tuple[list[int], int]:
    """The ids of the cases not closed, latest change first, at most ``limit`` of them;
    and how many open cases there are in all."""
    con = vault.con
    total = int(con.execute("SELECT count(*) FROM cases WHERE closed_at = ''").fetchone()[0])
    rows = con.execute("SELECT id FROM cases WHERE closed_at = ''"
                       " ORDER BY updated_at DESC, id DESC LIMIT ?", (limit,))
    return [int(row[0]) for row in rows], total
