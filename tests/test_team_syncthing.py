"""Issue 16, slow: two real Syncthing instances (Debian ``syncthing``) on loopback carry a
team folder between two vaults. Each instance has its own home in tmp (``syncthing
generate``), is configured through its REST API with its API key (no global or local
discovery, no relays, no NAT traversal, no usage report), and shares one folder with the
other."""

from __future__ import annotations

import json
import os
import secrets
import shutil
import signal
import socket
import subprocess
import time
import urllib.request
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from locator.storage import team as db
from locator.storage.vault import Vault
from locator.team import members, status, sync
from tests.team_fixtures import consenting, shared_state

pytestmark = [pytest.mark.slow,
              pytest.mark.skipif(shutil.which("syncthing") is None,
                                 reason="Debian syncthing is not installed")]
FOLDER_ID = "locator-team"


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass
class Instance:
    home: Path
    gui: int
    listen: int
    api_key: str
    process: subprocess.Popen[bytes] | None = None
    device_id: str = ""

    def call(self, method: str, path: str, body: Any = None) -> Any:
        data = None if body is None else json.dumps(body).encode()
        request = urllib.request.Request(
            f"http://127.0.0.1:{self.gui}{path}", data=data, method=method,
            headers={"X-API-Key": self.api_key, "Content-Type": "application/json"})
        with urllib.request.urlopen(request, timeout=10) as response:
            text = response.read()
        return json.loads(text) if text.strip() else None


def _start(tmp: Path, name: str) -> Instance:
    home = tmp / f"syncthing-{name}"
    env = {**os.environ, "STNODEFAULTFOLDER": "1", "STNOUPGRADE": "1", "HOME": str(tmp)}
    subprocess.run(["syncthing", "generate", f"--home={home}", "--no-default-folder"],
                   check=True, capture_output=True, env=env, timeout=60)
    inst = Instance(home, _free_port(), _free_port(), secrets.token_hex(16))
    with (tmp / f"syncthing-{name}.log").open("wb") as log:  # the child keeps its copy
        inst.process = subprocess.Popen(
            ["syncthing", "serve", f"--home={home}", "--no-browser", "--no-restart",
             f"--gui-address=127.0.0.1:{inst.gui}", f"--gui-apikey={inst.api_key}",
             "--logfile=-"], stdout=log, stderr=subprocess.STDOUT, env=env,
            start_new_session=True)
    _wait(lambda: _alive(inst), 60, f"syncthing {name} did not start")
    inst.device_id = inst.call("GET", "/rest/system/status")["myID"]
    inst.call("PATCH", "/rest/config/options", {
        "globalAnnounceEnabled": False, "localAnnounceEnabled": False,
        "relaysEnabled": False, "natEnabled": False, "urAccepted": -1,
        "autoUpgradeIntervalH": 0, "crashReportingEnabled": False,
        "listenAddresses": [f"tcp://127.0.0.1:{inst.listen}"]})
    options = inst.call("GET", "/rest/config/options")
    assert not (options["globalAnnounceEnabled"] or options["localAnnounceEnabled"]
                or options["relaysEnabled"] or options["natEnabled"])
    assert options["listenAddresses"] == [f"tcp://127.0.0.1:{inst.listen}"]
    return inst


def _alive(inst: Instance) -> bool:
    try:
        inst.call("GET", "/rest/system/ping")
    except OSError:
        return False
    return True


def _wait(ready: Callable[[], bool], seconds: float, message: str) -> None:
    deadline = time.monotonic() + seconds
    while not ready():
        if time.monotonic() > deadline:
            raise AssertionError(message)
        time.sleep(0.3)


def _pair(one: Instance, other: Instance, folder: Path) -> None:
    one.call("POST", "/rest/config/devices", {
        "deviceID": other.device_id, "name": "peer",
        "addresses": [f"tcp://127.0.0.1:{other.listen}"], "autoAcceptFolders": False})
    one.call("POST", "/rest/config/folders", {
        "id": FOLDER_ID, "label": "team", "path": str(folder), "type": "sendreceive",
        "devices": [{"deviceID": one.device_id}, {"deviceID": other.device_id}],
        "rescanIntervalS": 2, "fsWatcherEnabled": True, "fsWatcherDelayS": 1})


@pytest.fixture
def two_syncthings(tmp_path: Path) -> Iterator[tuple[Instance, Instance, Path, Path]]:
    left_dir, right_dir = tmp_path / "left-folder", tmp_path / "right-folder"
    left_dir.mkdir()
    right_dir.mkdir()
    started: list[Instance] = []
    try:
        left = _start(tmp_path, "left")
        started.append(left)
        right = _start(tmp_path, "right")
        started.append(right)
        _pair(left, right, left_dir)
        _pair(right, left, right_dir)
        _wait(lambda: left.call("GET", "/rest/system/connections")["connections"]
              .get(right.device_id, {}).get("connected", False), 90,
              "the two syncthings did not connect on loopback")
        yield left, right, left_dir, right_dir
    finally:
        for inst in started:
            if inst.process is not None and inst.process.poll() is None:
                os.killpg(inst.process.pid, signal.SIGTERM)
                try:
                    inst.process.wait(20)
                except subprocess.TimeoutExpired:
                    os.killpg(inst.process.pid, signal.SIGKILL)


def _arrived(both: tuple[Instance, Instance], vault: Vault, want: Callable[[Vault], bool],
             seconds: float = 120) -> None:
    def ready() -> bool:
        for inst in both:
            inst.call("POST", f"/rest/db/scan?folder={FOLDER_ID}")
        sync.sync(vault)
        return want(vault)

    _wait(ready, seconds, "the change did not arrive through syncthing")


def test_two_syncthings_carry_changes_between_two_vaults(
        two_syncthings: tuple[Instance, Instance, Path, Path], tmp_path: Path) -> None:
    left, right, left_dir, right_dir = two_syncthings
    amina = Vault.create(tmp_path / "amina.locator", "amina's passphrase 1234")
    bram = Vault.create(tmp_path / "bram.locator", "bram's passphrase 1234")
    try:
        members.create_team(amina, left_dir, "amina")
        case = amina.save_case(consenting("ZQSYNCTHING"))
        uid = members.share_case(amina, int(case.id or 0))
        sync.sync(amina)
        code = members.invite(amina)
        # the invitation reaches the other side through syncthing, then bram joins there
        _wait(lambda: any((right_dir / "invites").glob("*.lci")) if
              (right_dir / "invites").is_dir() else False, 120,
              "the invitation did not arrive")
        _wait(lambda: len(list((right_dir / "streams").rglob("*.lct"))) >= 3, 120,
              "amina's files did not arrive")
        members.join(bram, right_dir, code, "bram")
        assert uid in shared_state(bram)
        # bram edits; amina gets it through syncthing
        bram_id = next(s.case_id for s in db.shared_cases(bram.con) if s.uid == uid)

        def change(c: Any) -> Any:
            c.notes = "found in Merksplas by bram"
            return c

        bram.update_case(int(bram_id or 0), change)
        sync.sync(bram)
        _arrived((left, right), amina, lambda v: shared_state(v)[uid]["fields"]["notes"]
                 == "found in Merksplas by bram")
        # and amina's next change goes back the other way
        def move(c: Any) -> Any:
            c.centre = "vottem"
            return c

        amina.update_case(int(case.id or 0), move)
        sync.sync(amina)
        _arrived((left, right), bram,
                 lambda v: shared_state(v)[uid]["fields"]["centre"] == "vottem")
        _arrived((left, right), amina, lambda v: not status.status(v).has_unshared_changes)
        assert shared_state(amina) == shared_state(bram)
        assert not [p for p in left_dir.rglob("*") if p.is_file()
                    and b"ZQSYNCTHING" in p.read_bytes()]
    finally:
        amina.lock()
        bram.lock()
