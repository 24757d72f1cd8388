"""Lock when the screen locks, the session is locked, or the computer goes to sleep.

On Linux the desktop says so on D-Bus: ``org.freedesktop.ScreenSaver`` (and
GNOME's own) ``ActiveChanged(bool)`` on the session bus, logind's
``Session.Lock`` and ``Manager.PrepareForSleep(bool)`` on the system bus. Each
is connected only when its bus and service are there; anything missing is
skipped without a word (no bus in CI, none on Windows or macOS, where the idle
lock — which counts time asleep — still applies).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable

from PySide6.QtCore import SLOT, QObject, Slot

from ui.host import Host

# Connections name the slot with SLOT(): PySide6's stubs say bytes, but only the string works.
# Nothing here sends a D-Bus message from Python: in PySide6 6.12 building one
# (QDBusMessage.setArguments) loses a reference to None each time.
SCREENSAVERS = (("org.freedesktop.ScreenSaver", "org.freedesktop.ScreenSaver"),
                ("org.gnome.ScreenSaver", "org.gnome.ScreenSaver"))
LOGIN1 = "org.freedesktop.login1"


class SessionLockWatcher(QObject):
    """Calls ``lock`` on any of the signals above; :attr:`connected` lists what is watched."""

    def __init__(self, lock: Callable[[], object], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._lock = lock
        self.connected: list[str] = []

    # -- slots (D-Bus calls them; tests may too) -------------------------------------------

    @Slot(bool)
    def screensaver_active_changed(self, active: bool) -> None:
        if active:
            self._lock()

    @Slot()
    def session_locked(self) -> None:
        self._lock()

    @Slot(bool)
    def prepare_for_sleep(self, sleeping: bool) -> None:
        if sleeping:
            self._lock()

    # -- wiring ---------------------------------------------------------------------------

    def watch(self, session_bus: object | None = None, system_bus: object | None = None
              ) -> list[str]:
        """Connect to whatever is there. Buses can be given (tests use a private bus)."""
        if not sys.platform.startswith("linux"):
            return self.connected
        from PySide6.QtDBus import QDBusConnection

        session = session_bus or (QDBusConnection.sessionBus()
                                  if os.environ.get("DBUS_SESSION_BUS_ADDRESS") else None)
        if isinstance(session, QDBusConnection) and session.isConnected():
            for service, interface in SCREENSAVERS:
                # from any sender on our own session bus: the worst a stray signal can do is
                # lock; some desktops send it from another name than the service's
                if _registered(session, service) and session.connect(  # type: ignore[call-overload]
                        "", "", interface, "ActiveChanged", self,
                        SLOT("screensaver_active_changed(bool)")):
                    self.connected.append(service)
        system = system_bus or (QDBusConnection.systemBus()
                                if os.path.exists("/run/dbus/system_bus_socket") else None)
        if isinstance(system, QDBusConnection) and system.isConnected() \
                and _registered(system, LOGIN1):
            self._watch_logind(system)
        return self.connected

    def _watch_logind(self, bus: object) -> None:
        from PySide6.QtDBus import QDBusConnection

        assert isinstance(bus, QDBusConnection)
        if bus.connect(  # type: ignore[call-overload]
                LOGIN1, "/org/freedesktop/login1", f"{LOGIN1}.Manager", "PrepareForSleep",
                self, SLOT("prepare_for_sleep(bool)")):
            self.connected.append(f"{LOGIN1}.Manager.PrepareForSleep")
        # our own session's object only (no blocking call to ask logind for it at start-up)
        path = session_path(os.environ.get("XDG_SESSION_ID", ""))
        if path and bus.connect(  # type: ignore[call-overload]
                LOGIN1, path, f"{LOGIN1}.Session", "Lock", self, SLOT("session_locked()")):
            self.connected.append(f"{LOGIN1}.Session.Lock")


def session_path(session_id: str) -> str:
    """logind's object path for a session id, escaped as sd-bus does; "" without an id."""
    if not session_id:
        return ""
    escaped = "".join(
        ch if ch.isascii() and (ch.isalpha() or (index and ch.isdigit()))
        else "".join(f"_{byte:02x}" for byte in ch.encode())
        for index, ch in enumerate(session_id))
    return f"/org/freedesktop/login1/session/{escaped}"


def _registered(bus: object, service: str) -> bool:
    interface = getattr(bus, "interface", lambda: None)()
    if interface is None:
        return False
    reply = interface.isServiceRegistered(service)
    return bool(reply.value()) if reply.isValid() else False


def install(host: Host) -> SessionLockWatcher:
    """Lock the host's vault when the session tells us to."""
    watcher = SessionLockWatcher(lambda: host.lock() if host.vault is not None else None,
                                 host.window())
    watcher.watch()
    return watcher
