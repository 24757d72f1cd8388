"""'Remember on this device': only trustworthy keyrings, never plaintext."""

from __future__ import annotations

import time
import types

import keyring.backends.fail
import keyring.backends.null
import pytest
from keyring.backend import KeyringBackend

from locator.storage.keystore import Keystore, KeystoreRefused, KeystoreUnavailable
from tests.memkeyring import LockableKeyring, MemoryKeyring, memory_keystore


def _plaintext_backend() -> KeyringBackend:
    """A stand-in with the module and name of keyrings.alt's PlaintextKeyring."""
    module = types.ModuleType("keyrings.alt.file")
    cls = type("PlaintextKeyring", (MemoryKeyring,), {"__module__": module.__name__})
    return cls()


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
    assert "backends" not in status.explanation and "Keyring" not in status.explanation
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
        priority = 1

        def get_password(self, service: str, username: str) -> str | None:
            raise RuntimeError("locked")

        def set_password(self, service: str, username: str, password: str) -> None:
            raise RuntimeError("locked")

        def delete_password(self, service: str, username: str) -> None:
            raise RuntimeError("locked")

    store = Keystore(Broken(), allowed={__name__: "test"})
    # "could not ask" is not "none kept": nobody may forget a key on the strength of it
    with pytest.raises(KeystoreUnavailable):
        store.recall("v")
    with pytest.raises(KeystoreUnavailable):
        store.forget("v")
    with pytest.raises(KeystoreUnavailable):
        store.remember("v", b"\x01" * 32)


def test_a_keyring_that_never_answers_is_given_up_on_in_time() -> None:
    keyring = LockableKeyring()
    store = memory_keystore(keyring, timeout_s=0.2)
    store.remember("v", b"\x03" * 32)
    keyring.locked = True
    keyring.prompt_up.clear()  # its prompt is up and nobody answers it
    started = time.monotonic()
    for call in (lambda: store.recall("v"), lambda: store.forget("v")):
        with pytest.raises(KeystoreUnavailable):
            call()
    assert time.monotonic() - started < 3
    # the person unlocks it later: the key was never deleted by the recall; the forget
    # that was asked for goes through (it was asked for)
    keyring.locked = False
    keyring.prompt_up.set()
    deadline = time.monotonic() + 3
    while ("Locator vault", "v") in keyring.store and time.monotonic() < deadline:
        time.sleep(0.01)
    assert keyring.calls[:3] == ["set", "get", "delete"]


def test_a_locked_keyring_keeps_the_key() -> None:
    keyring = LockableKeyring()
    store = memory_keystore(keyring)
    store.remember("v", b"\x04" * 32)
    keyring.locked = True  # its prompt dismissed at once
    with pytest.raises(KeystoreUnavailable):
        store.recall("v")
    with pytest.raises(KeystoreUnavailable):
        store.forget("v")
    keyring.locked = False
    assert store.recall("v") == b"\x04" * 32


def test_remember_recall_forget() -> None:
    store = memory_keystore()
    assert store.status().usable
    store.remember("v1", b"\x02" * 32)
    assert store.recall("v1") == b"\x02" * 32
    assert store.forget("v1") is True
    assert store.recall("v1") is None
    assert store.forget("v1") is False  # forgetting twice is fine: none was kept
