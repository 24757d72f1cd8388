"""Visits, people seen at visits, and the cases held at one centre (for centre referents).

Everything here lives on the timeline: a visit is a ``visit`` event (no table of
its own), so it is encrypted, append-only and corrected like any other entry.
Its ``data`` (the keys the procedure reads are ``centre``, ``visitor`` and
``phone_delivered``)::

    {"date": "2026-11-23", "centre": "vottem", "visitor": "Anne",
     "belongings": "clothes, phone card", "phone_delivered": true,
     "notes": "…", "people": ["Yusuf (Sudan), 2nd floor", "Mohamed"]}

``people`` are other people seen or mentioned at the visit: they can be
searched against every case with :func:`search_names` (a ranked list, never a merge).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Protocol

from locator.model.cases import Case, CaseNames, CaseSummary, Event, EventKind, Status
from locator.model.dates import today_brussels, utc_now
from locator.model.events import VisitMade, event_of, typed, visit_day
from locator.procedure.events import effective_events
from locator.procedure.names import SHOWN, Match, rank

#: a case counts as "at a centre" with one of these statuses
HELD = frozenset({Status.DETAINED, Status.TRANSFERRED})


class CaseVault(Protocol):
    """What this module needs of :class:`locator.storage.vault.Vault`."""

    def list_cases(self, query: str = "", *, include_closed: bool = False
                   ) -> list[CaseSummary]: ...
    def get_case(self, case_id: int) -> Case: ...
    def events(self, case_id: int) -> list[Event]: ...
    def add_event(self, case_id: int, event: Event) -> Event: ...


class NameVault(Protocol):
    """What :func:`search_names` needs of :class:`locator.storage.vault.Vault`."""

    def case_names(self) -> list[CaseNames]: ...
    def visit_events(self) -> dict[int, list[Event]]: ...


@dataclass(frozen=True)
class Visit:
    """One visit to a person held in a centre."""

    day: date
    centre: str
    visitor: str = ""
    belongings: str = ""
    phone_delivered: bool = False
    notes: str = ""
    people: tuple[str, ...] = ()
    recorded_at: datetime | None = None  # when it was written down (the event's time)

    @property
    def payload(self) -> VisitMade:
        """What the timeline entry for this visit records."""
        return VisitMade(self.day.isoformat(), self.centre, self.visitor, self.belongings,
                         self.phone_delivered, self.notes, self.people)

    def event(self, now: datetime | None = None) -> Event:
        """The timeline entry for this visit."""
        return event_of(self.payload, at=now or utc_now())

    @classmethod
    def from_event(cls, event: Event) -> Visit | None:
        """The visit an event records; None for other kinds. Odd data is read leniently."""
        if event.kind is not EventKind.VISIT or not isinstance(event.data, dict):
            return None
        p = typed(event)
        assert isinstance(p, VisitMade)
        return cls(day=visit_day(p, event.at.date()), centre=p.centre, visitor=p.visitor,
                   belongings=p.belongings, phone_delivered=p.phone_delivered, notes=p.notes,
                   people=p.people, recorded_at=event.at)


def visits(events: Sequence[Event]) -> list[Visit]:
    """The visits of a timeline (corrected entries dropped), oldest first."""
    found = [v for e in effective_events(events) if (v := Visit.from_event(e)) is not None]
    return sorted(found, key=lambda v: v.day)


def last_visit(events: Sequence[Event]) -> Visit | None:
    found = visits(events)
    return found[-1] if found else None


def record_visit(vault: CaseVault, case_id: int, visit: Visit,
                 now: datetime | None = None) -> Event:
    """Write the visit on the case's timeline (one transaction)."""
    if visit.day > today_brussels(now):
        raise ValueError("a visit cannot be in the future")
    return vault.add_event(case_id, visit.event(now))


@dataclass(frozen=True)
class HeldCase:
    """A case held at a centre, with its last visit."""

    case: Case
    events: tuple[Event, ...] = field(repr=False)
    last_visit: Visit | None


def cases_at(vault: CaseVault, centre_id: str) -> list[HeldCase]:
    """Open cases whose person is held at ``centre_id``, the longest unvisited first."""
    found: list[HeldCase] = []
    for summary in vault.list_cases():
        if summary.centre != centre_id or summary.status not in HELD:
            continue
        events = tuple(vault.events(summary.id))
        found.append(HeldCase(vault.get_case(summary.id), events, last_visit(events)))
    found.sort(key=lambda h: (h.last_visit is not None,
                              h.last_visit.day if h.last_visit else date.min))
    return found


def case_names(case: Case | CaseNames) -> list[str]:
    """Every name a case is known by (for matching)."""
    registered = " ".join(p for p in (case.registered_last_name, case.registered_first_name)
                          if p)
    names = [case.alias, registered, case.real_name, *case.other_spellings]
    return [n for n in names if n.strip()]


@dataclass(frozen=True)
class SeenAt:
    """A person noted at a visit for another case."""

    name: str
    case_id: int  # the case whose visit noted them
    day: date
    centre: str


NameHit = int | SeenAt  # a case id, or a person seen at a visit


def search_names(vault: NameVault, query: str, *, threshold: float = SHOWN,
                 include_seen: bool = True, limit: int = 50) -> list[Match[NameHit]]:
    """Cases (and people seen at visits) whose names sound like ``query``, best first.

    Closed cases are searched too: a person may come back. Reads every case's names
    (and, with ``include_seen``, every visit): two queries in all.
    """
    visit_events = vault.visit_events() if include_seen else {}
    candidates: list[tuple[NameHit, Sequence[str]]] = []
    for names in vault.case_names():
        candidates.append((names.id, case_names(names)))
        if names.id in visit_events:
            candidates += [(seen, [seen.name])
                           for seen in _seen(names.id, visit_events[names.id])]
    return rank(query, candidates, threshold=threshold, limit=limit)


def _seen(case_id: int, events: Iterable[Event]) -> list[SeenAt]:
    return [SeenAt(name, case_id, v.day, v.centre) for v in visits(list(events))
            for name in v.people]
