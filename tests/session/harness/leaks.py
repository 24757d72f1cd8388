"""Where case data must never be found: files outside the vault, other processes' command
lines, the app's own output. Each marker is looked for as UTF-8, UTF-16 and
percent-encoded (the form it takes in a URL), whatever the case of its letters (a name on
record is often written in capitals)."""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path
from urllib.parse import quote, quote_plus

from tests.session.harness.procs import cmdlines


def forms(marker: str) -> set[bytes]:
    """The marker's byte forms, in lower case (compare with lower-cased data)."""
    return {f.lower() for f in (marker.encode("utf-8"), marker.encode("utf-16-le"),
                                quote(marker, safe="").encode(), quote_plus(marker).encode(),
                                quote(marker, safe="@").encode())}


def found_in(data: bytes, markers: Iterable[str]) -> list[str]:
    lowered = data.lower()
    return [m for m in markers if any(f in lowered for f in forms(m))]


def files_with(roots: Iterable[Path], markers: Iterable[str],
               skip: Iterable[Path] = ()) -> dict[str, list[str]]:
    """Every regular file under ``roots`` (not ``skip``) holding a marker → the markers."""
    markers = list(markers)
    skipped = {Path(p).resolve() for p in skip}
    hits: dict[str, list[str]] = {}
    for root in roots:
        for folder, _dirs, names in os.walk(root):
            for name in names:
                path = Path(folder, name)
                if path.resolve() in skipped or path.is_symlink() or not path.is_file():
                    continue
                try:
                    data = path.read_bytes()
                except OSError:
                    continue
                found = found_in(data, markers)
                if found:
                    hits[str(path)] = found
    return hits


def cmdlines_with(markers: Iterable[str], skip_pids: Iterable[int] = ()
                  ) -> dict[int, tuple[str, list[str]]]:
    """Every process whose command line holds a marker → (command line, markers)."""
    markers = list(markers)
    skipped = set(skip_pids) | {os.getpid()}
    hits: dict[int, tuple[str, list[str]]] = {}
    for pid, line in cmdlines().items():
        if pid in skipped:
            continue
        found = found_in(line, markers)
        if found:
            hits[pid] = (line.replace(b"\0", b" ").decode(errors="replace")[:300], found)
    return hits
