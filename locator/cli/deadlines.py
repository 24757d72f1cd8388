"""``deadline``: compute one legal due date, no vault needed (cli.md)."""

from __future__ import annotations

import argparse
import json
from datetime import date, datetime, timedelta
from typing import Any

from locator.cli.vaults import open_vault
from locator.deadlines.counting import (
    START_OF_DAY_NOTE,
    compute_due,
    due_to_json,
    parse_notified,
)
from locator.deadlines.rules import DueKind, Rule, load_rules
from locator.deadlines.timers import Deadline
from locator.model.cases import NotificationMethod
from locator.model.dates import BRUSSELS, format_local, today_brussels, utc_now

_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")


def _day(value: date) -> str:
    return f"{_DAYS[value.weekday()]} {value.day} {_MONTHS[value.month - 1]} {value.year}"


def due_text(rule: Rule, due: date, ends_at: datetime | None) -> str:
    """The date in words, as its kind reads, with the hour it ends on the clock of the
    rule's country: "last day Friday 11 December 2026, until 24:00 (Belgian time)"
    (English, whatever the system's locale)."""
    if rule.kind is DueKind.NEXT_FILING:
        return f"can be filed from {_day(due)}"
    if rule.kind is DueKind.INDICATIVE:
        return f"reached on {_day(due)}"
    if ends_at is None:
        return f"last day {_day(due)}"
    clock = "French time" if rule.country == "FR" else "Belgian time"
    local = ends_at.astimezone(BRUSSELS)  # Paris keeps the same clock
    if local.date() == due + timedelta(days=1) and (local.hour, local.minute) == (0, 0):
        return f"last day {_day(due)}, until 24:00 ({clock})"
    return f"ends {_day(local.date())} at {local.hour:02d}:{local.minute:02d} ({clock})"


def cmd_deadline(args: argparse.Namespace) -> int:
    # a calculator may plan ahead: a future notification is counted, marked hypothetical
    # (recording a decision still refuses one)
    due = compute_due(args.rule, parse_notified(args.notified), args.method, allow_future=True)
    data = due_to_json(due)
    if args.json:
        print(json.dumps(data, ensure_ascii=False, indent=2))
    else:
        if due.hypothetical:
            print("HYPOTHETICAL: this notification date is in the future; this is a plan, "
                  "not a running deadline.")
        print(f"{due.title}: {due_text(load_rules()[args.rule], due.due, due.ends_at)}")
        if due.counted_from_start_of_day:
            print(START_OF_DAY_NOTE)
        print(f"Legal basis: {due.basis}")
        print("Confirm with a lawyer today — a late appeal is lost.")
    return 0


def register(sub: Any) -> None:
    rules = sorted(load_rules())
    p = sub.add_parser("deadline", help="compute one due date (needs no vault)")
    p.add_argument("--rule", required=True, metavar="RULE_ID",
                   help=f"one of: {', '.join(rules)}")
    p.add_argument("--notified", required=True, metavar="DATE[THH:MM]",
                   help="handed over; registered: first presented at the address; "
                        "registered_no_ack / post: handed to the post (the postmark); "
                        "a future date gives a hypothetical result")
    p.add_argument("--method", default=NotificationMethod.HAND.value,
                   choices=[method.value for method in NotificationMethod])
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_deadline)
    register_vault_commands(sub)


def deadline_json(deadline: Deadline, now: datetime) -> dict[str, Any]:
    rule = deadline.rule_info
    left = deadline.time_left(now)
    return {
        "id": deadline.id, "case_id": deadline.case_id, "rule": deadline.rule,
        "title": rule.title, "kind": rule.kind.value, "due": deadline.due.isoformat(),
        "ends_at": format_local(deadline.ends_at) if deadline.ends_at else None,
        "internal_target": deadline.internal_target.isoformat(),
        "hours_left": None if left is None else round(left.total_seconds() / 3600, 1),
        "conditional": deadline.conditional, "state": deadline.state.value,
        "basis": rule.legal_basis, "source_url": rule.source_url,
        "confidence": rule.confidence.value, "time_known": deadline.time_known,
    }


def cmd_deadlines(args: argparse.Namespace) -> int:
    now = utc_now()
    with open_vault(args) as vault:
        items = vault.deadlines(open_only=True)
        names = {c.id: c.display_name for c in vault.list_cases()}
    if args.within is not None:
        limit = today_brussels(now) + timedelta(days=args.within)
        items = [d for d in items if d.due <= limit]
    if args.json:
        print(json.dumps([{**deadline_json(d, now), "case": names.get(d.case_id, "")}
                          for d in items], ensure_ascii=False, indent=2))
        return 0
    for d in items:
        flag = f"  ({d.rule_info.condition})" if d.conditional else ""
        print(f"{d.due.isoformat()}  case {d.case_id:<5} {names.get(d.case_id, ''):<28} "
              f"{d.rule_info.title}{flag}")
    if items:
        print("Confirm with a lawyer today — a late appeal is lost.")
    elif args.within is not None:
        print(f"No open deadline ends in the next {args.within} days.")
    else:
        print("No open deadline.")
    return 0


def register_vault_commands(sub: Any) -> None:
    p = sub.add_parser("deadlines", help="open deadlines across all cases, most urgent first")
    p.add_argument("--within", type=int, metavar="DAYS", default=None)
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_deadlines)
