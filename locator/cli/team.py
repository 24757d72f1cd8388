"""``team create|invite|join|share|status|sync|remove|choose``: sharing cases with a team
over a synced folder (locator.team)."""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from datetime import datetime
from pathlib import Path
from typing import Any

from locator.cli.vaults import UserError, open_vault
from locator.model.dates import format_local
from locator.team import invitation, members, status, sync


def _when(moment: datetime | None) -> str:
    return format_local(moment) if moment is not None else "never"


def _print_report(report: sync.SyncReport) -> None:
    print(f"Wrote {report.published} change(s) of this device; applied {report.applied} "
          f"file(s) of others ({report.changes} change(s)).")
    if report.conflicts:
        print(f"{report.conflicts} new conflict(s): see `locator team status`.")
    if report.waiting:
        print(f"{report.waiting} file(s) wait for another one to arrive (sync again later).")
    for refused in report.refused:
        print(refused.message, file=sys.stderr)


def cmd_create(args: argparse.Namespace) -> int:
    with open_vault(args) as vault:
        members.create_team(vault, args.folder, args.name)
    print(f"Team created in {args.folder}. Invite members with `locator team invite`; share a "
          "case with `locator team share CASE`.")
    return 0


def cmd_invite(args: argparse.Namespace) -> int:
    with open_vault(args) as vault:
        code = members.invite(vault)
    print(f"Invitation code (read it out, once; it works for one device): {code}")
    if args.qr:
        print(invitation.qr_terminal(code))
    print("On the other device: `locator team join FOLDER --name NAME`, then type the code.")
    return 0


def _code() -> str:
    env = os.environ.get("LOCATOR_TEAM_CODE")
    if env is not None:
        return env
    if not sys.stdin.isatty():
        line = sys.stdin.readline().strip()
        if line:
            return line
        raise UserError("No invitation code: type it, or set LOCATOR_TEAM_CODE.")
    return getpass.getpass("Invitation code: ")


def cmd_join(args: argparse.Namespace) -> int:
    code = _code()
    with open_vault(args) as vault:
        report = members.join(vault, args.folder, code, args.name)
    print("Joined the team.")
    _print_report(report)
    return 0 if not report.refused else 1


def cmd_share(args: argparse.Namespace) -> int:
    with open_vault(args) as vault:
        members.share_case(vault, args.id, not args.stop,
                           attachments=True if args.attachments else None)
        report = sync.sync(vault) if not args.stop else None
    if args.stop:
        print(f"Case {args.id} is no longer shared from this device (the others keep what "
              "they had).")
    else:
        print(f"Case {args.id} is shared with the team.")
    if report is not None:
        _print_report(report)
    return 0


def cmd_sync(args: argparse.Namespace) -> int:
    with open_vault(args) as vault:
        report = sync.sync(vault)
    _print_report(report)
    return 0 if not report.refused else 1


def _status_json(found: status.TeamStatus) -> dict[str, Any]:
    return {
        "folder": found.folder, "me": found.me, "removed": found.removed,
        "unseen_files": found.unseen_files,
        "members": [{"name": m.name, "device": m.device, "this_device": m.this_device,
                     "removed": m.removed, "has_all_mine": m.has_all_mine,
                     "last_seen": format_local(m.last_seen) if m.last_seen else None}
                    for m in found.members],
        "cases": [{"case_id": c.case_id, "shared": c.shared, "changed_by": c.changed_by,
                   "changed_at": format_local(c.changed_at) if c.changed_at else None}
                  for c in found.cases],
        "conflicts": [{"id": c.id, "case_id": c.case_id, "field": c.field, "kept": c.kept,
                       "kept_by": c.kept_by, "other": c.other, "other_by": c.other_by}
                      for c in found.conflicts],
    }


def cmd_status(args: argparse.Namespace) -> int:
    with open_vault(args) as vault:
        found = status.status(vault)
    if args.json:
        print(json.dumps(_status_json(found), ensure_ascii=False, indent=2))
        return 0
    print(f"Team folder: {found.folder}")
    if found.removed:
        print("This device was removed from the team: it no longer writes or reads changes.")
    if found.has_unshared_changes:
        print(f"This device has changes no one else has yet ({found.unseen_files} file(s)).")
    else:
        print("Every other member has this device's changes.")
    for m in found.members:
        if m.this_device:
            print(f"  {m.name} (this device)")
            continue
        state = "removed" if m.removed else (
            "has everything from this device" if m.has_all_mine else "waits for changes")
        print(f"  {m.name}: last seen {_when(m.last_seen)}, {state}")
    for shared in found.cases:
        print(f"case {shared.case_id}: last changed by {shared.changed_by or '?'} "
              f"on {_when(shared.changed_at)}"
              + ("" if shared.shared else " (not shared from this device)"))
    for c in found.conflicts:
        print(f"conflict {c.id}, case {c.case_id}, {c.field}: kept {c.kept!r} ({c.kept_by}); "
              f"other {c.other!r} ({c.other_by}). "
              f"`locator team choose {c.id} kept|other` settles it.")
    return 0


def cmd_remove(args: argparse.Namespace) -> int:
    with open_vault(args) as vault:
        member = members.remove(vault, args.member)
    print(f"{member.name} was removed: their later files are refused and a new team key is "
          "used from now on. What they already had stays with them.")
    return 0


def cmd_choose(args: argparse.Namespace) -> int:
    with open_vault(args) as vault:
        status.choose(vault, args.conflict, take_other=args.value == "other")
    print("Conflict settled.")
    return 0


def register(sub: Any) -> None:
    team = sub.add_parser("team", help="share cases with a team over a synced folder")
    commands = team.add_subparsers(dest="team_command", required=True, metavar="ACTION")
    p = commands.add_parser("create", help="make a team in a synced folder")
    p.add_argument("folder", type=Path)
    p.add_argument("--name", required=True, help="how the team sees this device's member")
    p.set_defaults(handler=cmd_create)
    p = commands.add_parser("invite", help="a one-time invitation code for a new member")
    p.add_argument("--qr", action="store_true", help="also draw the code as a QR code")
    p.set_defaults(handler=cmd_invite)
    p = commands.add_parser("join", help="join with an invitation code (asked, or on stdin)")
    p.add_argument("folder", type=Path)
    p.add_argument("--name", required=True)
    p.set_defaults(handler=cmd_join)
    p = commands.add_parser("share", help="share a case (needs the consent to share with "
                                          "referents recorded yes)")
    p.add_argument("id", type=int)
    p.add_argument("--stop", action="store_true", help="stop sharing it from this device")
    p.add_argument("--attachments", action="store_true",
                   help="its photos and scans go along too (not without this)")
    p.set_defaults(handler=cmd_share)
    p = commands.add_parser("status", help="members, cases, conflicts")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_status)
    commands.add_parser("sync", help="write this device's changes, apply the others'"
                        ).set_defaults(handler=cmd_sync)
    p = commands.add_parser("remove", help="remove a member (and use a new team key)")
    p.add_argument("member", help="their name")
    p.set_defaults(handler=cmd_remove)
    p = commands.add_parser("choose", help="settle a conflict")
    p.add_argument("conflict", type=int)
    p.add_argument("value", choices=["kept", "other"])
    p.set_defaults(handler=cmd_choose)
