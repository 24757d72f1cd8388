"""The timeline as the procedure reads it: event conventions and the calling round.

These events are typed payloads of :mod:`locator.model.events` (``CallMade``, ``VisitMade``,
``EmailSent``, ``StepMarked``), recorded with :func:`locator.model.events.record`; their
values (``Answer``, ``Recipient``, ``EmailPurpose``, ``Mark``) are declared there too. Stored
``data`` keys:

* ``call``: ``{"centre": id, "number": E.164, "answer": Answer}``
* ``visit``: ``{"centre", "visitor", "belongings", "phone_delivered": bool, ...}``
* ``email``: ``{"to": Recipient, "purpose": EmailPurpose, "state": Delivery, ...}`` and
  ``brief_sent``: ``{"to": Recipient, "state": Delivery, ...}``: only an entry the user
  marked *sent* counts (:func:`counts_as_done`); *prepared* (copied, saved, handed to a
  mail program) and entries from before the two were told apart never move a step on.
* ``step``: ``{"step": step id, "state": Mark}``; the latest mark for a step wins.

An event that another event ``corrects`` no longer counts; the correction
counts as what it says (its own kind and data).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Any

from locator.model.cases import Event, EventKind
from locator.model.dates import to_utc
from locator.model.events import Answer, Delivery

CALL_AGAIN = frozenset({Answer.NO_ANSWER, Answer.CALL_BACK})


class RoundState(StrEnum):
    """Where the calling round stands as a whole."""

    NOT_STARTED = "not_started"  # no centre of the round called yet
    IN_PROGRESS = "in_progress"  # some centre still to call, or to call again
    FOUND = "found"  # a centre's latest answer is "found"
    ALL_NOT_FOUND = "all_not_found"  # every centre's latest answer is "not found"
    EXHAUSTED = "exhausted"  # every centre answered; none found; some refused to say


# -- timeline helpers -----------------------------------------------------------------------


def effective_events(events: Sequence[Event]) -> tuple[Event, ...]:
    """The timeline as the engine reads it: corrected events dropped, oldest first.

    An event that another event ``corrects`` no longer counts; the correction
    counts as what it says (its own kind and data). Ties keep the given order.
    """
    corrected = {e.corrects for e in events if e.corrects is not None}
    kept = [e for e in events if e.id is None or e.id not in corrected]
    return tuple(sorted(kept, key=lambda e: to_utc(e.at)))


def after_last(events: Sequence[Event], kinds: frozenset[EventKind]) -> int:
    """Index just after the latest event of one of ``kinds`` (0 when there is none)."""
    for i in range(len(events) - 1, -1, -1):
        if events[i].kind in kinds:
            return i + 1
    return 0


def data_text(data: Any, key: str) -> str | None:
    value = data.get(key) if isinstance(data, Mapping) else None
    return value if isinstance(value, str) else None


#: kinds whose entries are either prepared or sent (:class:`locator.model.events.Delivery`)
DELIVERY_KINDS = frozenset({EventKind.EMAIL, EventKind.BRIEF_SENT})


def counts_as_done(event: Event) -> bool:
    """Whether a step condition may count this entry: an email or a brief only once the
    user said it was sent (prepared is not sent); every other kind as it is."""
    if event.kind in DELIVERY_KINDS:
        return data_text(event.data, "state") == Delivery.SENT.value
    return True


# -- the calling round -------------------------------------------------------------------


@dataclass(frozen=True)
class CentreCallState:
    """One centre of the calling round."""

    centre: str
    calls: int
    last_answer: Answer | None  # None: never called, or the answer was not recorded
    last_called_at: datetime | None
    last_number: str | None

    @property
    def call_again(self) -> bool:
        """Called, but nobody answered or they asked to call back."""
        return self.last_answer in CALL_AGAIN

    @property
    def to_call(self) -> bool:
        """Still to call: never called, no usable answer, or to call again."""
        return self.last_answer is None or self.call_again


def calling_round_state(events: Sequence[Event], centre_ids: Sequence[str], *,
                        effective: bool = False) -> list[CentreCallState]:
    """Per centre of ``centre_ids`` (in that order): calls made and the latest answer.

    Only the calls since the latest status change count: a change of status or
    centre starts a new round. ``effective``: ``events`` is already an
    :func:`effective_events` timeline (it is not cleaned again).
    """
    by_centre = _calls_by_centre(_round_calls(events, effective=effective))
    return [_centre_state(c, by_centre.get(c, ())) for c in centre_ids]


def _round_calls(events: Sequence[Event], *, effective: bool = False) -> list[Event]:
    timeline = events if effective else effective_events(events)
    start = after_last(timeline, frozenset({EventKind.STATUS_CHANGE}))
    return [e for e in timeline[start:] if e.kind is EventKind.CALL]


def _calls_by_centre(calls: Sequence[Event]) -> dict[str, list[Event]]:
    """The calls per centre called, each in timeline order (calls naming no centre left out)."""
    found: dict[str, list[Event]] = {}
    for event in calls:
        centre = data_text(event.data, "centre")
        if centre is not None:
            found.setdefault(centre, []).append(event)
    return found


def _centre_state(centre: str, mine: Sequence[Event]) -> CentreCallState:
    """One centre's state from its own calls (timeline order)."""
    if not mine:
        return CentreCallState(centre, 0, None, None, None)
    last = mine[-1]
    answer = data_text(last.data, "answer")
    return CentreCallState(centre, len(mine), _answer(answer), to_utc(last.at),
                           data_text(last.data, "number"))


def _answer(text: str | None) -> Answer | None:
    try:
        return Answer(text) if text is not None else None
    except ValueError:
        return None


def round_state(events: Sequence[Event], centre_ids: Sequence[str], *,
                effective: bool = False) -> RoundState:
    """The round as a whole; "found" counts at any centre, even one outside the round.

    ``effective``: ``events`` is already an :func:`effective_events` timeline.
    """
    by_centre = _calls_by_centre(_round_calls(events, effective=effective))
    if any(_answer(data_text(mine[-1].data, "answer")) is Answer.FOUND
           for mine in by_centre.values()):
        return RoundState.FOUND
    states = [_centre_state(c, by_centre.get(c, ())) for c in centre_ids]
    if not any(s.calls for s in states):
        return RoundState.NOT_STARTED
    if any(s.to_call for s in states):
        return RoundState.IN_PROGRESS
    if all(s.last_answer is Answer.NOT_FOUND for s in states):
        return RoundState.ALL_NOT_FOUND
    return RoundState.EXHAUSTED


def all_not_found(states: Sequence[CentreCallState]) -> bool:
    """True when every centre has been called and its latest answer is "not found"."""
    return bool(states) and all(s.last_answer is Answer.NOT_FOUND for s in states)


