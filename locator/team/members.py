"""Making a team, inviting, joining, removing a member; choosing the cases it shares.

* **Create**: a random team id and team key (epoch 0), and this device's own keys: an
  Ed25519 key that signs its files and an X25519 key that receives new team keys. Its first
  file names it as the founder.
* **Invite**: a one-time code (read out, or shown as a QR code) locks the team's keys and
  members in ``invites/<random>.lci``; the inviter's stream records the invitation's token
  (hashed) so the members accept the device that uses it — once.
* **Join**: the code opens the invitation; the device writes its joining (its public keys,
  the token) as the first file of its own stream and reads every stream from the start,
  so it gets every shared case at once, not "when something changes".
* **Remove**: the member's files after the last one this device applied are refused, and a
  new team key is sent to each remaining member, sealed to their X25519 key: what is written
  after is unreadable to the removed device. What it already had stays with it: nobody can
  take back data from a laptop.
"""

from __future__ import annotations

import hashlib
import os
from datetime import timedelta
from pathlib import Path
from typing import Any

import nacl.public
import nacl.signing

from locator.model.cases import Case
from locator.model.dates import format_utc, parse_utc, utc_now
from locator.storage import team as db
from locator.storage.files import private_folder, written_whole
from locator.storage.vault import Vault
from locator.team import invitation
from locator.team.clock import Clock
from locator.team.errors import (
    AlreadyInTeam,
    ExpiredCode,
    FolderProblem,
    NoConsent,
    TeamsUnavailable,
    UnknownMember,
    WrongCode,
)
from locator.team.sync import (
    INVITES,
    STREAMS,
    SyncReport,
    Team,
    may_share,
    new_id,
    sync,
    write_file,
)

README = "locator-team.txt"
#: an invitation not used by then is refused by the joining device and removed from the
#: folder by the inviter's next sync
INVITATION_LIFETIME = timedelta(days=7)
_README_TEXT = (
    "This folder holds a Locator team's shared cases, encrypted. Each device writes only its "
    "own folder under streams/. Do not edit, rename or delete the files; sync the whole "
    "folder. Without the team key nothing here can be read.\n")


def _check_free(vault: Vault) -> None:
    if not db.available(vault.con):
        raise TeamsUnavailable()
    if db.get(vault.con, "team") is not None:
        raise AlreadyInTeam()


def _folder(folder: Path) -> Path:
    folder = Path(folder).expanduser()
    if not folder.is_dir():
        raise FolderProblem(reason="it is not a folder")
    if not os.access(folder, os.W_OK):
        raise FolderProblem(reason="it cannot be written")
    return folder.resolve()


def _new_device(vault: Vault, folder: Path, team_id: bytes, name: str,
                keys: dict[int, bytes]) -> Team:
    device = new_id()
    return Team(folder, team_id, device, name, os.urandom(32),
                bytes(nacl.public.PrivateKey.generate()), dict(keys), 0, Clock(device))


def _public(team: Team) -> tuple[bytes, bytes]:
    verify = bytes(nacl.signing.SigningKey(team.signing_key).verify_key)
    box = bytes(nacl.public.PrivateKey(team.box_secret).public_key)
    return verify, box


def create_team(vault: Vault, folder: Path, name: str) -> Team:
    """Make a new team in ``folder`` with this vault as its first member."""
    _check_free(vault)
    folder = _folder(folder)
    team = _new_device(vault, folder, os.urandom(16), name.strip() or "me", {0: os.urandom(32)})
    verify, box = _public(team)
    try:
        private_folder(folder / STREAMS)
        with written_whole(folder / README) as part:
            part.write_text(_README_TEXT, encoding="utf-8")
    except OSError as err:
        raise FolderProblem(reason=err.strerror or "it cannot be written") from None
    with vault.transaction() as con:
        team.save(con)
        db.add_member(con, team.device, team.name, verify, box)
        write_file(team, con, [{"t": "found", "name": team.name, "verify": verify.hex(),
                                "box": box.hex()}])
    return team


def invite(vault: Vault) -> str:
    """A new one-time invitation code; its invitation is written in the team folder."""
    team = Team.load(vault)
    code = invitation.new_code()
    invite_id, token = new_id(), os.urandom(32)
    roster = [{"device": m.device, "name": m.name, "verify": m.verify_key.hex(),
               "box": m.box_key.hex(), "removed_after": m.removed_after}
              for m in db.members(vault.con).values()]
    contents: dict[str, Any] = {
        "v": 1, "team": team.team.hex(), "invite": invite_id, "token": token.hex(),
        "keys": {str(e): k.hex() for e, k in team.keys.items()}, "members": roster,
        "expires": format_utc(utc_now() + INVITATION_LIFETIME)}
    data = invitation.lock(code, contents)
    token_hash = hashlib.sha256(token).digest()
    try:
        private_folder(team.folder / INVITES)
        with written_whole(team.folder / INVITES / f"{invite_id}.lci") as part:
            part.write_bytes(data)
    except OSError as err:
        raise FolderProblem(reason=err.strerror or "it cannot be written") from None
    with vault.transaction() as con:
        db.add_invite(con, invite_id, token_hash, team.device)
        write_file(team, con, [{"t": "invite", "invite": invite_id,
                                "token_hash": token_hash.hex()}])
    return code


def join(vault: Vault, folder: Path, code: str, name: str) -> SyncReport:
    """Join the team whose invitation in ``folder`` this code opens; then sync."""
    _check_free(vault)
    folder = _folder(folder)
    contents = None
    for path in sorted((folder / INVITES).glob("*.lci")) if (folder / INVITES).is_dir() else []:
        with path.open("rb") as handle:
            contents = invitation.unlock(handle.read(1 << 20), code)
        if contents is not None:
            break
    if contents is None:
        raise WrongCode()
    if parse_utc(str(contents.get("expires", ""))) < utc_now():
        raise ExpiredCode()
    try:
        keys = {int(e): bytes.fromhex(k) for e, k in contents["keys"].items()}
        team = _new_device(vault, folder, bytes.fromhex(contents["team"]),
                           name.strip() or "member", keys)
        verify, box = _public(team)
        with vault.transaction() as con:
            team.save(con)
            for m in contents["members"]:
                db.add_member(con, str(m["device"]), str(m["name"]), bytes.fromhex(m["verify"]),
                              bytes.fromhex(m["box"]))
                if m.get("removed_after") is not None:
                    db.remove_member(con, str(m["device"]), int(m["removed_after"]))
            db.add_member(con, team.device, team.name, verify, box)
            db.add_invite(con, str(contents["invite"]),
                          hashlib.sha256(bytes.fromhex(contents["token"])).digest(), "")
            db.use_invite(con, str(contents["invite"]), team.device)
            write_file(team, con, [{"t": "join", "name": team.name, "verify": verify.hex(),
                                    "box": box.hex(), "invite": contents["invite"],
                                    "token": contents["token"]}])
    except (KeyError, ValueError, TypeError):
        raise WrongCode() from None
    return sync(vault)


def find_member(vault: Vault, who: str) -> db.MemberRow:
    """A member by name, or by the start of their device id."""
    found = [m for m in db.members(vault.con).values()
             if m.name == who or (len(who) >= 6 and m.device.startswith(who))]
    if len(found) != 1:
        raise UnknownMember(name=who)
    return found[0]


def remove(vault: Vault, who: str) -> db.MemberRow:
    """Remove a member: their later files are refused, and a new team key goes to the
    others only. What they already had stays with them."""
    team = Team.load(vault)
    member = find_member(vault, who)
    if member.device == team.device:
        raise UnknownMember("This device cannot remove itself; ask another member.")
    new_key, epoch = os.urandom(32), team.epoch + 1
    sealed = {m.device: bytes(nacl.public.SealedBox(nacl.public.PublicKey(m.box_key))
                              .encrypt(new_key)).hex()
              for m in db.members(vault.con).values()
              if m.device != member.device and m.removed_after is None}
    with vault.transaction() as con:
        after = member.applied
        db.remove_member(con, member.device, after)
        record = {"t": "remove", "device": member.device, "after": after, "epoch": epoch,
                  "keys": sealed}
        write_file(team, con, [record])  # under the old key: the others learn the new one
        team.keys[epoch] = new_key
        team.save(con)
    return member


def share_case(vault: Vault, case_id: int, shared: bool = True, *,
               attachments: bool | None = None) -> str:
    """Mark a case shared with the team (refused without the person's consent to share
    with referents); its id in the team. Published at the next sync. Its photos and scans
    go along only with ``attachments`` (None: as chosen before; at first, not)."""
    Team.load(vault)
    case: Case = vault.get_case(case_id)
    if shared and not may_share(case):
        raise NoConsent(case_id=case_id)
    with vault.transaction() as con:
        uid = db.case_uid(con, case_id)
        if uid is None:
            if not shared:
                return ""
            uid = new_id()
        db.share(con, uid, case_id, shared)
        if attachments is not None:
            db.share_attachments(con, uid, attachments)
    return uid
