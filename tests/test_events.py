"""Typed timeline events (locator.model.events): one payload class per kind, the stored ``data``
unchanged, recorded by the core, read back typed and described once."""

from __future__ import annotations

import ast
from datetime import UTC, datetime
from enum import StrEnum
from pathlib import Path

import pytest

from locator.brief.content import build_brief
from locator.brief.emails import Email
from locator.brief.labels import LANGUAGES
from locator.model.cases import AttemptOutcome, DecisionKind, Event, EventKind
from locator.model.events import (
    PAYLOADS,
    Answer,
    AttachmentAdded,
    AttemptRecorded,
    BriefRecorded,
    CallMade,
    CaseCreated,
    Correction,
    DeadlineAction,
    DeadlineChanged,
    DecisionRecorded,
    Delivery,
    DocumentRead,
    EmailPurpose,
    EmailRecorded,
    Handover,
    Mark,
    MessageReceived,
    NoteAdded,
    Payload,
    Recipient,
    StatusChanged,
    StepMarked,
    VisitMade,
    record,
    typed,
)
from locator.procedure.checklist import checklist_event
from locator.procedure.visits import Visit
from locator.storage.vault import Vault
from locator.timeline.describe import describe
from tests.test_brief import NOW, centre_name, make_case

ROOT = Path(__file__).resolve().parent.parent
AT = datetime(2026, 3, 6, 8, 0, tzinfo=UTC)

#: one payload of every kind, as the app writes it
SAMPLES: dict[EventKind, Payload] = {
    EventKind.CREATED: CaseCreated(),
    EventKind.CALL: CallMade("127bis", "+3227191111", Answer.FOUND),
    EventKind.VISIT: VisitMade("2026-03-05", "caricole", "Anne", "clothes", True, "ok",
                               ("Yusuf",)),
    EventKind.EMAIL: EmailRecorded(to=Recipient.GVO, purpose=EmailPurpose.LAWYER_REQUEST,
                                   state=Delivery.PREPARED, how=Handover.MAIL_PROGRAM),
    EventKind.MESSAGE: MessageReceived(),
    EventKind.STATUS_CHANGE: StatusChanged("missing", "detained", "", "caricole"),
    EventKind.DECISION: DecisionRecorded(4, DecisionKind.OQT, "13septies",
                                         "2026-03-03T10:00:00Z"),
    EventKind.DEPORTATION_ATTEMPT: AttemptRecorded(2, "2026-03-05",
                                                   AttemptOutcome.REFUSED_BOARDING),
    EventKind.NOTE: NoteAdded(closed=True),
    EventKind.CORRECTION: Correction(),
    EventKind.ATTACHMENT: AttachmentAdded(9),
    EventKind.BRIEF_SENT: BriefRecorded(to=Recipient.GVO, state=Delivery.SENT, by="Anne",
                                        on="2026-12-02", prepared=3),
    EventKind.STEP: StepMarked("s1", Mark.DONE),
    EventKind.DEADLINE: DeadlineChanged(DeadlineAction.STARTED, 3, "be-udn-first",
                                        "2026-03-13", conditional=True),
    EventKind.DOCUMENT_READ: DocumentRead(9, "td3", (("registered_last_name", "ABDI"),
                                                     ("birth_date_recorded", "1990-05-01")),
                                          ("registered_last_name",)),
}
#: the stored ``data`` of each sample: exactly what the app has always written
STORED: dict[EventKind, dict[str, object]] = {
    EventKind.CREATED: {},
    EventKind.CALL: {"centre": "127bis", "number": "+3227191111", "answer": "found"},
    EventKind.VISIT: {"date": "2026-03-05", "centre": "caricole", "visitor": "Anne",
                      "belongings": "clothes", "phone_delivered": True, "notes": "ok",
                      "people": ["Yusuf"]},
    EventKind.EMAIL: {"to": "gvo", "purpose": "lawyer_request", "state": "prepared",
                      "how": "mail_program"},
    EventKind.MESSAGE: {},
    EventKind.STATUS_CHANGE: {"from": "missing", "to": "detained", "centre_from": "",
                              "centre_to": "caricole"},
    EventKind.DECISION: {"decision_id": 4, "kind": "oqt", "annexe": "13septies",
                         "notified_at": "2026-03-03T10:00:00Z"},
    EventKind.DEPORTATION_ATTEMPT: {"attempt_id": 2, "date": "2026-03-05",
                                    "outcome": "refused_boarding"},
    EventKind.NOTE: {"closed": True},
    EventKind.CORRECTION: {},
    EventKind.ATTACHMENT: {"attachment_id": 9},
    EventKind.BRIEF_SENT: {"to": "gvo", "state": "sent", "by": "Anne", "on": "2026-12-02",
                           "prepared": 3},
    EventKind.STEP: {"step": "s1", "state": "done"},
    EventKind.DEADLINE: {"action": "started", "deadline_id": 3, "rule": "be-udn-first",
                         "due": "2026-03-13", "conditional": True},
    EventKind.DOCUMENT_READ: {"attachment_id": 9, "document": "td3",
                              "fields": {"registered_last_name": "ABDI",
                                         "birth_date_recorded": "1990-05-01"},
                              "corrected": ["registered_last_name"]},
}
#: more payloads whose stored form has other keys
VARIANTS: list[tuple[Payload, dict[str, object]]] = [
    (StepMarked("s2", checked=("b", "a")), {"step": "s2", "checked": ["a", "b"]}),
    (DeadlineChanged(DeadlineAction.RECOMPUTED, 3, "r", "2026-03-14", old_due="2026-03-13"),
     {"action": "recomputed", "deadline_id": 3, "rule": "r", "old_due": "2026-03-13",
      "due": "2026-03-14"}),
    (DeadlineChanged(DeadlineAction.DONE, 3, "r", "2026-03-14", done_on="2026-03-10",
                     done_by="Ann", reason=""),
     {"action": "done", "deadline_id": 3, "rule": "r", "due": "2026-03-14",
      "done_on": "2026-03-10", "done_by": "Ann", "reason": ""}),
    (NoteAdded(imported_on="2026-03-01", duplicate_of=5),
     {"duplicate_of": 5, "imported_on": "2026-03-01"}),
    (NoteAdded(imported_on="2026-03-01", taken_from_copy=True),
     {"taken_from_copy": True, "imported_on": "2026-03-01"}),
    (CallMade("vottem", "", None), {"centre": "vottem", "number": "", "answer": ""}),
]


def test_every_kind_has_a_payload_class_and_a_sample() -> None:
    assert set(PAYLOADS) == set(EventKind)
    assert all(PAYLOADS[kind].kind is kind for kind in EventKind)
    assert set(SAMPLES) == set(EventKind) == set(STORED)


@pytest.mark.parametrize("kind", list(EventKind))
def test_every_kind_round_trips_through_its_stored_data(kind: EventKind) -> None:
    payload = SAMPLES[kind]
    assert type(payload) is PAYLOADS[kind]
    data = payload.to_data()
    assert data == STORED[kind]
    assert PAYLOADS[kind].from_data(data) == payload


@pytest.mark.parametrize(("payload", "stored"), VARIANTS)
def test_variants_round_trip(payload: Payload, stored: dict[str, object]) -> None:
    assert payload.to_data() == stored
    assert type(payload).from_data(stored) == type(payload).from_data(payload.to_data())


def test_odd_stored_data_is_read_leniently() -> None:
    assert typed(Event(EventKind.CALL, AT, data={"centre": 3, "answer": "maybe"})) == CallMade()
    assert typed(Event(EventKind.STEP, AT, data={"step": "s", "state": "x"})) == StepMarked("s")
    assert typed(Event(EventKind.DECISION, AT, data={"decision_id": True})) == \
        DecisionRecorded()


def test_recorded_through_the_core_and_read_back_typed(tmp_path: Path) -> None:
    vault = Vault.create(tmp_path / "v.locator", "correct horse battery staple")
    try:
        case = vault.save_case(make_case())
        assert case.id is not None
        for kind in EventKind:
            event = record(vault, case.id, SAMPLES[kind], summary="s", recorded_by="me")
            assert event.id is not None and event.kind is kind
        stored = {e.kind: e for e in vault.events(case.id) if e.summary == "s"}
        assert {kind: typed(e) for kind, e in stored.items()} == SAMPLES
        assert {kind: e.data for kind, e in stored.items()} == STORED
        assert {e.recorded_by for e in stored.values()} == {"me"}
    finally:
        vault.close()


def test_the_core_writers_use_the_payloads() -> None:
    assert typed(checklist_event("s", ["b", "a"], AT)) == StepMarked("s", checked=("a", "b"))
    visit = Visit(NOW.date(), "caricole", "Anne", phone_delivered=True, people=("Y", " "))
    assert typed(visit.event(AT)) == VisitMade("2026-03-10", "caricole", "Anne", "", True, "",
                                              ("Y",))
    assert Visit.from_event(visit.event(AT)) == Visit(NOW.date(), "caricole", "Anne",
                                                      phone_delivered=True, people=("Y",),
                                                      recorded_at=AT)
    assert "prepared" in vars(Email) and "sent" in vars(Email)


def test_the_ui_builds_no_event_dict() -> None:
    """The UI builds no timeline entry itself: the core's functions do
    (:func:`locator.model.events.record`, :func:`locator.procedure.checklist.checklist_event`)."""
    for path in sorted((ROOT / "ui").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Call):
                name = getattr(node.func, "id", getattr(node.func, "attr", ""))
                assert name != "Event", f"{path.name}:{node.lineno}"


class FakeWords:
    """A language that shows which templates were used."""

    def text(self, template: str, **params: object) -> str:
        return "<" + template.format(**params) + ">"

    def word(self, value: StrEnum) -> str:
        return f"[{value.value}]"

    def centre(self, centre_id: str) -> str:
        return f"@{centre_id}"

    def step(self, step_id: str) -> tuple[str, int] | None:
        return (f"Step {step_id}", 3) if step_id.startswith("s") else None

    def rule(self, rule_id: str) -> str:
        return f"Rule {rule_id}"

    def day(self, iso: str) -> str:
        return f"day {iso}"


def test_an_entry_from_before_prepared_and_sent_is_not_called_sent() -> None:
    """Older versions recorded "sent" on Copy: such an entry says what is known."""
    old = describe(Event(EventKind.EMAIL, AT, data={"to": "gvo", "purpose": "detained_at"}),
                   FakeWords())
    assert "recorded as sent by an earlier version of Locator" in old
    assert not EmailRecorded.from_data({"to": "gvo"}).sent


def test_one_description_for_every_kind() -> None:
    lines = {kind: describe(Event(kind, AT, summary="text", data=STORED[kind]), FakeWords())
             for kind in EventKind}
    assert lines == {
        EventKind.CREATED: "text",
        EventKind.CALL: "<@127bis: [found]>",
        EventKind.VISIT: "<@caricole, 2026-03-05: Anne> · <phone handed over>",
        # prepared is not sent (issue 13)
        EventKind.EMAIL: "<To <GVO>: <asked for a lawyer>> — <prepared (<handed to the mail "
                         "program>), not sent yet>",
        EventKind.MESSAGE: "text",
        # the centre by its name, never its id (issue 13, point 9)
        EventKind.STATUS_CHANGE: "<[missing] → [detained]>< (centre: @caricole)>",
        EventKind.DECISION: "[oqt] 13septies",
        EventKind.DEPORTATION_ATTEMPT: "[refused_boarding]",
        EventKind.NOTE: "text",
        EventKind.CORRECTION: "<Correction: text>",
        EventKind.ATTACHMENT: "text",
        EventKind.BRIEF_SENT: "<Lawyer brief for <GVO>: <sent on day 2026-12-02 by Anne>>",
        EventKind.STEP: "<“Step s1”: <done>>",
        EventKind.DEADLINE: "<Rule be-udn-first: started, last day day 2026-03-13> "
                            "<(only if this is the first removal measure)>",
        EventKind.DOCUMENT_READ: "<Taken from the document (<passport>, attachment 9): "
                                 "<Registered LAST NAME>, <Date of birth (as recorded)>> "
                                 "<(corrected by hand: <Registered LAST NAME>)>",
    }
    checked = Event(EventKind.STEP, AT, data={"step": "s2", "checked": ["a"]})
    assert describe(checked, FakeWords()) == "<“Step s2”: 1 of 3 ticked>"
    unknown_step = Event(EventKind.STEP, AT, summary="as typed", data={"step": "x"})
    assert describe(unknown_step, FakeWords()) == "as typed"


def _brief_lines(kinds: list[EventKind], lang: str) -> list[str]:
    events = [Event(kind, AT, summary="SECRET", data=STORED[kind]) for kind in kinds]
    rows = build_brief(make_case(), events=events, centre_name=centre_name, lang=lang,
                       now=NOW).sections[6].rows
    assert len(rows) == len(kinds)
    return [line for _, line in rows]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_kind_has_a_brief_line_in_every_language(lang: str) -> None:
    kinds = list(EventKind)
    rows, english = [], []
    for start in range(0, len(kinds), 5):  # the brief prints the last entries only
        rows += _brief_lines(kinds[start:start + 5], lang)
        english += _brief_lines(kinds[start:start + 5], "en")
    assert len(rows) == len(EventKind)
    for line, line_en in zip(rows, english, strict=True):
        assert line and "SECRET" not in line and "event." not in line
        if lang != "en":
            assert line != line_en


def test_a_conditional_timer_says_what_it_depends_on() -> None:
    from locator.deadlines.timers import RULES_CHANGED
    from locator.model.events import event_of

    def line(payload: DeadlineChanged) -> str:
        return describe(event_of(payload, at=AT, recorded_by=""), FakeWords())

    asylum = DeadlineChanged(DeadlineAction.STARTED, 4, "be-asylum-detained", "2026-03-13",
                             conditional=True)
    assert line(asylum).endswith(
        "<(only if the refused application was not a new one made in detention)>")
    aside = DeadlineChanged(DeadlineAction.NOT_APPLICABLE, 4, "be-detention-max", "2026-05-03",
                            reason=RULES_CHANGED)
    assert line(aside).endswith(f"<{RULES_CHANGED}>>")  # translated, as Locator's own words
