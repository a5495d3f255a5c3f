"""What the JSON data files (full export, handover) share: reading them
safely, encoding values, and refusing files this version cannot read."""

from __future__ import annotations

import base64
import json
from pathlib import Path
from typing import Any

from opd_desktop.core.i18n_marks import QT_TRANSLATE_NOOP
from opd_desktop.errors import OpdError

MAX_FILE_BYTES = 1 << 30  # a manager's data is megabytes; a gigabyte is not a data file


class NewerFormatError(OpdError):
    """A file written by a newer version of the app (same exit code as a newer backup)."""

    exit_code = 5


def encode_value(value: Any) -> Any:
    if isinstance(value, bytes):
        return {"base64": base64.b64encode(value).decode("ascii")}
    return value


def decode_value(value: Any, where: str) -> Any:
    if isinstance(value, dict) and set(value) == {"base64"} and isinstance(value["base64"], str):
        try:
            return base64.b64decode(value["base64"], validate=True)
        except ValueError:
            raise OpdError(
                QT_TRANSLATE_NOOP("Errors", "{where} holds damaged base64 data.").format(where=where)
            ) from None
    if value is None or isinstance(value, str | int | float):  # a JSON true/false arrives as 1/0
        return value
    raise OpdError(
        QT_TRANSLATE_NOOP(
            "Errors", "{where} holds a {name__}, which is not a value a column can hold."
        ).format(where=where, name__=type(value).__name__)
    )


ROW_LISTS = ("tables", "references")  # written one row per line


def _one(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


def dumps(document: dict) -> bytes:
    """The document as UTF-8 JSON a person can read: one top-level field per
    line, and in `tables`/`references` one row per line (json's C encoder
    writes each row, so a large export stays fast)."""
    lines = ["{"]
    fields = list(document.items())
    for index, (key, value) in enumerate(fields):
        comma = "," if index < len(fields) - 1 else ""
        if key in ROW_LISTS and isinstance(value, dict):
            lines.append(f" {_one(key)}: {{")
            tables = list(value.items())
            for number, (name, rows) in enumerate(tables):
                after = "," if number < len(tables) - 1 else ""
                if not rows:
                    lines.append(f"  {_one(name)}: []{after}")
                    continue
                lines.append(f"  {_one(name)}: [")
                lines.append(",\n".join(f"   {_one(row)}" for row in rows))
                lines.append(f"  ]{after}")
            lines.append(f" }}{comma}")
        else:
            lines.append(f" {_one(key)}: {_one(value)}{comma}")
    lines.append("}")
    return ("\n".join(lines) + "\n").encode("utf-8")


def read_bytes(path: Path, what: str) -> bytes:
    path = Path(path).expanduser()
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise OpdError(
                QT_TRANSLATE_NOOP(
                    "Errors", "{path} is {value:,.0f} MB, too large to be {what}. Choose the right file."
                ).format(path=path, value=size / 1000000.0, what=what)
            )
        return path.read_bytes()
    except FileNotFoundError:
        raise OpdError(
            QT_TRANSLATE_NOOP("Errors", "There is no file {path}. Check the name.").format(path=path)
        ) from None
    except IsADirectoryError:
        raise OpdError(
            QT_TRANSLATE_NOOP("Errors", "{path} is a folder; name the file to read.").format(path=path)
        ) from None
    except OSError as exc:
        raise OpdError(
            QT_TRANSLATE_NOOP("Errors", "{path} cannot be read: {value}.").format(
                path=path, value=exc.strerror or exc
            )
        ) from None


def parse_json(data: bytes, name: str, what: str) -> Any:
    """The JSON in `data`, or one clear sentence about why it is not `what`."""
    if not data.strip():
        raise OpdError(
            QT_TRANSLATE_NOOP("Errors", "{name} is empty; it is not {what}.").format(name=name, what=what)
        )
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise OpdError(
            QT_TRANSLATE_NOOP(
                "Errors", "{name} is not {what} (it is not UTF-8 text). Choose the file OPD Desktop wrote."
            ).format(name=name, what=what)
        ) from None
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        if exc.pos >= len(text.rstrip()) or exc.msg.startswith("Unterminated string"):
            raise OpdError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "{name} ends before its JSON is complete (line {lineno}): it was cut short. Copy or export it again.",  # noqa: E501
                ).format(name=name, lineno=exc.lineno)
            ) from None
        raise OpdError(
            QT_TRANSLATE_NOOP(
                "Errors", "{name} is not {what}: its JSON is broken at line {lineno}, column {colno} ({msg})."
            ).format(name=name, what=what, lineno=exc.lineno, colno=exc.colno, msg=exc.msg)
        ) from None


def check_header(document: Any, name: str, *, kind: str, what: str, version: int) -> dict:
    """The document's top level, checked: our kind, a version we can read."""
    if not isinstance(document, dict) or document.get("format") != kind:
        raise OpdError(
            QT_TRANSLATE_NOOP(
                "Errors", '{name} is JSON but not {what} (it does not say "format": "{kind}").'
            ).format(name=name, what=what, kind=kind)
        )
    found = document.get("format_version")
    if not isinstance(found, int) or isinstance(found, bool) or found < 1:
        raise OpdError(
            QT_TRANSLATE_NOOP("Errors", "{name} has no valid format_version; it is damaged.").format(
                name=name
            )
        )
    if found > version:
        raise NewerFormatError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{name} was written by a newer version of OPD Desktop (format {found}; this version reads up to {version}). Install the newer version to read it.",  # noqa: E501
            ).format(name=name, found=found, version=version)
        )
    return document


def check_schema_version(document: dict, name: str, known: int) -> int:
    """The database schema the document's data was written with: a number this
    version knows (older ones are migrated on import)."""
    version = document.get("schema_version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise OpdError(
            QT_TRANSLATE_NOOP("Errors", "{name} has no valid schema_version; it is damaged.").format(
                name=name
            )
        )
    if version > known:
        raise NewerFormatError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{name} holds data from a newer version of OPD Desktop (schema {version}; this version knows up to {known}). Install the newer version to import it.",  # noqa: E501
            ).format(name=name, version=version, known=known)
        )
    return version
