"""Scaling benchmark (``make bench``): the same figures at 1k, 10k, 50k and 100k cases.

Each figure is measured on the encrypted vault and on an unkeyed copy of the same content
(the floor: what the work costs without encryption), in one run, and printed as one table:
figure | size | keyed | unkeyed floor | target. Sizes: ``LOCATOR_BENCH_SIZES`` (cases, comma
separated; ``1000,10000`` for a quick run). ``LOCATOR_BENCH_DIR``: a folder where the big
vaults are kept between runs (they are made again when missing). ``LOCATOR_BENCH_CYCLES``:
lock/unlock cycles for the memory growth figure (100, at every size).

The GUI figures come from a real start of the app per size and kind, in keyring mode
(``scaling_probe.py``); the start figures are the median of ``LOCATOR_BENCH_UNLOCKS``
starts (5). Targets: issue 18 and ``quality-bars.md``. Nothing here asserts a
time: the table is for people to read.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from locator.storage.schema import SCHEMA_VERSION
from locator.storage.vault import Vault
from tests.bench.scaling_vault import build, open_plain, plain_copy

pytestmark = [pytest.mark.bench]
ROOT = Path(__file__).resolve().parents[2]
SIZES = [int(s) for s in os.environ.get("LOCATOR_BENCH_SIZES",
                                        "1000,10000,50000,100000").split(",") if s.strip()]
CYCLES = int(os.environ.get("LOCATOR_BENCH_CYCLES", "100"))
UNLOCKS = int(os.environ.get("LOCATOR_BENCH_UNLOCKS", "5"))
#: the start figures: the median of UNLOCKS starts each (one start varies by ±60 ms here)
UNLOCK_FIGURES = ("unlock_ms", "after_door_ms", "unlock_longest_ms")
OPENS = 5

#: (figure, the probe's key or "open_ms", target, how the value is shown)
FIGURES: list[tuple[str, str, str]] = [
    ("open with the key, checks included", "open_ms", "≤ 300 ms"),
    ("start → list painted (keyring)", "unlock_ms", "≤ 300 ms"),
    ("door painted → list painted (keyring)", "after_door_ms", "≤ 300 ms"),
    ("longest UI event during unlock", "unlock_longest_ms", "≤ 50 ms"),
    ("opened → list painted (window built)", "unlock_ui_ms", "≤ 300 ms"),
    ("longest UI event, opened → painted", "unlock_ui_longest_ms", "≤ 50 ms"),
    ("full list refresh", "refresh_ms", "≤ 50 ms"),
    ("keystroke → list updated (median)", "keystroke_ms", "≤ 50 ms"),
    ("keystroke → list updated (max)", "keystroke_max_ms", "≤ 50 ms"),
    ("keystroke → whole list known (median)", "keystroke_whole_ms", "—"),
    ("longest UI event, search", "search_longest_ms", "≤ 50 ms"),
    ("longest UI event, sort", "sort_longest_ms", "≤ 50 ms"),
    ("longest UI event, open a case", "open_case_longest_ms", "≤ 50 ms"),
    ("longest UI event, home screen", "home_longest_ms", "≤ 50 ms"),
    ("RSS after unlock", "rss_mib", "≤ 150 MiB"),
    ("RSS growth, lock/unlock cycles", "cycles_growth_mib", "≤ 10 MiB"),
]


def _folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    kept = os.environ.get("LOCATOR_BENCH_DIR")
    if kept:
        Path(kept).mkdir(parents=True, exist_ok=True)
        return Path(kept)
    return tmp_path_factory.mktemp("scaling")


def vault_of(folder: Path, n: int) -> tuple[Path, bytes, Path]:
    """The keyed vault of ``n`` cases (made once), its key, and a fresh unkeyed copy."""
    path, key_file = folder / f"scale-{n}.locator", folder / f"scale-{n}.key"
    if not (path.exists() and key_file.exists()):
        for old in (path, key_file):
            old.unlink(missing_ok=True)
        started = time.perf_counter()
        key_file.write_text(build(path, n).hex())
        print(f"\n  built {n} cases in {time.perf_counter() - started:.1f} s")
    key = bytes.fromhex(key_file.read_text())
    Vault.open(path, key).lock()  # a vault kept from an older schema: migrated here
    plain = folder / f"scale-{n}.plain"
    plain.unlink(missing_ok=True)
    return path, key, plain_copy(path, key, plain)


def open_ms(path: Path, key: bytes | None) -> float:
    times = []
    for _ in range(OPENS):
        started = time.perf_counter()
        vault = Vault.open(path, key) if key is not None else open_plain(path)
        times.append((time.perf_counter() - started) * 1000)
        assert vault.pragma("user_version") == SCHEMA_VERSION
        vault.lock()
    return statistics.median(times)


def probe(kind: str, path: Path, key: bytes, cycles: int,
          unlock_only: bool = False) -> dict[str, Any]:
    env = {k: v for k, v in os.environ.items() if k != "LOCATOR_PASSPHRASE"}
    env["QT_QPA_PLATFORM"] = "offscreen"
    done = subprocess.run([sys.executable, str(Path(__file__).with_name("scaling_probe.py")),
                           kind, str(path), key.hex(), str(cycles),
                           *(["--unlock-only"] if unlock_only else [])], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=1800)
    lines = done.stdout.strip().splitlines()
    assert done.returncode == 0 and lines, done.stderr[-3000:]
    result: dict[str, Any] = json.loads(lines[-1])
    return result


def _shown(key: str, value: Any) -> str:
    if value is None:
        return "—"
    unit = " MiB" if key.endswith("_mib") else " ms"
    return f"{float(value):,.0f}{unit}" if abs(float(value)) >= 10 else \
        f"{float(value):.1f}{unit}"


def test_scaling(tmp_path_factory: pytest.TempPathFactory) -> None:
    folder = _folder(tmp_path_factory)
    rows: list[tuple[str, int, Any, Any, str]] = []
    for n in SIZES:
        path, key, plain = vault_of(folder, n)
        keyed = probe("keyed", path, key, CYCLES)
        floor = probe("unkeyed", plain, b"\0" * 32, 0)
        for kind, where, with_key, figures in (("keyed", path, key, keyed),
                                               ("unkeyed", plain, b"\0" * 32, floor)):
            starts = [probe(kind, where, with_key, 0, unlock_only=True)
                      for _ in range(UNLOCKS)]
            for name in UNLOCK_FIGURES:
                values = [start[name] for start in starts if name in start]
                figures[name] = statistics.median(values) if values else None
        keyed["open_ms"], floor["open_ms"] = open_ms(path, key), open_ms(plain, None)
        for figure, name, target in FIGURES:
            rows.append((figure, n, keyed.get(name), floor.get(name), target))
        print(f"\n  {n}: unlock's longest event: {keyed.get('unlock_longest_what')}")
    width = max(len(r[0]) for r in rows)
    print(f"\n{'figure':<{width}} | {'size':>7} | {'keyed':>10} | {'unkeyed floor':>13} "
          f"| target")
    print(f"{'-' * width}-|{'-' * 9}|{'-' * 12}|{'-' * 15}|{'-' * 10}")
    for figure, _, target in FIGURES:
        for name, n, keyed_value, floor_value, _t in (r for r in rows if r[0] == figure):
            key_name = next(f[1] for f in FIGURES if f[0] == name)
            print(f"{name:<{width}} | {n:>7,} | {_shown(key_name, keyed_value):>10} | "
                  f"{_shown(key_name, floor_value):>13} | {target}")
    assert rows
