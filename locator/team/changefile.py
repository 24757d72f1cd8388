"""One change file: padded, encrypted and signed, named by its sequence number only.

Layout (all integers big-endian)::

    magic "LCT1" | team id (16) | author device (16) | sequence (8) | key epoch (4) | nonce (24)
    | XChaCha20-Poly1305 ciphertext of the padded payload (associated data: the header)
    | Ed25519 signature by the author's device key of everything before it (64)

The payload is JSON, deflated, prefixed with its length and padded with zeros to a fixed
bucket (1, 4, 16, 64 KiB, then whole 64 KiB steps), so a file's size says little about what
changed. The team key (shared by the members, replaced when one is removed) keeps the
content from whoever runs the folder; the device's signature proves which member wrote it
(no member can write in another's name), and covers the header, so a file copied to
another place or another team is refused.
"""

from __future__ import annotations

import json
import os
import struct
import zlib
from dataclasses import dataclass
from typing import Any

import nacl.bindings
import nacl.exceptions
import nacl.signing

from locator.team.errors import FOREIGN, NO_KEY, NOT_A_CHANGE_FILE, TAMPERED, UNREADABLE

MAGIC = b"LCT1"
_HEADER = struct.Struct(">4s16s16sQI24s")
HEADER_SIZE = _HEADER.size
SIGNATURE_SIZE = 64
_TAG = nacl.bindings.crypto_aead_xchacha20poly1305_ietf_ABYTES
_BUCKETS = (1024, 4096, 16384, 65536)
_STEP = 65536
MAX_PAYLOAD = 64 * 1024 * 1024


@dataclass(frozen=True)
class Header:
    team: bytes
    device: bytes
    seq: int
    epoch: int
    nonce: bytes


class BadFile(Exception):
    """A change file refused; ``reason`` is one of :mod:`locator.team.errors`' texts."""

    def __init__(self, reason: str) -> None:
        self.reason = reason
        super().__init__(reason)


def padded_size(length: int) -> int:
    for bucket in _BUCKETS:
        if length <= bucket:
            return bucket
    return -(-length // _STEP) * _STEP


def _pad(data: bytes) -> bytes:
    body = struct.pack(">I", len(data)) + data
    return body + bytes(padded_size(len(body)) - len(body))


def _unpad(data: bytes) -> bytes:
    if len(data) < 4:
        raise BadFile(UNREADABLE)
    (length,) = struct.unpack(">I", data[:4])
    if length > len(data) - 4:
        raise BadFile(UNREADABLE)
    return data[4:4 + length]


def seal(payload: dict[str, Any], *, team: bytes, device: bytes, seq: int, epoch: int,
         key: bytes, signing_key: bytes) -> bytes:
    """The bytes of one change file."""
    plain = _pad(zlib.compress(json.dumps(payload, ensure_ascii=False, sort_keys=True,
                                          separators=(",", ":")).encode("utf-8"), 6))
    header = _HEADER.pack(MAGIC, team, device, seq, epoch, os.urandom(24))
    nonce = header[-24:]
    body = header + nacl.bindings.crypto_aead_xchacha20poly1305_ietf_encrypt(
        plain, header, nonce, key)
    signed = nacl.signing.SigningKey(signing_key).sign(body)
    return body + signed.signature


def header_of(data: bytes, team: bytes) -> Header:
    """The header, after the checks a file can fail without any key."""
    if len(data) < HEADER_SIZE + _TAG + SIGNATURE_SIZE:
        raise BadFile(NOT_A_CHANGE_FILE)
    magic, team_id, device, seq, epoch, nonce = _HEADER.unpack(data[:HEADER_SIZE])
    if magic != MAGIC:
        raise BadFile(NOT_A_CHANGE_FILE)
    if team_id != team:
        raise BadFile(FOREIGN)
    return Header(team_id, device, seq, epoch, nonce)


def verify(data: bytes, verify_key: bytes) -> None:
    """Raises BadFile unless the author's signature covers every byte of the file."""
    body, signature = data[:-SIGNATURE_SIZE], data[-SIGNATURE_SIZE:]
    try:
        nacl.signing.VerifyKey(verify_key).verify(body, signature)
    except (nacl.exceptions.BadSignatureError, ValueError):
        raise BadFile(TAMPERED) from None


def open_payload(data: bytes, header: Header, key: bytes | None) -> dict[str, Any]:
    """The payload of a file whose signature was verified."""
    if key is None:
        raise BadFile(NO_KEY)
    body = data[:-SIGNATURE_SIZE]
    try:
        plain = nacl.bindings.crypto_aead_xchacha20poly1305_ietf_decrypt(
            body[HEADER_SIZE:], body[:HEADER_SIZE], header.nonce, key)
    except nacl.exceptions.CryptoError:
        raise BadFile(FOREIGN) from None  # signed by a member, locked with another key
    try:
        text = zlib.decompressobj().decompress(_unpad(plain), MAX_PAYLOAD)
        payload = json.loads(text.decode("utf-8"))
    except (zlib.error, UnicodeDecodeError, ValueError):
        raise BadFile(UNREADABLE) from None
    if not isinstance(payload, dict):
        raise BadFile(UNREADABLE)
    return payload
