"""A consistent image of the database, in memory, with its manifest; and the
checks a restored image must pass. No plaintext of the database is written to
disk here."""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
import sqlite3
import struct
from collections.abc import Callable, Iterable, Iterator
from dataclasses import asdict, dataclass, fields
from pathlib import Path

from opd_desktop import __version__
from opd_desktop.core.i18n_marks import QT_TRANSLATE_NOOP
from opd_desktop.services.backup.errors import BackupError, DamagedBackupError, NewerBackupError
from opd_desktop.services.backup.names import FOLDER_ID_KEY
from opd_desktop.store.database import Store
from opd_desktop.store.migrations import SCHEMA_VERSION

PAYLOAD_MAGIC = b"OPDM"
COUNTED = ("reports", "conversations", "notes", "action_items", "ideas", "plans", "profile_entries")


@dataclass(frozen=True)
class Manifest:
    app_version: str
    schema_version: int
    created_at: str
    counts: dict[str, int]
    image_sha256: str
    image_bytes: int
    folder_id: str = ""  # the data folder it was made from ("" before version 0.2)
    kind: str = ""  # "automatic" (kept by retention) or "manual" (never pruned)

    def describe(self) -> str:
        when = dt.datetime.fromisoformat(self.created_at).astimezone().strftime("%d %b %Y %H:%M")
        counts = ", ".join(
            f"{n} {k.replace('_', ' ')}"
            for k, n in self.counts.items()
            if k in ("reports", "conversations", "notes", "action_items", "ideas")
        )
        return f"made {when} by OPD Desktop {self.app_version}: {counts}"


def database_image(conn: sqlite3.Connection) -> bytes:
    """The database as one consistent byte string (sqlite3 serialize), marked as
    a rollback-journal database so that it can be opened from memory."""
    image = bytearray(conn.serialize())
    if len(image) >= 20:
        image[18] = image[19] = 1
    return bytes(image)


def _counts(conn: sqlite3.Connection) -> dict[str, int]:
    return {table: conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0] for table in COUNTED}


@dataclass(frozen=True)
class Snapshot:
    """The payload of a backup (manifest, then the database image) as a source of
    consecutive pieces, read again for each pass (checksum, then encryption), so
    that it is never joined into one copy in memory."""

    pieces: Callable[[], Iterable[bytes | memoryview]]
    size: int
    manifest: Manifest


HEADER_BYTES = 100  # the database header, where the journal-mode bytes are
READ_BYTES = 1 << 20


@contextlib.contextmanager
def snapshot_of(store: Store, kind: str = "manual") -> Iterator[Snapshot]:
    """One consistent image of the database, with its manifest, for as long as the
    block runs (a read transaction holds it).

    When the write-ahead log can be emptied first, the image is the database
    file itself, read from disk in pieces: SQLite lets no checkpoint change the
    file under a reader that started with an empty log, and new writes go to the
    log. Otherwise (another connection is reading) it is serialized into memory
    once. Either way the image is marked as a rollback-journal database."""
    conn = store.conn
    emptied = False
    if not conn.in_transaction:
        with contextlib.suppress(sqlite3.Error):
            emptied = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0] == 0
    with _read_transaction(conn):
        schema_version = conn.execute("PRAGMA user_version").fetchone()[0]  # the snapshot starts here
        counts = _counts(conn)
        folder_id = store.meta(FOLDER_ID_KEY) or ""
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
        size = conn.execute("PRAGMA page_count").fetchone()[0] * page_size
        wal = Path(f"{store.path}-wal")
        from_file = emptied and (not wal.exists() or wal.stat().st_size == 0)
        image = None if from_file else conn.serialize()
        size = size if from_file else len(image)

        def image_pieces() -> Iterator[bytes | memoryview]:
            if image is not None:
                head = bytearray(image[:HEADER_BYTES])
                head[18:20] = b"\x01\x01"
                yield bytes(head)
                yield memoryview(image)[HEADER_BYTES:]
                return
            with open(store.path, "rb") as handle:
                head = bytearray(handle.read(HEADER_BYTES))
                head[18:20] = b"\x01\x01"
                yield bytes(head)
                left = size - HEADER_BYTES
                while left > 0:
                    piece = handle.read(min(READ_BYTES, left))
                    if not piece:
                        raise BackupError(
                            QT_TRANSLATE_NOOP(
                                "Errors",
                                "The database file ended before its last page; nothing was backed up.",
                            )
                        )
                    left -= len(piece)
                    yield piece

        digest = hashlib.sha256()
        for piece in image_pieces():
            digest.update(piece)
        manifest = Manifest(
            app_version=__version__,
            schema_version=schema_version,
            created_at=dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
            counts=counts,
            image_sha256=digest.hexdigest(),
            image_bytes=size,
            folder_id=folder_id,
            kind=kind,
        )
        encoded = json.dumps(asdict(manifest), ensure_ascii=False).encode("utf-8")
        prefix = PAYLOAD_MAGIC + struct.pack(">I", len(encoded)) + encoded

        def pieces() -> Iterator[bytes | memoryview]:
            yield prefix
            yield from image_pieces()

        yield Snapshot(pieces, len(prefix) + size, manifest)


@contextlib.contextmanager
def _read_transaction(conn: sqlite3.Connection) -> Iterator[None]:
    """The image, the schema version and the counts from one moment of the database."""
    if conn.in_transaction:
        yield
        return
    conn.execute("BEGIN")
    try:
        yield
    finally:
        conn.execute("COMMIT")


def make_payload(store: Store, kind: str = "manual") -> tuple[bytes, Manifest]:
    image = database_image(store.conn)
    manifest = Manifest(
        app_version=__version__,
        schema_version=store.conn.execute("PRAGMA user_version").fetchone()[0],
        created_at=dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        counts=_counts(store.conn),
        image_sha256=hashlib.sha256(image).hexdigest(),
        image_bytes=len(image),
        folder_id=store.meta(FOLDER_ID_KEY) or "",
        kind=kind,
    )
    encoded = json.dumps(asdict(manifest), ensure_ascii=False).encode("utf-8")
    return PAYLOAD_MAGIC + struct.pack(">I", len(encoded)) + encoded + image, manifest


def split_payload(payload: bytes) -> tuple[Manifest, bytes]:
    if payload[:4] != PAYLOAD_MAGIC or len(payload) < 8:
        raise DamagedBackupError(QT_TRANSLATE_NOOP("Errors", "its contents are not laid out as expected"))
    (length,) = struct.unpack(">I", payload[4:8])
    try:
        values = json.loads(payload[8 : 8 + length].decode("utf-8"))
        known = {field.name for field in fields(Manifest)}
        manifest = Manifest(**{k: v for k, v in values.items() if k in known})  # later fields are ignored
    except (ValueError, TypeError, AttributeError) as exc:
        raise DamagedBackupError(QT_TRANSLATE_NOOP("Errors", "its manifest cannot be read")) from exc
    image = payload[8 + length :]
    if len(image) != manifest.image_bytes or hashlib.sha256(image).hexdigest() != manifest.image_sha256:
        raise DamagedBackupError(
            QT_TRANSLATE_NOOP("Errors", "the database inside does not match its checksum")
        )
    return manifest, image


def open_image(manifest: Manifest, image: bytes) -> sqlite3.Connection:
    """The backed-up database, in memory, checked and migrated to this version's
    schema (the backup file itself is never changed)."""
    if manifest.schema_version > SCHEMA_VERSION:
        raise NewerBackupError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "This backup holds data from a newer version of OPD Desktop (schema {schema_version}; this version knows up to {SCHEMA_VERSION}). Install the newer version to restore it.",  # noqa: E501
            ).format(schema_version=manifest.schema_version, SCHEMA_VERSION=SCHEMA_VERSION)
        )
    conn = sqlite3.connect(":memory:", isolation_level=None)
    try:
        conn.deserialize(image)
        result = conn.execute("PRAGMA integrity_check").fetchall()
    except sqlite3.DatabaseError as exc:
        conn.close()
        raise DamagedBackupError(
            QT_TRANSLATE_NOOP("Errors", "the database inside cannot be opened: {exc}").format(exc=exc)
        ) from exc
    if result != [("ok",)]:
        conn.close()
        raise DamagedBackupError(
            QT_TRANSLATE_NOOP("Errors", "the database inside fails SQLite's integrity check")
        )
    if conn.execute("PRAGMA user_version").fetchone()[0] < SCHEMA_VERSION:
        from sqlite_utils import Database

        from opd_desktop.store.migrations import build_migrations

        try:
            build_migrations().apply(Database(conn, execute_plugins=False))
        except Exception as exc:
            conn.close()
            raise BackupError(
                QT_TRANSLATE_NOOP("Errors", "The backup could not be brought up to date: {exc}").format(
                    exc=exc
                )
            ) from exc
    return conn
