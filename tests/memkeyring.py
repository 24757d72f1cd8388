"""The one thing in-process tests replace: the OS keyring, by an in-memory backend.

(The real-session suite, tests/session/, uses GNOME Keyring itself.)
"""

from __future__ import annotations

import threading

from keyring.backend import KeyringBackend
from keyring.errors import KeyringLocked, PasswordDeleteError

from locator.storage.keystore import ALLOWED_BACKENDS, Keystore


class MemoryKeyring(KeyringBackend):
    priority = 1

    def __init__(self) -> None:
        super().__init__()
        self.store: dict[tuple[str, str], str] = {}

    def set_password(self, service: str, username: str, password: str) -> None:
        self.store[(service, username)] = password

    def get_password(self, service: str, username: str) -> str | None:
        return self.store.get((service, username))

    def delete_password(self, service: str, username: str) -> None:
        if self.store.pop((service, username), None) is None:
            raise PasswordDeleteError("not stored")


class LockableKeyring(MemoryKeyring):
    """Behaves as GNOME Keyring does when it is locked: every call first waits while its
    unlock prompt is up (:attr:`prompt_up` cleared), then fails if it stays locked (the
    prompt was dismissed)."""

    def __init__(self) -> None:
        super().__init__()
        self.locked = False
        self.prompt_up = threading.Event()
        self.prompt_up.set()  # set: no prompt is waiting for the person
        self.calls: list[str] = []

    def _unlock(self, call: str) -> None:
        self.calls.append(call)
        if self.locked:
            self.prompt_up.wait()
        if self.locked:
            raise KeyringLocked("Failed to unlock the collection!")

    def set_password(self, service: str, username: str, password: str) -> None:
        self._unlock("set")
        super().set_password(service, username, password)

    def get_password(self, service: str, username: str) -> str | None:
        self._unlock("get")
        return super().get_password(service, username)

    def delete_password(self, service: str, username: str) -> None:
        self._unlock("delete")
        super().delete_password(service, username)


def memory_keystore(backend: MemoryKeyring | None = None, timeout_s: float = 5.0) -> Keystore:
    allowed = {**ALLOWED_BACKENDS, __name__: "memory (tests only)"}
    return Keystore(MemoryKeyring() if backend is None else backend, allowed=allowed,
                    timeout_s=timeout_s)
