"""GNOME Keyring in the test's session: the Secret Service the app really talks to.

* Started as ``gnome-keyring-daemon --foreground --components=secrets --unlock`` with a
  known password on stdin: that creates the ``login`` collection, makes it the default
  one and unlocks it.
* :meth:`Keyring.lock` locks it through the Secret Service API (``Service.Lock``), as the
  desktop does after a while or when the screen locks (``secret-tool lock`` does the same).
* :meth:`Keyring.unlock` unlocks it without any prompt, through GNOME Keyring's own
  ``UnlockWithMasterPassword`` (what a login does).
* When an application asks a locked keyring for a secret, GNOME Keyring asks the person
  through ``gcr-prompter`` (D-Bus activated as ``org.gnome.keyring.SystemPrompter``), a GTK
  window on the X display that grabs the keyboard: :meth:`Keyring.prompt` finds it,
  :meth:`Keyring.cancel_prompt` presses Escape in it, :meth:`Keyring.answer_prompt` types
  the password.
* :meth:`Keyring.items` lists the stored items of a service through ``SearchItems``
  (which answers for locked items too, without a prompt); :meth:`Keyring.secret_tool_search`
  is ``secret-tool search --all service 'Locator vault'`` (unlocked keyring only: it would
  otherwise prompt). Neither ever returns a secret.
"""

from __future__ import annotations

import os
import threading
import time
from dataclasses import dataclass

from jeepney import DBusAddress

from tests.session.harness import dbus
from tests.session.harness.desktop import Desktop
from tests.session.harness.procs import Proc, Timeout, wait_until

SERVICE = "Locator vault"  # locator.storage.keystore.SERVICE
SECRETS = "org.freedesktop.secrets"
LOGIN = "/org/freedesktop/secrets/collection/login"
PASSWORD = "keyring password 4 tests"
SERVICE_ADDRESS = DBusAddress("/org/freedesktop/secrets", bus_name=SECRETS,
                              interface="org.freedesktop.Secret.Service")
INTERNAL = DBusAddress("/org/freedesktop/secrets", bus_name=SECRETS,
                       interface="org.gnome.keyring.InternalUnsupportedGuiltRiddenInterface")
LOGIN_COLLECTION = DBusAddress(LOGIN, bus_name=SECRETS,
                               interface="org.freedesktop.Secret.Collection")


@dataclass(frozen=True)
class Items:
    unlocked: list[str]
    locked: list[str]

    @property
    def all(self) -> list[str]:
        return self.unlocked + self.locked


class Keyring:
    def __init__(self, desktop: Desktop, password: str = PASSWORD) -> None:
        self.desktop = desktop
        self.password = password
        self.daemon: Proc | None = None

    def start(self) -> None:
        read_fd, write_fd = os.pipe()
        try:
            os.write(write_fd, self.password.encode())
            os.close(write_fd)
            write_fd = -1
            self.daemon = self.desktop.spawn(
                "gnome-keyring", ["gnome-keyring-daemon", "--foreground",
                                  "--components=secrets", "--unlock"], stdin=read_fd)
        finally:
            os.close(read_fd)
            if write_fd >= 0:
                os.close(write_fd)
        daemon = self.daemon

        def up() -> bool:
            if not daemon.alive():
                raise AssertionError(f"gnome-keyring-daemon ended: {daemon.stderr()[-800:]}")
            return self.desktop.bus_name_owned(SECRETS)

        wait_until(up, 20, "gnome-keyring-daemon to own org.freedesktop.secrets")
        wait_until(lambda: self.default_collection() == LOGIN, 10,
                   "the login collection to be the default")
        wait_until(lambda: not self.is_locked(), 10, "the login collection to be unlocked")

    # -- state ---------------------------------------------------------------------------

    def _conn(self):
        return dbus.connection(self.desktop.bus_address)

    def default_collection(self) -> str:
        with self._conn() as conn:
            (path,) = dbus.call(conn, SERVICE_ADDRESS, "ReadAlias", "s", ("default",))
        return str(path)

    def is_locked(self) -> bool:
        with self._conn() as conn:
            return bool(dbus.get_property(conn, LOGIN_COLLECTION, "Locked"))

    def lock(self) -> None:
        with self._conn() as conn:
            dbus.call(conn, SERVICE_ADDRESS, "Lock", "ao", ([LOGIN],))
        wait_until(self.is_locked, 10, "the keyring to be locked")

    def unlock(self) -> None:
        """Unlock without a prompt (GNOME Keyring's own call, as a login does)."""
        with self._conn() as conn:
            _output, session = dbus.call(conn, SERVICE_ADDRESS, "OpenSession", "sv",
                                         ("plain", ("s", "")))
            dbus.call(conn, INTERNAL, "UnlockWithMasterPassword", "o(oayays)",
                      (LOGIN, (session, b"", self.password.encode(), "text/plain")))
        wait_until(lambda: not self.is_locked(), 10, "the keyring to be unlocked")

    def items(self, service: str = SERVICE) -> Items:
        """The items stored for ``service`` (never their secrets); no prompt, even locked."""
        with self._conn() as conn:
            unlocked, locked = dbus.call(conn, SERVICE_ADDRESS, "SearchItems", "a{ss}",
                                         ({"service": service},))
        return Items(list(unlocked), list(locked))

    def secret_tool_search(self, service: str = SERVICE) -> list[dict[str, str]]:
        """``secret-tool search --all service …``: each item's attributes (the keyring must
        be unlocked; the secret lines are dropped here)."""
        if self.is_locked():
            raise AssertionError("secret-tool search would prompt: the keyring is locked")
        done = self.desktop.run(["secret-tool", "search", "--all", "service", service],
                                timeout=20)
        found: list[dict[str, str]] = []
        for line in (done.stdout + done.stderr).decode(errors="replace").splitlines():
            if line.startswith("["):
                found.append({})
            elif found and line.startswith("attribute.") and " = " in line:
                key, value = line.removeprefix("attribute.").split(" = ", 1)
                found[-1][key] = value
        return found

    # -- the prompt ----------------------------------------------------------------------

    def prompt(self) -> int | None:
        """The keyring's unlock prompt window, if one is on screen."""
        for window in self.desktop.windows("^gcr-prompter$", by="classname"):
            if self.desktop.window_name(window) not in ("", "gcr-prompter"):
                return window
        return None

    def wait_prompt(self, timeout: float) -> int:
        return wait_until(self.prompt, timeout, "the keyring's unlock prompt", interval=0.2)

    def cancel_prompt(self, timeout: float = 20) -> None:
        """Wait for the prompt, press Escape in it (Cancel), wait until it is gone."""
        window = self.wait_prompt(timeout)
        self._press_in(window, "Escape")

    def answer_prompt(self, password: str | None = None, timeout: float = 20) -> None:
        window = self.wait_prompt(timeout)
        self.desktop.focus(window)
        self.desktop.type_text(password if password is not None else self.password)
        self._press_in(window, "Return")

    def _press_in(self, window: int, key: str) -> None:
        deadline = time.monotonic() + 15
        while time.monotonic() < deadline:
            try:
                self.desktop.focus(window)
            except Timeout:
                pass
            self.desktop.key(key)
            try:
                wait_until(lambda: self.prompt() != window, 3, "the prompt to close",
                           interval=0.15)
                return
            except Timeout:
                continue
        raise Timeout("the keyring's prompt did not close")


class PromptCanceller:
    """While in its ``with`` block: every keyring prompt that comes up is cancelled (a
    person who keeps the keyring locked). :attr:`cancelled` counts them."""

    def __init__(self, keyring: Keyring, interval: float = 0.3) -> None:
        self.keyring = keyring
        self.interval = interval
        self.cancelled = 0
        self.errors: list[BaseException] = []
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="prompt-canceller", daemon=True)

    def __enter__(self) -> PromptCanceller:
        self._thread.start()
        return self

    def __exit__(self, *_exc: object) -> None:
        self._stop.set()
        self._thread.join(30)

    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                window = self.keyring.prompt()
                if window is not None:
                    self.keyring._press_in(window, "Escape")
                    self.cancelled += 1
            except Exception as err:  # reported by the test, never lost
                self.errors.append(err)
            self._stop.wait(self.interval)
