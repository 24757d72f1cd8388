"""The headless command line (contract: shared/design/cli.md).

Exit 0 on success, 1 for a problem the user can fix (one line on stderr, no
traceback, never case data), 2 for wrong usage.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Callable, Collection, Sequence
from datetime import date, datetime
from enum import StrEnum
from pathlib import Path
from typing import Any, TextIO

from locator import __version__
from locator.cli import deadlines as cli_deadlines
from locator.cli import documents as cli_documents
from locator.cli import team as cli_team
from locator.cli.vaults import UserError, new_passphrase, open_vault
from locator.cli.words import (
    CliWords,
    centre_name,
    day_in_words,
    field_label,
    problems_text,
    value_word,
)
from locator.deadlines.timers import Deadline, DeadlineState
from locator.model.caseio import case_from_dict, case_to_dict
from locator.model.cases import (
    CASE_FIELDS,
    CONSENT_FIELDS,
    LAWYER_INFO,
    AttachmentInfo,
    Case,
    CaseNames,
    Event,
    EventKind,
)
from locator.model.dates import BRUSSELS, PartialDate, utc_now
from locator.model.errors import LocatorError, ValidationFailed
from locator.model.fieldinfo import Kind
from locator.model.paths import default_vault_path
from locator.procedure.names import fold
from locator.storage.exports import check_export_target
from locator.storage.vault import Vault
from locator.timeline.describe import describe

Handler = Callable[[argparse.Namespace], int]


def _no_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    seen: dict[str, Any] = {}
    for key, value in pairs:
        if key in seen:
            raise UserError("The JSON gives the same field twice in one object: give each "
                            "field once. Nothing was saved.")
        seen[key] = value
    return seen


def _read_json(source: str) -> Any:
    try:
        raw = sys.stdin.buffer.read() if source == "-" and hasattr(sys.stdin, "buffer") \
            else (sys.stdin.read().encode("utf-8", "surrogatepass") if source == "-"
                  else Path(source).read_bytes())
    except OSError as err:
        raise UserError(f"Cannot read the JSON file: {err.strerror}.") from None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as err:
        raise UserError(f"The JSON is not UTF-8 text (byte {err.start + 1} cannot be read). "
                        "Save it as UTF-8. Nothing was saved.") from None
    try:
        return _only_text(json.loads(text, object_pairs_hook=_no_duplicate_keys))
    except json.JSONDecodeError as err:
        raise UserError(f"The JSON is not valid (line {err.lineno}, column {err.colno}).") \
            from None
    except RecursionError:
        raise UserError("The JSON is nested too deeply to be a case. Nothing was saved.") \
            from None


def _only_text(data: Any) -> Any:
    """The parsed JSON, if every string in it is text: JSON may write half of a character
    (a lone surrogate, ``"\\ud800"``) that no file or database can hold."""
    stack = [data]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            try:
                item.encode("utf-8")
            except UnicodeEncodeError:
                raise UserError("The JSON holds half of a character (a lone \\ud800-\\udfff "
                                "escape): write whole characters. Nothing was saved.") from None
        elif isinstance(item, dict):
            stack.extend(item.keys())
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
    return data


def _photos_exist(case: Case, photos: Collection[int], where: str = "") -> None:
    """Every photo a decision points to is one of the case's own (else the link would
    dangle, and the database would refuse the whole case with a misleading message)."""
    for number, decision in enumerate(case.decisions, start=1):
        if decision.attachment_id is not None and decision.attachment_id not in photos:
            raise UserError(f'{where}Decision {number} ("decisions[{number - 1}]'
                            '.attachment_id") points to a photo this case does not have. '
                            "Nothing was saved.")


#: what a terminal would act on instead of printing: escapes, other controls, bidi overrides
_UNPRINTABLE = re.compile(r"[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def _printable(text: str) -> str:
    """Text for a terminal: every control character shown as a visible code (``\\x1b``),
    so case text can never move the cursor, recolour or rewrite the screen."""
    return _UNPRINTABLE.sub(lambda m: f"\\x{ord(m.group()):02x}" if ord(m.group()) < 0x100
                            else f"\\u{ord(m.group()):04x}", text)


def _centre_ids() -> frozenset[str]:
    from locator.centres.search import location_ids

    return location_ids()


def cmd_init(args: argparse.Namespace) -> int:
    Vault.create(args.vault, new_passphrase()).lock()
    print(f"Created an empty vault at {args.vault}")
    return 0


def cmd_add(args: argparse.Namespace) -> int:
    data = _read_json(args.json)
    items = data if isinstance(data, list) else [data]
    centres = _centre_ids()
    cases: list[Case] = []
    for index, item in enumerate(items):
        try:
            case = case_from_dict(item, centres=centres)
        except ValidationFailed as err:
            where = f"case {index + 1}: " if isinstance(data, list) else ""
            raise UserError(where + problems_text(err)) from None
        _photos_exist(case, (), f"case {index + 1}: " if isinstance(data, list) else "")
        cases.append(case)
    with open_vault(args) as vault:
        known = vault.case_names()
        ids = vault.add_cases(cases)
    for case_id in ids:
        print(case_id)
    for warning in _same_person_warnings(cases, ids, known):
        print(warning, file=sys.stderr)
    return 0


def _registered_key(last: str, first: str) -> str:
    """A registered name as the centres compare it: case, accents and word order aside."""
    words = [fold(word)[0] for word in f"{last} {first}".split()]
    return " ".join(sorted(w for w in words if w))


def _same_person_warnings(cases: Sequence[Case], ids: Sequence[int],
                          known: Sequence[CaseNames]) -> list[str]:
    """One line per new case whose registered name is already in the vault (or earlier in
    the same file). Both are kept: a namesake is possible. Ids only, never the name (the
    contract: no case data on stderr)."""
    seen: dict[str, int] = {}
    for names in known:
        key = _registered_key(names.registered_last_name, names.registered_first_name)
        if key:
            seen.setdefault(key, names.id)
    warnings = []
    for case, case_id in zip(cases, ids, strict=True):
        key = _registered_key(case.registered_last_name, case.registered_first_name)
        if not key:
            continue
        if key in seen:
            warnings.append(
                f"Case {case_id} has the same registered name as case {seen[key]}: it may be "
                f"the same person. Both are kept; compare them with `locator show {seen[key]}` "
                f"and `locator show {case_id}`.")
        else:
            seen[key] = case_id
    return warnings


def cmd_update(args: argparse.Namespace) -> int:
    data = _read_json(args.json)
    centres = _centre_ids()
    with open_vault(args) as vault:

        def change(current: Case) -> Case:
            case = case_from_dict(data, current, centres=centres)
            _photos_exist(case, {a.id for a in vault.attachments(args.id)})
            return case

        # read and written in one write transaction: a second writer cannot come between
        vault.update_case(args.id, change)
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
    elif not rows:
        print("No case matches." if args.query else "The vault has no case yet.")
    else:
        print(f"{'Case':>6}  {'Name':<30}  {'Situation':<20}  Centre")
        for r in rows:
            print(_printable(f"{r.id:>6}  {r.display_name:<30}  {value_word(r.status):<20}  "
                             f"{centre_name(r.centre) or '-'}"))
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    now = utc_now()
    with open_vault(args) as vault:
        case = vault.get_case(args.id)
        events = vault.events(args.id)
        deadlines = vault.deadlines(args.id)
        attachments = vault.attachments(args.id)
    if args.json:
        data = case_to_dict(case)
        data["events"] = [{"at": e.at.isoformat(), "kind": e.kind.value, "summary": e.summary,
                           "recorded_by": e.recorded_by, "data": e.data} for e in events]
        data["deadlines"] = [cli_deadlines.deadline_json(d, now) for d in deadlines]
        data["attachments"] = [{"id": a.id, "filename": a.filename, "mime": a.mime,
                                "size": a.size} for a in attachments]
        json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
        print()
    else:
        _print_human(case, events, deadlines, attachments, sys.stdout)
    return 0


def _moment(value: datetime) -> str:
    local = value.astimezone(BRUSSELS)
    return f"{day_in_words(local.date())} at {local:%H:%M}"


def _words(value: Any, kind_centre: bool = False) -> str:
    """A stored value as a person reads it (dates in words, enums as words)."""
    if isinstance(value, StrEnum):
        return value_word(value)
    if isinstance(value, datetime):
        return _moment(value)
    if isinstance(value, date):
        return day_in_words(value)
    if isinstance(value, PartialDate):
        return str(value)
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    return centre_name(value) if kind_centre else str(value)


def _line(out: TextIO, text: str) -> None:
    out.write(_printable(text) + "\n")


def _print_human(case: Case, events: Sequence[Event], deadlines: Sequence[Deadline],
                 attachments: Sequence[AttachmentInfo], out: TextIO) -> None:
    """The case as a person reads it: labels, words and dates in words (``--json`` keeps
    the keys and ISO dates of the contract)."""
    _line(out, f"Case {case.id}")
    for name, info in CASE_FIELDS.items():
        value = getattr(case, name)
        if value == info.empty() and name not in CONSENT_FIELDS:
            continue
        _line(out, f"{field_label(name)}: {_words(value, info.kind is Kind.CENTRE)}")
    lawyer = [f"{LAWYER_INFO[n].label}: {_words(getattr(case.lawyer, n))}"
              for n, info in LAWYER_INFO.items() if getattr(case.lawyer, n) != info.empty()]
    if lawyer:
        _line(out, "Lawyer — " + "; ".join(lawyer))
    for number, contact in enumerate(case.contacts, start=1):
        parts = [contact.name, value_word(contact.role), ", ".join(contact.phones), contact.email]
        _line(out, f"Contact {number}: " + ", ".join(p for p in parts if p))
    for number, decision in enumerate(case.decisions, start=1):
        parts = [value_word(decision.kind)]
        if decision.annexe:
            parts.append(f"annexe {decision.annexe}")
        if decision.notified_at is not None:
            parts.append(f"notified {_moment(decision.notified_at)}")
        parts.append(value_word(decision.notification_method))
        _line(out, f"Decision {number}: " + ", ".join(parts))
    for number, attempt in enumerate(case.deportation_attempts, start=1):
        parts = [day_in_words(attempt.date) if attempt.date else "day not known",
                 attempt.flight, attempt.destination, value_word(attempt.outcome)]
        _line(out, f"Deportation attempt {number}: " + ", ".join(p for p in parts if p))
    if deadlines:
        _line(out, "Deadlines:")
    for deadline in deadlines:
        rule = deadline.rule_info
        state = "" if deadline.state is DeadlineState.OPEN else f" ({value_word(deadline.state)})"
        _line(out, f"  {rule.title}: "
                  f"{cli_deadlines.due_text(rule, deadline.due, deadline.ends_at)}{state}")
    for attachment in attachments:
        _line(out, f"Photo or scan: {attachment.filename}")
    if events:
        _line(out, "Timeline:")
    words = CliWords()
    for event in events:
        local = event.at.astimezone(BRUSSELS)
        line = describe(event, words) or (
            "Case created" if event.kind is EventKind.CREATED else value_word(event.kind))
        _line(out, f"  {local:%Y-%m-%d %H:%M}  {line}")


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
    from locator.brief.rule_words import catalogue_rule_words
    from locator.brief.text import brief_text

    check_export_target(args.pdf, args.vault, replace=args.replace)
    with open_vault(args) as vault:
        brief = brief_for_case(vault, args.id, lang=args.lang,
                               rule_words=catalogue_rule_words)
    try:
        write_pdf(brief, check_export_target(args.pdf, args.vault, replace=args.replace))
    except OSError as err:
        raise UserError(f"The brief could not be written to {args.pdf.name}: "
                        f"{_os_reason(err)} Nothing was written.") from None
    known, total, missing = brief.completeness
    if args.text:
        print(f"Subject: {brief.subject}\n")
        print(brief_text(brief))
    still = ", ".join(field_label(name) for name in missing) or "none"
    print(f"Brief written to {args.pdf} ({known} of {total} key facts known; "
          f"still to find: {still}). The PDF is not encrypted.",
          file=sys.stderr if args.text else sys.stdout)
    return 0


def _os_reason(err: OSError) -> str:
    """Why a file could not be written, in words ("the disk is full.")."""
    from locator.storage.errors import write_reason

    return write_reason(err)


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
    p.add_argument("--replace", action="store_true",
                   help="write over an earlier brief of that name (never over the vault, a "
                        "backup or a file that is not a PDF)")
    p.add_argument("--lang", choices=["en", "fr", "nl"], default=None,
                   help="labels' language (default: the case's language, else English)")
    add("backup", cmd_backup, "encrypted copy of the vault (same secret)").add_argument(
        "out", type=Path)
    cli_deadlines.register(sub)
    cli_documents.register(sub)
    cli_team.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.vault is None:
        args.vault = default_vault_path()
    handler: Handler = args.handler
    try:
        return handler(args)
    except ValidationFailed as err:
        print(_one_line(UserError(problems_text(err))), file=sys.stderr)
        return 1
    except (LocatorError, UserError) as err:
        print(_one_line(err), file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 1
    except BrokenPipeError:  # output piped into `head` and the like
        sys.stdout = None  # nothing more can be written
        return 0


def run() -> int:
    """The ``locator`` program: :func:`main` in a process whose memory stays its own (no
    core dump holding the open vault's cases)."""
    from locator.storage.process import keep_memory_private

    keep_memory_private()
    return main()


def _one_line(err: Exception) -> str:
    text = err.message if isinstance(err, LocatorError) else str(err)
    return " ".join(text.split())
