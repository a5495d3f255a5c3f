"""What the JSON data files (full export, handover) share: reading them
safely, encoding values, and refusing files this version cannot read."""

from __future__ import annotations

import base64
import json
from pathlib import Path
from typing import Any

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
            raise OpdError(f"{where} holds damaged base64 data.") from None
    if value is None or isinstance(value, str | int | float):  # a JSON true/false arrives as 1/0
        return value
    raise OpdError(f"{where} holds a {type(value).__name__}, which is not a value a column can hold.")


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
            raise OpdError(f"{path} is {size / 1e6:,.0f} MB, too large to be {what}. Choose the right file.")
        return path.read_bytes()
    except FileNotFoundError:
        raise OpdError(f"There is no file {path}. Check the name.") from None
    except IsADirectoryError:
        raise OpdError(f"{path} is a folder; name the file to read.") from None
    except OSError as exc:
        raise OpdError(f"{path} cannot be read: {exc.strerror or exc}.") from None


def parse_json(data: bytes, name: str, what: str) -> Any:
    """The JSON in `data`, or one clear sentence about why it is not `what`."""
    if not data.strip():
        raise OpdError(f"{name} is empty; it is not {what}.")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise OpdError(
            f"{name} is not {what} (it is not UTF-8 text). Choose the file OPD Desktop wrote."
        ) from None
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        if exc.pos >= len(text.rstrip()) or exc.msg.startswith("Unterminated string"):
            raise OpdError(
                f"{name} ends before its JSON is complete (line {exc.lineno}): it was cut short. "
                "Copy or export it again."
            ) from None
        raise OpdError(
            f"{name} is not {what}: its JSON is broken at line {exc.lineno}, column {exc.colno} ({exc.msg})."
        ) from None


def check_header(document: Any, name: str, *, kind: str, what: str, version: int) -> dict:
    """The document's top level, checked: our kind, a version we can read."""
    if not isinstance(document, dict) or document.get("format") != kind:
        raise OpdError(f'{name} is JSON but not {what} (it does not say "format": "{kind}").')
    found = document.get("format_version")
    if not isinstance(found, int) or isinstance(found, bool) or found < 1:
        raise OpdError(f"{name} has no valid format_version; it is damaged.")
    if found > version:
        raise NewerFormatError(
            f"{name} was written by a newer version of OPD Desktop (format {found}; this version reads "
            f"up to {version}). Install the newer version to read it."
        )
    return document


def check_schema_version(document: dict, name: str, known: int) -> int:
    """The database schema the document's data was written with: a number this
    version knows (older ones are migrated on import)."""
    version = document.get("schema_version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise OpdError(f"{name} has no valid schema_version; it is damaged.")
    if version > known:
        raise NewerFormatError(
            f"{name} holds data from a newer version of OPD Desktop (schema {version}; this version "
            f"knows up to {known}). Install the newer version to import it."
        )
    return version
