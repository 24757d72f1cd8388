"""The procedure: the shipped steps, the strict loader, the next-step engine, the calling round."""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import fields
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from locator.centres.load import load_centres
from locator.model.cases import (
    AttemptOutcome,
    Case,
    CaseLanguage,
    Consent,
    Decision,
    DeportationAttempt,
    Event,
    EventKind,
    Lawyer,
    Status,
)
from locator.model.events import Answer
from locator.procedure.events import effective_events
from locator.procedure.guide import (
    Procedure,
    ProcedureFileError,
    Progress,
    RoundState,
    StepState,
    all_not_found,
    calling_round_state,
    load_procedure,
    next_steps,
    parse_procedure,
    round_state,
    waiting_until,
)
from locator.procedure.model import BUILTIN_REASONS, CLOSED_SITUATION
from locator.procedure.rules import (
    KNOWN_FIELDS,
    AllOf,
    AnyOf,
    Condition,
    EventMatch,
    Facts,
    Not,
    holds,
)

NOW = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)
ROUND = ("caricole", "127bis", "bruges", "merksplas", "vottem", "holsbeek")
NAMED: dict[str, Any] = {"alias": "Momo", "registered_last_name": "Benali",
                         "registered_first_name": "Mohamed", "nationality_recorded": "MA"}
LONG_AGO = NOW - timedelta(hours=30)
RECENTLY = NOW - timedelta(hours=2)


@pytest.fixture(scope="module")
def proc() -> Procedure:
    return load_procedure()


def ev(kind: EventKind, hours_ago: float, **data: Any) -> Event:
    return Event(kind, NOW - timedelta(hours=hours_ago), data=data)


def call(centre: str, answer: str, hours_ago: float = 3) -> Event:
    return ev(EventKind.CALL, hours_ago, centre=centre, number="+3224887700", answer=answer)


def email(to: str, purpose: str, hours_ago: float = 1) -> Event:
    # the user said it was sent (issue 13: only a sent email moves a step on)
    return ev(EventKind.EMAIL, hours_ago, to=to, purpose=purpose, state="sent")


def mark(step: str, state: str, hours_ago: float = 0.5) -> Event:
    return ev(EventKind.STEP, hours_ago, step=step, state=state)


def status_change(old: str, new: str, hours_ago: float = 2, **centres: str) -> Event:
    return ev(EventKind.STATUS_CHANGE, hours_ago, **{"from": old, "to": new}, **centres)


def run(case: Case, events: Sequence[Event] = (), now: datetime = NOW) -> Progress:
    return next_steps(case, events, now=now, calling_round=ROUND)


def current_id(progress: Progress) -> str | None:
    return progress.current.id if progress.current is not None else None


def missing(**kw: Any) -> Case:
    return Case(**{"status": Status.MISSING, "last_contact_at": LONG_AGO, **kw})


def at_vottem(**kw: Any) -> Case:
    return Case(**{**NAMED, "status": Status.DETAINED, "centre": "vottem", **kw})


# -- the shipped file ------------------------------------------------------------------


def test_shipped_file_loads_with_every_phase_of_the_guide(proc: Procedure) -> None:
    assert [p.id for p in proc.phases] == ["prepare", "arrest", "first-24-hours", "locate",
                                           "located", "lawyer", "outcome"]
    assert [p.number for p in proc.phases] == list(range(7))
    assert proc.waiting_period_hours == 24
    assert proc.source.restated_in.startswith("shared/domain/procedure.md")
    assert all(proc.steps_in(p.id) for p in proc.phases)
    assert set(BUILTIN_REASONS) <= set(proc.reasons)
    assert CLOSED_SITUATION in proc.situations


def test_shipped_steps_are_complete(proc: Procedure) -> None:
    ids = [s.id for s in proc.steps]
    assert len(ids) == len(set(ids))
    for step in proc.steps:
        assert step.title and step.do and step.why and step.actions, step.id
        assert step.anytime or step.reason in proc.reasons, step.id
    # A step the guide insists on: every email step warns "email only, never Facebook".
    for step in proc.steps:
        if any(a.startswith("email_gvo") for a in step.actions):
            assert "email-only" in [c.id for c in step.cautions], step.id
    wait = proc.step("wait-first-24-hours")
    assert {c.id for c in wait.checklist} >= {"friends", "other-hosts"}
    locate = {c.id for s in proc.steps_in("locate") for c in s.cautions}
    assert {"centre-not-helpful", "social-worker", "not-found-is-not-free"} <= locate
    assert "no-obligation" in {c.id for s in proc.steps_in("located") for c in s.cautions}


def _centres_named(cond: Condition | None) -> set[str]:
    if isinstance(cond, EventMatch):
        return {v for key, values in cond.filters if key == "centre"
                and not isinstance(values, bool) for v in values}
    if isinstance(cond, AllOf | AnyOf):
        parts = cond.parts if isinstance(cond, AllOf) else cond.options
        return set().union(*(_centres_named(p) for p in parts))
    if isinstance(cond, Not):
        return _centres_named(cond.inner)
    return set()


def test_shipped_file_names_only_real_centres(proc: Procedure) -> None:
    named: set[str] = set()
    for step in proc.steps:
        named |= _centres_named(step.when) | _centres_named(step.done_when)
    assert "caricole" in named
    assert named <= set(load_centres().ids())
    assert load_centres().calling_round()[0].id == "caricole"


def test_default_procedure_and_calling_round() -> None:
    progress = next_steps(missing(**NAMED), [], now=NOW)
    assert current_id(progress) == "call-caricole"
    round_ids = [c.id for c in load_centres().calling_round()]
    events = [call(c, "not_found") for c in round_ids]
    assert current_id(next_steps(missing(**NAMED), events, now=NOW)) == "nobody-found"
    assert next_steps(missing(**NAMED), []).current is not None  # the real clock


# -- broken files ----------------------------------------------------------------------

MINI = """\
format: 1
source:
  title: T
  publisher: P
  republished_by: R
  web: https://example.org
  restated_in: here
  checked: 2026-01-01
waiting_period_hours: 24
phases:
  - id: first
    title: First
    summary: S
  - id: second
    title: Second
    summary: S
warnings:
  careful: Be careful.
reasons:
  reopened: R
  closed: C
  nothing_pending: N
  because: B
situations:
  lost:
    status_in: [missing]
  closed:
    status_in: [released, deported]
steps:
  - id: alpha
    phase: first
    title: A
    do: Do A.
    why: Why A.
    warnings: [careful]
    when:
      situation: lost
    done_when:
      event: {kind: call, centre: caricole, answer: [found, not_found]}
    reason: because
    actions: [calling_round, mark_done]
  - id: beta
    phase: second
    title: B
    do: Do B.
    why: Why B.
    when:
      status_in: [detained]
      after: [alpha]
    reason: because
    actions: [edit_field:centre]
"""

BETA_WHEN = "      status_in: [detained]\n      after: [alpha]\n"
BROKEN = [
    # (name, replace this, with this, step, field, a text on the line the error names)
    ("unknown step key", "    reason: because\n    actions: [calling",
     "    colour: red\n    reason: because\n    actions: [calling", "alpha", "colour", "colour"),
    ("unknown condition", "situation: lost\n", "situation_is: lost\n", "alpha",
     "when.situation_is", "situation_is"),
    ("unknown action", "[calling_round, mark_done]", "[calling_round, dance]", "alpha",
     "actions[1]", "dance"),
    ("unknown field to edit", "[edit_field:centre]", "[edit_field:center]", "beta",
     "actions[0]", "center"),
    ("duplicate step id", "  - id: beta", "  - id: alpha", "alpha", "id", "@last:id: alpha"),
    ("dangling phase", "phase: second\n    title: B", "phase: third\n    title: B", "beta",
     "phase", "phase: third"),
    ("dangling warning", "[careful]", "[carefull]", "alpha", "warnings[0]", "carefull"),
    ("dangling reason", "reason: because\n    actions: [edit",
     "reason: becuase\n    actions: [edit", "beta", "reason", "becuase"),
    ("dangling situation", "situation: lost\n", "situation: gone\n", "alpha",
     "when.situation", "gone"),
    ("after names a later step", "    when:\n      situation: lost\n",
     "    when:\n      situation: lost\n      after: [beta]\n", "alpha", "when.after",
     "after: [beta]"),
    ("after names no step", "after: [alpha]", "after: [gamma]", "beta", "when.after",
     "gamma"),
    ("after names itself", "after: [alpha]", "after: [beta]", "beta", "when.after",
     "after: [beta]"),
    ("unknown status", "[detained]", "[jailed]", "beta", "when.status_in[0]", "jailed"),
    ("unknown event filter", "centre: caricole,", "centre: caricole, mood: sad,", "alpha",
     "done_when.event.mood", "mood"),
    ("unknown answer", "[found, not_found]", "[found, lost]", "alpha",
     "done_when.event.answer[1]", "lost]"),
    ("unknown event kind", "kind: call", "kind: telepathy", "alpha", "done_when.event.kind",
     "telepathy"),
    ("step marks are not events", "kind: call, centre: caricole, answer: [found, not_found]",
     "kind: step", "alpha", "done_when.event.kind", "kind: step"),
    ("unknown consent value", BETA_WHEN, BETA_WHEN + "      consent: {consent_lawyer: maybe}\n",
     "beta", "when.consent.consent_lawyer", "maybe"),
    ("unknown case field", BETA_WHEN, BETA_WHEN + "      known: [shoe_size]\n", "beta",
     "when.known[0]", "shoe_size"),
    ("any_of needs two", BETA_WHEN, BETA_WHEN + "      any_of:\n        - always: true\n",
     "beta", "when.any_of", "- always: true"),
    ("empty condition", "    when:\n      situation: lost\n", "    when: {}\n", "alpha", "when",
     "when: {}"),
    ("always false", BETA_WHEN, BETA_WHEN + "      always: false\n", "beta", "when.always",
     "always"),
    ("urgency level", "    reason: because\n    actions: [edit",
     "    urgent: {when: {always: true}, reason: because, level: 12}\n"
     "    reason: because\n    actions: [edit", "beta", "urgent.level", "level: 12"),
    ("anytime and urgent", "    reason: because\n    actions: [edit",
     "    anytime: true\n    urgent: {when: {always: true}, reason: because, level: 1}\n"
     "    reason: because\n    actions: [edit", "beta", "urgent", "urgent:"),
    ("steps out of phase order", "    actions: [edit_field:centre]\n",
     "    actions: [edit_field:centre]\n  - id: gamma\n    phase: first\n", "gamma", "phase",
     "@last:phase: first"),
    ("id not kebab-case", "  - id: alpha", "  - id: Alpha", "steps[0]", "id", "Alpha"),
    ("a key given twice", "    title: A\n", "    title: A\n    title: A2\n", "steps[0]",
     "title", "A2"),
    ("resets on step marks", "    actions: [calling_round, mark_done]\n",
     "    actions: [calling_round, mark_done]\n    resets_on: [step]\n", "alpha",
     "resets_on[0]", "resets_on"),
    ("text that is a number", "    title: B\n", "    title: 42\n", "beta", "title", "42"),
    ("checklist id twice", "    reason: because\n    actions: [calling",
     "    checklist:\n      - {id: a, text: One}\n      - {id: a, text: Two}\n"
     "    reason: because\n    actions: [calling", "alpha", "checklist[1].id", "Two"),
    ("situation waits for a later step", "  lost:\n    status_in: [missing]\n",
     "  lost:\n    status_in: [missing]\n    after: [beta]\n", "alpha",
     "situations.lost.after", "after: [beta]"),
    # file-level problems: no step
    ("unused warning", "  careful: Be careful.\n", "  careful: Be careful.\n  spare: S.\n",
     None, "warnings.spare", "spare"),
    ("unused situation", "  lost:\n", "  gone:\n    always: true\n  lost:\n", None,
     "situations.gone", "always: true"),  # a block value starts on the line below its key
    ("engine reason missing", "  nothing_pending: N\n", "", None, "reasons", "reopened: R"),
    ("closed situation missing", "  closed:\n    status_in: [released, deported]\n", "",
     None, "situations", "  lost:"),
    ("situation names a later one", "  lost:\n    status_in: [missing]\n",
     "  lost:\n    situation: closed\n", None, "situations.lost.situation",
     "situation: closed"),
    ("closed waits for no step", "    status_in: [released, deported]\n",
     "    status_in: [released, deported]\n    after: [omega]\n", None,
     "situations.closed.after", "omega"),
    ("format", "format: 1", "format: 2", None, "format", "format"),
    ("unknown top key", "waiting_period_hours: 24\n", "waiting_period_hours: 24\ncolour: red\n",
     None, "colour", "colour"),
    ("bad date", "checked: 2026-01-01", "checked: 2026-13-01", None, "source.checked",
     "checked"),
    ("phase id twice", "  - id: second", "  - id: first", None, "phases[1].id",
     "@last:id: first"),
]


def _line(text: str, needle: str) -> int:
    last = needle.startswith("@last:")
    needle = needle.removeprefix("@last:")
    found = [i for i, line in enumerate(text.splitlines(), 1) if needle in line]
    assert found, needle
    return found[-1] if last else found[0]


def test_the_mini_file_is_valid() -> None:
    mini = parse_procedure(MINI)
    assert [s.id for s in mini.steps] == ["alpha", "beta"]


@pytest.mark.parametrize(("old", "new", "step", "field", "needle"),
                         [b[1:] for b in BROKEN], ids=[b[0] for b in BROKEN])
def test_broken_files_name_the_step_field_and_line(
        old: str, new: str, step: str | None, field: str, needle: str) -> None:
    assert old in MINI
    text = MINI.replace(old, new, 1)
    with pytest.raises(ProcedureFileError) as caught:
        parse_procedure(text, file="broken.yaml")
    error = caught.value
    assert (error.step, error.field) == (step, field), error.message
    assert error.line == _line(text, needle), error.message
    assert error.message.startswith(f"broken.yaml line {error.line}")
    if step is not None:
        assert f'step "{step}"' in error.message


@pytest.mark.parametrize(("text", "line"), [("", 1), ("steps: [\n", 2), ("- a\n", 1)])
def test_not_a_procedure_at_all(text: str, line: int) -> None:
    with pytest.raises(ProcedureFileError) as caught:
        parse_procedure(text)
    assert caught.value.line == line


def test_load_from_a_path(tmp_path: Path) -> None:
    path = tmp_path / "mine.yaml"
    path.write_text(MINI, encoding="utf-8")
    assert load_procedure(path).steps[0].id == "alpha"
    with pytest.raises(ProcedureFileError, match="cannot read"):
        load_procedure(tmp_path / "absent.yaml")
    path.write_text(MINI.replace("format: 1", "format: 1\nformat: 1"), encoding="utf-8")
    with pytest.raises(ProcedureFileError, match="given twice") as caught:
        load_procedure(path)
    assert (caught.value.file, caught.value.line) == ("mine.yaml", 2)


def test_yes_and_no_need_no_quotes_in_consent() -> None:
    text = MINI.replace(BETA_WHEN, BETA_WHEN + "      consent: {consent_lawyer: [yes, no]}\n")
    beta = parse_procedure(text).step("beta")
    case = Case(status=Status.DETAINED, consent_lawyer=Consent.NO)
    facts = Facts(case, NOW, 24, ROUND, {}, {"alpha"})
    assert holds(beta.when, facts, ())


# -- the engine: one scenario per row --------------------------------------------------

ROUND_NOT_FOUND = [call(c, "not_found", 5) for c in ROUND]
VOTTEM_ON = [status_change("missing", "detained", 3, centre_from="", centre_to="vottem")]
SCENARIOS: list[tuple[str, Case, list[Event], str | None, str]] = [
    # (name, case, events, current step, reason id)
    ("nothing known yet", Case(alias="Momo"), [], "record-last-contact", "no_last_contact"),
    ("alias only, within 24 h", missing(alias="Momo", last_contact_at=RECENTLY), [],
     "wait-first-24-hours", "first_24_hours"),
    ("alias only, 24 h passed", missing(alias="Momo"), [], "email-gvo-alias", "alias_only"),
    ("name but no nationality", missing(registered_last_name="Benali"), [],
     "email-gvo-alias", "alias_only"),
    ("name and nationality, within 24 h", missing(**NAMED, last_contact_at=RECENTLY), [],
     "wait-first-24-hours", "first_24_hours"),
    ("name and nationality, 24 h passed", missing(**NAMED), [], "call-caricole",
     "name_and_nationality_known"),
    ("other centres called before Caricole", missing(**NAMED), [call("vottem", "not_found")],
     "call-caricole", "name_and_nationality_known"),
    ("Caricole: not found", missing(**NAMED), [call("caricole", "not_found")],
     "call-every-centre", "caricole_called"),
    ("Caricole: no answer", missing(**NAMED), [call("caricole", "no_answer")],
     "call-every-centre", "caricole_called"),
    ("all but one centre: not found; one: call back", missing(**NAMED),
     [*ROUND_NOT_FOUND, call("bruges", "call_back", 1)], "call-every-centre",
     "caricole_called"),
    ("a centre says found", missing(**NAMED),
     [call("caricole", "not_found"), call("vottem", "found", 1)], "record-where-found",
     "found_in_calls"),
    ("found before 24 h", missing(**NAMED, last_contact_at=RECENTLY),
     [call("merksplas", "found")], "record-where-found", "found_in_calls"),
    ("every centre: not found", missing(**NAMED), ROUND_NOT_FOUND, "nobody-found",
     "nobody_found"),
    ("every centre answered, one refused", missing(**NAMED),
     [*ROUND_NOT_FOUND, call("holsbeek", "refused", 1)], "nobody-found", "nobody_found"),
    ("nobody found, GVO told", missing(**NAMED),
     [*ROUND_NOT_FOUND, email("gvo", "alias_cross_reference")], "wait-for-news",
     "waiting_for_news"),
    ("alias only, GVO told", missing(alias="Momo"), [email("gvo", "alias_cross_reference")],
     "wait-for-news", "waiting_for_news"),
    ("status unknown", Case(alias="Momo", status=Status.UNKNOWN), [], "find-out-status",
     "status_unknown"),
    ("status unknown, step skipped", Case(alias="Momo", status=Status.UNKNOWN),
     [mark("find-out-status", "skipped")], "email-gvo-alias", "alias_only"),
    ("detained, centre unknown", Case(**NAMED, status=Status.DETAINED), [], "call-caricole",
     "name_and_nationality_known"),
    ("at the police station", Case(**NAMED, status=Status.AT_POLICE_STATION,
                                   last_contact_at=RECENTLY), [],
     "go-to-police-station", "at_police_station"),
    ("at the police station for over 24 h", Case(**NAMED, status=Status.AT_POLICE_STATION,
                                                 last_contact_at=LONG_AGO), [],
     "call-caricole", "name_and_nationality_known"),
    ("found, case updated", at_vottem(), [call("vottem", "found", 4), *VOTTEM_ON],
     "tell-gvo-detained", "located"),
    ("located, GVO told", at_vottem(), [email("gvo", "detained_at")],
     "phone-without-camera", "located"),
    ("located, phone known", at_vottem(phone_in_centre="+32470000000"),
     [email("gvo", "detained_at")], "visit", "located"),
    ("located, visited", at_vottem(phone_in_centre="+32470000000"),
     [email("gvo", "detained_at"), ev(EventKind.VISIT, 1, centre="vottem")],
     "ask-about-lawyer", "can_ask_about_lawyer"),
    ("located, a decision handed over 3 days ago",
     at_vottem(decisions=[Decision(notified_at=NOW - timedelta(days=3))]), [],
     "ask-about-lawyer", "recent_decision"),
    ("located, a decision from last year",
     at_vottem(decisions=[Decision(notified_at=NOW - timedelta(days=365))]), [],
     "tell-gvo-detained", "located"),
    ("wants a lawyer", at_vottem(consent_lawyer=Consent.YES), [], "send-to-gvo-for-lawyer",
     "lawyer_is_urgent"),
    ("wants a lawyer, GVO has it", at_vottem(consent_lawyer=Consent.YES),
     [email("gvo", "lawyer_request"), email("gvo", "detained_at")], "phone-without-camera",
     "located"),
    ("no lawyer wanted, all done", at_vottem(consent_lawyer=Consent.NO,
                                              phone_in_centre="+32470000000"),
     [email("gvo", "detained_at"), ev(EventKind.VISIT, 1)], "record-papers",
     "papers_start_deadlines"),
    ("lawyer brief sent, nothing left", at_vottem(
        consent_lawyer=Consent.YES, phone_in_centre="+32470000000",
        decisions=[Decision(notified_at=NOW - timedelta(days=30))],
        lawyer=Lawyer(name="Me X", brief_sent_on=date(2026, 11, 1))),
     [email("gvo", "detained_at"), ev(EventKind.VISIT, 1), email("gvo", "lawyer_request")],
     "stay-in-touch", "stay_in_touch"),
    ("a flight ticket", at_vottem(deportation_attempts=[DeportationAttempt(flight="SN123")]),
     [], "tell-lawyer-flight", "flight"),
    ("a flight ticket while they want a lawyer",
     at_vottem(consent_lawyer=Consent.YES, deportation_attempts=[DeportationAttempt()]), [],
     "tell-lawyer-flight", "flight"),
    ("lawyer told of the flight", at_vottem(deportation_attempts=[DeportationAttempt()]),
     [email("lawyer", "flight")], "ask-flight-support", "flight_support"),
    ("released", Case(**NAMED, status=Status.RELEASED), [], "tell-gvo-released", "released"),
    ("released, GVO told", Case(**NAMED, status=Status.RELEASED), [email("gvo", "outcome")],
     None, "closed"),
    ("deported", Case(**NAMED, status=Status.DEPORTED), [], "tell-gvo-deported", "deported"),
    ("deported, GVO told", Case(**NAMED, status=Status.DEPORTED), [email("gvo", "outcome")],
     None, "closed"),
    ("police station, step done, within 24 h",
     Case(status=Status.AT_POLICE_STATION, last_contact_at=RECENTLY),
     [mark("go-to-police-station", "done")], None, "nothing_pending"),
]


@pytest.mark.parametrize(("case", "events", "expected", "reason"),
                         [s[1:] for s in SCENARIOS], ids=[s[0] for s in SCENARIOS])
def test_scenarios(case: Case, events: list[Event], expected: str | None, reason: str,
                   proc: Procedure) -> None:
    progress = run(case, events)
    assert (current_id(progress), progress.reason) == (expected, reason)
    assert progress.reason in proc.reasons
    if progress.current is not None:
        assert progress.state(progress.current.id) is StepState.CURRENT
        assert not progress.closed
    # same answer whatever the order the events come in
    shuffled = list(events)
    random.Random(7).shuffle(shuffled)
    assert run(case, shuffled) == progress


def test_alias_only_walkthrough_and_the_24_hour_timer() -> None:
    case = missing(alias="Momo", last_contact_at=NOW - timedelta(hours=20))
    assert waiting_until(case) == NOW + timedelta(hours=4)
    assert run(case).waiting_until == NOW + timedelta(hours=4)
    assert current_id(run(case)) == "wait-first-24-hours"
    later = NOW + timedelta(hours=4)
    progress = run(case, now=later)
    assert current_id(progress) == "email-gvo-alias"
    assert progress.state("wait-first-24-hours") is StepState.DONE
    assert "email_gvo_alias" in progress.current.actions  # type: ignore[union-attr]
    assert progress.state("call-caricole") is StepState.NOT_APPLICABLE


def test_waiting_until_only_while_missing() -> None:
    assert waiting_until(Case(status=Status.MISSING)) is None
    assert waiting_until(Case(status=Status.DETAINED, last_contact_at=NOW)) is None
    naive = datetime(2026, 7, 1, 14, 0)  # Brussels summer time, UTC+2
    assert waiting_until(Case(last_contact_at=naive)) == datetime(2026, 7, 2, 12, 0, tzinfo=UTC)


def test_name_known_walkthrough_to_located() -> None:
    case = missing(**NAMED)
    events: list[Event] = []
    assert current_id(run(case, events)) == "call-caricole"
    events.append(call("caricole", "not_found", 5))
    progress = run(case, events)
    assert current_id(progress) == "call-every-centre"
    assert progress.calling_round is RoundState.IN_PROGRESS
    events += [call("127bis", "no_answer", 4), call("vottem", "found", 3)]
    progress = run(case, events)
    assert (current_id(progress), progress.calling_round) == ("record-where-found",
                                                             RoundState.FOUND)
    assert "edit_field:centre" in progress.current.actions  # type: ignore[union-attr]
    events += VOTTEM_ON
    located = at_vottem(last_contact_at=LONG_AGO)
    progress = run(located, events)
    assert current_id(progress) == "tell-gvo-detained"
    assert progress.state("record-where-found") is StepState.DONE
    assert progress.state("call-caricole") is StepState.NOT_APPLICABLE  # a new round began
    upcoming = {s.id for s in progress.upcoming}
    assert {"phone-without-camera", "visit", "ask-about-lawyer"} <= upcoming


def test_every_centre_not_found_offers_wait_and_gvo(proc: Procedure) -> None:
    progress = run(missing(**NAMED), ROUND_NOT_FOUND)
    assert progress.calling_round is RoundState.ALL_NOT_FOUND
    step = progress.current
    assert step is not None and step.id == "nobody-found"
    assert {"email_gvo_alias", "calling_round"} <= set(step.actions)
    assert "not-found-is-not-free" in [c.id for c in step.cautions]
    assert proc.reasons[progress.reason]


def test_lawyer_step_carries_the_10_and_5_day_urgency() -> None:
    progress = run(at_vottem(consent_lawyer=Consent.YES))
    step = progress.current
    assert step is not None and step.id == "send-to-gvo-for-lawyer"
    assert progress.of(step.id).urgent
    assert "deadlines-short" in [c.id for c in step.cautions]
    assert "10 days" in step.why and "5 days" in step.why
    assert "email_gvo_lawyer" in step.actions
    assert "email-only" in [c.id for c in step.cautions]
    done = run(at_vottem(consent_lawyer=Consent.YES), [email("gvo", "lawyer_request")])
    assert done.state("send-to-gvo-for-lawyer") is StepState.DONE
    assert done.state("lawyer-brief") is StepState.UPCOMING


def test_each_new_deportation_attempt_asks_to_tell_the_lawyer_again() -> None:
    first = DeportationAttempt(date=date(2026, 11, 10), outcome=AttemptOutcome.REFUSED_BOARDING)
    case = at_vottem(deportation_attempts=[first])
    events = [ev(EventKind.DEPORTATION_ATTEMPT, 200), email("lawyer", "flight", 190),
              email("gvo", "flight_support", 180)]
    assert current_id(run(case, events)) != "tell-lawyer-flight"
    case.deportation_attempts.append(DeportationAttempt(date=date(2026, 11, 25)))
    events.append(ev(EventKind.DEPORTATION_ATTEMPT, 2))
    progress = run(case, events)
    assert (current_id(progress), progress.reason) == ("tell-lawyer-flight", "flight")
    assert progress.state("ask-flight-support") is StepState.NOT_APPLICABLE
    events.append(email("lawyer", "flight", 1))
    assert current_id(run(case, events)) == "ask-flight-support"


def test_deported_case_is_closed() -> None:
    progress = run(Case(**NAMED, status=Status.DEPORTED), [email("gvo", "outcome")])
    assert progress.current is None and progress.closed
    assert progress.upcoming == ()  # nothing left, not even the "before an arrest" steps


def test_released_case_keeps_the_prepare_steps_for_next_time() -> None:
    progress = run(Case(**NAMED, status=Status.RELEASED), [email("gvo", "outcome")])
    assert progress.current is None and progress.closed
    assert {"keep-papers-copy", "tell-them-their-rights"} <= {s.id for s in progress.upcoming}


def test_moving_to_another_centre_means_telling_gvo_again() -> None:
    events = [*VOTTEM_ON, email("gvo", "detained_at", 2)]
    assert run(at_vottem(), events).state("tell-gvo-detained") is StepState.DONE
    events.append(status_change("detained", "transferred", 1, centre_from="vottem",
                                centre_to="merksplas"))
    moved = at_vottem(status=Status.TRANSFERRED, centre="merksplas")
    assert current_id(run(moved, events)) == "tell-gvo-detained"


# -- marks by hand ---------------------------------------------------------------------


def test_skipped_and_done_by_hand() -> None:
    case = at_vottem()
    progress = run(case, [mark("tell-gvo-detained", "skipped"),
                          mark("phone-without-camera", "done")])
    assert progress.state("tell-gvo-detained") is StepState.SKIPPED
    assert progress.of("tell-gvo-detained").by_hand
    assert progress.of("phone-without-camera").marked_at == NOW - timedelta(hours=0.5)
    assert current_id(progress) == "visit"
    assert [s.id for s in progress.skipped] == ["tell-gvo-detained"]
    assert "phone-without-camera" in {s.id for s in progress.done}


MARKS = [
    # (marks oldest first, expected state of tell-gvo-detained, reason if current)
    (["done"], StepState.DONE, None),
    (["skipped"], StepState.SKIPPED, None),
    (["done", "skipped"], StepState.SKIPPED, None),
    (["skipped", "done"], StepState.DONE, None),
    (["done", "undone"], StepState.CURRENT, "reopened"),
    (["done", "undone", "done"], StepState.DONE, None),
    (["nonsense"], StepState.CURRENT, "located"),
    (["done", "nonsense"], StepState.DONE, None),
]


@pytest.mark.parametrize(("marks", "state", "reason"), MARKS)
def test_the_latest_mark_wins(marks: list[str], state: StepState, reason: str | None) -> None:
    events = [mark("tell-gvo-detained", m, hours_ago=10 - i) for i, m in enumerate(marks)]
    progress = run(at_vottem(), events)
    assert progress.state("tell-gvo-detained") is state
    if reason is not None:
        assert progress.reason == reason


def test_undone_forgets_the_evidence_before_it() -> None:
    case = missing(**NAMED)
    events = [call("caricole", "no_answer", 3), mark("call-caricole", "undone", 2)]
    progress = run(case, events)
    assert (current_id(progress), progress.reason) == ("call-caricole", "reopened")
    assert progress.of("call-caricole").reopened
    events.append(call("caricole", "not_found", 1))
    assert run(case, events).state("call-caricole") is StepState.DONE


def test_marks_for_unknown_steps_and_bad_data_are_ignored() -> None:
    events = [ev(EventKind.STEP, 1, step="no-such-step", state="done"),
              Event(EventKind.STEP, NOW, data={"step": ["x"], "state": 3}),
              Event(EventKind.CALL, NOW, data={"centre": None, "answer": {"a": 1}})]
    assert current_id(run(missing(**NAMED), events)) == "call-caricole"


def test_a_corrected_event_no_longer_counts() -> None:
    wrong = Event(EventKind.CALL, NOW - timedelta(hours=2),
                  data={"centre": "caricole", "answer": "found"}, id=1)
    fixed = Event(EventKind.CALL, NOW - timedelta(hours=1),
                  data={"centre": "caricole", "answer": "not_found"}, corrects=1, id=2)
    assert effective_events([wrong, fixed]) == (fixed,)
    assert current_id(run(missing(**NAMED), [wrong, fixed])) == "call-every-centre"


# -- the calling round -----------------------------------------------------------------


def test_calling_round_state_per_centre() -> None:
    events = [call("caricole", "no_answer", 6), call("caricole", "not_found", 5),
              call("127bis", "call_back", 4), call("bruges", "no_answer", 3),
              call("merksplas", "refused", 2),
              Event(EventKind.CALL, NOW, data={"centre": "vottem", "answer": "maybe"})]
    states = {s.centre: s for s in calling_round_state(events, ROUND)}
    assert [s.centre for s in calling_round_state(events, ROUND)] == list(ROUND)
    assert states["caricole"].calls == 2
    assert states["caricole"].last_answer is Answer.NOT_FOUND
    assert states["caricole"].last_number == "+3224887700"
    assert states["caricole"].last_called_at == NOW - timedelta(hours=5)
    assert not states["caricole"].call_again and not states["caricole"].to_call
    assert states["127bis"].call_again and states["bruges"].call_again
    assert not states["merksplas"].call_again and not states["merksplas"].to_call
    assert states["vottem"].last_answer is None and states["vottem"].to_call
    assert states["holsbeek"].calls == 0 and states["holsbeek"].to_call
    assert round_state(events, ROUND) is RoundState.IN_PROGRESS
    assert not all_not_found(list(states.values()))


def test_every_centre_not_found_is_detectable() -> None:
    states = calling_round_state(ROUND_NOT_FOUND, ROUND)
    assert all_not_found(states)
    assert round_state(ROUND_NOT_FOUND, ROUND) is RoundState.ALL_NOT_FOUND
    assert not all_not_found([])
    assert round_state([], ROUND) is RoundState.NOT_STARTED
    assert round_state([call("coquelles", "found")], ROUND) is RoundState.FOUND


def test_a_status_change_starts_a_new_round() -> None:
    events = [*ROUND_NOT_FOUND, status_change("missing", "transferred", 1)]
    assert all(s.calls == 0 for s in calling_round_state(events, ROUND))
    assert round_state(events, ROUND) is RoundState.NOT_STARTED


def test_the_round_of_a_cleaned_timeline_and_of_its_tails_is_the_same() -> None:
    """The engine reads the round of its cleaned timeline (and of tails of it) without
    cleaning again; anything else given to the facts is cleaned as before."""
    wrong = Event(EventKind.CALL, NOW - timedelta(hours=1),
                  data={"centre": "caricole", "answer": "found"}, id=1)
    fixed = Event(EventKind.CALL, NOW - timedelta(minutes=30),
                  data={"centre": "caricole", "answer": "no_answer"}, corrects=1, id=2)
    events = [fixed, *ROUND_NOT_FOUND, status_change("missing", "missing", 4),
              call("127bis", "not_found", 2), wrong, call("bruges", "refused", 3)]
    timeline = effective_events(events)
    assert calling_round_state(timeline, ROUND, effective=True) == calling_round_state(
        events, ROUND)
    facts = Facts(missing(), NOW, 24, ROUND, {}, set(), timeline)
    for start in range(len(timeline) + 1):
        tail = timeline[start:]
        expected = round_state(tail, ROUND)
        assert round_state(tail, ROUND, effective=True) is expected
        assert facts.round_state(tail) is expected
        assert facts.round_state(tail) is expected  # the second time from what was kept
    assert facts.round_state(timeline) is RoundState.IN_PROGRESS
    assert facts.round_state(events) is round_state(events, ROUND) is RoundState.IN_PROGRESS
    assert facts.round_state([wrong]) is RoundState.FOUND  # not a tail: read as given
    assert Facts(missing(), NOW, 24, ROUND, {}, set()).round_state(events) is (
        RoundState.IN_PROGRESS)


# -- properties ------------------------------------------------------------------------

TEXTS = st.sampled_from(["", "unknown", "Benali", "MA", "vottem", "caricole", "x"])
MOMENTS = st.datetimes(min_value=datetime(2026, 1, 1), max_value=datetime(2027, 1, 1),
                       timezones=st.just(UTC))
STEP_IDS = [s.id for s in load_procedure().steps] + ["no-such-step"]
DATA = st.fixed_dictionaries({}, optional={
    "centre": st.sampled_from([*ROUND, "coquelles", 3]),
    "answer": st.sampled_from([*(a.value for a in Answer), "maybe"]),
    "to": st.sampled_from(["gvo", "lawyer", "nobody"]),
    "purpose": st.sampled_from(["alias_cross_reference", "detained_at", "lawyer_request",
                                "outcome", "flight", "flight_support", "other"]),
    "step": st.sampled_from(STEP_IDS),
    "state": st.sampled_from(["done", "skipped", "undone", "bogus"]),
    "phone_delivered": st.booleans(),
})
EVENTS = st.lists(st.builds(
    Event, kind=st.sampled_from([EventKind.CALL, EventKind.EMAIL, EventKind.VISIT,
                                 EventKind.STEP, EventKind.STATUS_CHANGE, EventKind.NOTE,
                                 EventKind.DEPORTATION_ATTEMPT, EventKind.BRIEF_SENT]),
    at=MOMENTS, data=DATA, id=st.none() | st.integers(1, 30),
    corrects=st.none() | st.integers(1, 30)), max_size=25)
CASES = st.builds(
    Case, alias=TEXTS, registered_last_name=TEXTS, nationality_recorded=TEXTS, centre=TEXTS,
    phone_in_centre=TEXTS, status=st.sampled_from(list(Status)),
    last_contact_at=st.none() | MOMENTS, consent_lawyer=st.sampled_from(list(Consent)),
    case_language=st.sampled_from(list(CaseLanguage)),
    decisions=st.lists(st.builds(Decision, notified_at=st.none() | MOMENTS), max_size=2),
    deportation_attempts=st.lists(st.builds(DeportationAttempt), max_size=2),
    lawyer=st.builds(Lawyer, name=TEXTS, brief_sent_on=st.none() | st.dates()))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(case=CASES, events=EVENTS, now=MOMENTS)
def test_next_steps_never_fails_and_current_always_applies(
        case: Case, events: list[Event], now: datetime) -> None:
    proc = load_procedure()
    progress = next_steps(case, events, now=now, procedure=proc, calling_round=ROUND)
    assert progress.reason in proc.reasons
    assert [i.step for i in progress.steps] == list(proc.steps)
    groups = [progress.done, progress.skipped, progress.upcoming, progress.not_applicable]
    assert sum(map(len, groups)) + (progress.current is not None) == len(proc.steps)
    if progress.current is None:
        assert progress.reason in {"closed", "nothing_pending"}
        return
    step = progress.current
    assert not step.anytime and not progress.closed
    closed_steps = {s.id for s in (*progress.done, *progress.skipped)}
    facts = Facts(case, now, proc.waiting_period_hours, ROUND, proc.situations, closed_steps)
    assert holds(step.when, facts, effective_events(events))
    assert next_steps(case, events, now=now, procedure=proc, calling_round=ROUND) == progress


def test_every_known_field_is_a_case_field() -> None:
    names = {f.name for f in fields(Case)}
    assert all(n in names or n.startswith("lawyer.") for n in KNOWN_FIELDS)
