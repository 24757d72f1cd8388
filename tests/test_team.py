"""Issue 16: three real vaults sharing one real folder (no Syncthing here: the folder is
shared by being the same folder; tests/test_team_syncthing.py carries it for real)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from locator.model.cases import Case, Consent, Status
from locator.model.events import NoteAdded, record
from locator.storage import team as db
from locator.storage.vault import Vault
from locator.team import errors, members, status, sync
from locator.team.sync import Team
from tests.helpers import files_containing
from tests.team_fixtures import consenting, payloads, shared_state, team_of

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def three(tmp_path: Path) -> Iterator[tuple[Path, list[Vault]]]:
    folder, vaults = team_of(tmp_path, ("amina", "bram", "chloe"))
    yield folder, vaults
    for vault in vaults:
        vault.lock()


def _edit(vault: Vault, case_id: int, **changes: object) -> None:
    def change(case: Case) -> Case:
        for name, value in changes.items():
            setattr(case, name, value)
        return case

    vault.update_case(case_id, change)


def _local_id(vault: Vault, uid: str) -> int:
    found = [s.case_id for s in db.shared_cases(vault.con) if s.uid == uid]
    assert found and found[0] is not None, "the case did not arrive"
    return found[0]


def _settle(vaults: list[Vault], rounds: int = 3) -> None:
    for _ in range(rounds):
        for vault in vaults:
            report = sync.sync(vault)
            assert not report.refused, [r.message for r in report.refused]


def _snapshot(vault: Vault) -> list[object]:
    """Everything a sync could touch in a vault, to prove a refused file touched nothing."""
    con = vault.con
    tables = ["cases", "events", "decisions", "contacts", "deadlines", "team_fields",
              "team_cases", "team_members", "team_conflicts", "team_events", "team_keys"]
    return [list(map(tuple, con.execute(f"SELECT * FROM {t} ORDER BY 1"))) for t in tables]


ORDERS = [(0, 1, 2), (2, 1, 0), (1, 2, 0)]


@pytest.mark.parametrize("order", ORDERS, ids=["abc", "cba", "bca"])
def test_edits_on_each_in_any_order_converge(three: tuple[Path, list[Vault]],
                                             order: tuple[int, int, int]) -> None:
    _folder, vaults = three
    a, b, c = vaults
    first = a.save_case(consenting("ZQFIRST"))
    second = b.save_case(consenting("ZQSECOND", status=Status.DETAINED))
    uid1 = members.share_case(a, int(first.id or 0))
    uid2 = members.share_case(b, int(second.id or 0))
    for index in order:
        sync.sync(vaults[index])
    _settle(vaults)
    # each edits a different field of both cases, one adds a note, one closes a case
    _edit(a, _local_id(a, uid2), centre="vottem")
    _edit(b, _local_id(b, uid1), arrest_place="Gare du Midi")
    _edit(c, _local_id(c, uid1), notes="called the centre")
    record(c, _local_id(c, uid2), NoteAdded(), summary="visit planned for Tuesday")
    c.close_case(_local_id(c, uid2))
    for index in order:
        sync.sync(vaults[index])
    _settle(vaults)
    states = [shared_state(v) for v in vaults]
    assert states[0] == states[1] == states[2]
    one = states[0][uid1]["fields"]
    two = states[0][uid2]
    assert (one["arrest_place"], one["notes"]) == ("Gare du Midi", "called the centre")
    assert two["fields"]["centre"] == "vottem" and two["fields"]["closed"] is True
    assert two["notes"] == ["visit planned for Tuesday"]
    for vault in vaults:
        assert not status.status(vault).conflicts
        assert vault.integrity_problems() == []


def test_concurrent_edits_of_one_field_give_one_conflict(
        three: tuple[Path, list[Vault]]) -> None:
    _folder, vaults = three
    a, b, c = vaults
    uid = members.share_case(a, int(a.save_case(consenting("ZQCLASH")).id or 0))
    _settle(vaults)
    _edit(a, _local_id(a, uid), notes="amina's version")
    _edit(b, _local_id(b, uid), notes="bram's version")
    _settle(vaults)
    states = [shared_state(v) for v in vaults]
    assert states[0] == states[1] == states[2]
    for vault in vaults:
        found = status.status(vault).conflicts
        assert len(found) == 1, found
        conflict = found[0]
        assert conflict.field == "notes"
        assert {(conflict.kept, conflict.kept_by), (conflict.other, conflict.other_by)} == {
            ("amina's version", "amina"), ("bram's version", "bram")}
    kept = states[0][uid]["fields"]["notes"]
    # chloe takes the other value: a new change every member applies, settling it everywhere
    conflict = status.status(c).conflicts[0]
    status.choose(c, conflict.id, take_other=True)
    _settle(vaults)
    states = [shared_state(v) for v in vaults]
    assert states[0] == states[1] == states[2]
    assert states[0][uid]["fields"]["notes"] != kept
    assert [status.status(v).conflicts for v in vaults] == [[], [], []]


_KILLED_WRITER = """
import os, sys, time, pathlib
from locator.storage.vault import Vault
from locator.team import sync
real = pathlib.Path.write_bytes
def slow(self, data):  # half the file, made durable, then wait to be killed
    with open(self, "wb") as out:
        out.write(data[: len(data) // 2]); out.flush(); os.fsync(out.fileno())
        pathlib.Path(os.environ["SIGNAL"]).touch()
        time.sleep(60)
        out.write(data[len(data) // 2:])
    return len(data)
pathlib.Path.write_bytes = slow
vault = Vault.open(pathlib.Path(sys.argv[1]), bytes.fromhex(os.environ["KEY"]))
sync.sync(vault)
"""


def test_a_writer_killed_mid_file_leaves_nothing_half_applied(
        three: tuple[Path, list[Vault]], tmp_path: Path) -> None:
    folder, vaults = three
    a, b, c = vaults
    uids = [members.share_case(a, int(a.save_case(consenting(f"ZQKILL{n}")).id or 0))
            for n in range(30)]
    _settle(vaults)
    for n, uid in enumerate(uids):  # thirty cases changed: one file that the kill cuts
        _edit(a, _local_id(a, uid), notes=f"second visit {n} " + "x" * 2000)
    before_b = shared_state(b)
    path, key = a.path, a.key
    a.lock()
    signal_file = tmp_path / "half-written"
    child = subprocess.Popen(
        [sys.executable, "-c", _KILLED_WRITER, str(path)], cwd=ROOT,
        env={**os.environ, "KEY": key.hex(), "SIGNAL": str(signal_file)})
    try:
        deadline = time.monotonic() + 60
        while not signal_file.exists():
            assert child.poll() is None, "the writer ended before it was killed"
            assert time.monotonic() < deadline
            time.sleep(0.02)
        child.send_signal(signal.SIGKILL)
    finally:
        child.wait(30)
    assert child.returncode == -signal.SIGKILL
    stream = folder / "streams" / Team.load(b).device
    halves = [p for p in (folder / "streams").rglob("*") if p.name.endswith(".part")]
    assert halves, "the kill did not land mid-file"
    for vault in (b, c):
        report = sync.sync(vault)
        assert report.refused == [] and report.changes == 0
    assert shared_state(b) == before_b  # nothing of the cut file
    assert stream.is_dir()
    a = Vault.open(path, key)  # the writer again: its vault never counted the cut file
    try:
        _settle([a, b, c])
        states = [shared_state(v) for v in (a, b, c)]
        assert states[0] == states[1] == states[2]
        assert all(states[0][uid]["fields"]["notes"].startswith(f"second visit {n} ")
                   for n, uid in enumerate(uids))
        assert not [p for p in (folder / "streams").rglob("*") if p.name.endswith(".part")]
        assert [v.integrity_problems() for v in (a, b, c)] == [[], [], []]
    finally:
        a.lock()


def test_a_tampered_or_cut_file_is_refused_and_the_vault_untouched(
        three: tuple[Path, list[Vault]]) -> None:
    folder, vaults = three
    a, b, _c = vaults
    uid = members.share_case(a, int(a.save_case(consenting("ZQTAMPER")).id or 0))
    _settle(vaults)
    _edit(a, _local_id(a, uid), notes="the lawyer called back")
    sync.sync(a)
    newest = sorted((folder / "streams" / Team.load(a).device).glob("*.lct"))[-1]
    whole = newest.read_bytes()
    before = _snapshot(b)
    for broken in (whole[:100] + bytes([whole[100] ^ 1]) + whole[101:],  # one bit flipped
                   whole[:-10],  # cut short (a sync that has not finished)
                   whole[:40]):
        newest.write_bytes(broken)
        report = sync.sync(b)
        assert len(report.refused) == 1
        message = report.refused[0].message
        assert newest.name in message and "Nothing of it was applied" in message
        assert _snapshot(b) == before
    newest.write_bytes(whole)  # the whole file arrives: taken
    report = sync.sync(b)
    assert report.refused == [] and report.changes == 1
    assert shared_state(b)[uid]["fields"]["notes"] == "the lawyer called back"


def test_a_foreign_file_is_refused(three: tuple[Path, list[Vault]], tmp_path: Path) -> None:
    folder, vaults = three
    a, b, _c = vaults
    other_folder = tmp_path / "another-team"
    other_folder.mkdir()
    stranger = Vault.create(tmp_path / "stranger.locator", "a stranger's passphrase 99")
    try:
        members.create_team(stranger, other_folder, "stranger")
        stranger_uid = members.share_case(
            stranger, int(stranger.save_case(consenting("ZQSTRANGER")).id or 0))
        sync.sync(stranger)
        theirs = Team.load(stranger).device
        (folder / "streams" / theirs).mkdir()
        for path in (other_folder / "streams" / theirs).glob("*.lct"):
            (folder / "streams" / theirs / path.name).write_bytes(path.read_bytes())
    finally:
        stranger.lock()
    garbage = folder / "streams" / ("ab" * 16)
    garbage.mkdir()
    (garbage / "0000000000.lct").write_bytes(os.urandom(3000))
    before = _snapshot(b)
    report = sync.sync(b)
    reasons = sorted(str(r.params["reason"]) for r in report.refused)
    assert reasons == sorted([errors.FOREIGN, errors.NOT_A_CHANGE_FILE])
    assert _snapshot(b)[:5] == before[:5]  # no case, entry or deadline came in
    assert stranger_uid not in shared_state(b)
    # a member's file copied into another member's stream is refused too
    mine = sorted((folder / "streams" / Team.load(a).device).glob("*.lct"))
    bram = folder / "streams" / Team.load(b).device
    next_name = f"{len(list(bram.glob('*.lct'))):010d}.lct"
    (bram / next_name).write_bytes(mine[-1].read_bytes())
    report = sync.sync(vaults[2])
    assert errors.MISPLACED in [r.params["reason"] for r in report.refused]


def test_a_removed_member_s_later_files_are_refused(three: tuple[Path, list[Vault]]) -> None:
    folder, vaults = three
    a, b, c = vaults
    uid = members.share_case(a, int(a.save_case(consenting("ZQREMOVE")).id or 0))
    _settle(vaults)
    members.remove(a, "chloe")
    # chloe, offline, edits and publishes before she reads the folder
    _edit(c, _local_id(c, uid), notes="ZQAFTERREMOVAL written by chloe")
    sync.publish(c, Team.load(c))
    for vault in (a, b):
        report = sync.sync(vault)
        assert [r.params["reason"] for r in report.refused] == [errors.REMOVED_AUTHOR]
        assert shared_state(vault)[uid]["fields"]["notes"] != \
            "ZQAFTERREMOVAL written by chloe"
    # bram got the new key; what he writes now, chloe cannot read
    assert Team.load(b).epoch == Team.load(a).epoch == 1
    _edit(b, _local_id(b, uid), notes="ZQNEWKEY written by bram")
    sync.sync(b)
    report = sync.sync(c)
    assert Team.load(c).removed
    assert errors.NO_KEY in [r.params["reason"] for r in report.refused]
    assert shared_state(c)[uid]["fields"]["notes"] != "ZQNEWKEY written by bram"
    sync.sync(a)
    assert shared_state(a)[uid]["fields"]["notes"] == "ZQNEWKEY written by bram"


def test_a_case_without_referent_consent_never_reaches_the_folder(
        three: tuple[Path, list[Vault]]) -> None:
    folder, vaults = three
    a, _b, _c = vaults
    refused = a.save_case(consenting("ZQNOCONSENT", consent_share_referents=Consent.NOT_ASKED))
    with pytest.raises(errors.NoConsent):
        members.share_case(a, int(refused.id or 0))
    # consent withdrawn after sharing: nothing written after that reaches the folder
    later = a.save_case(consenting("ZQWITHDRAWN"))
    members.share_case(a, int(later.id or 0))
    _settle(vaults)
    _edit(a, int(later.id or 0), consent_share_referents=Consent.NO,
          notes="ZQAFTERNO private words")
    record(a, int(later.id or 0), NoteAdded(), summary="ZQAFTERNO note")
    _settle(vaults)
    texts = "\n".join(payloads(a, folder))
    assert "ZQWITHDRAWN" in texts  # the decrypting reader does see shared cases
    for vault in vaults[1:]:  # the others learn the withdrawal, and nothing else
        theirs = vault.get_case(_local_id(vault, db.case_uid(a.con, int(later.id or 0)) or ""))
        assert theirs.consent_share_referents is Consent.NO
        assert "ZQAFTERNO" not in theirs.notes
    for marker in ("ZQNOCONSENT", "ZQAFTERNO"):
        assert marker not in texts
        assert files_containing(folder, marker) == []
    assert files_containing(folder, "ZQWITHDRAWN") == []  # encrypted on disk


def test_purge_propagates_and_status_says_who_has_what(
        three: tuple[Path, list[Vault]]) -> None:
    _folder, vaults = three
    a, b, c = vaults
    case = a.save_case(consenting("ZQPURGE"))
    uid = members.share_case(a, int(case.id or 0))
    sync.sync(a)
    mine = status.status(a)
    assert mine.has_unshared_changes and mine.unseen_files >= 1
    _settle(vaults)
    mine = status.status(a)
    assert not mine.has_unshared_changes
    assert {m.name for m in mine.members} == {"amina", "bram", "chloe"}
    assert all(m.last_seen is not None for m in mine.members if not m.this_device)
    theirs = status.status(c)
    assert [(s.changed_by, s.case_id is not None) for s in theirs.cases] == [("amina", True)]
    b.purge_case(_local_id(b, uid))
    _settle(vaults)
    assert [shared_state(v)[uid] for v in vaults] == ["purged"] * 3
    assert a.case_count() == c.case_count() == 0
    assert files_containing(a.path.parent, "ZQPURGE") == []


def test_an_invitation_code_works_once(three: tuple[Path, list[Vault]],
                                       tmp_path: Path) -> None:
    folder, vaults = three
    a = vaults[0]
    code = members.invite(a)
    with pytest.raises(errors.WrongCode):
        members.join(Vault.create(tmp_path / "d.locator", "dora's passphrase 1234"), folder,
                     "0000-0000-0000-0000", "dora")
    dora = Vault.open_with_passphrase(tmp_path / "d.locator", "dora's passphrase 1234")
    members.join(dora, folder, code.lower().replace("-", " "), "dora")
    sync.sync(a)  # the inviter sees the joining: the invitation leaves the folder
    assert list((folder / "invites").glob("*.lci")) == []
    eve = Vault.create(tmp_path / "e.locator", "eve's passphrase 1234")
    with pytest.raises(errors.WrongCode):
        members.join(eve, folder, code, "eve")
    assert "dora" in {m.name for m in status.status(a).members}
    dora.lock()
    eve.lock()


def test_a_deadline_filed_on_one_device_is_filed_on_the_others(
        three: tuple[Path, list[Vault]]) -> None:
    _folder, vaults = three
    a, b, c = vaults
    case = a.save_case(consenting("ZQDEADLINE"))  # with a removal decision: deadlines start
    uid = members.share_case(a, int(case.id or 0))
    _settle(vaults)
    open_here = [d for d in b.deadlines(_local_id(b, uid)) if d.state.value == "open"]
    assert open_here, "the decision started no deadline on the other vaults"
    assert [d.rule for d in c.deadlines(_local_id(c, uid))] == \
        [d.rule for d in a.deadlines(int(case.id or 0))]
    chosen = open_here[0]
    b.mark_deadline_done(chosen.id, chosen.notified_at.date(), "Maître Dupont")
    _settle(vaults)
    for vault in (a, c):
        same = [d for d in vault.deadlines(_local_id(vault, uid)) if d.rule == chosen.rule]
        assert [(d.state.value, d.done_by) for d in same] == [("done", "Maître Dupont")]
    # nothing goes round again: one "done" entry per vault
    for vault in vaults:
        done = [e for e in vault.events(_local_id(vault, uid))
                if e.kind.value == "deadline" and e.data.get("action") == "done"]
        assert len(done) == 1


def test_a_newer_field_is_left_out_and_a_newer_format_refused(
        three: tuple[Path, list[Vault]]) -> None:
    from locator.team import changefile

    folder, vaults = three
    a, b, _c = vaults
    uid = members.share_case(a, int(a.save_case(consenting("ZQNEWER")).id or 0))
    _settle(vaults)
    team = Team.load(a)
    stream = folder / "streams" / team.device

    def write(payload: dict[str, object]) -> Path:
        seq = len(list(stream.glob("*.lct")))
        data = changefile.seal(payload, team=team.team, device=bytes.fromhex(team.device),
                               seq=seq, epoch=team.epoch, key=team.keys[team.epoch],
                               signing_key=team.signing_key)
        path = stream / f"{seq:010d}.lct"
        path.write_bytes(data)
        return path

    notes = db.fields(a.con, uid)["notes"].clock
    later = team.clock.tick()
    write({"v": 1, "at": later, "seen": {}, "records": [{"t": "case", "case": uid, "changes": [
        ["notes", "from a newer Locator", later, notes],
        ["favourite_colour", "blue", later, ""]]}]})
    report = sync.sync(b)
    assert report.refused == []
    assert shared_state(b)[uid]["fields"]["notes"] == "from a newer Locator"
    newer = write({"v": 2, "at": team.clock.tick(), "seen": {}, "records": []})
    report = sync.sync(b)
    assert [r.params["reason"] for r in report.refused] == [errors.UNREADABLE]
    assert newer.name in report.refused[0].message


def test_an_old_invitation_is_refused_and_leaves_the_folder(
        three: tuple[Path, list[Vault]], tmp_path: Path) -> None:
    from datetime import timedelta

    import locator.team.members as members_module

    folder, vaults = three
    a = vaults[0]
    sync.sync(a)  # the two used invitations leave the folder
    code = members.invite(a)
    (path,) = (folder / "invites").glob("*.lci")
    eve = Vault.create(tmp_path / "e.locator", "eve's passphrase 1234")
    try:
        # a week later (the invitation says when it ends; its file is a week old)
        lifetime = members_module.INVITATION_LIFETIME
        members_module.INVITATION_LIFETIME = timedelta(seconds=-1)
        try:
            stale = members.invite(a)
        finally:
            members_module.INVITATION_LIFETIME = lifetime
        with pytest.raises(errors.ExpiredCode):
            members.join(eve, folder, stale, "eve")
        week = time.time() - 8 * 24 * 3600
        os.utime(path, (week, week))
        sync.sync(a)
        assert not path.exists()
        with pytest.raises(errors.WrongCode):
            members.join(eve, folder, code, "eve")
    finally:
        eve.lock()


def test_photos_go_along_only_when_the_user_says_so(three: tuple[Path, list[Vault]]) -> None:
    folder, vaults = three
    a, b, c = vaults
    case_id = int(a.save_case(consenting("ZQPHOTO")).id or 0)
    a.add_attachment(case_id, "order.jpg", "image/jpeg", b"JPEG ZQPHOTOBYTES one")
    uid = members.share_case(a, case_id)
    _settle(vaults)
    assert b.attachments(_local_id(b, uid)) == []
    assert "ZQPHOTOBYTES" not in "".join(payloads(a, folder))
    members.share_case(a, case_id, attachments=True)
    a.add_attachment(case_id, "passport.png", "image/png", b"PNG ZQPHOTOBYTES two")
    _settle(vaults)
    for vault in (b, c):
        local = _local_id(vault, uid)
        got = {(i.filename, vault.attachment_data(i.id)) for i in vault.attachments(local)}
        assert got == {("order.jpg", b"JPEG ZQPHOTOBYTES one"),
                       ("passport.png", b"PNG ZQPHOTOBYTES two")}
    assert len(b.attachments(_local_id(b, uid))) == 2  # once each, not again at each sync
    assert files_containing(folder, "ZQPHOTOBYTES") == []


def test_a_purged_case_leaves_no_value_in_the_team_tables(
        three: tuple[Path, list[Vault]]) -> None:
    _folder, vaults = three
    a, b, _c = vaults
    case_id = int(a.save_case(consenting("ZQGONE")).id or 0)
    uid = members.share_case(a, case_id)
    _settle(vaults)
    _edit(a, case_id, notes="amina ZQGONE")
    _edit(b, _local_id(b, uid), notes="bram ZQGONE")
    _settle(vaults)
    assert status.status(a).conflicts
    a.purge_case(case_id)  # before any sync: the vault's own purge
    for table in ("team_fields", "team_conflicts"):
        rows = a.con.execute(f"SELECT * FROM {table}").fetchall()
        assert not [r for r in rows if "ZQGONE" in repr(tuple(r))], table
    _settle(vaults)
    for vault in vaults:
        dump = repr([tuple(r) for t in ("team_fields", "team_conflicts", "cases", "events")
                     for r in vault.con.execute(f"SELECT * FROM {t}")])
        assert "ZQGONE" not in dump


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_random_edits_and_syncs_in_random_orders_converge(
        three: tuple[Path, list[Vault]], seed: int) -> None:
    import random

    _folder, vaults = three
    rng = random.Random(seed)
    uids = [members.share_case(vaults[n % 3], int(
        vaults[n % 3].save_case(consenting(f"ZQRANDOM{n}")).id or 0)) for n in range(4)]
    _settle(vaults)
    values = {"notes": ["a", "b", "c", "d"], "centre": ["vottem", "brugge", "merksplas"],
              "arrest_place": ["Midi", "Nord", "Zaventem"]}
    for _step in range(40):
        vault = rng.choice(vaults)
        action = rng.random()
        uid = rng.choice(uids)
        if action < 0.6:
            name = rng.choice(sorted(values))
            _edit(vault, _local_id(vault, uid), **{name: rng.choice(values[name])})
        elif action < 0.7:
            record(vault, _local_id(vault, uid), NoteAdded(), summary=f"entry {_step}")
        elif action < 0.75:
            case_id = _local_id(vault, uid)
            vault.close_case(case_id, not db.closed_at(vault.con, case_id))
        else:
            assert sync.sync(vault).refused == []
    _settle(vaults, rounds=4)
    states = [shared_state(v) for v in vaults]
    assert states[0] == states[1] == states[2]
    # every device recorded the same fields in conflict, none of them silently
    fields_in_conflict = [sorted((c.field, c.kept, c.other) for c in status.status(v).conflicts)
                          for v in vaults]
    assert all(all(kept != other for _f, kept, other in found) for found in fields_in_conflict)


def test_a_quiet_device_is_still_seen(three: tuple[Path, list[Vault]],
                                      monkeypatch: pytest.MonkeyPatch) -> None:
    _folder, vaults = three
    a, b, _c = vaults
    _settle(vaults)
    seen = {m.name: m.last_seen for m in status.status(a).members}
    assert sync.sync(b).published == 0
    sync.sync(a)
    assert {m.name: m.last_seen for m in status.status(a).members} == seen  # nothing new
    monkeypatch.setattr(sync, "HEARTBEAT_S", -1)  # as if bram wrote nothing for six hours
    time.sleep(1.1)  # "last seen" is kept to the second
    sync.sync(b)
    sync.sync(a)
    now = {m.name: m.last_seen for m in status.status(a).members}
    assert now["bram"] is not None and seen["bram"] is not None and now["bram"] > seen["bram"]


def test_an_unchanged_case_is_skipped_and_any_change_still_found(
        three: tuple[Path, list[Vault]]) -> None:
    _folder, vaults = three
    a, b, _c = vaults
    case_id = int(a.save_case(consenting("ZQSKIP")).id or 0)
    uid = members.share_case(a, case_id)
    _settle(vaults)
    time.sleep(3.1)  # its last save is old enough: the next publish keeps its signature
    sync.sync(a)
    assert db.signatures(a.con)[uid][0] == db.signatures(a.con)[uid][1]
    _edit(a, case_id, notes="edited after the signature")
    sync.sync(a)  # within the same second as the edit, twice
    _edit(a, case_id, arrest_place="same second again")
    sync.sync(a)
    a.close_case(case_id)
    record(a, case_id, NoteAdded(), summary="a note after that")
    _settle(vaults)
    theirs = shared_state(b)[uid]
    assert (theirs["fields"]["notes"], theirs["fields"]["arrest_place"],
            theirs["fields"]["closed"]) == ("edited after the signature", "same second again",
                                            True)
    assert "a note after that" in theirs["notes"]
