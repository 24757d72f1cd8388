"""Helpers of the team tests (issue 16): real vaults sharing one real folder."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from locator.model.caseio import case_from_dict
from locator.model.cases import Case, Consent
from locator.storage import team as db
from locator.storage.vault import Vault
from locator.team import changefile, members
from locator.team.sync import Team
from locator.team.wire import wire_fields
from tests.helpers import marker_case


def consenting(marker: str, **changes: Any) -> Case:
    """A full case whose every free-text field holds ``marker``, consent to share with
    referents recorded yes."""
    case = case_from_dict(marker_case(marker))
    case.consent_share_referents = Consent.YES
    for name, value in changes.items():
        setattr(case, name, value)
    return case


def team_of(tmp: Path, names: tuple[str, ...]) -> tuple[Path, list[Vault]]:
    """A team folder and one vault per name; the first creates the team, the others join
    with an invitation code each."""
    folder = tmp / "team-folder"
    folder.mkdir()
    vaults = [Vault.create(tmp / f"{name}.locator", f"passphrase of {name} 1234")
              for name in names]
    members.create_team(vaults[0], folder, names[0])
    for name, vault in zip(names[1:], vaults[1:], strict=True):
        members.join(vault, folder, members.invite(vaults[0]), name)
    return folder, vaults


def shared_state(vault: Vault) -> dict[str, Any]:
    """Every shared case of a vault by its team id: its fields as carried, and the
    summaries of its timeline entries that people record (sorted)."""
    out: dict[str, Any] = {}
    for shared in db.shared_cases(vault.con):
        if shared.case_id is None:
            out[shared.uid] = "purged"
            continue
        case = vault.get_case(shared.case_id)
        closed = bool(db.closed_at(vault.con, shared.case_id))
        notes = sorted(e.summary for e in vault.events(shared.case_id) if e.kind.value == "note"
                       and "closed" not in e.data)
        out[shared.uid] = {"fields": wire_fields(case, closed), "notes": notes}
    return out


def payloads(vault: Vault, folder: Path) -> list[str]:
    """The text of every change file in the folder, decrypted with this vault's keys."""
    team = Team.load(vault)
    texts = []
    for path in sorted((folder / "streams").rglob("*.lct")):
        data = path.read_bytes()
        header = changefile.header_of(data, team.team)
        texts.append(json.dumps(changefile.open_payload(data, header,
                                                        team.keys.get(header.epoch)),
                                ensure_ascii=False))
    return texts
