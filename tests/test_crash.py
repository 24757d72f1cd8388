"""Kill -9 during saves: every acknowledged save survives, nothing is half-written."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from locator.storage.kdf import derive_key
from locator.storage.vault import Vault, read_salt
from tests.conftest import PASSPHRASE

ROOT = Path(__file__).resolve().parent.parent

CHILD = r"""
import sys
from pathlib import Path
from locator.model.caseio import case_from_dict
from locator.storage.vault import Vault

vault = Vault.open(Path(sys.argv[1]), bytes.fromhex(sys.argv[2]))
start = int(sys.argv[3])
for i in range(start, start + 100000):
    case = case_from_dict({
        "alias": f"crash-{i}", "notes": "n" * (i % 5000),
        "contacts": [{"name": f"c{i}-a"}, {"name": f"c{i}-b"}],
        "decisions": [{"notified_at": "2025-08-10T10:00", "note": f"d{i}"}],
    })
    saved = vault.save_case(case)
    if i % 3 == 0:  # updates too, not only inserts
        saved.notes = f"updated {i}"
        vault.save_case(saved)
    print(i, flush=True)  # acknowledged: the COMMIT has returned
"""


@pytest.mark.slow
def test_kill_during_saves(vault_path: Path) -> None:
    Vault.create(vault_path, PASSPHRASE).lock()
    key = derive_key(PASSPHRASE, read_salt(vault_path))
    rng = random.Random(20261123)
    acknowledged: set[int] = set()
    next_start = 0
    for _round in range(25):
        child = subprocess.Popen(
            [sys.executable, "-c", CHILD, str(vault_path), key.hex(), str(next_start)],
            stdout=subprocess.PIPE, text=True, cwd=ROOT)
        assert child.stdout is not None
        wanted = rng.randint(1, 40)
        for line in child.stdout:
            acknowledged.add(int(line))
            if len(acknowledged) % wanted == 0:
                time.sleep(rng.random() * 0.01)
                break
        os.kill(child.pid, signal.SIGKILL)
        child.wait()
        child.stdout.close()
        next_start += 100000

        with Vault.open(vault_path, key) as vault:
            assert vault.integrity_problems() == []
            present = {}
            for row in vault.list_cases():
                case = vault.get_case(row.id)
                index = int(case.alias.removeprefix("crash-"))
                present[index] = case
                # nothing half-written: every case has all of its parts
                assert [c.name for c in case.contacts] == [f"c{index}-a", f"c{index}-b"]
                assert [d.note for d in case.decisions] == [f"d{index}"]
            missing = acknowledged - present.keys()
            assert not missing, json.dumps(sorted(missing))
