"""``deadline``: compute one legal due date, no vault needed (cli.md)."""

from __future__ import annotations

import argparse
import json
from typing import Any

from locator.deadline_rules import load_rules
from locator.deadlines import compute_due, due_to_json, parse_notified


def cmd_deadline(args: argparse.Namespace) -> int:
    due = compute_due(args.rule, parse_notified(args.notified), args.method)
    data = due_to_json(due)
    if args.json:
        print(json.dumps(data, ensure_ascii=False, indent=2))
    else:
        ends = f", ends {data['ends_at']}" if data.get("ends_at") else ""
        print(f"{due.title}: {data['due']}{ends}")
        print(f"Legal basis: {due.basis}")
        print("Confirm with a lawyer today — a late appeal is lost.")
    return 0


def register(sub: Any) -> None:
    rules = sorted(load_rules())
    p = sub.add_parser("deadline", help="compute one due date (needs no vault)")
    p.add_argument("--rule", required=True, metavar="RULE_ID",
                   help=f"one of: {', '.join(rules)}")
    p.add_argument("--notified", required=True, metavar="DATE[THH:MM]")
    p.add_argument("--method", default="hand", choices=["hand", "registered", "post"])
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_deadline)
