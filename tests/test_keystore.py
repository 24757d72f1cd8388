"""'Remember on this device': only trustworthy keyrings, never plaintext."""

from __future__ import annotations

import types

import keyring.backends.fail
import keyring.backends.null
import pytest
from keyring.backend import KeyringBackend

from locator.keystore import Keystore, KeystoreRefused
from tests.memkeyring import MemoryKeyring, memory_keystore


def _plaintext_backend() -> KeyringBackend:
    """A stand-in with the module and name of keyrings.alt's PlaintextKeyring."""
    module = types.ModuleType("keyrings.alt.file")
    cls = type("PlaintextKeyring", (MemoryKeyring,), {"__module__": module.__name__})
    return cls()  # type: ignore[no-any-return]


@pytest.mark.parametrize("backend", [
    keyring.backends.fail.Keyring(),
    keyring.backends.null.Keyring(),
    _plaintext_backend(),
    MemoryKeyring(),  # not on the app's allowlist
])
def test_untrusted_backends_are_refused(backend: KeyringBackend) -> None:
    store = Keystore(backend)
    status = store.status()
    assert not status.usable and status.explanation
    with pytest.raises(KeystoreRefused):
        store.remember("vault", b"\x01" * 32)
    assert store.recall("vault") is None


def test_forced_backend_from_environment_is_still_checked(monkeypatch: pytest.MonkeyPatch
                                                          ) -> None:
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.null.Keyring")
    import keyring.core

    keyring.core.set_keyring(keyring.core.load_env() or keyring.backends.null.Keyring())
    assert not Keystore().status().usable


def test_backend_that_raises_is_refused() -> None:
    class Broken(KeyringBackend):
        priority = 1  # type: ignore[assignment]

        def get_password(self, service: str, username: str) -> str | None:
            raise RuntimeError("locked")

        def set_password(self, service: str, username: str, password: str) -> None:
            raise RuntimeError("locked")

        def delete_password(self, service: str, username: str) -> None:
            raise RuntimeError("locked")

    store = Keystore(Broken(), allowed={__name__: "test"})
    assert store.recall("v") is None


def test_remember_recall_forget() -> None:
    store = memory_keystore()
    assert store.status().usable
    store.remember("v1", b"\x02" * 32)
    assert store.recall("v1") == b"\x02" * 32
    store.forget("v1")
    assert store.recall("v1") is None
    store.forget("v1")  # forgetting twice is fine
