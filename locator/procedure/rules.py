"""The small declarative language of the conditions in ``resources/procedure.yaml``.

A *condition* is a YAML mapping; every key in it must hold (``any_of`` and
``not`` combine conditions). The vocabulary is fixed here and described at the
top of procedure.yaml. :func:`parse_condition` reads one (strictly, with line
numbers), :func:`holds` interprets it against a :class:`Facts` snapshot. There
is no code in the YAML and nothing is ever evaluated as Python.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, fields
from datetime import datetime, timedelta
from enum import StrEnum
from typing import Any, TypeVar

import yaml

from locator.model.cases import (
    CONSENT_FIELDS,
    KEPT_FIELDS,
    LAWYER_FIELDS,
    Case,
    Consent,
    Event,
    EventKind,
    Status,
)
from locator.model.dates import to_utc
from locator.model.events import Answer, EmailPurpose, Recipient
from locator.model.yamlstrict import StrictMap, StrictYamlError, join, line_of, scalar_text
from locator.procedure.events import RoundState, counts_as_done, round_state

E = TypeVar("E", bound=StrEnum)

KNOWN_FIELDS = frozenset(
    f.name for f in fields(Case) if f.name not in {"id", "lawyer", *KEPT_FIELDS}
) | {f"lawyer.{name}" for name in LAWYER_FIELDS}
CONSENT_KEYS = frozenset(CONSENT_FIELDS)
# event kind -> data keys a condition may filter on -> allowed values (None: any text)
EVENT_FILTERS: dict[EventKind, dict[str, type[StrEnum] | type[bool] | None]] = {
    EventKind.CALL: {"centre": None, "number": None, "answer": Answer},
    EventKind.VISIT: {"centre": None, "visitor": None, "phone_delivered": bool},
    EventKind.EMAIL: {"to": Recipient, "purpose": EmailPurpose},
    EventKind.STATUS_CHANGE: {"from": Status, "to": Status, "centre_from": None,
                              "centre_to": None},
}
_BOOL = "tag:yaml.org,2002:bool"
UNKNOWN_WORDS = frozenset({"", "unknown", "not_asked"})


# -- conditions ------------------------------------------------------------------------


@dataclass(frozen=True)
class Always:
    pass


@dataclass(frozen=True)
class StatusIn:
    statuses: frozenset[Status]
    negate: bool = False


@dataclass(frozen=True)
class Known:
    names: tuple[str, ...]
    want_known: bool


@dataclass(frozen=True)
class ConsentIs:
    key: str
    values: frozenset[Consent]


@dataclass(frozen=True)
class EventMatch:
    kind: EventKind
    filters: tuple[tuple[str, frozenset[str] | bool], ...]


@dataclass(frozen=True)
class WaitingOver:
    value: bool


@dataclass(frozen=True)
class RoundIs:
    states: frozenset[RoundState]


@dataclass(frozen=True)
class HasDecision:
    value: bool


@dataclass(frozen=True)
class DecisionWithin:
    days: int


@dataclass(frozen=True)
class HasAttempt:
    value: bool


@dataclass(frozen=True)
class After:
    steps: tuple[str, ...]
    line: int
    path: str


@dataclass(frozen=True)
class SituationRef:
    name: str
    line: int
    path: str


@dataclass(frozen=True)
class AnyOf:
    options: tuple[Condition, ...]


@dataclass(frozen=True)
class Not:
    inner: Condition


@dataclass(frozen=True)
class AllOf:
    parts: tuple[Condition, ...]


Condition = (Always | StatusIn | Known | ConsentIs | EventMatch | WaitingOver | RoundIs
             | HasDecision | DecisionWithin | HasAttempt | After | SituationRef | AnyOf | Not
             | AllOf)


def parse_condition(m: StrictMap) -> Condition:
    """Read one condition mapping; every key is a test and all must hold."""
    keys = m.keys()
    if not keys:
        raise StrictYamlError("a condition needs at least one test", path=m.path, line=m.line)
    parts: list[Condition] = []
    for key in keys:
        parser = _PARSERS.get(key)
        if parser is None:
            known = ", ".join(sorted(_PARSERS))
            raise m.error(key, f'unknown condition "{key}" (known conditions: {known})')
        parts.append(parser(m, key))
    return parts[0] if len(parts) == 1 else AllOf(tuple(parts))


def _texts(m: StrictMap, key: str, *, yes_no: bool = False) -> list[tuple[str, str, int]]:
    """A non-empty list of texts (or one text) as (value, path, line).

    With ``yes_no``, YAML's unquoted yes / no (booleans) read as "yes" / "no".
    """
    node = m.node(key)
    items = (m.sequence(key, required=True) if isinstance(node, yaml.SequenceNode)
             else [(join(m.path, key), node)])
    out: list[tuple[str, str, int]] = []
    for path, item in items:
        if yes_no and isinstance(item, yaml.ScalarNode) and item.tag == _BOOL:
            value = "yes" if str(item.value).lower() in {"yes", "true", "on"} else "no"
        else:
            value = scalar_text(item, path)
        out.append((value, path, line_of(item)))
    return out


def _choices(m: StrictMap, key: str, enum: type[E], *, yes_no: bool = False) -> frozenset[E]:
    return frozenset(_one(v, enum, path, line) for v, path, line in _texts(m, key, yes_no=yes_no))


def _one(value: str, enum: type[E], path: str, line: int) -> E:
    try:
        return enum(value)
    except ValueError:
        allowed = ", ".join(e.value for e in enum)
        raise StrictYamlError(f'"{value}" is not one of: {allowed}', path=path,
                              line=line) from None


def _status(m: StrictMap, key: str) -> Condition:
    return StatusIn(_choices(m, key, Status), negate=key == "status_not_in")


def _known(m: StrictMap, key: str) -> Condition:
    names: list[str] = []
    for value, path, line in _texts(m, key):
        if value not in KNOWN_FIELDS:
            raise StrictYamlError(f'"{value}" is not a case field', path=path, line=line)
        names.append(value)
    return Known(tuple(names), want_known=key == "known")


def _consent(m: StrictMap, key: str) -> Condition:
    inner = m.mapping(key)
    names = inner.keys()
    if len(names) != 1 or names[0] not in CONSENT_KEYS:
        raise m.error(key, "name exactly one of: " + ", ".join(sorted(CONSENT_KEYS)))
    return ConsentIs(names[0], _choices(inner, names[0], Consent, yes_no=True))


def _event(m: StrictMap, key: str) -> Condition:
    inner = m.mapping(key)
    kind_text = inner.text("kind")
    kind = _one(kind_text, EventKind, join(inner.path, "kind"), inner.line_of("kind"))
    if kind is EventKind.STEP:
        raise inner.error("kind", "step marks are read by the engine; use after: instead")
    allowed = EVENT_FILTERS.get(kind, {})
    filters: list[tuple[str, frozenset[str] | bool]] = []
    for name in inner.keys():
        if name == "kind":
            continue
        if name not in allowed:
            known = ", ".join(sorted(allowed)) or "none"
            raise inner.error(name, f'"{kind}" events cannot be filtered on "{name}" '
                                    f"(possible: {known})")
        values = allowed[name]
        if values is bool:
            filters.append((name, inner.boolean(name)))
        elif values is None:
            filters.append((name, frozenset(v for v, _, _ in _texts(inner, name))))
        else:
            assert isinstance(values, type) and issubclass(values, StrEnum)
            filters.append((name, frozenset(str(v) for v in _choices(inner, name, values))))
    inner.done()
    return EventMatch(kind, tuple(filters))


def _waiting(m: StrictMap, key: str) -> Condition:
    return WaitingOver(m.boolean(key))


def _round(m: StrictMap, key: str) -> Condition:
    return RoundIs(_choices(m, key, RoundState))


def _has_decision(m: StrictMap, key: str) -> Condition:
    return HasDecision(m.boolean(key))


def _decision_within(m: StrictMap, key: str) -> Condition:
    days = m.integer(key)
    if days < 0:
        raise m.error(key, "must be 0 or more")
    return DecisionWithin(days)


def _has_attempt(m: StrictMap, key: str) -> Condition:
    return HasAttempt(m.boolean(key))


def _after(m: StrictMap, key: str) -> Condition:
    return After(tuple(v for v, _, _ in _texts(m, key)), m.line_of(key), join(m.path, key))


def _situation(m: StrictMap, key: str) -> Condition:
    return SituationRef(m.text(key), m.line_of(key), join(m.path, key))


def _any_of(m: StrictMap, key: str) -> Condition:
    options = m.mappings(key, required=True)
    if len(options) < 2:
        raise m.error(key, "give at least two conditions")
    return AnyOf(tuple(parse_condition(o) for o in options))


def _not(m: StrictMap, key: str) -> Condition:
    return Not(parse_condition(m.mapping(key)))


def _always(m: StrictMap, key: str) -> Condition:
    if not m.boolean(key):
        raise m.error(key, "only 'always: true' makes sense")
    return Always()


_PARSERS = {
    "always": _always, "status_in": _status, "status_not_in": _status, "known": _known,
    "unknown": _known, "consent": _consent, "event": _event, "waiting_period_over": _waiting,
    "calling_round": _round, "has_decision": _has_decision,
    "decision_notified_within_days": _decision_within,
    "has_deportation_attempt": _has_attempt, "after": _after, "situation": _situation,
    "any_of": _any_of, "not": _not,
}


# -- interpreting conditions ------------------------------------------------------------------


@dataclass(frozen=True)
class Facts:
    """What a condition can look at.

    ``closed_steps`` holds the ids of steps already found done or skipped (the
    engine fills it in file order); ``situations`` are the named conditions.
    ``timeline`` is the effective timeline the engine reads (None: not known);
    the round state of it and of its tails is then worked out once each.
    """

    case: Case
    now: datetime
    waiting_hours: int
    round_ids: tuple[str, ...]
    situations: Mapping[str, Condition]
    closed_steps: set[str]
    timeline: tuple[Event, ...] | None = None
    _rounds: dict[int, RoundState] = field(default_factory=dict, init=False, repr=False,
                                           compare=False)

    def round_state(self, events: Sequence[Event]) -> RoundState:
        """:func:`round_state` of ``events`` for ``round_ids``.

        A tail of ``timeline`` (the engine reads nothing else) is already
        effective: it is not cleaned again, and each tail is worked out once.
        """
        timeline, size = self.timeline, len(events)
        if (timeline is None or size > len(timeline)
                or (size and events[0] is not timeline[len(timeline) - size])):
            return round_state(events, self.round_ids)
        state = self._rounds.get(size)
        if state is None:
            state = self._rounds[size] = round_state(events, self.round_ids, effective=True)
        return state


def is_known(case: Case, name: str) -> bool:
    """A field holds something: not empty, not None, not "unknown" / "not asked"."""
    holder: Any = case
    if name.startswith("lawyer."):
        holder, name = case.lawyer, name.removeprefix("lawyer.")
    value = getattr(holder, name)
    if value is None:
        return False
    if isinstance(value, str):
        return value.strip().lower() not in UNKNOWN_WORDS
    if isinstance(value, list):
        return bool(value)
    return True


def waiting_over(case: Case, now: datetime, hours: int) -> bool:
    """``hours`` have passed since the last contact (False when it is not known)."""
    if case.last_contact_at is None:
        return False
    return to_utc(now) >= to_utc(case.last_contact_at) + timedelta(hours=hours)


def holds(cond: Condition, facts: Facts, events: Sequence[Event]) -> bool:
    """Interpret one condition. ``events`` is the (effective, ordered) timeline to read."""
    case = facts.case
    match cond:
        case Always():
            return True
        case StatusIn(statuses, negate):
            return (case.status in statuses) != negate
        case Known(names, want_known):
            return all(is_known(case, n) == want_known for n in names)
        case ConsentIs(key, values):
            return getattr(case, key) in values
        case EventMatch():
            return any(_matches(cond, e) for e in events)
        case WaitingOver(value):
            return waiting_over(case, facts.now, facts.waiting_hours) == value
        case RoundIs(states):
            return facts.round_state(events) in states
        case HasDecision(value):
            return bool(case.decisions) == value
        case DecisionWithin(days):
            since = to_utc(facts.now) - timedelta(days=days)
            return any(d.notified_at is not None and to_utc(d.notified_at) >= since
                       for d in case.decisions)
        case HasAttempt(value):
            return bool(case.deportation_attempts) == value
        case After(steps):
            return all(s in facts.closed_steps for s in steps)
        case SituationRef(name):
            return holds(facts.situations[name], facts, events)
        case AnyOf(options):
            return any(holds(o, facts, events) for o in options)
        case Not(inner):
            return not holds(inner, facts, events)
        case AllOf(parts):
            return all(holds(p, facts, events) for p in parts)
    raise AssertionError(f"unhandled condition {cond!r}")  # pragma: no cover


def _matches(cond: EventMatch, event: Event) -> bool:
    if event.kind is not cond.kind or not counts_as_done(event):
        return False
    data: Any = event.data
    if not isinstance(data, Mapping):
        return not cond.filters
    for key, wanted in cond.filters:
        value = data.get(key)
        if isinstance(wanted, bool):
            if not isinstance(value, bool) or value != wanted:
                return False
        elif not isinstance(value, str) or value not in wanted:
            return False
    return True
