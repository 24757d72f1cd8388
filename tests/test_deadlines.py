"""The deadline engine: shipped rules, worked examples, methods, hours, DST, errors, loader."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import holidays
import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from locator.deadlines.counting import (
    RULES_FILE,
    Confidence,
    Counting,
    DeadlineInputError,
    DueKind,
    NotificationMethod,
    RulesFileError,
    compute_due,
    due_to_json,
    load_rules,
    parse_notified,
    to_brussels,
)
from locator.deadlines.holidays import HOLIDAYS_FILE, load_holiday_calendar
from locator.model.errors import FieldError

BRUSSELS = ZoneInfo("Europe/Brussels")
NOW = datetime(2036, 1, 1, 12, 0, tzinfo=BRUSSELS)  # after every date used below
BE_DAY_RULES = {"be-udn-first": 10, "be-udn-subsequent": 5, "be-annulment-detained": 10,
                "be-asylum-detained": 10, "be-asylum-subsequent-detained": 5}
HAND, REGISTERED, REGISTERED_NO_ACK, POST = NotificationMethod


def due(rule: str, notified: datetime | date, method: NotificationMethod | str = HAND,
        **kwargs: Any) -> Any:
    return compute_due(rule, notified, method, now=NOW, **kwargs)


def d(text: str) -> date:
    return date.fromisoformat(text)


def elapsed(start: datetime, end: datetime) -> timedelta:
    """Real time between two instants (same-zone subtraction in Python is wall-clock)."""
    return end.astimezone(UTC) - start.astimezone(UTC)


# --- the shipped rules ------------------------------------------------------------------


def test_shipped_rules() -> None:
    rules = load_rules()
    assert set(rules) == {*BE_DAY_RULES, "be-release-request", "be-release-request-again",
                          "be-chamber-appeal", "be-cassation-detention", "be-council-of-state",
                          "be-detention-max", "be-detention-cap", "be-detention-extended",
                          "be-detention-cap-public-order", "be-dublin-determination-max",
                          "be-dublin-transfer-max", "fr-oqtf-cra", "fr-oqtf-cra-placement",
                          "fr-dublin-transfer-cra", "fr-retention-placement",
                          "fr-oqtf-house-arrest-prison", "fr-judge-order-appeal"}
    for rule_id, period in BE_DAY_RULES.items():
        assert rules[rule_id].period == period
        assert rules[rule_id].counting is Counting.BE_CALENDAR_DAYS
    assert rules["be-annulment-detained"].period_if_not_detained == 30
    assert rules["be-udn-first"].if_unsure_use == "be-udn-subsequent"
    assert rules["be-release-request"].period is None
    assert rules["be-release-request"].kind is DueKind.NEXT_FILING
    assert rules["be-release-request-again"].kind is DueKind.NEXT_FILING
    assert rules["be-detention-max"].kind is DueKind.INDICATIVE
    assert rules["be-detention-cap"].kind is DueKind.INDICATIVE
    # France and the periods outside the CCE: the period and its unit, as the law says
    assert {i: (rules[i].period, rules[i].unit) for i in (
        "fr-oqtf-cra", "fr-retention-placement", "fr-oqtf-house-arrest-prison",
        "fr-judge-order-appeal", "be-chamber-appeal", "be-cassation-detention",
        "be-council-of-state")} == {
        "fr-oqtf-cra": (48, "hours"), "fr-retention-placement": (4, "days"),
        "fr-oqtf-house-arrest-prison": (7, "days"), "fr-judge-order-appeal": (24, "hours"),
        "be-chamber-appeal": (24, "hours"), "be-cassation-detention": (15, "days"),
        "be-council-of-state": (30, "days")}
    for rule in rules.values():
        assert len(rule.title) <= 80
        assert rule.source_url.startswith(("https://", "http://"))
        assert rule.last_verified <= date.today()
        if rule.country == "FR":
            assert rule.confidence is not Confidence.HIGH
            assert rule.counting in {Counting.HOURS, Counting.FR_DAYS_FROM_NOTIFICATION_DAY,
                                     Counting.FR_DAYS_NOT_EXTENDED}
        if rule.counting in {Counting.BE_DAYS_NOT_EXTENDED, Counting.FR_DAYS_NOT_EXTENDED}:
            # a reading that is not sure says so
            assert rule.note is not None and "shorter reading" in rule.note


def test_shipped_rules_are_read_once_and_read_only() -> None:
    rules = load_rules()
    assert load_rules() is rules
    with pytest.raises(TypeError):
        rules["x"] = rules["be-udn-first"]  # type: ignore[index]


# --- worked examples (deadlines.md and deadlines-sources.md §1.5) ---------------------------

EXAMPLES = [
    # rule, notified (hand delivery), naive last day, legal last day
    ("be-udn-first", "2025-01-03", "2025-01-13", "2025-01-13"),
    ("be-udn-subsequent", "2025-01-03", "2025-01-08", "2025-01-08"),
    ("be-udn-subsequent", "2025-08-10", "2025-08-15", "2025-08-18"),
    ("be-udn-first", "2025-11-05", "2025-11-15", "2025-11-17"),
    ("be-udn-subsequent", "2025-12-20", "2025-12-25", "2025-12-26"),
    ("be-udn-subsequent", "2026-05-09", "2026-05-14", "2026-05-15"),
]


@pytest.mark.parametrize(("rule", "notified", "naive", "last"), EXAMPLES)
def test_worked_examples(rule: str, notified: str, naive: str, last: str) -> None:
    result = due(rule, d(notified))
    assert result.start == d(notified) + timedelta(days=1)
    assert result.naive_last_day == d(naive)
    assert result.due == d(last)
    assert result.ends_at == datetime.combine(d(last) + timedelta(days=1), time(0), BRUSSELS)
    assert result.kind is DueKind.DEADLINE
    assert [day for day, _ in result.rolled_over] == [
        d(naive) + timedelta(days=i) for i in range((d(last) - d(naive)).days)
    ]


def test_rolled_over_reasons() -> None:
    assert due("be-udn-subsequent", d("2025-08-10")).rolled_over == (
        (d("2025-08-15"), "Assumption (15 August)"),
        (d("2025-08-16"), "Saturday"),
        (d("2025-08-17"), "Sunday"),
    )
    assert due("be-udn-subsequent", d("2025-12-20")).rolled_over == (
        (d("2025-12-25"), "Christmas Day (25 December)"),
    )
    assert due("be-udn-subsequent", d("2026-05-09")).rolled_over == (
        (d("2026-05-14"), "Ascension Day"),
    )


def test_json_for_the_command_line() -> None:
    data = due_to_json(compute_due("be-udn-subsequent", parse_notified("2025-08-10")))
    assert json.loads(json.dumps(data)) == data
    assert data["rule"] == "be-udn-subsequent"
    assert data["due"] == "2025-08-18"
    assert data["notified"] == "2025-08-10T00:00:00+02:00"
    assert data["ends_at"] == "2025-08-19T00:00:00+02:00"
    assert data["rolled_over"][0] == {"date": "2025-08-15", "reason": "Assumption (15 August)"}
    assert data["basis"].startswith("Art. 39/57")
    assert data["source_url"].startswith("http")
    assert data["confidence"] == "high"
    assert data["kind"] == "deadline"


# --- how the decision was notified -------------------------------------------------------


def test_registered_letter_counts_from_the_day_after_presentation() -> None:
    hand = due("be-udn-first", d("2025-11-05"))
    registered = due("be-udn-first", d("2025-11-05"), REGISTERED)
    assert (registered.start, registered.due) == (hand.start, hand.due)
    assert registered.method is REGISTERED


@pytest.mark.parametrize(
    ("rule", "posted", "start", "naive", "last"),
    [
        # Mon 11 Aug 2025: Tue 12, Wed 13, Thu 14 are the working days after posting.
        ("be-udn-subsequent", "2025-08-11", "2025-08-14", "2025-08-18", "2025-08-18"),
        # Wed 13 Aug: Thu 14; Fri 15 is Assumption; Mon 18, Tue 19.
        ("be-udn-first", "2025-08-13", "2025-08-19", "2025-08-28", "2025-08-28"),
        # Fri 19 Dec: Mon 22, Tue 23, Wed 24; + 5 days = Sun 28 Dec -> Mon 29 Dec.
        ("be-udn-subsequent", "2025-12-19", "2025-12-24", "2025-12-28", "2025-12-29"),
    ],
)
def test_post_counts_from_the_third_working_day_after_posting(
    rule: str, posted: str, start: str, naive: str, last: str
) -> None:
    for method in ("post", "registered_no_ack"):
        result = due(rule, d(posted), method)
        assert result.method is NotificationMethod(method)
        assert (result.start, result.naive_last_day, result.due) == (d(start), d(naive), d(last))


def test_issue_14_posted_monday_7_december_2026() -> None:
    # Posted Mon 7 Dec 2026 (received Wed 9): the period starts on the 3rd working day
    # after posting, Thu 10; 5 days end Mon 14 December, not Fri 18.
    for method in (POST, REGISTERED_NO_ACK):
        result = due("be-udn-subsequent", d("2026-12-07"), method)
        assert (result.start, result.due) == (d("2026-12-10"), d("2026-12-14"))
    # A registered letter with acknowledgment, first presented Mon 7 Dec: from Tue 8.
    registered = due("be-udn-first", d("2026-12-07"), REGISTERED)
    assert (registered.start, registered.due) == (d("2026-12-08"), d("2026-12-17"))


def test_stored_method_values_keep_their_meaning() -> None:
    # values written by earlier versions: "registered" was always with acknowledgment,
    # "post" a letter without acknowledgment (read as ordinary post, counted the same)
    assert NotificationMethod("hand") is HAND
    assert NotificationMethod("registered") is NotificationMethod.REGISTERED_ACK
    assert NotificationMethod("post") is NotificationMethod.ORDINARY_POST
    assert NotificationMethod("registered_no_ack") is REGISTERED_NO_ACK
    assert [m for m in NotificationMethod if m.by_post] == [REGISTERED_NO_ACK, POST]


def test_unknown_method_names_the_field() -> None:
    with pytest.raises(DeadlineInputError) as caught:
        due("be-udn-first", d("2025-01-03"), "pigeon")
    assert caught.value.field == "method"
    assert caught.value.message.startswith("Notification method: ")


# --- hour rules (France) ------------------------------------------------------------------


def test_48_hours_run_through_the_weekend() -> None:
    # CE 10 Feb. 2006, Oprea: notified Friday 16:00, deadline Sunday 16:00.
    result = due("fr-oqtf-cra", datetime(2025, 9, 5, 16, 0))
    assert result.ends_at == datetime(2025, 9, 7, 16, 0, tzinfo=BRUSSELS)
    assert result.due == d("2025-09-07")  # a Sunday, not moved
    assert result.rolled_over == ()
    assert result.counting is Counting.HOURS


def test_retention_placement_counts_the_notification_day() -> None:
    # Cour de cassation, avis 7 Jan. 2025: placed 1 January 15:00 -> ends 4 January 24:00.
    result = due("fr-retention-placement", datetime(2026, 1, 1, 15, 0))
    assert result.due == d("2026-01-04")  # a Sunday: never extended
    assert result.ends_at == datetime(2026, 1, 5, 0, 0, tzinfo=BRUSSELS)
    assert result.start == d("2026-01-01")
    assert result.rolled_over == ()
    # never later than 96 hours from the notification (the other reading)
    assert result.ends_at <= datetime(2026, 1, 5, 15, 0, tzinfo=BRUSSELS)


def test_seven_days_of_l_921_1_take_the_shorter_reading() -> None:
    # Not a délai franc here: the 7th day after notification, at 24:00, never extended.
    result = due("fr-oqtf-house-arrest-prison", datetime(2026, 7, 4, 11, 0))  # a Saturday
    assert (result.start, result.due) == (d("2026-07-05"), d("2026-07-11"))  # Saturday too
    assert result.ends_at == datetime(2026, 7, 12, 0, 0, tzinfo=BRUSSELS)
    with pytest.raises(DeadlineInputError) as caught:
        due("fr-oqtf-house-arrest-prison", d("2026-07-04"), POST)
    assert caught.value.field == "method"


@pytest.mark.parametrize("rule", ["be-chamber-appeal", "fr-judge-order-appeal"])
def test_24_hours(rule: str) -> None:
    result = due(rule, datetime(2026, 12, 4, 10, 0))  # a Friday
    assert result.ends_at == datetime(2026, 12, 5, 10, 0, tzinfo=BRUSSELS)
    assert result.due == d("2026-12-05")


def test_periods_whose_last_day_may_not_move_are_never_moved() -> None:
    # Cassation, 15 days: served Fri 20 Nov 2026 -> Sat 5 Dec, kept (the shorter reading).
    cassation = due("be-cassation-detention", d("2026-11-20"))
    assert (cassation.start, cassation.due, cassation.rolled_over) == (
        d("2026-11-21"), d("2026-12-05"), ())
    # Council of State, 30 days: 2 Nov 2026 -> Wed 2 Dec; a letter is not pushed back.
    assert due("be-council-of-state", d("2026-11-02"), POST).due == d("2026-12-02")
    assert due("be-council-of-state", d("2026-10-03")).due == d("2026-11-02")


def test_hours_ending_at_midnight_belong_to_the_day_before() -> None:
    result = due("fr-oqtf-cra", d("2025-09-05"))  # a date alone: from 00:00, the earliest
    assert result.ends_at == datetime(2025, 9, 7, 0, 0, tzinfo=BRUSSELS)
    assert result.due == d("2025-09-06")


def test_hour_rules_need_hand_delivery() -> None:
    with pytest.raises(DeadlineInputError) as caught:
        due("fr-oqtf-cra", datetime(2025, 9, 5, 16, 0), POST)
    assert caught.value.field == "method"


# --- daylight saving time --------------------------------------------------------------


def test_day_rule_notified_2330_before_clocks_go_forward() -> None:
    result = due("be-udn-subsequent", datetime(2025, 3, 29, 23, 30))
    assert result.notified.utcoffset() == timedelta(hours=1)
    assert (result.start, result.due) == (d("2025-03-30"), d("2025-04-03"))
    assert result.ends_at == datetime(2025, 4, 4, 0, 0, tzinfo=BRUSSELS)
    assert result.ends_at is not None and result.ends_at.utcoffset() == timedelta(hours=2)


def test_day_rule_notified_2330_before_clocks_go_back() -> None:
    result = due("be-udn-first", datetime(2025, 10, 25, 23, 30))
    assert result.notified.utcoffset() == timedelta(hours=2)
    assert result.due == d("2025-11-04")
    assert result.ends_at is not None and result.ends_at.utcoffset() == timedelta(hours=1)


def test_aware_time_is_converted_to_brussels_before_taking_the_day() -> None:
    # 23:30 UTC on Saturday 29 March is already 00:30 on Sunday 30 March in Brussels.
    result = due("be-udn-subsequent", datetime(2025, 3, 29, 23, 30, tzinfo=UTC))
    assert result.notified == datetime(2025, 3, 30, 0, 30, tzinfo=BRUSSELS)
    assert (result.start, result.due) == (d("2025-03-31"), d("2025-04-04"))


def test_hours_across_spring_change_take_the_earlier_reading() -> None:
    result = due("fr-oqtf-cra", datetime(2025, 3, 29, 23, 30))
    # 48 elapsed hours end at 00:30 on 1 April; the clock reading 23:30 on 31 March is earlier.
    assert result.ends_at == datetime(2025, 3, 31, 23, 30, tzinfo=BRUSSELS)
    assert result.due == d("2025-03-31")


def test_hours_across_autumn_change_take_the_earlier_reading() -> None:
    result = due("fr-oqtf-cra", datetime(2025, 10, 25, 23, 30))
    assert result.ends_at is not None
    assert elapsed(result.notified, result.ends_at) == timedelta(hours=48)
    assert result.ends_at == datetime(2025, 10, 27, 22, 30, tzinfo=BRUSSELS)


def test_local_times_in_the_gap_and_the_fold() -> None:
    # Compared in UTC: Python never calls a time in a fold equal to one in another zone.
    # 02:30 on 30 March 2025 does not exist; it is read as 03:30 summer time.
    gap = to_brussels(datetime(2025, 3, 30, 2, 30))
    assert gap.astimezone(UTC) == datetime(2025, 3, 30, 1, 30, tzinfo=UTC)
    assert (gap.hour, gap.minute) == (3, 30)
    # 02:30 on 26 October 2025 happens twice; the first (earlier) one is taken.
    fold = to_brussels(datetime(2025, 10, 26, 2, 30))
    assert fold.astimezone(UTC) == datetime(2025, 10, 26, 0, 30, tzinfo=UTC)


# --- rules without a filing deadline ----------------------------------------------------


def test_first_release_request_can_be_filed_at_once() -> None:
    result = due("be-release-request", d("2025-08-10"))
    assert result.kind is DueKind.NEXT_FILING
    assert result.due == d("2025-08-10")
    assert result.ends_at is None


def test_release_request_again_a_month_after_the_court_decision() -> None:
    result = due("be-release-request-again", d("2025-08-10"))
    assert result.kind is DueKind.NEXT_FILING
    assert result.due == d("2025-09-10")
    assert result.ends_at is None
    assert due_to_json(result)["ends_at"] is None
    assert due("be-release-request-again", d("2025-01-31")).due == d("2025-02-28")


def test_detention_maximum_is_indicative_and_never_moved() -> None:
    result = due("be-detention-max", d("2025-08-11"))
    assert result.kind is DueKind.INDICATIVE
    assert result.due == d("2025-10-11")  # a Saturday: indicative days are not rolled forward
    assert result.rolled_over == ()
    assert due("be-detention-max", d("2025-12-31")).due == d("2026-02-28")
    # 2 months + 2 + 1: at most 5 months from the first detention decision
    cap = due("be-detention-cap", d("2025-08-11"))
    assert (cap.kind, cap.due) == (DueKind.INDICATIVE, d("2026-01-11"))


def test_detention_extensions_end_4_then_5_then_8_months_after_the_detention() -> None:
    # DVZ (detentie / duur): 2 months; "met twee maanden verlengen" (4); "Na een verlenging
    # van twee maanden kan de Minister beslissen om de vasthouding met een maand te verlengen.
    # Na een vasthouding van 5 maanden moet de vreemdeling opnieuw in vrijheid worden
    # gesteld"; public order: "elke keer met een maand verlengen, tot 8 maanden".
    detained = d("2027-01-15")
    for rule, last in [("be-detention-max", "2027-03-15"), ("be-detention-extended", "2027-05-15"),
                       ("be-detention-cap", "2027-06-15"),
                       ("be-detention-cap-public-order", "2027-09-15")]:
        result = due(rule, detained)
        assert (result.kind, result.due, result.rolled_over) == (
            DueKind.INDICATIVE, d(last), ()), rule
        assert result.ends_at == datetime.combine(d(last) + timedelta(days=1), time(0), BRUSSELS)
    # a month without that date: the last day of the month, never a later day
    assert due("be-detention-extended", d("2026-10-31")).due == d("2027-02-28")


def test_dublin_detention_six_weeks() -> None:
    # Dublin III art. 28(3): transfer "at the latest within six weeks" of the acceptance;
    # AIDA Belgium: Dublin detention "may not exceed 6 weeks". Accepted Monday 7 December
    # 2026: six weeks later is Monday 18 January 2027 (24:00), never moved.
    accepted = due("be-dublin-transfer-max", d("2026-12-07"))
    assert (accepted.kind, accepted.due) == (DueKind.INDICATIVE, d("2027-01-18"))
    assert accepted.due.weekday() == d("2026-12-07").weekday()
    held = due("be-dublin-determination-max", d("2026-12-19"))  # a Saturday: not moved
    assert (held.due, held.rolled_over) == (d("2027-01-30"), ())
    rules = load_rules()
    for rule in ("be-dublin-determination-max", "be-dublin-transfer-max"):
        assert (rules[rule].period, rules[rule].unit) == (42, "days")
        assert rules[rule].confidence is Confidence.MEDIUM and not rules[rule].law_text_checked
    # the acceptance is not the notification of the annexe 26quater: the rule says so
    assert "not from the day the annexe 26quater was handed over" in " ".join(
        (rules["be-dublin-transfer-max"].note or "").split())


def test_french_48_hours_from_the_placement_or_the_dublin_transfer() -> None:
    # an earlier OQTF still open at the placement: 48 hours from the placement in the CRA
    placed = due("fr-oqtf-cra-placement", datetime(2026, 12, 4, 16, 30))  # a Friday
    assert placed.ends_at == datetime(2026, 12, 6, 16, 30, tzinfo=BRUSSELS)  # Sunday, kept
    # L. 572-4 CESEDA: in rétention, the procedure of L. 921-2, 48 hours
    transfer = due("fr-dublin-transfer-cra", datetime(2026, 12, 19, 10, 0))
    assert transfer.ends_at == datetime(2026, 12, 21, 10, 0, tzinfo=BRUSSELS)
    # time not known: from 00:00 that day, the shorter deadline
    assert due("fr-dublin-transfer-cra", d("2026-12-19")).ends_at == datetime(
        2026, 12, 21, 0, 0, tzinfo=BRUSSELS)
    with pytest.raises(DeadlineInputError):
        due("fr-oqtf-cra-placement", d("2026-12-04"), POST)
    assert load_rules()["fr-oqtf-cra-placement"].confidence is Confidence.LOW


# --- input errors -----------------------------------------------------------------------


def test_future_notification_is_refused() -> None:
    now = datetime(2026, 11, 23, 10, 0)
    with pytest.raises(DeadlineInputError) as caught:
        compute_due("be-udn-first", d("2027-01-03"), now=now)
    assert caught.value.field == "notified_at"
    assert str(caught.value) == "Notification date: 2027-01-03 is in the future."
    assert caught.value.detail == "2027-01-03 is in the future."
    assert isinstance(caught.value, ValueError) and isinstance(caught.value, FieldError)
    with pytest.raises(DeadlineInputError, match="2026-11-23 10:30 is in the future"):
        compute_due("be-udn-first", datetime(2026, 11, 23, 10, 30), now=now)
    # Today, or a time already past, is fine.
    assert compute_due("be-udn-first", d("2026-11-23"), now=now).due == d("2026-12-03")


def test_a_future_notification_is_a_hypothetical_for_the_calculator_only() -> None:
    now = datetime(2026, 11, 23, 10, 0)
    planned = compute_due("be-udn-first", d("2027-01-03"), now=now, allow_future=True)
    assert planned.hypothetical
    assert planned.due == d("2027-01-13")
    assert due_to_json(planned)["hypothetical"] is True
    past = compute_due("be-udn-first", d("2026-11-23"), now=now, allow_future=True)
    assert not past.hypothetical and due_to_json(past)["hypothetical"] is False
    # what cannot be, even as a plan, is still refused
    with pytest.raises(DeadlineInputError, match="before the arrest date"):
        compute_due("be-udn-first", d("2027-01-03"), now=now, allow_future=True,
                    arrest_date=d("2027-02-01"))


def test_notification_before_arrest_is_refused() -> None:
    with pytest.raises(DeadlineInputError) as caught:
        due("be-udn-first", d("2025-01-02"), arrest_date=d("2025-01-05"))
    assert caught.value.field == "notified_at"
    assert "before the arrest date (2025-01-05)" in caught.value.message
    assert due("be-udn-first", d("2025-01-05"), arrest_date=d("2025-01-05")).due == d("2025-01-15")


def test_unknown_rule_names_the_field_and_not_the_input() -> None:
    with pytest.raises(DeadlineInputError) as caught:
        due("Mohammed", d("2025-01-03"))
    assert caught.value.field == "rule"
    assert "Mohammed" not in caught.value.message
    assert "be-udn-subsequent" in caught.value.message


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2025-08-10", date(2025, 8, 10)),
        (" 2024-02-29 ", date(2024, 2, 29)),
        ("2025-08-10T14:30", datetime(2025, 8, 10, 14, 30)),
        ("2025-08-10T00:00", datetime(2025, 8, 10, 0, 0)),
    ],
)
def test_parse_notified(text: str, expected: date) -> None:
    value = parse_notified(text)
    assert value == expected and type(value) is type(expected)


@pytest.mark.parametrize(
    "text", ["2024-02-30", "2025-02-29", "2025-13-01", "2025-08-10T25:00", "2025-08-10T12:60"]
)
def test_impossible_dates_are_refused_by_name(text: str) -> None:
    with pytest.raises(DeadlineInputError) as caught:
        parse_notified(text)
    assert caught.value.field == "notified_at"
    assert caught.value.message == f"Notification date: {text} is not a real date."


@pytest.mark.parametrize(
    "text", ["", "10/08/2025", "2025-8-10", "2025-08-10 14:30", "2025-08-10T14:30:00",
             "2025-08-10T14:30+02:00", "Amina Diallo", "٢٠٢٥-٠٨-١٠"],
)
def test_malformed_text_is_refused_without_repeating_it(text: str) -> None:
    with pytest.raises(DeadlineInputError) as caught:
        parse_notified(text)
    assert caught.value.field == "notified_at"
    assert caught.value.message.startswith("Notification date: write it as YYYY-MM-DD")
    if text:
        assert text not in caught.value.message


# --- properties of the Belgian day rules --------------------------------------------------

notifications = st.datetimes(min_value=datetime(2024, 1, 1), max_value=datetime(2035, 12, 20))
methods = st.sampled_from(list(NotificationMethod))
day_rules = st.sampled_from(sorted(BE_DAY_RULES))
PACKAGE_HOLIDAYS = holidays.country_holidays("BE", years=range(2024, 2037))


def is_working(day: date) -> bool:
    """An oracle independent of our data: the `holidays` package (its extra days are Sundays)."""
    return day.weekday() < 5 and day not in PACKAGE_HOLIDAYS


@settings(max_examples=400, deadline=None)
@given(notifications, day_rules, methods)
def test_day_rule_properties(notified: datetime, rule: str, method: NotificationMethod) -> None:
    result = due(rule, notified, method)
    period = BE_DAY_RULES[rule]
    day = notified.date()
    assert is_working(result.due)
    assert result.due >= result.naive_last_day >= day + timedelta(days=period)
    if method.by_post:
        assert result.start >= day + timedelta(days=3)
    else:
        assert result.start == day + timedelta(days=1)
    assert result.naive_last_day == result.start + timedelta(days=period - 1)
    # Moves only when the naive last day is not a working day, and to the FIRST working day.
    assert (result.due != result.naive_last_day) is (not is_working(result.naive_last_day))
    skipped = [result.naive_last_day + timedelta(days=i)
               for i in range((result.due - result.naive_last_day).days)]
    assert not any(is_working(between) for between in skipped)
    assert [when for when, _ in result.rolled_over] == skipped
    assert result.ends_at == datetime.combine(result.due + timedelta(days=1), time(0), BRUSSELS)


@settings(max_examples=200, deadline=None)
@given(notifications, notifications, day_rules)
def test_a_later_notification_never_gives_an_earlier_due_date(
    first: datetime, second: datetime, rule: str
) -> None:
    early, late = sorted((first, second))
    assert due(rule, early).due <= due(rule, late).due


@settings(max_examples=300, deadline=None)
@given(notifications, st.sampled_from(["fr-oqtf-cra", "fr-judge-order-appeal",
                                       "be-chamber-appeal"]))
def test_hour_rule_properties(notified: datetime, rule: str) -> None:
    result = due(rule, notified)
    hours = timedelta(hours=load_rules()[rule].period or 0)
    assert result.ends_at is not None
    # Never later than N real hours, and at most one (clock-change) hour earlier.
    assert hours - timedelta(hours=1) <= elapsed(result.notified, result.ends_at) <= hours
    by_clock = notified + hours
    if to_brussels(by_clock).replace(tzinfo=None) == by_clock:  # that clock time exists
        assert result.ends_at.timestamp() <= to_brussels(by_clock).timestamp()
    assert result.due == (result.ends_at - timedelta(microseconds=1)).date()


# --- patched data --------------------------------------------------------------------------


def test_a_patched_holiday_file_moves_the_deadline(tmp_path: Path) -> None:
    data = yaml.safe_load(HOLIDAYS_FILE.read_text(encoding="utf-8"))
    data["holidays"].append({"id": "test-day", "month": 8, "day": 18,
                             "name": {"en": "Test day", "fr": "Jour test", "nl": "Testdag"}})
    path = tmp_path / "holidays.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    result = due("be-udn-subsequent", d("2025-08-10"), calendar=load_holiday_calendar(path))
    assert result.due == d("2025-08-19")
    assert result.rolled_over[-1] == (d("2025-08-18"), "Test day")


# --- the strict rules loader ---------------------------------------------------------------


def shipped_rules() -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load(RULES_FILE.read_text(encoding="utf-8"))
    return data


def write_rules(tmp_path: Path, data: object) -> Path:
    path = tmp_path / "rules.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return path


def test_a_copy_of_the_shipped_rules_loads_and_computes(tmp_path: Path) -> None:
    rules = load_rules(write_rules(tmp_path, shipped_rules()))
    assert dict(rules) == dict(load_rules())
    assert due("be-udn-first", d("2025-01-03"), rules=rules).due == d("2025-01-13")


def rule_index(data: dict[str, Any], rule_id: str) -> int:
    return next(i for i, rule in enumerate(data["rules"]) if rule["id"] == rule_id)


@pytest.mark.parametrize(
    ("rule_id", "change", "field"),
    [
        ("be-udn-first", {"deadline_days": 10}, "deadline_days"),  # unknown key
        ("be-udn-first", {"source_url": None}, "source_url"),
        ("be-udn-first", {"source_url": "CCE website"}, "source_url"),
        ("be-udn-first", {"period": 0}, "period"),
        ("be-udn-first", {"period": True}, "period"),
        ("be-udn-first", {"period": "10"}, "period"),
        ("be-udn-first", {"unit": "weeks"}, "unit"),
        ("be-udn-first", {"unit": "hours"}, "unit"),
        ("be-udn-first", {"counting": "working-days"}, "counting"),
        ("be-udn-first", {"confidence": "certain"}, "confidence"),
        ("be-udn-first", {"last_verified": "last week"}, "last_verified"),
        ("be-udn-first", {"country": "be"}, "country"),
        ("be-udn-first", {"title": "  "}, "title"),
        ("be-udn-first", {"if_unsure_use": "be-nothing"}, "if_unsure_use"),
        ("be-udn-first", {"if_unsure_use": "be-udn-first"}, "if_unsure_use"),
        ("be-udn-first", {"refile_after_months": 1}, "refile_after_months"),
        ("be-release-request", {"period": 1}, "period"),
        ("be-release-request-again", {"refile_after_months": None}, "refile_after_months"),
        ("be-release-request", {"refile_after_months": 1}, "refile_after_months"),
        ("be-release-request", {"unit": "days"}, "unit"),
        ("fr-oqtf-cra", {"period_if_not_detained": 72}, "period_if_not_detained"),
        ("fr-oqtf-cra", {"unit": "days"}, "unit"),
    ],
)
def test_bad_rules_name_the_rule_and_the_field(
    tmp_path: Path, rule_id: str, change: dict[str, Any], field: str
) -> None:
    data = shipped_rules()
    data["rules"][rule_index(data, rule_id)].update(change)
    with pytest.raises(RulesFileError) as caught:
        load_rules(write_rules(tmp_path, data))
    assert (caught.value.rule_id, caught.value.field) == (rule_id, field)
    assert f"rule '{rule_id}'" in str(caught.value) and f"field '{field}'" in str(caught.value)


@pytest.mark.parametrize("field", ["source_url", "legal_basis", "confidence", "last_verified",
                                   "law_text_checked"])
def test_missing_source_fields(tmp_path: Path, field: str) -> None:
    data = shipped_rules()
    del data["rules"][rule_index(data, "be-asylum-detained")][field]
    with pytest.raises(RulesFileError) as caught:
        load_rules(write_rules(tmp_path, data))
    assert (caught.value.rule_id, caught.value.field) == ("be-asylum-detained", field)


def test_no_rule_claims_a_law_text_nobody_read() -> None:
    """The research behind the rules read guides and court pages, not Justel or Legifrance
    (the file's header): until someone reads the law's own text, every rule says so."""
    assert not [r.id for r in load_rules().values() if r.law_text_checked]


@pytest.mark.parametrize("field", ["period", "unit"])
def test_period_and_unit_must_be_written_even_when_null(tmp_path: Path, field: str) -> None:
    data = shipped_rules()
    del data["rules"][rule_index(data, "be-release-request")][field]  # null in the file
    with pytest.raises(RulesFileError, match="is missing") as caught:
        load_rules(write_rules(tmp_path, data))
    assert (caught.value.rule_id, caught.value.field) == ("be-release-request", field)

def test_file_level_problems(tmp_path: Path) -> None:
    data = shipped_rules()
    data["rules"].append(dict(data["rules"][0]))
    with pytest.raises(RulesFileError) as caught:
        load_rules(write_rules(tmp_path, data))
    assert (caught.value.rule_id, caught.value.field) == ("be-udn-first", "id")
    data = shipped_rules()
    data["rules"][0]["id"] = "UDN first"
    with pytest.raises(RulesFileError, match="'id'"):
        load_rules(write_rules(tmp_path, data))
    broken: object
    for broken in ({"rules": [], "version": 1}, {"rules": []}, ["rules"], {"rules": ["x"]}):
        with pytest.raises(RulesFileError):
            load_rules(write_rules(tmp_path, broken))
    bad_yaml = tmp_path / "bad.yaml"
    bad_yaml.write_text("rules: [\n", encoding="utf-8")
    with pytest.raises(RulesFileError, match="cannot read"):
        load_rules(bad_yaml)
    with pytest.raises(RulesFileError, match="cannot read"):
        load_rules(tmp_path / "missing.yaml")



def test_a_duplicated_key_is_refused_with_its_line(tmp_path: Path) -> None:
    """safe_load would let the second value win silently; the strict reader refuses it."""
    text = RULES_FILE.read_text(encoding="utf-8")
    twice = "    confidence: high\n    confidence: low\n"
    path = tmp_path / "rules.yaml"
    path.write_text(text.replace("    confidence: high\n", twice, 1), encoding="utf-8")
    with pytest.raises(RulesFileError) as caught:
        load_rules(path)
    assert (caught.value.rule_id, caught.value.field) == ("be-udn-first", "confidence")
    assert 'the key "confidence" is given twice' in str(caught.value)
    expected_line = text.splitlines().index("    confidence: high") + 2
    assert caught.value.line == expected_line
    assert f"line {expected_line}" in str(caught.value)
    path.write_text(text + "rules: []\n", encoding="utf-8")
    with pytest.raises(RulesFileError, match='"rules" is given twice'):
        load_rules(path)

def test_hour_rule_from_a_time_that_does_not_exist() -> None:
    """02:00 on 28 March 2032 is skipped by the clocks: count from its earliest reading."""
    from zoneinfo import ZoneInfo

    due = compute_due("fr-oqtf-cra", datetime(2032, 3, 28, 2, 0),
                      now=datetime(2032, 4, 1, tzinfo=UTC))
    assert due.ends_at is not None
    latest_safe = datetime(2032, 3, 30, 2, 0, tzinfo=ZoneInfo("Europe/Brussels"))
    assert due.ends_at.timestamp() <= latest_safe.timestamp()
