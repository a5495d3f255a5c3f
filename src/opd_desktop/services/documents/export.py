"""Building a document by name and writing it safely: a temporary file in the
same folder, flushed to disk, then renamed over the target, so an existing
file is never left half-written."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

from opd_desktop.core.stages import Status
from opd_desktop.errors import OpdError, ValidationError
from opd_desktop.services import conversations
from opd_desktop.services.documents.layout import Built
from opd_desktop.store.database import Store

KINDS = ("agenda", "brief", "plan", "summary", "worksheet")


def conversation_for(store: Store, report_id: int, number: str | int) -> int:
    """The conversation id for 1–7, or for `checkin` the next planned check-in
    (else the latest one)."""
    if str(number) == "checkin":
        checkins = [c for c in conversations.journey(store, report_id) if c.number is None]
        if not checkins:
            raise ValidationError("There is no check-in yet; schedule one after conversation 7.", "number")
        planned = [c for c in checkins if c.status == Status.PLANNED]
        return (planned[0] if planned else checkins[-1]).id
    try:
        value = int(number)
    except (TypeError, ValueError):
        raise ValidationError(f"{number!r} is not a conversation; use 1 to 7 or checkin.", "number") from None
    return conversations.series_conversation(store, report_id, value).id


def build_document(store: Store, kind: str, report_id: int, number: str | int | None = None) -> Built:
    if kind in ("agenda", "brief"):
        from opd_desktop.services.documents.agenda import build_agenda

        return build_agenda(store, conversation_for(store, report_id, number or 1), brief=kind == "brief")
    if kind == "plan":
        from opd_desktop.services.documents.plan_doc import build_plan

        return build_plan(store, report_id)
    if kind == "summary":
        from opd_desktop.services.documents.summary_doc import build_summary

        return build_summary(store, report_id)
    if kind == "worksheet":
        from opd_desktop.services.documents.worksheet import build_worksheet

        try:
            return build_worksheet(store, report_id, int(number or 0))
        except ValueError:
            raise ValidationError("Worksheets exist for conversations 1 and 5.", "number") from None
    raise ValidationError(f"{kind!r} is not a document; choose one of {', '.join(KINDS)}.", "kind")


def write_atomic(path: Path, data: bytes) -> Path:
    """Write `data` to `path` so that `path` is either the old file or the new one."""
    target = Path(path).expanduser()
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise OpdError(f"The folder {folder} does not exist; choose an existing folder.")
    try:
        fd, temp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=folder)
    except OSError as exc:
        raise OpdError(f"Cannot write in {folder}: {exc.strerror or exc}. Choose another folder.") from exc
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(temp_name, 0o600)
        os.replace(temp_name, target)
    except OSError as exc:
        with contextlib.suppress(OSError):
            os.unlink(temp_name)
        raise OpdError(
            f"Could not write {target}: {exc.strerror or exc}. The previous file is unchanged."
        ) from exc
    with contextlib.suppress(OSError):
        directory = os.open(folder, os.O_RDONLY)
        os.fsync(directory)
        os.close(directory)
    return target
