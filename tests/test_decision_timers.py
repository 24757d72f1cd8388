"""Which timers a decision starts (resources/decision_timers.yaml), written from the law as
issue 14 quotes it, not from the table: every row of the shipped table is walked."""

from __future__ import annotations

import itertools
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
import yaml

from locator.deadlines.counting import NOTIFIED_ON
from locator.deadlines.rules import load_rules
from locator.deadlines.table import (
    QUESTION_TEXTS,
    QUESTIONS,
    TABLE_FILE,
    TimerTableError,
    load_table,
    normalise_annexe,
    parse_table,
    questions_for,
    timers_for,
)
from locator.model.cases import Decision, DecisionKind, NotificationMethod, Tristate

K = DecisionKind
Expected = dict[str, tuple[set[str], set[str]]]  # answer -> (start, conditional)

# art. 39/57 §1 al. 3: 10 days for a first removal measure, 5 after an earlier one;
# unknown -> the 5-day timer runs, the 10-day one only as a possibility.
UDN: Expected = {"no": ({"be-udn-first"}, set()), "yes": ({"be-udn-subsequent"}, set()),
                 "unknown": ({"be-udn-subsequent"}, {"be-udn-first"})}
# point 4: the 10-day annulment appeal (detained) runs beside the urgent appeal, always
REMOVAL = {a: (s | {"be-annulment-detained"}, c) for a, (s, c) in UDN.items()}
# point 4: one annexe 13septies = urgent appeal + annulment + release request (point 3:
# at once) + detention maximum (point 6: 2 months, and 5 at most with the extensions)
SEPTIES = {a: (s | {"be-release-request", "be-detention-max", "be-detention-cap"}, c)
           for a, (s, c) in REMOVAL.items()}
# point 1: a subsequent application made in detention and declared inadmissible: 5 days
ASYLUM: Expected = {
    "no": ({"be-asylum-detained"}, set()), "yes": ({"be-asylum-subsequent-detained"}, set()),
    "unknown": ({"be-asylum-subsequent-detained"}, {"be-asylum-detained"})}


def no_question(start: set[str]) -> Expected:
    return {"": (start, set())}


EXPECTED: dict[tuple[DecisionKind, str], tuple[str, Expected]] = {
    (K.OQT, "13septies"): ("earlier_removal", SEPTIES),
    (K.REMOVAL, "13septies"): ("earlier_removal", SEPTIES),
    (K.DETENTION, "13septies"): ("earlier_removal", SEPTIES),
    (K.OQT, ""): ("earlier_removal", REMOVAL),
    (K.OQT, "13"): ("earlier_removal", REMOVAL),
    (K.REMOVAL, ""): ("earlier_removal", REMOVAL),
    (K.REMOVAL, "13"): ("earlier_removal", REMOVAL),
    (K.DUBLIN_TRANSFER, ""): ("earlier_removal", REMOVAL),
    (K.DUBLIN_TRANSFER, "26quater"): ("earlier_removal", REMOVAL),
    (K.ENTRY_REFUSAL, ""): ("earlier_removal", REMOVAL),
    (K.ENTRY_REFUSAL, "11"): ("earlier_removal", REMOVAL),
    (K.ENTRY_REFUSAL, "11ter"): ("earlier_removal", REMOVAL),
    # point 5: no urgent appeal against an entry ban alone (Cour const. 141/2018)
    (K.ENTRY_BAN, ""): ("", no_question({"be-annulment-detained"})),
    (K.ENTRY_BAN, "13sexies"): ("", no_question({"be-annulment-detained"})),
    (K.ASYLUM_REFUSAL, ""): ("subsequent_asylum_in_detention", ASYLUM),
    (K.DETENTION, ""): ("", no_question({"be-release-request", "be-detention-max",
                                         "be-detention-cap"})),
    # point 6 (DVZ, detentie / duur): 2 months, extended by 2 (4 in all), then by 1 by the
    # minister ("na een vasthouding van 5 maanden ... in vrijheid"), then month by month for
    # public order "tot 8 maanden"; never "2 months from the extension"
    (K.DETENTION_EXTENSION, ""): ("", no_question({"be-release-request",
                                                   "be-detention-extended"})),
    (K.DETENTION_EXTENSION_SECOND, ""): ("", no_question({"be-release-request",
                                                          "be-detention-cap"})),
    (K.DETENTION_EXTENSION_PUBLIC_ORDER, ""): (
        "", no_question({"be-release-request", "be-detention-cap-public-order"})),
    # point 6, Dublin (AIDA Belgium: "In both cases detention may not exceed 6 weeks"):
    # held while the other country is asked, and for the transfer after its acceptance
    (K.DUBLIN_DETENTION, ""): ("", no_question({"be-release-request",
                                                "be-dublin-determination-max"})),
    (K.DUBLIN_ACCEPTANCE, ""): ("", no_question({"be-dublin-transfer-max"})),
    # point 5: 24 hours against the council chamber's order, then a month to wait
    (K.CHAMBER_ORDER, ""): ("", no_question({"be-chamber-appeal", "be-release-request-again"})),
    (K.INDICTMENT_CHAMBER, ""): ("", no_question({"be-cassation-detention",
                                                  "be-release-request-again"})),
    (K.CCE_JUDGMENT, ""): ("", no_question({"be-council-of-state"})),
    # point 7
    (K.FR_OQTF_CRA, ""): ("", no_question({"fr-oqtf-cra"})),
    # an order notified earlier, its period still running at the placement: 48 h from it
    (K.FR_OQTF_CRA_PLACEMENT, ""): ("", no_question({"fr-oqtf-cra-placement"})),
    # L. 572-4: in rétention, the procedure of L. 921-2 (48 hours)
    (K.FR_DUBLIN_TRANSFER_CRA, ""): ("", no_question({"fr-dublin-transfer-cra"})),
    (K.FR_OQTF_HOUSE_ARREST_PRISON, ""): ("", no_question({"fr-oqtf-house-arrest-prison"})),
    (K.FR_RETENTION_PLACEMENT, ""): ("", no_question({"fr-retention-placement"})),
    (K.FR_JUDGE_ORDER, ""): ("", no_question({"fr-judge-order-appeal"})),
    (K.OTHER, ""): ("", no_question(set())),
}


def decisions(kind: DecisionKind, annexe: str) -> list[tuple[Decision, dict[str, str]]]:
    """A decision for every combination of answers to every question (asked or not)."""
    assert QUESTIONS == ("earlier_removal", "subsequent_asylum_in_detention")
    out = []
    for earlier, asylum in itertools.product(list(Tristate), repeat=2):
        decision = Decision(kind=kind, annexe=annexe, earlier_removal=earlier,
                            subsequent_asylum_in_detention=asylum)
        out.append((decision, {"earlier_removal": earlier.value,
                               "subsequent_asylum_in_detention": asylum.value}))
    return out


def test_the_table_covers_every_kind_and_annexe_expected() -> None:
    assert set(load_table().by_key) == set(EXPECTED)


@pytest.mark.parametrize(("kind", "annexe"), sorted(EXPECTED))
def test_every_row(kind: DecisionKind, annexe: str) -> None:
    question, expected = EXPECTED[(kind, annexe)]
    entry = load_table().entry_for(kind, annexe)
    assert entry.asks == ((question,) if question else ())
    walked = set()
    for decision, answers in decisions(kind, annexe):
        start, conditional = expected[answers.get(question, "")]
        timers = timers_for(decision)
        assert len({rule for rule, _ in timers}) == len(timers)  # no rule twice
        assert {rule for rule, c in timers if not c} == start, answers
        assert {rule for rule, c in timers if c} == conditional, answers
        walked.add(entry.row_for(decision))
    assert walked == set(entry.rows)  # every row of the entry was reached


def test_a_conditional_timer_always_has_a_shorter_one_running() -> None:
    rules = load_rules()
    for entry in load_table().entries:
        for row in entry.rows:
            for maybe in row.conditional:
                assert any(rules[r].counting is rules[maybe].counting
                           and (rules[r].period or 0) < (rules[maybe].period or 0)
                           for r in row.start), (entry.line, maybe)


@pytest.mark.parametrize(("typed", "kind", "first"), [
    ("Annexe 13 septies", K.REMOVAL, "be-udn-first"),
    ("13SEPTIES", K.OQT, "be-udn-first"),
    ("bijlage 26 quater", K.DUBLIN_TRANSFER, "be-udn-first"),
    ("39bis", K.OQT, "be-udn-first"),  # an annexe the table does not know: the kind's default
])
def test_annexes_as_typed(typed: str, kind: DecisionKind, first: str) -> None:
    timers = dict(timers_for(Decision(kind=kind, annexe=typed, earlier_removal=Tristate.NO)))
    assert timers[first] is False
    assert ("be-release-request" in timers) is (normalise_annexe(typed) == "13septies")


def test_subsequent_asylum_in_detention_gets_5_days_not_10() -> None:
    decision = Decision(kind=K.ASYLUM_REFUSAL, subsequent_asylum_in_detention=Tristate.YES)
    assert timers_for(decision) == [("be-asylum-subsequent-detained", False)]


# --- the loader is strict ------------------------------------------------------------


def shipped() -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load(TABLE_FILE.read_text(encoding="utf-8"))
    return data


def entry_of(data: dict[str, Any], kind: str) -> dict[str, Any]:
    found: dict[str, Any] = next(e for e in data["decisions"] if e["kinds"] == [kind])
    return found


def refused(data: dict[str, Any]) -> str:
    with pytest.raises(TimerTableError) as caught:
        parse_table(yaml.safe_dump(data, allow_unicode=True))
    return str(caught.value)


def test_the_shipped_table_reloads_from_a_copy(tmp_path: Path) -> None:
    copy = tmp_path / "timers.yaml"
    copy.write_text(yaml.safe_dump(shipped(), allow_unicode=True), encoding="utf-8")
    assert load_table(copy).by_key.keys() == load_table().by_key.keys()


def test_a_missing_answer_is_refused() -> None:
    data = shipped()
    entry_of(data, "asylum_refusal")["rows"].pop()
    assert "no row answers subsequent_asylum_in_detention: unknown" in refused(data)


def test_two_rows_for_one_answer_are_refused() -> None:
    data = shipped()
    rows = entry_of(data, "dublin_transfer")["rows"]
    rows.append(dict(rows[0]))
    assert "two rows answer earlier_removal: no" in refused(data)


@pytest.mark.parametrize(("change", "words"), [
    ({"kinds": ["dublin"]}, '"dublin" is not a decision kind'),
    ({"annexes": ["Annexe 26quater"]}, 'write "26quater"'),
    ({"asks": ["earlier_order"]}, '"earlier_order" is not one of'),
    ({"source_url": "agii.be"}, "must be a web address"),
    ({"surprise": 1}, 'unknown key "surprise"'),
])
def test_bad_entries_are_refused(change: dict[str, Any], words: str) -> None:
    data = shipped()
    entry_of(data, "dublin_transfer").update(change)
    assert words in refused(data)


@pytest.mark.parametrize(("change", "words"), [
    ({"start": ["be-udn-tenth"]}, '"be-udn-tenth" is not a rule'),
    ({"start": ["be-udn-first", "be-udn-first"]}, "is given twice"),
    ({"conditional": ["be-udn-first"]}, "repeats a rule of start"),
    ({"answers": {"earlier_removal": True}}, "put it in quotes"),
    ({"answers": {"earlier_removal": "maybe"}}, '"maybe" is not one of'),
    ({"answers": {}}, "must answer exactly: earlier_removal"),
])
def test_bad_rows_are_refused(change: dict[str, Any], words: str) -> None:
    data = shipped()
    entry_of(data, "dublin_transfer")["rows"][0].update(change)
    assert words in refused(data)


def test_a_kind_twice_or_without_a_default_is_refused() -> None:
    data = shipped()
    entry_of(data, "cce_judgment")["kinds"] = ["cce_judgment", "other"]
    assert 'kind "other" with annexe "" is also in the entry at line' in refused(data)
    data = shipped()
    data["decisions"].remove(entry_of(data, "cce_judgment"))
    assert 'kind "cce_judgment" has no entry for any annexe' in refused(data)


def test_errors_carry_the_line() -> None:
    text = TABLE_FILE.read_text(encoding="utf-8").replace(
        "kinds: [entry_ban]", "kinds: [entry_bann]")
    line = next(i for i, t in enumerate(text.splitlines(), 1) if "entry_bann" in t)
    with pytest.raises(TimerTableError) as caught:
        parse_table(text)
    assert caught.value.line == line


def test_a_conditional_rule_needs_its_condition() -> None:
    rules = dict(load_rules())
    rules["be-asylum-detained"] = replace(rules["be-asylum-detained"], condition=None)
    with pytest.raises(TimerTableError, match='"be-asylum-detained" starts conditionally'):
        parse_table(TABLE_FILE.read_text(encoding="utf-8"), rules)


def test_what_a_form_asks() -> None:
    assert questions_for(K.REMOVAL, "13septies") == ("earlier_removal",)
    assert questions_for(K.ASYLUM_REFUSAL, "") == ("subsequent_asylum_in_detention",)
    assert questions_for(K.DETENTION, "") == ()
    assert set(QUESTION_TEXTS) == set(QUESTIONS)
    assert set(NOTIFIED_ON) == set(NotificationMethod)
    assert "postmark" in NOTIFIED_ON[NotificationMethod.ORDINARY_POST]
    assert "first presented" in NOTIFIED_ON[NotificationMethod.REGISTERED_ACK]


# --- "from which moment": the maxima after an extension count from the detention -------


def test_extension_maxima_count_from_the_detention_decision() -> None:
    from locator.deadlines.table import counted_from

    assert counted_from(Decision(kind=K.DETENTION_EXTENSION)) == {
        "be-detention-extended": "detention"}
    assert counted_from(Decision(kind=K.DETENTION_EXTENSION_SECOND)) == {
        "be-detention-cap": "detention"}
    assert counted_from(Decision(kind=K.DETENTION_EXTENSION_PUBLIC_ORDER)) == {
        "be-detention-cap-public-order": "detention"}
    # the release request against the extension runs from the extension itself
    assert counted_from(Decision(kind=K.DETENTION)) == {}


@pytest.mark.parametrize(("change", "words"), [
    ({"from": {"be-udn-first": "detention"}}, "is not a rule this row starts"),
    ({"from": {"be-release-request": "arrest"}}, '"arrest" is not one of: detention'),
])
def test_bad_moments_are_refused(change: dict[str, Any], words: str) -> None:
    data = shipped()
    entry_of(data, "detention_extension")["rows"][0].update(change)
    assert words in refused(data)


def test_a_date_that_is_not_a_notification_is_asked_in_words() -> None:
    from locator.deadlines.table import date_label_for

    acceptance = date_label_for(K.DUBLIN_ACCEPTANCE, "")
    assert acceptance is not None and "accepted" in acceptance and "26quater" in acceptance
    placement = date_label_for(K.FR_OQTF_CRA_PLACEMENT, "")
    assert placement is not None and "placed" in placement
    assert date_label_for(K.OQT, "13septies") is None
