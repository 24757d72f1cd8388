"""Passphrase → vault key.

The vault is keyed with a raw 256-bit key (SQLCipher ``x'…'`` form) derived
here with scrypt, memory-hard, about half a second on a 2-core VM. The salt is
SQLCipher's own per-file salt (the first 16 bytes of the file), so nothing
besides the vault file is needed to open it, and the "remember on this device"
option can keep the derived key — never the passphrase — in the OS keyring.
"""

from __future__ import annotations

import hashlib
import os
import unicodedata
from dataclasses import dataclass

SALT_SIZE = 16
KEY_SIZE = 32


@dataclass(frozen=True)
class KdfParams:
    n: int = 2**17
    r: int = 8
    p: int = 1

    @property
    def maxmem(self) -> int:
        return 129 * self.r * self.n * self.p + 1024 * 1024


DEFAULT_PARAMS = KdfParams()


def normalise_passphrase(passphrase: str) -> str:
    """NFC, so the same passphrase typed on any keyboard gives the same key."""
    return unicodedata.normalize("NFC", passphrase)


def new_salt() -> bytes:
    return os.urandom(SALT_SIZE)


def derive_key(passphrase: str, salt: bytes, params: KdfParams | None = None) -> bytes:
    """The 32-byte vault key. Slow on purpose: never call it on the UI thread."""
    params = params or DEFAULT_PARAMS
    if len(salt) != SALT_SIZE:
        raise ValueError("salt must be 16 bytes")
    secret = normalise_passphrase(passphrase).encode("utf-8")
    return hashlib.scrypt(secret, salt=salt, n=params.n, r=params.r, p=params.p,
                          maxmem=params.maxmem, dklen=KEY_SIZE)
