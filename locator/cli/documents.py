"""``read-document CASE ATTACHMENT [--json]``: read a photo or scan kept in a case and
print what it proposes, field by field, weakest first (nothing is saved: the app is
where a person accepts, corrects or rejects each value)."""

from __future__ import annotations

import argparse
import json
from typing import Any

from locator.cli.vaults import UserError, open_vault
from locator.documents.proposals import DOCUMENT_FIELDS
from locator.model.cases import CASE_FIELDS


def cmd_read_document(args: argparse.Namespace) -> int:
    from locator.documents.read import read_document

    with open_vault(args) as vault:
        vault.get_case(args.case)  # an unknown case: its own clear message
        if args.attachment not in {a.id for a in vault.attachments(args.case)}:
            raise UserError(f"Case {args.case} has no attachment number {args.attachment}. "
                            f"`locator show {args.case}` lists its attachments.")
        data = vault.attachment_data(args.attachment)
    reading = read_document(data)
    if args.json:
        print(json.dumps({"case": args.case, "attachment": args.attachment,
                          **reading.to_json()}, ensure_ascii=False, indent=2))
        return 0
    if not reading.proposals:
        print("Nothing could be read on this document. Try a sharper, straighter photo.")
        return 0
    for p in reading.proposals:
        flag = "" if p.certain else f"  — {p.reason}"
        print(f"{_label(p.field):<28} {p.value or '?':<30} {p.confidence:5.1f}{flag}")
    print("Nothing was saved: check each value in the app, beside the photo.")
    return 0


def _label(name: str) -> str:
    info = CASE_FIELDS.get(name)
    return info.label if info is not None and info.label else DOCUMENT_FIELDS.get(name, name)


def register(sub: Any) -> None:
    p = sub.add_parser("read-document",
                       help="read a photo or scan of a case on this computer and print what "
                            "it proposes (nothing is saved)")
    p.add_argument("case", type=int, metavar="CASE")
    p.add_argument("attachment", type=int, metavar="ATTACHMENT")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_read_document)
