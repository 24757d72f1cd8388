"""Team benchmark (issue 16, ``make bench``): 5 devices, 1,000 shared cases, 10,000 changes.

Four devices share the cases and edit them in rounds (each round: 250 cases, two fields
each, then a sync), while the fifth is offline after joining. Measured: the time the
fifth takes to catch up (one ``sync``: it reads and applies every file), the folder's
size and file count, one online device's sync of a single round, and a sync when nothing
changed (every case compared by its signature only). Printed as one line
of figures; ``LOCATOR_BENCH_TEAM_CASES`` / ``LOCATOR_BENCH_TEAM_CHANGES`` scale it down.
"""

from __future__ import annotations

import json
import os
import random
import time
from pathlib import Path

import pytest

from locator.model.cases import Case
from locator.storage import team as db
from locator.team import members, sync
from locator.team.wire import WIRE_FIELDS
from tests.team_fixtures import consenting, shared_state, team_of

pytestmark = pytest.mark.bench
CASES = int(os.environ.get("LOCATOR_BENCH_TEAM_CASES", "1000"))
CHANGES = int(os.environ.get("LOCATOR_BENCH_TEAM_CHANGES", "10000"))
NAMES = ("amina", "bram", "chloe", "dries", "offline")
CENTRES = ["merksplas", "vottem", "brugge", "holsbeek", "caricole"]


def test_catch_up_of_an_offline_device(tmp_path: Path) -> None:
    folder, vaults = team_of(tmp_path, NAMES)
    online, offline = vaults[:4], vaults[4]
    rng = random.Random(16)
    first = online[0]
    ids = first.add_cases(consenting(f"Bench{n}") for n in range(CASES))
    for case_id in ids:
        members.share_case(first, case_id)
    for vault in online:
        sync.sync(vault)
    per_round = 500  # field changes per device per round: 250 cases, two fields each
    rounds = max(1, CHANGES // (per_round * len(online)))
    round_sync: list[float] = []
    made = 0
    for _round in range(rounds):
        for vault in online:
            local = [s.case_id for s in db.shared_cases(vault.con) if s.case_id is not None]
            for case_id in rng.sample(local, min(len(local), per_round // 2)):
                def change(case: Case) -> Case:
                    case.notes = f"visit {rng.randrange(10**6)}"
                    case.centre = rng.choice(CENTRES)
                    return case

                vault.update_case(case_id, change)
                made += 2
            start = time.perf_counter()
            sync.sync(vault)
            round_sync.append(time.perf_counter() - start)
    for vault in online:  # the online devices settle, so there is one truth to compare with
        sync.sync(vault)
    files = list((folder / "streams").rglob("*.lct"))
    size = sum(p.stat().st_size for p in files)
    start = time.perf_counter()
    report = sync.sync(offline)
    catch_up = time.perf_counter() - start
    assert report.refused == []
    assert shared_state(offline) == shared_state(online[0])
    time.sleep(3)  # the cases' last saves are old enough for their signatures to be kept
    sync.sync(online[0])
    start = time.perf_counter()
    idle = sync.sync(online[0])
    idle_sync = time.perf_counter() - start
    assert idle.published == 0
    figures = {
        "devices": len(vaults), "cases": CASES, "field_changes": made + CASES * len(WIRE_FIELDS),
        "edits_after_creation": made, "files": len(files),
        "folder_mib": round(size / 2**20, 2),
        "catch_up_s": round(catch_up, 2),
        "catch_up_files": report.applied, "catch_up_changes": report.changes,
        "online_round_sync_median_s": round(sorted(round_sync)[len(round_sync) // 2], 2),
        "conflicts_on_offline": len(db.conflicts(offline.con)),
        "idle_sync_s": round(idle_sync, 3),
    }
    print("\nteam bench: " + json.dumps(figures))
    for vault in vaults:
        vault.lock()
