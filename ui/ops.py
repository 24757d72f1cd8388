"""The writes the UI makes to the vault, each returning what it changed.

The main window emits ``changed(Changes)`` after each one; every panel refreshes from
that (in the spirit of Anki's OpChanges).
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from datetime import date

from locator.model.cases import Case
from locator.model.events import Payload, record
from locator.storage.vault import Vault


@dataclass(frozen=True)
class Changes:
    """What one operation changed. ``case_id``: the case written (None: any case)."""

    case_id: int | None = None
    case: bool = False  # the case's own fields (the editor)
    timeline: bool = False  # its events and attachments
    deadlines: bool = False
    case_list: bool = False  # what the case list shows

    def touches(self, case_id: int | None) -> bool:
        """Whether it changed something of the case ``case_id`` (None: no case)."""
        return case_id is not None and self.case_id in (None, case_id)

    @classmethod
    def everything(cls, case_id: int | None = None) -> Changes:
        return cls(case_id, case=True, timeline=True, deadlines=True, case_list=True)

    @classmethod
    def events(cls, case_id: int) -> Changes:
        """New events on a case's timeline (a step marked, an email sent, a visit)."""
        return cls(case_id, timeline=True, case_list=True)


def save_case(vault: Vault, case: Case,
              overwrite: Collection[str] = ()) -> tuple[Case, Changes]:
    """Insert or update a case (its deadlines follow its decisions): only the fields
    changed since it was read; ``overwrite``: fields changed elsewhere meanwhile that the
    person chose to replace with theirs (see :class:`CaseChangedElsewhere`)."""
    saved = vault.save_case(case, overwrite=overwrite)
    return saved, Changes.everything(saved.id)


def record_event(vault: Vault, case_id: int, payload: Payload) -> Changes:
    record(vault, case_id, payload)
    return Changes.events(case_id)


def mark_deadline_done(vault: Vault, deadline_id: int, done_on: date, done_by: str) -> Changes:
    done = vault.mark_deadline_done(deadline_id, done_on, done_by)
    return Changes(done.case_id, timeline=True, deadlines=True, case_list=True)


def mark_deadline_not_applicable(vault: Vault, deadline_id: int, reason: str) -> Changes:
    done = vault.mark_deadline_not_applicable(deadline_id, reason)
    return Changes(done.case_id, timeline=True, deadlines=True, case_list=True)


def close_case(vault: Vault, case_id: int, closed: bool) -> Changes:
    """Close (out of the list, everything kept) or reopen a case."""
    vault.close_case(case_id, closed=closed)
    return Changes(case_id, case=True, case_list=True)
