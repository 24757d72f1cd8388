"""Joining a team: the team's keys, locked under a one-time code the inviter reads out or
shows as a QR code.

The invitation file (``invites/<random>.lci`` in the team folder) holds the team's keys and
members, encrypted with XSalsa20-Poly1305 (libsodium's secretbox) under a key derived from
the code by Argon2id. The code is 16 letters and digits (80 random bits, Crockford's
base32: no I, L, O, U), so guessing it from the file is out of reach even at the
interactive Argon2id cost. The file carries a one-time token: the members accept the first
device that joins with it and no other.
"""

from __future__ import annotations

import json
import os
from typing import Any

import nacl.exceptions
import nacl.pwhash
import nacl.secret

MAGIC = b"LCI1"
_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_SALT = nacl.pwhash.argon2id.SALTBYTES
CODE_LENGTH = 16
QR_PREFIX = "LOCATOR-TEAM:"


def new_code() -> str:
    """A fresh code, in groups of four: ``7K2M-Q9XD-…``."""
    raw = int.from_bytes(os.urandom(10), "big")
    chars = "".join(_ALPHABET[(raw >> (5 * i)) & 31] for i in range(CODE_LENGTH))
    return "-".join(chars[i:i + 4] for i in range(0, CODE_LENGTH, 4))


def normalise(code: str) -> str:
    """What the person typed (or the QR code held), as the code: case, dashes, spaces and
    the look-alike letters aside."""
    text = code.strip().upper().removeprefix(QR_PREFIX)
    text = text.translate(str.maketrans("OIL", "011"))
    return "".join(c for c in text if c in _ALPHABET)


def _key(code: str, salt: bytes) -> bytes:
    return bytes(nacl.pwhash.argon2id.kdf(
        nacl.secret.SecretBox.KEY_SIZE, normalise(code).encode("ascii"), salt,
        opslimit=nacl.pwhash.argon2id.OPSLIMIT_INTERACTIVE,
        memlimit=nacl.pwhash.argon2id.MEMLIMIT_INTERACTIVE))


def lock(code: str, contents: dict[str, Any]) -> bytes:
    salt = os.urandom(_SALT)
    box = nacl.secret.SecretBox(_key(code, salt))
    return MAGIC + salt + bytes(box.encrypt(json.dumps(contents).encode("utf-8")))


def unlock(data: bytes, code: str) -> dict[str, Any] | None:
    """The invitation's contents, or None when this code does not open it."""
    if not data.startswith(MAGIC) or len(data) < len(MAGIC) + _SALT + 40:
        return None
    salt = data[len(MAGIC):len(MAGIC) + _SALT]
    try:
        plain = nacl.secret.SecretBox(_key(code, salt)).decrypt(data[len(MAGIC) + _SALT:])
        contents = json.loads(plain.decode("utf-8"))
    except (nacl.exceptions.CryptoError, ValueError):
        return None
    return contents if isinstance(contents, dict) else None


def qr_text(code: str) -> str:
    """What the QR code holds: the code, marked as a Locator team code."""
    return QR_PREFIX + normalise(code)


def qr_terminal(code: str) -> str:
    """The QR code drawn with block characters, for a terminal."""
    import io

    import segno

    out = io.StringIO()
    segno.make(qr_text(code), error="m").terminal(out, compact=True, border=2)
    return out.getvalue()


def qr_png(code: str, scale: int = 6) -> bytes:
    """The QR code as PNG bytes (shown on screen; never written to a file by Locator)."""
    import io

    import segno

    out = io.BytesIO()
    segno.make(qr_text(code), error="m").save(out, kind="png", scale=scale, border=2)
    return out.getvalue()
