"""Reading the app through the accessibility bus: the client side of ``atspi_probe.py``.

Each call runs the probe once (``/usr/bin/python3``, the session's env), so nothing is
cached between two looks: what comes back is what a screen reader sees at that moment.
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from tests.session.harness.desktop import SESSION_DIR, SYSTEM_PYTHON, Desktop
from tests.session.harness.procs import Timeout, wait_until

PROBE = SESSION_DIR / "atspi_probe.py"
PROBE_TIMEOUT_S = 30.0


@dataclass
class Node:
    role: str
    name: str
    description: str
    states: frozenset[str]
    text: str | None
    length: int | None
    children: list[Node] = field(default_factory=list)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Node:
        return cls(role=data["role"], name=data["name"], description=data["description"],
                   states=frozenset(data["states"]), text=data.get("text"),
                   length=data.get("length"),
                   children=[cls.from_json(c) for c in data["children"]])

    @property
    def showing(self) -> bool:
        return "showing" in self.states

    @property
    def enabled(self) -> bool:
        return "enabled" in self.states

    @property
    def focused(self) -> bool:
        return "focused" in self.states

    @property
    def checked(self) -> bool:
        return "checked" in self.states

    def walk(self) -> Iterator[Node]:
        yield self
        for child in self.children:
            yield from child.walk()

    def find_all(self, name: str | None = None, role: str | None = None,
                 showing: bool | None = None, contains: str | None = None) -> list[Node]:
        found = []
        for node in self.walk():
            if name is not None and node.name != name:
                continue
            if role is not None and node.role != role:
                continue
            if showing is not None and node.showing != showing:
                continue
            if contains is not None and contains not in node.words:
                continue
            found.append(node)
        return found

    def find(self, name: str | None = None, role: str | None = None,
             showing: bool | None = None, contains: str | None = None) -> Node | None:
        found = self.find_all(name, role, showing, contains)
        return found[0] if found else None

    @property
    def words(self) -> str:
        """Name, description and text together (what a screen reader would read)."""
        return " ".join(p for p in (self.name, self.description, self.text or "") if p)

    def texts(self, showing_only: bool = True) -> list[str]:
        return [n.words for n in self.walk() if n.words and (n.showing or not showing_only)]

    def windows(self, showing_only: bool = True) -> list[Node]:
        """The app's top-level windows (frames, dialogs, alerts…)."""
        return [c for c in self.children if c.showing or not showing_only]

    def window(self, name: str | None = None, role: str | None = None) -> Node | None:
        for win in self.windows():
            if (name is None or win.name == name or win.name.rstrip("*") == name) and \
                    (role is None or win.role == role):
                return win
        return None


class Probe:
    def __init__(self, desktop: Desktop) -> None:
        self.desktop = desktop

    def _run(self, request: dict[str, Any], timeout: float = PROBE_TIMEOUT_S) -> dict[str, Any]:
        """One run of the probe; the request goes on stdin (never on a command line)."""
        done = self.desktop.run([SYSTEM_PYTHON, str(PROBE), "--stdin"], timeout=timeout,
                                input_bytes=json.dumps(request).encode())
        if done.returncode not in (0, 3):
            raise AssertionError(f"the AT-SPI probe failed ({done.returncode}): "
                                 f"{done.stderr.decode(errors='replace')[-1500:]}")
        result: dict[str, Any] = json.loads(done.stdout.decode())
        return result

    def tree(self, pid: int, timeout: float = PROBE_TIMEOUT_S,
             depth: int | None = None) -> Node | None:
        """The app's accessible tree now (``depth`` levels: 1 for its windows only), or None
        when it is not on the bus (yet)."""
        data = self._run({"command": "dump", "pid": pid, "depth": depth}, timeout=timeout)
        return Node.from_json(data["app"]) if data.get("found") else None

    def timed_tree(self, pid: int, timeout: float,
                   depth: int | None = None) -> tuple[Node | None, float]:
        start = time.monotonic()
        try:
            tree = self.tree(pid, timeout=timeout, depth=depth)
        except Timeout:
            return None, time.monotonic() - start
        return tree, time.monotonic() - start

    def find(self, pid: int, name: str | None = None, role: str | None = None,
             contains: str | None = None, window: str | None = None,
             timeout: float = PROBE_TIMEOUT_S) -> list[Node] | None:
        """The nodes matching all that is given (without children), or None when the app
        is not on the bus; lighter than a whole :meth:`tree`."""
        data = self._run({"command": "find", "pid": pid, "name": name, "role": role,
                          "contains": contains, "window": window}, timeout=timeout)
        if not data.get("found"):
            return None
        return [Node.from_json(n) for n in data["nodes"]]

    def act(self, command: str, pid: int, name: str, role: str | None = None,
            text: str | None = None, window: str | None = None) -> bool:
        data = self._run({"command": command, "pid": pid, "name": name, "role": role,
                          "text": text, "window": window})
        return bool(data.get("found")) and bool(data.get("done", True))

    def press(self, pid: int, name: str, role: str | None = None, timeout: float = 20,
              window: str | None = None) -> None:
        """Press the button (or menu item, check box…) named ``name`` once it is there
        (only in the window named ``window``, when given)."""
        wait_until(lambda: self.act("press", pid, name, role, window=window), timeout,
                   f"a {role or 'node'} named {name!r} to press")

    def set_text(self, pid: int, name: str, text: str, role: str | None = None,
                 timeout: float = 20) -> None:
        wait_until(lambda: self.act("set-text", pid, name, role, text), timeout,
                   f"a text field named {name!r}")

    def insert_text(self, pid: int, name: str, text: str, role: str | None = None,
                    timeout: float = 20) -> None:
        wait_until(lambda: self.act("insert-text", pid, name, role, text), timeout,
                   f"a text field named {name!r}")

    def grab_focus(self, pid: int, name: str, role: str | None = None,
                   timeout: float = 20) -> None:
        wait_until(lambda: self.act("focus", pid, name, role), timeout,
                   f"a node named {name!r} to focus")
