"""A consistent image of the database, in memory, with its manifest; and the
checks a restored image must pass. No plaintext of the database is written to
disk here."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import sqlite3
import struct
from dataclasses import asdict, dataclass, fields

from opd_desktop import __version__
from opd_desktop.services.backup.errors import BackupError, DamagedBackupError, NewerBackupError
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


FOLDER_ID_KEY = "folder_id"  # meta: this data folder's id, in automatic backups' names and manifests


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
        raise DamagedBackupError("its contents are not laid out as expected")
    (length,) = struct.unpack(">I", payload[4:8])
    try:
        values = json.loads(payload[8 : 8 + length].decode("utf-8"))
        known = {field.name for field in fields(Manifest)}
        manifest = Manifest(**{k: v for k, v in values.items() if k in known})  # later fields are ignored
    except (ValueError, TypeError, AttributeError) as exc:
        raise DamagedBackupError("its manifest cannot be read") from exc
    image = payload[8 + length :]
    if len(image) != manifest.image_bytes or hashlib.sha256(image).hexdigest() != manifest.image_sha256:
        raise DamagedBackupError("the database inside does not match its checksum")
    return manifest, image


def open_image(manifest: Manifest, image: bytes) -> sqlite3.Connection:
    """The backed-up database, in memory, checked and migrated to this version's
    schema (the backup file itself is never changed)."""
    if manifest.schema_version > SCHEMA_VERSION:
        raise NewerBackupError(
            f"This backup holds data from a newer version of OPD Desktop (schema {manifest.schema_version}; "
            f"this version knows up to {SCHEMA_VERSION}). Install the newer version to restore it."
        )
    conn = sqlite3.connect(":memory:", isolation_level=None)
    try:
        conn.deserialize(image)
        result = conn.execute("PRAGMA integrity_check").fetchall()
    except sqlite3.DatabaseError as exc:
        conn.close()
        raise DamagedBackupError(f"the database inside cannot be opened: {exc}") from exc
    if result != [("ok",)]:
        conn.close()
        raise DamagedBackupError("the database inside fails SQLite's integrity check")
    if conn.execute("PRAGMA user_version").fetchone()[0] < SCHEMA_VERSION:
        from sqlite_utils import Database

        from opd_desktop.store.migrations import build_migrations

        try:
            build_migrations().apply(Database(conn))
        except Exception as exc:
            conn.close()
            raise BackupError(f"The backup could not be brought up to date: {exc}") from exc
    return conn
