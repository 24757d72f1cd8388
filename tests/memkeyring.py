"""The one thing tests replace: the OS keyring, by an in-memory backend."""

from __future__ import annotations

from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError

from locator.keystore import ALLOWED_BACKENDS, Keystore


class MemoryKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]

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


def memory_keystore() -> Keystore:
    allowed = {**ALLOWED_BACKENDS, __name__: "memory (tests only)"}
    return Keystore(MemoryKeyring(), allowed=allowed)
