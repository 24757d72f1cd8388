"""Which timers a decision starts, loaded strictly from ``resources/decision_timers.yaml``.

The table says, for each decision kind and annexe and each answer to its questions
(an earlier removal measure? a subsequent asylum application made in detention?),
which rules of ``resources/deadline_rules.yaml`` start, and which start only as a
possibility (*conditional*: the lawyer decides), and, for a maximum after a detention
extension, from which moment it counts (:func:`counted_from`: the detention decision the
extension extends). :func:`timers_for` reads it for one decision. Pure: no vault, no clock.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType

import yaml

from locator.deadlines.rules import Rule, load_rules
from locator.model.cases import Decision, DecisionKind, Tristate
from locator.model.errors import N_
from locator.model.paths import RESOURCES_DIR
from locator.model.yamlstrict import (
    StrictMap,
    StrictYamlError,
    compose,
    read_data_file,
    scalar_text,
)

TABLE_FILE = RESOURCES_DIR / "decision_timers.yaml"

#: the questions the table may ask: Decision fields answered yes / no / unknown
QUESTIONS = ("earlier_removal", "subsequent_asylum_in_detention")
#: each question in plain words, for the form that asks it
QUESTION_TEXTS = {
    "earlier_removal": N_("Did the person receive an earlier order to leave or another "
                          "removal measure before this one?"),
    "subsequent_asylum_in_detention": N_("Was the refused asylum application a new one, "
                                         "made while the person was detained?"),
}

#: moments a timer may count from, besides the decision's own notification (the default)
MOMENTS = ("detention",)
#: the rule whose start marks a detention decision: a timer counted "from: detention" runs
#: from the latest decision of the case, notified at or before this one, that starts it
DETENTION_START_RULE = "be-detention-max"

Answers = tuple[tuple[str, Tristate], ...]  # (question, answer) in the entry's order
Key = tuple[DecisionKind, str]  # (kind, normalised annexe; "" for any other)


class TimerTableError(ValueError):
    """The decision timers file is malformed; the message says where (with the line)."""

    def __init__(self, problem: str, *, path: str = "", line: int | None = None) -> None:
        where = f"line {line}" if line is not None else "unknown line"
        super().__init__(f"Decision timers file, {where}, {path or '(top)'}: {problem}")
        self.path = path
        self.line = line


@dataclass(frozen=True)
class Row:
    """The timers of one combination of answers."""

    answers: Answers
    start: tuple[str, ...]
    conditional: tuple[str, ...] = ()
    #: (rule, moment) for the rules that count from another moment than the notification
    counted_from: tuple[tuple[str, str], ...] = ()

    def timers(self) -> list[tuple[str, bool]]:
        """(rule id, conditional) pairs, the rules that run first."""
        return [(rule, False) for rule in self.start] + [(rule, True) for rule in self.conditional]


@dataclass(frozen=True)
class Entry:
    """Some decision kinds and annexes, the questions they ask and a row per answer."""

    kinds: tuple[DecisionKind, ...]
    annexes: tuple[str, ...]
    asks: tuple[str, ...]
    basis: str
    source_url: str
    rows: tuple[Row, ...]
    note: str | None = None
    line: int = 0
    #: what the date entered means for this kind, when it is not a notification
    date_label: str | None = None

    def row_for(self, decision: Decision) -> Row:
        wanted = tuple((q, Tristate(getattr(decision, q))) for q in self.asks)
        for row in self.rows:
            if row.answers == wanted:
                return row
        raise AssertionError("the loader checks that every answer has its row")


@dataclass(frozen=True)
class TimerTable:
    entries: tuple[Entry, ...]
    by_key: Mapping[Key, Entry]

    def entry_for(self, kind: DecisionKind, annexe: str) -> Entry:
        """The entry of this kind and annexe; the kind's "" entry for any other annexe."""
        found = self.by_key.get((kind, normalise_annexe(annexe)))
        return found if found is not None else self.by_key[(kind, "")]


def normalise_annexe(text: str) -> str:
    """``"Annexe 13 septies"`` → ``"13septies"``: lower case, no spaces, no leading word."""
    value = re.sub(r"\s+", "", text.lower())
    return re.sub(r"^(annexe|annex|bijlage)", "", value)


def _rule_ids(m: StrictMap, key: str, rules: Mapping[str, Rule]) -> tuple[str, ...]:
    ids: list[str] = []
    for path, node in m.sequence(key):
        rule_id = scalar_text(node, path)
        if rule_id not in rules:
            raise StrictYamlError(f'"{rule_id}" is not a rule of deadline_rules.yaml',
                                  path=path, line=m.line_of(key))
        if rule_id in ids:
            raise StrictYamlError(f'"{rule_id}" is given twice', path=path,
                                  line=m.line_of(key))
        ids.append(rule_id)
    return tuple(ids)


def _parse_row(m: StrictMap, asks: tuple[str, ...], rules: Mapping[str, Rule]) -> Row:
    given = m.mapping("answers") if m.present("answers") else None
    if given is None:
        raise m.error("answers", "is missing (write {} when the entry asks nothing).")
    if sorted(given.keys()) != sorted(asks):
        raise m.error("answers", f"must answer exactly: {', '.join(asks) or 'nothing'}.")
    answers = tuple((q, given.choice(q, Tristate)) for q in asks)
    given.done()
    if not m.present("start"):
        raise m.error("start", "is missing (write [] for no timer).")
    start, conditional = _rule_ids(m, "start", rules), _rule_ids(m, "conditional", rules)
    counted_from: list[tuple[str, str]] = []
    if m.present("from"):
        moments = m.mapping("from")
        for rule_id in moments.keys():
            if rule_id not in start + conditional:
                raise moments.error(rule_id, "is not a rule this row starts.")
            moment = moments.text(rule_id)
            if moment not in MOMENTS:
                raise moments.error(rule_id, f'"{moment}" is not one of: {", ".join(MOMENTS)}.')
            counted_from.append((rule_id, moment))
        moments.done()
    row = Row(answers, start, conditional, tuple(counted_from))
    m.done()
    both = set(row.start) & set(row.conditional)
    if both:
        raise m.error("conditional", f"repeats a rule of start: {', '.join(sorted(both))}.")
    if row.conditional and not row.start:
        raise m.error("conditional", "needs a rule in start that runs meanwhile.")
    return row


def _texts(m: StrictMap, key: str) -> list[tuple[str, str]]:
    """(path, text) of a list of texts; only ``annexes`` may hold "" (any other annexe)."""
    out: list[tuple[str, str]] = []
    for path, node in m.sequence(key, required=key != "asks"):
        empty = (isinstance(node, yaml.ScalarNode) and node.tag == "tag:yaml.org,2002:str"
                 and node.value == "")
        out.append((path, "" if empty and key == "annexes" else scalar_text(node, path)))
    return out


def _parse_entry(m: StrictMap, rules: Mapping[str, Rule]) -> Entry:
    kinds: list[DecisionKind] = []
    for path, text in _texts(m, "kinds"):
        try:
            kinds.append(DecisionKind(text))
        except ValueError:
            known = ", ".join(kind.value for kind in DecisionKind)
            raise StrictYamlError(f'"{text}" is not a decision kind ({known})', path=path,
                                  line=m.line_of("kinds")) from None
    annexes: list[str] = []
    for path, text in _texts(m, "annexes"):
        if normalise_annexe(text) != text:
            raise StrictYamlError(f'write "{normalise_annexe(text)}"', path=path,
                                  line=m.line_of("annexes"))
        annexes.append(text)
    if not m.present("asks"):
        raise m.error("asks", "is missing (write [] when nothing is asked).")
    asks = tuple(text for _, text in _texts(m, "asks"))
    for question in asks:
        if question not in QUESTIONS:
            raise m.error("asks", f'"{question}" is not one of: {", ".join(QUESTIONS)}.')
    if len(set(asks)) != len(asks):
        raise m.error("asks", "names a question twice.")
    source_url = m.text("source_url")
    if not source_url.startswith(("https://", "http://")):
        raise m.error("source_url", "must be a web address.")
    basis, note, date_label = m.text("basis"), m.opt_text("note"), m.opt_text("date_label")
    rows: list[Row] = []
    for row_map in m.mappings("rows", required=True):
        rows.append(_parse_row(row_map, asks, rules))
    m.done()
    every = set(itertools.product(*[[(q, a) for a in Tristate] for q in asks]))
    seen: set[Answers] = set()
    for row in rows:
        if row.answers in seen:
            raise m.error("rows", f"two rows answer {_shown(row.answers)}.")
        seen.add(row.answers)
    missing = sorted(every - seen)
    if missing:
        raise m.error("rows", f"no row answers {_shown(missing[0])}.")
    return Entry(tuple(kinds), tuple(annexes), asks, basis, source_url, tuple(rows), note,
                 m.line, date_label)


def _shown(answers: Answers) -> str:
    return ", ".join(f"{q}: {a.value}" for q, a in answers) or "nothing"


def parse_table(text: str, rules: Mapping[str, Rule] | None = None,
                file: str = TABLE_FILE.name) -> TimerTable:
    """Validate the text of a decision timers file against ``rules`` (default: shipped).

    Raises:
        TimerTableError: on invalid YAML, an unknown or repeated key, kind, annexe,
            question or rule, a combination of answers without its row, or a kind
            without its "" (any annexe) entry.
    """
    known = load_rules() if rules is None else rules
    try:
        root = StrictMap(compose(text))
        entries = [_parse_entry(m, known) for m in root.mappings("decisions", required=True)]
        root.done()
    except StrictYamlError as error:
        raise TimerTableError(f"{file}: {error.problem}", path=error.path,
                              line=error.line) from None
    by_key: dict[Key, Entry] = {}
    for entry in entries:
        for kind, annexe in itertools.product(entry.kinds, entry.annexes):
            if (kind, annexe) in by_key:
                raise TimerTableError(
                    f'kind "{kind.value}" with annexe "{annexe}" is also in the entry at line '
                    f"{by_key[(kind, annexe)].line}", line=entry.line)
            by_key[(kind, annexe)] = entry
    for kind in DecisionKind:
        if (kind, "") not in by_key:
            raise TimerTableError(f'kind "{kind.value}" has no entry for any annexe ("")')
    for entry in entries:
        for rule_id in {r for row in entry.rows for r in row.conditional}:
            if known[rule_id].condition is None:
                raise TimerTableError(f'rule "{rule_id}" starts conditionally but has no '
                                      "condition in deadline_rules.yaml", line=entry.line)
    return TimerTable(tuple(entries), MappingProxyType(by_key))


def load_table(path: Path | None = None) -> TimerTable:
    """Load a decision timers file; ``None`` means the shipped file (read once, cached).

    Raises:
        TimerTableError: if the file cannot be read or is malformed.
    """
    return read_data_file(
        path, _shipped_table, lambda text, name: parse_table(text, file=name),
        lambda p, error: TimerTableError(f"cannot read {p.name}: {error}"))


@functools.cache
def _shipped_table() -> TimerTable:
    return load_table(TABLE_FILE)


def questions_for(kind: DecisionKind, annexe: str, table: TimerTable | None = None
                  ) -> tuple[str, ...]:
    """The questions (Decision field names) whose answers change this decision's timers."""
    return (load_table() if table is None else table).entry_for(kind, annexe).asks


def timers_for(decision: Decision, table: TimerTable | None = None) -> list[tuple[str, bool]]:
    """(rule id, conditional) pairs a decision starts, as the table says."""
    found = load_table() if table is None else table
    return found.entry_for(decision.kind, decision.annexe).row_for(decision).timers()


def counted_from(decision: Decision, table: TimerTable | None = None) -> dict[str, str]:
    """rule id -> moment (one of :data:`MOMENTS`) for the timers of ``decision`` that do not
    count from its own notification."""
    found = load_table() if table is None else table
    return dict(found.entry_for(decision.kind, decision.annexe).row_for(decision).counted_from)


def date_label_for(kind: DecisionKind, annexe: str, table: TimerTable | None = None
                   ) -> str | None:
    """What the date entered means for this kind, when the table says (else None: the
    notification, as the method of notification says)."""
    return (load_table() if table is None else table).entry_for(kind, annexe).date_label
