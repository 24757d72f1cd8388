""""Remember on this device": the vault key in the OS keyring, never in a file.

Only keyrings that encrypt with the operating system's own protection are
accepted (macOS Keychain, Windows Credential Locker, Secret Service/KWallet on
Linux). Plaintext, "fail", "null" and unknown backends are refused, and the
app then asks for the passphrase every time. ``keyring`` is imported lazily:
it is slow to import and the unlock prompt must appear fast.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from locator.errors import N_

SERVICE = "Locator vault"

#: module prefix of the backend class → where the secret is kept, in plain words
ALLOWED_BACKENDS: dict[str, str] = {
    "keyring.backends.macOS": N_("the macOS Keychain of this user account"),
    "keyring.backends.Windows": N_("the Windows Credential Locker of this user account"),
    "keyring.backends.SecretService": N_(
        "the desktop keyring of this user account (Secret Service)"),
    "keyring.backends.kwallet": N_("KWallet, the KDE keyring of this user account"),
    "keyring.backends.libsecret": N_("the desktop keyring of this user account (libsecret)"),
}


@dataclass(frozen=True)
class KeystoreStatus:
    usable: bool
    #: where the secret is kept (usable) or why the option is off (not usable): an English
    #: template with ``{name}`` placeholders, which the UI translates, then fills in
    template: str
    params: dict[str, str] = field(default_factory=dict)

    @property
    def explanation(self) -> str:
        return self.template.format(**self.params) if self.params else self.template


class Keystore:
    """A small service around one keyring backend, checked against the allowlist."""

    def __init__(self, backend: Any | None = None,
                 allowed: dict[str, str] | None = None) -> None:
        self._backend = backend
        self._allowed = ALLOWED_BACKENDS if allowed is None else allowed

    def _get_backend(self) -> Any:
        if self._backend is None:
            import keyring  # lazy: about 150 ms of entry-point discovery

            self._backend = keyring.get_keyring()
        return self._backend

    def status(self) -> KeystoreStatus:
        try:
            backend = self._get_backend()
        except Exception:  # a broken keyring install must not stop the app
            return KeystoreStatus(False, N_("No keyring could be loaded on this computer."))
        for inner in _backends(backend):
            where = _allowed(inner, self._allowed)
            if where is None:
                name = f"{type(inner).__module__}.{type(inner).__name__}"
                return KeystoreStatus(False, N_(
                    "The keyring on this computer ({name}) does not encrypt secrets safely, "
                    "so Locator will not use it."), {"name": name})
            try:
                priority = float(getattr(inner, "priority", 0))
            except Exception:
                priority = 0.0
            if priority <= 0:
                return KeystoreStatus(False, N_("The keyring on this computer is not "
                                                "available right now."))
            return KeystoreStatus(True, where)
        return KeystoreStatus(False, N_("There is no keyring on this computer (for example "
                                        "no GNOME Keyring or KWallet is running)."))

    def remember(self, vault_id: str, key: bytes) -> None:
        self._require().set_password(SERVICE, vault_id, key.hex())

    def recall(self, vault_id: str) -> bytes | None:
        """The remembered key, or None (not remembered, refused backend, or any error)."""
        if not self.status().usable:
            return None
        try:
            value = self._get_backend().get_password(SERVICE, vault_id)
            return bytes.fromhex(value) if value else None
        except Exception:
            return None

    def forget(self, vault_id: str) -> None:
        if not self.status().usable:
            return
        try:
            self._get_backend().delete_password(SERVICE, vault_id)
        except Exception as err:  # not stored is fine; anything else is reported
            if type(err).__name__ != "PasswordDeleteError":
                raise

    def _require(self) -> Any:
        status = self.status()
        if not status.usable:
            raise KeystoreRefused(status.explanation)
        return self._get_backend()


class KeystoreRefused(Exception):
    """The keyring cannot be trusted or used; the passphrase is asked instead."""


def _backends(backend: Any) -> list[Any]:
    """A chainer holds several backends; look at the one that would be used."""
    inner = getattr(backend, "backends", None)
    if isinstance(inner, list | tuple):
        ordered = sorted(inner, key=lambda b: getattr(b, "priority", 0), reverse=True)
        return ordered[:1]
    return [backend]


def _allowed(backend: Any, allowed: dict[str, str]) -> str | None:
    module = type(backend).__module__
    for prefix, where in allowed.items():
        if module == prefix or module.startswith(prefix + "."):
            return where
    return None


def vault_id(salt: bytes) -> str:
    """A name for the keyring entry that reveals nothing about the cases."""
    return salt.hex()
