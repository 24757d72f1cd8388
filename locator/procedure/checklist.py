"""A step's checklist (who was asked in the first 24 hours), kept on the timeline.

Ticks are ``step`` events whose data is ``{"step": step id, "checked": [item ids]}``:
the whole list as it stands, the latest event wins. They carry no ``state`` key,
so the next-step engine, which reads only the done / skipped / undone marks,
ignores them; they never make a step done by themselves.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime

from locator.model.cases import Event, EventKind
from locator.model.dates import utc_now
from locator.model.events import StepMarked, event_of
from locator.procedure.events import data_text, effective_events


def checked_items(events: Sequence[Event], step_id: str) -> frozenset[str]:
    """The items of ``step_id``'s checklist ticked in the latest checklist event."""
    for event in reversed(effective_events(events)):
        if event.kind is not EventKind.STEP or data_text(event.data, "step") != step_id:
            continue
        checked = event.data.get("checked") if isinstance(event.data, dict) else None
        if isinstance(checked, list):
            return frozenset(item for item in checked if isinstance(item, str))
    return frozenset()


def checklist_event(step_id: str, checked: Iterable[str], now: datetime | None = None) -> Event:
    """The timeline entry that records the ticks of a checklist as they are now."""
    return event_of(StepMarked(step_id, checked=tuple(checked)), at=now or utc_now())
