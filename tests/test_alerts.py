"""Which deadline alerts are due: thresholds, clock changes, no duplicates, what never alerts."""

from __future__ import annotations

import dataclasses
from datetime import UTC, date, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from locator.deadlines.alerts import (
    Alert,
    Threshold,
    Urgency,
    alerts_due,
    most_urgent_first,
    span,
    stage,
    threshold_times,
    urgency,
)
from locator.deadlines.counting import compute_due
from locator.deadlines.timers import Deadline, DeadlineState
from locator.model.dates import BRUSSELS

NOTIFIED = datetime(2025, 8, 10, 11, 0, tzinfo=BRUSSELS)  # Sunday; 5 days → Mon 18 Aug 2025


def make(rule: str = "be-udn-subsequent", notified: datetime = NOTIFIED, *, ident: int = 1,
         case_id: int = 7, conditional: bool = False,
         state: DeadlineState = DeadlineState.OPEN) -> Deadline:
    due = compute_due(rule, notified, now=notified + timedelta(days=1))
    return Deadline(id=ident, case_id=case_id, decision_id=1, rule=rule,
                    notified_at=notified.astimezone(UTC), method="hand", due=due.due,
                    ends_at=due.ends_at, conditional=conditional, state=state,
                    done_on=None, done_by="", reason="")


def utc(year: int, month: int, day: int, hour: int = 0, minute: int = 0) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=UTC)


def walk(deadlines: list[Deadline], start: datetime, end: datetime,
         step: timedelta = timedelta(minutes=10)) -> list[tuple[datetime, Alert]]:
    """Check every ``step`` like the app's timer does; return what was shown, when."""
    sent: set[tuple[int, str]] = set()
    shown: list[tuple[datetime, Alert]] = []
    now = start
    while now <= end:
        for alert in alerts_due(deadlines, now, sent):
            sent.add((alert.deadline_id, alert.threshold))
            shown.append((now, alert))
        now += step
    return shown


def test_the_worked_example_thresholds() -> None:
    deadline = make()
    assert deadline.due == date(2025, 8, 18)
    times = threshold_times(deadline)
    brussels = {t: at.astimezone(BRUSSELS).replace(tzinfo=None) for t, at in times.items()}
    assert brussels == {
        Threshold.INTERNAL_TARGET: datetime(2025, 8, 16, 0, 0),  # Saturday: aim date
        Threshold.HOURS_48: datetime(2025, 8, 17, 0, 0),
        Threshold.HOURS_24: datetime(2025, 8, 18, 0, 0),
        Threshold.LAST_DAY: datetime(2025, 8, 18, 0, 0),
        Threshold.OVERDUE: datetime(2025, 8, 19, 0, 0),  # the end of Monday, 24:00
    }


@pytest.mark.parametrize("now, expected", [
    (utc(2025, 8, 10, 9, 0), None),
    (utc(2025, 8, 15, 21, 59), None),
    (utc(2025, 8, 15, 22, 0), Threshold.INTERNAL_TARGET),
    (utc(2025, 8, 16, 21, 59), Threshold.INTERNAL_TARGET),
    (utc(2025, 8, 16, 22, 0), Threshold.HOURS_48),
    (utc(2025, 8, 17, 22, 0), Threshold.LAST_DAY),  # 24 h and the last day fall together
    (utc(2025, 8, 18, 21, 59), Threshold.LAST_DAY),
    (utc(2025, 8, 18, 22, 0), Threshold.OVERDUE),
    (utc(2026, 1, 1, 0, 0), Threshold.OVERDUE),
])
def test_stage_at_each_moment(now: datetime, expected: Threshold | None) -> None:
    assert stage(make(), now) == expected


def test_each_stage_alerts_once_in_order() -> None:
    shown = walk([make()], utc(2025, 8, 10, 9, 0), utc(2025, 8, 25))
    assert [(a.threshold, at) for at, a in shown] == [
        (Threshold.INTERNAL_TARGET, utc(2025, 8, 15, 22, 0)),
        (Threshold.HOURS_48, utc(2025, 8, 16, 22, 0)),
        (Threshold.LAST_DAY, utc(2025, 8, 17, 22, 0)),
        (Threshold.OVERDUE, utc(2025, 8, 18, 22, 0)),
    ]


def test_spring_clock_change_counts_real_hours() -> None:
    # Notified Wed 25 Mar 2026 → 5 days → Mon 30 Mar; clocks go forward on Sun 29 Mar.
    deadline = make(notified=datetime(2026, 3, 25, 15, 0, tzinfo=BRUSSELS))
    assert deadline.due == date(2026, 3, 30)
    times = threshold_times(deadline)
    assert times[Threshold.OVERDUE] == utc(2026, 3, 30, 22, 0)  # 24:00 summer time
    # 48 real hours earlier is 23:00 on Saturday (winter time), not midnight.
    assert times[Threshold.HOURS_48] == utc(2026, 3, 28, 22, 0)
    assert times[Threshold.HOURS_48].astimezone(BRUSSELS).hour == 23
    assert times[Threshold.INTERNAL_TARGET] == utc(2026, 3, 27, 23, 0)  # Sat 00:00 CET
    assert times[Threshold.LAST_DAY] == utc(2026, 3, 29, 22, 0)  # Mon 00:00 CEST
    assert urgency(deadline, utc(2026, 3, 28, 21, 59)) is Urgency.TARGET
    assert urgency(deadline, utc(2026, 3, 28, 22, 0)) is Urgency.HOURS_48
    shown = walk([deadline], utc(2026, 3, 25, 15), utc(2026, 4, 2))
    assert [a.threshold for _, a in shown] == [Threshold.INTERNAL_TARGET, Threshold.HOURS_48,
                                              Threshold.LAST_DAY, Threshold.OVERDUE]


def test_autumn_clock_change_hour_rule_alerts_each_stage_once() -> None:
    # France, 48 hours, handed over Sat 25 Oct 2025 10:00; clocks go back on Sun 26 Oct.
    deadline = make("fr-oqtf-cra", datetime(2025, 10, 25, 10, 0, tzinfo=BRUSSELS))
    assert deadline.ends_at == utc(2025, 10, 27, 8, 0)  # 09:00 winter time: the earlier reading
    assert deadline.due == date(2025, 10, 27)
    shown = walk([deadline], utc(2025, 10, 25, 8, 0), utc(2025, 10, 30))
    assert [(a.threshold, at) for at, a in shown] == [
        (Threshold.HOURS_48, utc(2025, 10, 25, 8, 0)),  # already ≤ 48 h when handed over
        (Threshold.HOURS_24, utc(2025, 10, 26, 8, 0)),
        (Threshold.LAST_DAY, utc(2025, 10, 26, 23, 0)),  # Mon 00:00 winter time
        (Threshold.OVERDUE, utc(2025, 10, 27, 8, 0)),
    ]


def test_autumn_clock_change_day_rule() -> None:
    # Notified Wed 22 Oct 2025 → Mon 27 Oct; the Sunday in between has 25 hours.
    deadline = make(notified=datetime(2025, 10, 22, 9, 0, tzinfo=BRUSSELS))
    times = threshold_times(deadline)
    assert times[Threshold.OVERDUE] == utc(2025, 10, 27, 23, 0)
    assert times[Threshold.HOURS_48] == utc(2025, 10, 25, 23, 0)  # Sun 01:00 summer time
    assert times[Threshold.INTERNAL_TARGET] == utc(2025, 10, 24, 22, 0)  # Sat 00:00 CEST
    assert times[Threshold.LAST_DAY] == times[Threshold.HOURS_24] == utc(2025, 10, 26, 23, 0)


def test_no_duplicates() -> None:
    deadline = make()
    now = utc(2025, 8, 18, 12, 0)
    sent: set[tuple[int, str]] = set()
    first = alerts_due([deadline, deadline], now, sent)  # the same deadline twice
    assert first == [Alert(1, 7, Threshold.LAST_DAY, False)]
    assert sent == set()  # the caller records what it showed
    sent.add((first[0].deadline_id, first[0].threshold))
    assert alerts_due([deadline], now, sent) == []
    assert alerts_due([deadline], now + timedelta(hours=5), sent) == []


def test_a_gap_alerts_only_the_latest_stage() -> None:
    deadline = make()
    sent: set[tuple[int, str]] = set()
    (alert,) = alerts_due([deadline], utc(2025, 8, 20), sent)  # laptop was off for days
    assert alert.threshold is Threshold.OVERDUE
    sent.add((alert.deadline_id, alert.threshold))
    shown = [a for hour in range(48)
             for a in alerts_due([deadline], utc(2025, 8, 20) + timedelta(hours=hour), sent)]
    assert shown == []  # never goes back to an earlier stage


def test_a_recomputed_later_due_date_alerts_again() -> None:
    sent = {(1, "overdue")}
    later = make(notified=datetime(2025, 8, 14, 11, 0, tzinfo=BRUSSELS))  # due Tue 19 Aug
    assert alerts_due([later], utc(2025, 8, 18, 12, 0), sent) == [
        Alert(1, 7, Threshold.HOURS_48, False)]


def test_startup_alerts_overdue_and_within_48_hours_once() -> None:
    now = utc(2025, 8, 17, 10, 0)  # Sunday morning
    overdue = make(ident=1, notified=datetime(2025, 8, 4, 9, 0, tzinfo=BRUSSELS))  # Mon 11 Aug
    soon = make(ident=2, case_id=8)  # ends Mon 18 Aug 24:00: 36 h left
    later = make(ident=3, case_id=9, notified=datetime(2025, 8, 15, 9, 0, tzinfo=BRUSSELS))
    shown = alerts_due([later, soon, overdue], now, set())
    assert [(a.deadline_id, a.case_id, a.threshold) for a in shown] == [
        (1, 7, Threshold.OVERDUE), (2, 8, Threshold.HOURS_48)]


def test_conditional_deadlines_alert_and_say_so() -> None:
    ten = make("be-udn-first", ident=4, conditional=True)  # due Wed 20 Aug
    (alert,) = alerts_due([ten], utc(2025, 8, 20, 12, 0), set())
    assert alert.conditional and alert.threshold is Threshold.LAST_DAY
    five = make(ident=5)
    both = alerts_due([ten, five], utc(2025, 8, 21), set())
    assert [(a.deadline_id, a.conditional) for a in both] == [(5, False), (4, True)]


@pytest.mark.parametrize("state", [DeadlineState.DONE, DeadlineState.NOT_APPLICABLE])
def test_filed_or_set_aside_never_alert(state: DeadlineState) -> None:
    deadline = make(state=state)
    for now in (utc(2025, 8, 16), utc(2025, 8, 18, 12), utc(2026, 1, 1)):
        assert alerts_due([deadline], now, set()) == []
        assert stage(deadline, now) is None


@pytest.mark.parametrize("rule", ["be-detention-max", "be-release-request"])
def test_information_only_kinds_never_alert(rule: str) -> None:
    info = make(rule)
    for now in (utc(2025, 8, 11), info_end(info) - timedelta(hours=1), utc(2027, 1, 1)):
        assert alerts_due([info], now, set()) == []
        assert urgency(info, now) is Urgency.INFO
    assert threshold_times(info) == {}


def info_end(deadline: Deadline) -> datetime:
    return datetime.combine(deadline.due, datetime.min.time(), tzinfo=BRUSSELS)


@pytest.mark.parametrize("now, band", [
    (utc(2025, 8, 12), Urgency.LATER),
    (utc(2025, 8, 15, 21, 59), Urgency.LATER),
    (utc(2025, 8, 15, 22, 0), Urgency.TARGET),
    (utc(2025, 8, 16, 21, 59), Urgency.TARGET),
    (utc(2025, 8, 16, 22, 0), Urgency.HOURS_48),  # exactly 48 h left
    (utc(2025, 8, 17, 22, 0), Urgency.HOURS_24),
    (utc(2025, 8, 18, 21, 59), Urgency.HOURS_24),
    (utc(2025, 8, 18, 22, 0), Urgency.OVERDUE),  # 24:00 has struck
])
def test_urgency_bands(now: datetime, band: Urgency) -> None:
    assert urgency(make(), now) is band


def test_most_urgent_first() -> None:
    info = make("be-detention-max", ident=1)
    ten_if = make("be-udn-first", ident=2, conditional=True)
    five = make(ident=3)
    early = make(ident=4, notified=datetime(2025, 8, 1, 9, 0, tzinfo=BRUSSELS))
    same_end = dataclasses.replace(make("be-udn-first", ident=5), conditional=False)
    ordered = most_urgent_first([info, ten_if, five, early, same_end])
    assert [d.id for d in ordered] == [4, 3, 5, 2, 1]


@pytest.mark.parametrize("delta, expected", [
    (timedelta(days=3, hours=4, minutes=59, seconds=59), (3, 4, 59, False)),
    (timedelta(minutes=-1), (0, 0, 1, True)),
    (-timedelta(days=2, hours=1), (2, 1, 0, True)),
    (timedelta(0), (0, 0, 0, False)),
])
def test_span(delta: timedelta, expected: tuple[int, int, int, bool]) -> None:
    got = span(delta)
    assert (got.days, got.hours, got.minutes, got.past) == expected


@settings(max_examples=150, deadline=None)
@given(
    rule=st.sampled_from(["be-udn-first", "be-udn-subsequent", "be-annulment-detained",
                          "fr-oqtf-cra", "fr-retention-placement"]),
    notified=st.datetimes(min_value=datetime(2024, 1, 1), max_value=datetime(2035, 12, 1)),
    hops=st.lists(st.integers(min_value=1, max_value=60 * 30), min_size=1, max_size=40),
)
def test_stages_only_rise_and_never_repeat(rule: str, notified: datetime,
                                           hops: list[int]) -> None:
    deadline = make(rule, notified.replace(tzinfo=BRUSSELS))
    order = list(Threshold)
    sent: set[tuple[int, str]] = set()
    seen: list[Threshold] = []
    now = deadline.notified_at
    for minutes in hops:
        now += timedelta(minutes=minutes * 10)
        for alert in alerts_due([deadline], now, sent):
            sent.add((alert.deadline_id, alert.threshold))
            seen.append(alert.threshold)
    assert [order.index(t) for t in seen] == sorted({order.index(t) for t in seen})
    final = stage(deadline, now)
    if final is not None:
        assert seen and seen[-1] is final
