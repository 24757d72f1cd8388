"""The headless command line (contract: shared/design/cli.md).

Exit 0 on success, 1 for a problem the user can fix (one line on stderr, no
traceback, never case data), 2 for wrong usage.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, TextIO

from locator import __version__
from locator.cli import deadlines as cli_deadlines
from locator.cli.vaults import UserError, open_vault, passphrase
from locator.model.caseio import case_from_dict, case_to_dict
from locator.model.cases import Case
from locator.model.dates import utc_now
from locator.model.errors import LocatorError, ValidationFailed
from locator.model.paths import default_vault_path
from locator.storage.vault import Vault

Handler = Callable[[argparse.Namespace], int]


def _read_json(source: str) -> Any:
    try:
        if source == "-":
            text = sys.stdin.read()
        else:
            text = Path(source).read_text(encoding="utf-8")
    except OSError as err:
        raise UserError(f"Cannot read the JSON file: {err.strerror}.") from None
    try:
        return json.loads(text)
    except json.JSONDecodeError as err:
        raise UserError(f"The JSON is not valid (line {err.lineno}, column {err.colno}).") \
            from None


def _centre_ids() -> frozenset[str]:
    from locator.centres.search import location_ids

    return location_ids()


def cmd_init(args: argparse.Namespace) -> int:
    Vault.create(args.vault, passphrase(confirm=True)).lock()
    print(f"Created an empty vault at {args.vault}")
    return 0


def cmd_add(args: argparse.Namespace) -> int:
    data = _read_json(args.json)
    items = data if isinstance(data, list) else [data]
    centres = _centre_ids()
    cases: list[Case] = []
    for index, item in enumerate(items):
        try:
            cases.append(case_from_dict(item, centres=centres))
        except ValidationFailed as err:
            where = f"case {index + 1}: " if isinstance(data, list) else ""
            raise UserError(where + err.message) from None
    with open_vault(args) as vault:
        for case_id in vault.add_cases(cases):
            print(case_id)
    return 0


def cmd_update(args: argparse.Namespace) -> int:
    data = _read_json(args.json)
    with open_vault(args) as vault:
        case = case_from_dict(data, vault.get_case(args.id), centres=_centre_ids())
        vault.save_case(case)
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    with open_vault(args) as vault:
        rows = vault.list_cases(args.query or "")
    if args.json:
        json.dump([{"id": r.id, "display_name": r.display_name,
                    "registered_name": r.registered_name,
                    "nationality_recorded": r.nationality_recorded, "status": r.status.value,
                    "centre": r.centre, "updated_at": r.updated_at.isoformat()} for r in rows],
                  sys.stdout, ensure_ascii=False, indent=2)
        print()
    else:
        for r in rows:
            print(f"{r.id:>6}  {r.display_name:<30}  {r.status.value:<18}  {r.centre or '-'}")
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    with open_vault(args) as vault:
        case = vault.get_case(args.id)
        data = case_to_dict(case)
        data["events"] = [{"at": e.at.isoformat(), "kind": e.kind.value, "summary": e.summary,
                           "recorded_by": e.recorded_by, "data": e.data}
                          for e in vault.events(args.id)]
        now = utc_now()
        data["deadlines"] = [cli_deadlines.deadline_json(d, now) for d in vault.deadlines(args.id)]
        data["attachments"] = [{"id": a.id, "filename": a.filename, "mime": a.mime,
                                "size": a.size} for a in vault.attachments(args.id)]
    if args.json:
        json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
        print()
    else:
        _print_human(data, sys.stdout)
    return 0


def _print_human(data: dict[str, Any], out: TextIO) -> None:
    for key, value in data.items():
        if value in ("", None, [], {}) or key == "events":
            continue
        out.write(f"{key}: {json.dumps(value, ensure_ascii=False)}\n")
    for event in data["events"]:
        out.write(f"  {event['at']}  {event['kind']}  {event['summary']}\n")


def cmd_check(args: argparse.Namespace) -> int:
    with open_vault(args) as vault:
        problems = vault.integrity_problems()
    if problems:
        print(f"The vault has {len(problems)} integrity problem(s); restore a backup.",
              file=sys.stderr)
        return 1
    print("The vault is sound.")
    return 0


def cmd_backup(args: argparse.Namespace) -> int:
    from locator.storage.backup import backup_to

    with open_vault(args) as vault:
        target = backup_to(vault, args.out)
    print(f"Encrypted backup written to {target} (it opens with the same passphrase).")
    return 0


def cmd_brief(args: argparse.Namespace) -> int:
    from locator.brief.case import brief_for_case
    from locator.brief.pdf import write_pdf
    from locator.brief.text import brief_text

    with open_vault(args) as vault:
        brief = brief_for_case(vault, args.id, lang=args.lang)
    write_pdf(brief, args.pdf)
    known, total, missing = brief.completeness
    if args.text:
        print(f"Subject: {brief.subject}\n")
        print(brief_text(brief))
    print(f"Brief written to {args.pdf} ({known} of {total} key facts known; "
          f"missing: {', '.join(missing) or 'none'}). The PDF is not encrypted.",
          file=sys.stderr if args.text else sys.stdout)
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="locator", description="Locator, headless.")
    parser.add_argument("--version", action="version", version=f"Locator {__version__}")
    parser.add_argument("--vault", type=Path, default=None,
                        help="vault file (default: $LOCATOR_VAULT or the app's own vault)")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def add(name: str, handler: Handler, help_text: str) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help_text)
        p.set_defaults(handler=handler)
        return p

    add("init", cmd_init, "create a new, empty vault")
    add("add", cmd_add, "add one case (JSON object) or many (JSON list)").add_argument(
        "--json", default="-", metavar="FILE|-")
    p = add("update", cmd_update, "change the given fields of one case")
    p.add_argument("id", type=int)
    p.add_argument("--json", required=True, metavar="FILE|-")
    p = add("list", cmd_list, "cases, most recently changed first")
    p.add_argument("--query", default="")
    p.add_argument("--json", action="store_true")
    p = add("show", cmd_show, "one case, with its timeline")
    p.add_argument("id", type=int)
    p.add_argument("--json", action="store_true")
    add("check", cmd_check, "integrity check; exit 0 when sound")
    p = add("brief", cmd_brief, "build the lawyer brief (PDF; --text also prints the email)")
    p.add_argument("id", type=int)
    p.add_argument("--pdf", type=Path, required=True, metavar="OUT.pdf")
    p.add_argument("--text", action="store_true")
    p.add_argument("--lang", choices=["en", "fr", "nl"], default=None,
                   help="labels' language (default: the case's language, else English)")
    add("backup", cmd_backup, "encrypted copy of the vault (same secret)").add_argument(
        "out", type=Path)
    cli_deadlines.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.vault is None:
        args.vault = default_vault_path()
    handler: Handler = args.handler
    try:
        return handler(args)
    except (LocatorError, UserError) as err:
        print(_one_line(err), file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 1
    except BrokenPipeError:  # output piped into `head` and the like
        sys.stdout = None  # nothing more can be written
        return 0


def _one_line(err: Exception) -> str:
    text = err.message if isinstance(err, LocatorError) else str(err)
    return " ".join(text.split())
