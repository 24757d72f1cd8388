"""The events table: the one place a timeline event is written, and how one is read back."""

from __future__ import annotations

import json
from typing import Any

from locator.model.cases import Event, EventKind
from locator.model.dates import format_utc, parse_utc


def insert_event(con: Any, case_id: int, event: Event, corrects: int | None = None) -> int:
    """Append ``event`` to the timeline of case ``case_id``; return the new event's id.

    The one place the events table is written. ``corrects`` is the id of the event
    this one corrects; None means ``event.corrects`` (the event's own ``case_id`` and
    ``id`` are ignored). Runs inside the caller's transaction.
    """
    cur = con.execute(
        "INSERT INTO events(case_id, at, kind, summary, recorded_by, data, corrects)"
        " VALUES (?, ?, ?, ?, ?, ?, ?)",
        (case_id, format_utc(event.at), event.kind.value, event.summary, event.recorded_by,
         json.dumps(event.data, ensure_ascii=False),
         event.corrects if corrects is None else corrects))
    return int(cur.lastrowid)


def event_from_row(row: Any) -> Event:
    return Event(kind=EventKind(row["kind"]), at=parse_utc(row["at"]), summary=row["summary"],
                 recorded_by=row["recorded_by"], data=json.loads(row["data"]),
                 corrects=row["corrects"], case_id=row["case_id"], id=row["id"])
