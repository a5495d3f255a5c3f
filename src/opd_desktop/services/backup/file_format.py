"""The backup file format, version 1 (see docs/backup-format.md).

    header   magic "OPDBAK" | version u16 | version xor 0xFFFF u16 | Argon2id t, m (KiB), p: 3×u32 | salt 16 |
             AEAD id u8 | nonce prefix 7 | chunk size u32 | key check 32
    checksum SHA-256 of the header (32 bytes): a changed header byte reads as damage
    chunks    length u32 | AES-256-GCM ciphertext+tag; nonce = prefix | index u32 | last u8,
             associated data = header + checksum; the last chunk has last = 1

The key check is an HMAC, under a key derived from the passphrase, of the
header: it tells a wrong passphrase from a damaged chunk. The header checksum
is plain SHA-256, so it catches accidental damage only; anyone can change a
header and recompute it. What keeps a hostile header cheap is that the KDF
parameters must lie in a narrow band around what this version writes, checked
before the KDF runs; a version with stronger defaults bumps the format version.

A file is read defensively: only regular files, the magic from the first bytes
before anything else, a size no backup could exceed, and the chunks read and
decrypted one at a time.
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import io
import os
import stat
import struct
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import BinaryIO

from opd_desktop.core.i18n_marks import QT_TRANSLATE_NOOP
from opd_desktop.services.backup.errors import (
    BackupError,
    DamagedBackupError,
    NewerBackupError,
    WrongPassphraseError,
)

MAGIC = b"OPDBAK"
FORMAT_VERSION = 1
AEAD_AES_256_GCM = 1
SALT_BYTES = 16
PREFIX_BYTES = 7
TAG_BYTES = 16
DEFAULT_CHUNK = 1 << 20  # 1 MiB of plaintext per chunk

# What this version writes, and the narrow band it accepts when reading.
KDF_TIME, KDF_MEMORY_KIB, KDF_LANES = 3, 64 * 1024, 4
TIME_BOUNDS = (2, 6)
MEMORY_BOUNDS = (32 * 1024, 256 * 1024)  # 32 to 256 MiB
LANES_BOUNDS = (1, 8)
CHUNK_BOUNDS = (4 * 1024, 16 << 20)
# No backup of one manager's notes comes near this; a larger file is refused unread.
MAX_BACKUP_BYTES = 2 << 30

_FIXED = struct.Struct(">6sHHIII16sB7sI")
HEADER_BYTES = _FIXED.size + 32
CHECKSUM_BYTES = 32
PREAMBLE_BYTES = HEADER_BYTES + CHECKSUM_BYTES


@dataclass(frozen=True)
class Header:
    time_cost: int
    memory_kib: int
    lanes: int
    salt: bytes
    nonce_prefix: bytes
    chunk_size: int
    key_check: bytes = b""

    def fixed_bytes(self) -> bytes:
        return _FIXED.pack(
            MAGIC,
            FORMAT_VERSION,
            FORMAT_VERSION ^ 0xFFFF,
            self.time_cost,
            self.memory_kib,
            self.lanes,
            self.salt,
            AEAD_AES_256_GCM,
            self.nonce_prefix,
            self.chunk_size,
        )

    def to_bytes(self) -> bytes:
        header = self.fixed_bytes() + self.key_check
        return header + hashlib.sha256(header).digest()


def new_header(chunk_size: int = DEFAULT_CHUNK) -> Header:
    return Header(
        KDF_TIME, KDF_MEMORY_KIB, KDF_LANES, os.urandom(SALT_BYTES), os.urandom(PREFIX_BYTES), chunk_size
    )


def parse_preamble(data: bytes) -> Header:
    """Read and check the header without deriving any key."""
    if len(data) < 10 or data[:6] != MAGIC:
        if len(data) >= PREAMBLE_BYTES and sum(a != b for a, b in zip(data[:6], MAGIC, strict=True)) <= 2:
            raise DamagedBackupError(QT_TRANSLATE_NOOP("Errors", "its first bytes are damaged"))
        raise BackupError(
            QT_TRANSLATE_NOOP(
                "Errors", "This file is not an OPD Desktop backup. Choose a file ending in .opdbackup."
            )
        )
    version, check = struct.unpack(">HH", data[6:10])
    if version ^ check != 0xFFFF:
        raise DamagedBackupError(QT_TRANSLATE_NOOP("Errors", "its version field is damaged"))
    if version > FORMAT_VERSION:
        raise NewerBackupError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "This backup was made by a newer version of OPD Desktop (backup format {version}). Install the newer version to restore it.",  # noqa: E501
            ).format(version=version)
        )
    if len(data) < PREAMBLE_BYTES:
        raise DamagedBackupError(QT_TRANSLATE_NOOP("Errors", "it ends inside its header"))
    header_bytes, checksum = data[:HEADER_BYTES], data[HEADER_BYTES:PREAMBLE_BYTES]
    if not hmac.compare_digest(hashlib.sha256(header_bytes).digest(), checksum):
        raise DamagedBackupError(QT_TRANSLATE_NOOP("Errors", "its header does not match its checksum"))
    _magic, version, _check, t, m, p, salt, aead, prefix, chunk = _FIXED.unpack(header_bytes[: _FIXED.size])
    if version != FORMAT_VERSION or aead != AEAD_AES_256_GCM:
        raise DamagedBackupError(QT_TRANSLATE_NOOP("Errors", "it names an unknown format or cipher"))
    for value, (low, high), what in (
        (t, TIME_BOUNDS, "time cost"),
        (m, MEMORY_BOUNDS, "memory cost"),
        (p, LANES_BOUNDS, "parallelism"),
        (chunk, CHUNK_BOUNDS, "chunk size"),
    ):
        if not low <= value <= high:
            raise DamagedBackupError(
                QT_TRANSLATE_NOOP("Errors", "its {what} {value} is outside {low}–{high}").format(
                    what=what, value=value, low=low, high=high
                )
            )
    return Header(t, m, p, salt, prefix, chunk, header_bytes[_FIXED.size :])


def derive_key(passphrase: str, header: Header) -> bytes:
    from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

    if not passphrase:
        raise BackupError(QT_TRANSLATE_NOOP("Errors", "The passphrase is empty."))
    return Argon2id(
        salt=header.salt,
        length=32,
        iterations=header.time_cost,
        lanes=header.lanes,
        memory_cost=header.memory_kib,
    ).derive(passphrase.encode("utf-8"))


def _subkey(key: bytes, label: bytes) -> bytes:
    return hmac.new(key, b"opd-backup-v1 " + label, hashlib.sha256).digest()


def key_check(key: bytes, header: Header) -> bytes:
    return hmac.new(_subkey(key, b"check"), header.fixed_bytes(), hashlib.sha256).digest()


def _nonce(header: Header, index: int, last: bool) -> bytes:
    return header.nonce_prefix + struct.pack(">IB", index, 1 if last else 0)


def keyed_header(passphrase: str, chunk_size: int = DEFAULT_CHUNK) -> tuple[Header, bytes]:
    """A new header (fresh salt and nonce prefix) and the key derived for it: the
    one KDF run a backup needs (its read-back check uses the same key)."""
    header = new_header(chunk_size)
    key = derive_key(passphrase, header)
    return replace(header, key_check=key_check(key, header)), key


def _rechunk(pieces: Iterable[bytes | memoryview], size: int) -> Iterator[bytes | memoryview]:
    """The concatenation of `pieces` in slices of `size` bytes (the last may be
    shorter), copying only the slices that straddle two pieces."""
    pending: list[bytes | memoryview] = []
    pending_bytes = 0
    for piece in pieces:
        view = memoryview(piece).cast("B")
        offset = 0
        if pending:
            take = min(size - pending_bytes, len(view))
            pending.append(view[:take])
            pending_bytes += take
            offset = take
            if pending_bytes == size:
                yield b"".join(pending)
                pending, pending_bytes = [], 0
        while len(view) - offset >= size:
            yield view[offset : offset + size]
            offset += size
        if offset < len(view):
            pending.append(view[offset:])
            pending_bytes += len(view) - offset
    if pending:
        yield b"".join(pending)


def encrypt_to(
    handle: BinaryIO, header: Header, key: bytes, pieces: Iterable[bytes | memoryview], total: int
) -> None:
    """Write the backup of the `total` plaintext bytes given as consecutive `pieces`
    to `handle`, one chunk at a time (nothing but the chunk at hand is held in
    memory)."""
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    preamble = header.to_bytes()
    handle.write(preamble)
    aead = AESGCM(_subkey(key, b"data"))
    count = max(1, -(-total // header.chunk_size))
    index = -1
    for index, chunk in enumerate(_rechunk(pieces, header.chunk_size)):
        sealed = aead.encrypt(_nonce(header, index, index == count - 1), bytes(chunk), preamble)
        handle.write(struct.pack(">I", len(sealed)))
        handle.write(sealed)
    if index == -1:  # nothing at all: one empty last chunk
        sealed = aead.encrypt(_nonce(header, 0, True), b"", preamble)
        handle.write(struct.pack(">I", len(sealed)) + sealed)
    elif index != count - 1:
        raise ValueError(f"{total} bytes were announced, the pieces held another amount")


def encrypt(plaintext: bytes, passphrase: str, chunk_size: int = DEFAULT_CHUNK) -> bytes:
    """The whole backup file for `plaintext`, in memory."""
    header, key = keyed_header(passphrase, chunk_size)
    out = io.BytesIO()
    encrypt_to(out, header, key, [plaintext], len(plaintext))
    return out.getvalue()


def decrypt(data: bytes, passphrase: str) -> bytes:
    """The plaintext of a whole backup file held in memory; every chunk is verified."""
    return decrypt_stream(io.BytesIO(data), len(data), passphrase)


def read_file(path: Path, passphrase: str) -> bytes:
    """The plaintext of the backup file at `path`, read defensively (see the
    module docstring); every chunk is verified."""
    with open_backup_file(path) as (handle, size):
        return decrypt_stream(handle, size, passphrase)


@contextlib.contextmanager
def open_backup_file(path: Path) -> Iterator[tuple[BinaryIO, int]]:
    """Open a backup for reading, refusing what cannot be one before reading it:
    pipes, devices and folders (a pipe would block, a device never ends) and
    files larger than any backup. Yields the open file and its size."""
    not_a_file = QT_TRANSLATE_NOOP(
        "Errors",
        "{path} is not a regular file (a folder, a pipe or a device) and cannot be a backup. "
        "Choose a file ending in .opdbackup.",
    ).format(path=path)
    try:
        if not stat.S_ISREG(os.stat(path).st_mode):
            raise BackupError(not_a_file)
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    except OSError as exc:
        raise BackupError(
            QT_TRANSLATE_NOOP("Errors", "The backup {path} cannot be read: {value}.").format(
                path=path, value=exc.strerror or exc
            )
        ) from exc
    with os.fdopen(fd, "rb") as handle:
        info = os.fstat(handle.fileno())
        if not stat.S_ISREG(info.st_mode):  # replaced between the two looks
            raise BackupError(not_a_file)
        yield handle, info.st_size


def _read_exactly(handle: BinaryIO, count: int) -> bytes:
    data = handle.read(count)
    if len(data) != count:
        raise DamagedBackupError(QT_TRANSLATE_NOOP("Errors", "it is cut short"))
    return data


def decrypt_stream(handle: BinaryIO, size: int, passphrase: str) -> bytes:
    """Decrypt a backup of `size` bytes from `handle`: the magic and header are
    checked from the first bytes, the KDF runs only for a sane header, then the
    chunks are read and decrypted one at a time."""
    preamble = handle.read(PREAMBLE_BYTES)
    header = parse_preamble(preamble)  # magic and version first, from the first bytes
    if size > MAX_BACKUP_BYTES:
        raise DamagedBackupError(
            QT_TRANSLATE_NOOP("Errors", "it is {value:.1f} GiB, larger than any backup can be").format(
                value=size / (1 << 30)
            )
        )
    key = derive_key(passphrase, header)
    return b"".join(_decrypted(handle, size, header, preamble, key))


def decrypt_with_key(handle: BinaryIO, size: int, key: bytes) -> Iterator[bytes]:
    """The plaintext chunks of a backup whose key is already known (a backup just
    written, checked without running the KDF again), one at a time."""
    preamble = handle.read(PREAMBLE_BYTES)
    header = parse_preamble(preamble)
    yield from _decrypted(handle, size, header, preamble, key)


def _decrypted(handle: BinaryIO, size: int, header: Header, preamble: bytes, key: bytes) -> Iterator[bytes]:
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    if not hmac.compare_digest(key_check(key, header), header.key_check):
        raise WrongPassphraseError()
    aead = AESGCM(_subkey(key, b"data"))
    for index, sealed, last in _chunks(handle, size, header):
        try:
            yield aead.decrypt(_nonce(header, index, last), sealed, preamble)
        except InvalidTag:
            raise DamagedBackupError(
                QT_TRANSLATE_NOOP("Errors", "chunk {value} fails its integrity check").format(value=index + 1)
            ) from None


def _chunks(handle: BinaryIO, size: int, header: Header) -> Iterator[tuple[int, bytes, bool]]:
    offset, index = PREAMBLE_BYTES, 0
    limit = header.chunk_size + TAG_BYTES
    while True:
        if offset + 4 > size:
            raise DamagedBackupError(QT_TRANSLATE_NOOP("Errors", "it is cut short"))
        (length,) = struct.unpack(">I", _read_exactly(handle, 4))
        if not TAG_BYTES <= length <= limit:
            raise DamagedBackupError(
                QT_TRANSLATE_NOOP("Errors", "chunk {value} has an impossible length").format(value=index + 1)
            )
        end = offset + 4 + length
        if end > size:
            raise DamagedBackupError(QT_TRANSLATE_NOOP("Errors", "it is cut short"))
        last = end == size
        yield index, _read_exactly(handle, length), last
        if last:
            if handle.read(1):
                raise DamagedBackupError(QT_TRANSLATE_NOOP("Errors", "it grew while it was read"))
            return
        offset, index = end, index + 1
