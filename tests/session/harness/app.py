"""The real app (``main.py``) and the real command line (``python -m locator``) in the
test's desktop session.

The app runs as its own process: ``sys.executable main.py --vault V`` from the repository
root, with ``QT_QPA_PLATFORM=xcb`` on the session's Xvfb and
``QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1`` so that Qt puts its widgets on the accessibility bus
(as it does when a screen reader runs). Its stdout and stderr go to files. It is driven
with the keyboard (``xdotool``, after giving the window the focus) and read through
AT-SPI (:mod:`tests.session.harness.atspi`).
"""

from __future__ import annotations

import contextlib
import json
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from tests.session.harness.atspi import Node, Probe
from tests.session.harness.desktop import Desktop
from tests.session.harness.procs import Abort, Proc, Timeout, wait_until

ROOT = Path(__file__).resolve().parents[3]  # the repository: main.py, locator/, ui/
PASSPHRASE = "correct horse battery staple"

CREATE_TITLE = "Create your vault"
UNLOCK_TITLE = "Unlock Locator"
GUIDE_TITLE = "Welcome to Locator"
MAIN_TITLE = "Locator"

START_TIMEOUT_S = 40.0  # from the process start to a window: imports, Qt, the a11y bridge
OPEN_TIMEOUT_S = 60.0  # from "Unlock" to the main window: scrypt (128 MiB), building


def app_env(desktop: Desktop, extra: dict[str, str] | None = None) -> dict[str, str]:
    env = dict(desktop.env)
    env.update({
        "QT_QPA_PLATFORM": "xcb",
        "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1",
        "PYTHONUNBUFFERED": "1",  # the logs are complete even after kill -9
        "PYTHONDONTWRITEBYTECODE": "1",  # nothing written into the repository
    })
    env.update(extra or {})
    return env


class LocatorApp:
    """One run of ``main.py``."""

    def __init__(self, desktop: Desktop, probe: Probe, vault: Path, name: str,
                 env: dict[str, str] | None = None) -> None:
        self.desktop = desktop
        self.probe = probe
        self.vault = vault
        self.proc: Proc = desktop.spawn(name, [sys.executable, str(ROOT / "main.py"),
                                               "--vault", str(vault)],
                                        env=env if env is not None else app_env(desktop),
                                        cwd=ROOT)
        self.pid = self.proc.pid

    # -- the process ----------------------------------------------------------------------

    def alive(self) -> bool:
        return self.proc.alive()

    def logs(self) -> str:
        return (f"--- {self.proc.name} stdout ---\n{self.proc.stdout()[-3000:]}\n"
                f"--- {self.proc.name} stderr ---\n{self.proc.stderr()[-5000:]}")

    def stop(self) -> None:
        self.proc.stop()

    def require_alive(self, what: str) -> None:
        """Stop any wait at once when the app has ended (:class:`AppExited`)."""
        if not self.alive():
            age = time.monotonic() - self.proc.started
            raise AppExited(f"the app ended (status {self.proc.returncode}, {age:.1f} s after "
                            f"it started) while waiting for {what}\n{self.logs()}")

    # -- reading it -----------------------------------------------------------------------

    def tree(self, depth: int | None = None) -> Node | None:
        return self.probe.tree(self.pid, depth=depth)

    def wait_tree(self, check: Callable[[Node], Any], timeout: float, what: str,
                  depth: int | None = None) -> Node:
        """Poll the accessible tree until ``check(tree)`` is true; returns that tree."""
        found: list[Node] = []

        def look() -> bool:
            self.require_alive(what)
            tree = self.tree(depth)
            if tree is not None and check(tree):
                found.append(tree)
                return True
            return False

        try:
            wait_until(look, timeout, what, interval=0.25)
        except AppExited:
            raise
        except Timeout as err:
            last = None
            with contextlib.suppress(Exception):  # only for the message
                last = self.tree()
            shown = "\n".join(describe(last)) if last is not None else "(not on the bus)"
            raise Timeout(f"{err}\nwhat the app shows:\n{shown}\n{self.logs()}") from None
        return found[-1]

    def find(self, name: str | None = None, role: str | None = None,
             contains: str | None = None, window: str | None = None) -> list[Node]:
        found = self.probe.find(self.pid, name, role, contains, window)
        return found or []

    def wait_find(self, check: Callable[[list[Node]], Any], timeout: float, what: str,
                  name: str | None = None, role: str | None = None,
                  contains: str | None = None, window: str | None = None) -> list[Node]:
        """Poll :meth:`find` until ``check(nodes)`` is true; returns those nodes."""
        found: list[list[Node]] = []

        def look() -> bool:
            self.require_alive(what)
            nodes = self.probe.find(self.pid, name, role, contains, window)
            if nodes is not None and check(nodes):
                found.append(nodes)
                return True
            return False

        try:
            wait_until(look, timeout, what, interval=0.2)
        except AppExited:
            raise
        except Timeout as err:
            raise Timeout(f"{err}\n{self.logs()}") from None
        return found[-1]

    def wait_window(self, title: str, timeout: float = START_TIMEOUT_S,
                    role: str | None = None, depth: int | None = None) -> Node:
        tree = self.wait_tree(lambda t: t.window(title, role) is not None, timeout,
                              f"the window {title!r}", depth)
        window = tree.window(title, role)
        assert window is not None
        return window

    def window_gone(self, title: str, timeout: float) -> Node:
        return self.wait_tree(lambda t: t.window(title) is None, timeout,
                              f"the window {title!r} to close", depth=1)

    @staticmethod
    def main_window(tree: Node) -> Node | None:
        return tree.window(MAIN_TITLE, "frame")

    def wait_main_window(self, timeout: float = OPEN_TIMEOUT_S) -> Node:
        return self.wait_window(MAIN_TITLE, timeout, role="frame", depth=1)

    # -- the keyboard ---------------------------------------------------------------------

    def x_window(self, pattern: str, timeout: float = 20) -> int:
        """The X window of this app whose title matches ``pattern`` (a regular expression)."""
        def look() -> int | None:
            self.require_alive(f"its window {pattern!r}")
            found = self.desktop.windows(pattern, pid=self.pid)
            return found[-1] if found else None

        return wait_until(look, timeout, f"an X window {pattern!r} of the app")

    def focus(self, pattern: str) -> int:
        window = self.x_window(pattern)
        self.desktop.focus(window)
        return window

    def type_into(self, field: str, text: str, window_pattern: str) -> None:
        """Type ``text`` with the keyboard into the text field named ``field`` of a window."""
        self.focus(window_pattern)
        tree = self.tree()
        node = _field(tree, field) if tree is not None else None
        if node is None or not node.focused:
            role = node.role if node is not None else "text"
            self.probe.grab_focus(self.pid, field, role)
            self.wait_tree(lambda t: (n := _field(t, field)) is not None and n.focused, 10,
                           f"the field {field!r} to have the focus")
        self.desktop.type_text(text)

    def key(self, *keys: str) -> None:
        self.desktop.key(*keys)

    def close_windows_but_main(self, timeout: float = 15) -> None:
        """Close every other window of the app the way a window manager would."""
        for window in self.desktop.windows(".", pid=self.pid):
            name = self.desktop.window_name(window)
            if name.rstrip("*") != MAIN_TITLE and not name.startswith("Qt "):
                self.desktop.close_window(window)
        self.wait_tree(lambda t: [w.name for w in t.windows()] == [self.main_title(t)],
                       timeout, "only the main window to be left", depth=1)

    @staticmethod
    def main_title(tree: Node) -> str | None:
        window = tree.window(MAIN_TITLE, "frame")
        return window.name if window is not None else None

    # -- the door ---------------------------------------------------------------------------

    def close_guide(self, timeout: float = 15) -> None:
        """The first-run guide over the "create" door: Continue, as a person would."""
        self.wait_window(GUIDE_TITLE, timeout)
        for _attempt in range(3):
            self.focus(f"^{GUIDE_TITLE}$")
            self.key("Return")  # "Continue: create my vault" has the focus
            try:
                self.window_gone(GUIDE_TITLE, 5)
                return
            except Timeout:
                continue
        raise Timeout("the first-run guide did not close with Return")

    def create_vault(self, passphrase: str = PASSPHRASE, remember: bool = False) -> Node:
        """The "Create your vault" door, with the keyboard; returns the main window."""
        self.wait_window(CREATE_TITLE)
        self.close_guide()
        door = f"^{CREATE_TITLE}$"
        self.type_into("Passphrase", passphrase, door)
        self.key("Tab")
        self.wait_tree(lambda t: _focused(t, "Passphrase, again"), 10,
                       "the second passphrase field to have the focus")
        self.desktop.type_text(passphrase)
        self.wait_tree(lambda t: _length(t, "Passphrase") == len(passphrase)
                       and _length(t, "Passphrase, again") == len(passphrase), 10,
                       "both passphrase fields to hold what was typed")
        if remember:
            self.wait_tree(lambda t: (n := t.find("Remember on this device")) is not None
                           and n.enabled, 30, "the keyring to be checked (box enabled)")
            self.key("Tab")
            self.wait_tree(lambda t: _focused(t, "Remember on this device"), 10,
                           "the box 'Remember on this device' to have the focus")
            self.key("space")
            self.wait_tree(lambda t: (n := t.find("Remember on this device")) is not None
                           and n.checked, 10, "the box 'Remember on this device' ticked")
        self.focus(door)
        self.key("Return")
        return self.wait_main_window()

    def unlock(self, passphrase: str = PASSPHRASE, wait: bool = True) -> Node | None:
        """The "Unlock Locator" door, with the keyboard; returns the main window (``wait``
        False: returns once Enter is pressed)."""
        self.wait_window(UNLOCK_TITLE)
        door = f"^{UNLOCK_TITLE}$"
        self.type_into("Passphrase", passphrase, door)
        self.wait_tree(lambda t: _length(t, "Passphrase") == len(passphrase), 10,
                       "the passphrase field to hold what was typed")
        self.focus(door)
        self.key("Return")
        return self.wait_main_window() if wait else None

    # -- the main window -------------------------------------------------------------------

    def status_text(self, tree: Node | None = None) -> str:
        """The main window's status bar message (a child of the window: a shallow look)."""
        tree = tree if tree is not None else self.tree(depth=2)
        if tree is None:
            return ""
        window = self.main_window(tree)
        bar = window.find(role="status bar") if window is not None else None
        return bar.words if bar is not None else ""

    def open_case(self, search: str) -> None:
        """Ctrl+F, type ``search``, Down: the first case found opens (the keyboard's way)."""
        self.focus(f"^{MAIN_TITLE}")
        self.key("ctrl+f")
        self.wait_find(lambda nodes: nodes and nodes[0].focused, 10,
                       "the search field to have the focus", name="Search cases", role="text")
        self.key("ctrl+a")
        self.desktop.type_text(search)
        self.wait_find(lambda nodes: nodes and nodes[0].text == search, 10,
                       "the search text", name="Search cases", role="text")
        self.key("Down")
        self.wait_find(lambda nodes: any(n.name != "Search cases" for n in nodes), 15,
                       f"a case with {search!r} open in the editor", role="text",
                       contains=search)


class AppExited(Abort):
    pass


TEXT_ROLES = ("text", "password text", "entry", "paragraph")


def _field(tree: Node, name: str) -> Node | None:
    """The showing text field named ``name`` (not its label, which has the same name)."""
    for node in tree.find_all(name, showing=True):
        if node.role in TEXT_ROLES:
            return node
    return None


def _focused(tree: Node, name: str) -> bool:
    node = tree.find(name, showing=True)
    return node is not None and node.focused


def _length(tree: Node, name: str) -> int | None:
    node = _field(tree, name)
    return node.length if node is not None else None


def describe(tree: Node, depth: int = 0, limit: int = 120) -> list[str]:
    """A short, readable outline of what is showing (for failure messages)."""
    lines: list[str] = []

    def visit(node: Node, level: int) -> None:
        if len(lines) >= limit or not node.showing and level > 0:
            return
        text = f" text={node.text[:60]!r}" if node.text else ""
        length = f" length={node.length}" if node.role == "password text" else ""
        states = ",".join(sorted(node.states & {"focused", "enabled", "checked", "active"}))
        lines.append(f"{'  ' * level}{node.role} {node.name[:80]!r}{text}{length} [{states}]")
        for child in node.children:
            visit(child, level + 1)

    visit(tree, depth)
    return lines


class Cli:
    """``python -m locator --vault V …`` with ``LOCATOR_PASSPHRASE`` in its environment."""

    def __init__(self, desktop: Desktop, vault: Path, passphrase: str = PASSPHRASE) -> None:
        self.desktop = desktop
        self.vault = vault
        self.passphrase = passphrase

    def run(self, *args: str, input_json: Any = None, timeout: float = 60,
            check: bool = True) -> str:
        env = dict(self.desktop.env)
        env.update({"LOCATOR_PASSPHRASE": self.passphrase, "PYTHONDONTWRITEBYTECODE": "1"})
        data = json.dumps(input_json).encode() if input_json is not None else None
        done = self.desktop.run([sys.executable, "-m", "locator", "--vault", str(self.vault),
                                 *args], timeout=timeout, env=env, cwd=ROOT, input_bytes=data)
        if check and done.returncode != 0:
            raise AssertionError(f"locator {' '.join(args)} failed ({done.returncode}): "
                                 f"{done.stderr.decode(errors='replace')[-2000:]}")
        return done.stdout.decode()

    def init(self) -> None:
        self.vault.parent.mkdir(parents=True, exist_ok=True)
        self.run("init")

    def add(self, cases: Sequence[dict[str, Any]]) -> list[int]:
        out = self.run("add", "--json", "-", input_json=list(cases))
        return [int(line) for line in out.split()]

    def show(self, case_id: int) -> dict[str, Any]:
        result: dict[str, Any] = json.loads(self.run("show", str(case_id), "--json"))
        return result

    def list(self) -> list[dict[str, Any]]:
        result: list[dict[str, Any]] = json.loads(self.run("list", "--json"))
        return result

    def check(self) -> tuple[int, str]:
        env = dict(self.desktop.env)
        env.update({"LOCATOR_PASSPHRASE": self.passphrase, "PYTHONDONTWRITEBYTECODE": "1"})
        done = self.desktop.run([sys.executable, "-m", "locator", "--vault", str(self.vault),
                                 "check"], timeout=120, env=env, cwd=ROOT)
        return done.returncode, (done.stdout + done.stderr).decode(errors="replace")


def seed_remembered_vault(desktop: Desktop, vault: Path, passphrase: str = PASSPHRASE) -> None:
    """A new vault whose key is kept in the session's keyring exactly as the app keeps it
    (``Keystore().remember``, the SecretService backend of the real ``keyring`` package)."""
    vault.parent.mkdir(parents=True, exist_ok=True)
    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "from locator.storage.keystore import Keystore, vault_id\n"
        "from locator.storage.vault import Vault, read_salt\n"
        "path = Path(sys.argv[1])\n"
        "vault = Vault.create(path, sys.argv[2])\n"
        "store = Keystore()\n"
        "status = store.status()\n"
        "assert status.usable, status.explanation\n"
        "store.remember(vault_id(read_salt(path)), bytes(vault.key))\n"
        "vault.lock()\n")
    env = dict(desktop.env)
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    done = desktop.run([sys.executable, "-c", code, str(vault), passphrase], timeout=60,
                       env=env, cwd=ROOT)
    if done.returncode != 0:
        raise AssertionError(f"seeding the vault failed: "
                             f"{done.stderr.decode(errors='replace')[-2000:]}")
