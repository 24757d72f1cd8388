""""Remember on this device": the vault key in the OS keyring, never in a file.

Only keyrings that encrypt with the operating system's own protection are
accepted (macOS Keychain, Windows Credential Locker, Secret Service/KWallet on
Linux). Plaintext, "fail", "null" and unknown backends are refused, and the
app then asks for the passphrase every time. ``keyring`` is imported lazily:
it is slow to import and the unlock prompt must appear fast.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from locator.model.errors import N_

SERVICE = "Locator vault"

#: how long one keyring call may take, its own unlock prompt included (the person may be
#: typing the keyring's password); after that it counts as "the keyring did not answer"
TIMEOUT_S = 90.0

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
                 allowed: dict[str, str] | None = None, timeout_s: float = TIMEOUT_S) -> None:
        self._backend = backend
        self._allowed = ALLOWED_BACKENDS if allowed is None else allowed
        self.timeout_s = timeout_s

    def _get_backend(self) -> Any:
        if self._backend is None:
            import keyring  # lazy: about 150 ms of entry-point discovery

            self._backend = keyring.get_keyring()
        return self._backend

    def status(self) -> KeystoreStatus:
        """Can this computer's keyring keep the key, and where (asked at most
        :attr:`timeout_s`: finding the keyring talks to D-Bus on Linux)."""
        try:
            answer: KeystoreStatus = _bounded(self.timeout_s, self._status)
        except KeystoreUnavailable:
            return KeystoreStatus(False, N_("The keyring on this computer is not "
                                            "available right now."))
        return answer

    def _status(self) -> KeystoreStatus:
        try:
            backend = self._get_backend()
        except Exception:  # a broken keyring install must not stop the app
            return KeystoreStatus(False, N_("No keyring could be loaded on this computer."))
        for inner in _backends(backend):
            where = _allowed(inner, self._allowed)
            if where is None:
                return KeystoreStatus(False, _refused_reason(inner))
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
        """Keep ``key``; raises :class:`KeystoreRefused` or :class:`KeystoreUnavailable`."""
        backend = self._require()
        try:
            _bounded(self.timeout_s, backend.set_password, SERVICE, vault_id, key.hex())
        except KeystoreUnavailable:
            raise
        except Exception as err:  # locked and its prompt dismissed, D-Bus gone…
            raise KeystoreUnavailable(type(err).__name__) from None

    def recall(self, vault_id: str) -> bytes | None:
        """The remembered key, or None when the keyring answered that it keeps none (or
        cannot be trusted to keep one).

        Raises :class:`KeystoreUnavailable` when the keyring could not answer (locked and
        its prompt dismissed, not reachable): "not known" is not "not remembered", and
        nobody may forget a key on the strength of it.
        """
        if not self.status().usable:
            return None
        try:
            value = _bounded(self.timeout_s, self._get_backend().get_password, SERVICE,
                             vault_id)
        except KeystoreUnavailable:
            raise
        except Exception as err:
            raise KeystoreUnavailable(type(err).__name__) from None
        try:
            return bytes.fromhex(value) if value else None
        except ValueError:  # not a key Locator wrote: as good as none
            return None

    def forget(self, vault_id: str) -> bool:
        """Remove the remembered key. True if one was removed, False if none was kept.

        Raises :class:`KeystoreUnavailable` when the keyring could not be asked (it may
        still keep the key).
        """
        if not self.status().usable:
            return False
        try:
            _bounded(self.timeout_s, self._get_backend().delete_password, SERVICE, vault_id)
        except KeystoreUnavailable:
            raise
        except Exception as err:  # not stored is fine; anything else is reported
            if type(err).__name__ == "PasswordDeleteError":
                return False
            raise KeystoreUnavailable(type(err).__name__) from None
        return True

    def _require(self) -> Any:
        status = self.status()
        if not status.usable:
            raise KeystoreRefused(status.explanation)
        return self._get_backend()


class KeystoreUnavailable(Exception):
    """The keyring did not answer (locked, its prompt dismissed, not reachable).

    Its argument is the backend's exception type only: never a secret or a message that
    could hold one.
    """


class KeystoreRefused(Exception):
    """The keyring cannot be trusted or used; the passphrase is asked instead."""


def _bounded(timeout_s: float, call: Callable[..., Any], *args: Any) -> Any:
    """``call(*args)``, but wait at most ``timeout_s`` for it.

    A keyring call can wait without end (its unlock prompt left open, a D-Bus peer that
    never answers): it runs on a thread of its own, and after ``timeout_s`` the caller goes
    on with :class:`KeystoreUnavailable`. The call itself may still finish later; it only
    ever does what was asked of it.
    """
    outcome: dict[str, Any] = {}
    finished = threading.Event()

    def run() -> None:
        try:
            outcome["value"] = call(*args)
        except BaseException as err:  # handed to the caller below
            outcome["error"] = err
        finally:
            finished.set()

    threading.Thread(target=run, name="locator-keyring-call", daemon=True).start()
    if not finished.wait(timeout_s):
        raise KeystoreUnavailable("timeout")
    if "error" in outcome:
        raise outcome["error"]
    return outcome.get("value")


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


def _refused_reason(backend: Any) -> str:
    """Why a backend is not used, in plain words (never its class name)."""
    module = type(backend).__module__
    if module.startswith(("keyring.backends.fail", "keyring.backends.null")):
        return N_("No safe place for the key was found on this computer (no keyring "
                  "service is running).")
    return N_("The keyring on this computer does not encrypt secrets safely, so Locator "
              "will not use it.")


def vault_id(salt: bytes) -> str:
    """A name for the keyring entry that reveals nothing about the cases."""
    return salt.hex()
