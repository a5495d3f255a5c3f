"""Reading a worksheet PDF that came back, defensively: the file may be any PDF,
damaged, or made to hurt (a compression bomb, a /Parent loop, thousands of
nested arrays). Every failure becomes one `WorksheetError` that names the file
and says what is wrong; nothing is read beyond the label and the form fields."""

from __future__ import annotations

import json
import stat
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from opd_desktop.core.i18n_marks import QT_TRANSLATE_NOOP
from opd_desktop.errors import OpdError

MAX_FILE_BYTES = (
    30 * 1024 * 1024
)  # a worksheet is about 2.5 MB (its field font has CJK glyphs); scanned pages are bigger but have no fields
MAX_FIELDS = 400
MAX_DEPTH = 12
MAX_FIELD_CHARS = 20_000  # one answer; a 100k-character field is refused
BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f")


class WorksheetError(OpdError):
    """A worksheet that cannot be imported; the message names the file."""


def printable(text: object, limit: int = 80) -> str:
    """Text from a file, safe to show in one line on a terminal or in a dialog:
    control and bidi-override characters removed, cut to `limit` characters."""
    cleaned = "".join(
        " " if ch in "\t\n\r" else ch
        for ch in str(text)
        if ch in "\t\n\r" or (unicodedata.category(ch) not in ("Cc", "Cf") and ch not in BIDI_CONTROLS)
    )
    cleaned = " ".join(cleaned.split())
    return cleaned if len(cleaned) <= limit else cleaned[: limit - 1] + "…"


def clean_answer(value: str, *, one_per_line: bool) -> tuple[str, bool]:
    """An answer cleaned by the rules for typed text (`services.text`): where
    each line is one entry (a name, a title, an idea, a strength) every line
    follows the single-line rules; free text follows the free-text rules. Line
    breaks of any convention become \\n. Returns the text and whether any
    character was removed."""
    from opd_desktop.services.text import strip_body_controls, strip_line_controls

    text = unicodedata.normalize("NFC", value)
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n")
    if one_per_line:
        lines = text.split("\n")
        kept = [strip_line_controls(line) for line in lines]
        cleaned = "\n".join(kept)
        removed = any(k != line.replace("\t", " ") for k, line in zip(kept, lines, strict=True))
    else:
        cleaned = strip_body_controls(text)
        removed = cleaned != text
    return cleaned, removed


@dataclass(frozen=True)
class RawWorksheet:
    tag: dict
    fields: dict[str, str]  # every terminal field's full name → its text value


def read(path: Path) -> RawWorksheet:
    name = printable(path.name)
    try:
        info = path.stat()
    except OSError as exc:
        raise WorksheetError(
            QT_TRANSLATE_NOOP("Errors", "{name} cannot be opened ({printable}).").format(
                name=name, printable=printable(exc.strerror or exc)
            )
        ) from exc
    if not stat.S_ISREG(info.st_mode):
        raise WorksheetError(
            QT_TRANSLATE_NOOP(
                "Errors", "{name} is not a regular file; choose the worksheet PDF itself."
            ).format(name=name)
        )
    if info.st_size > MAX_FILE_BYTES:
        raise WorksheetError(
            QT_TRANSLATE_NOOP(
                "Errors", "{name} is {value} MB, far larger than a worksheet; choose the worksheet PDF."
            ).format(name=name, value=info.st_size // (1024 * 1024))
        )
    try:
        return _parse(path, name)
    except WorksheetError:
        raise
    except RecursionError as exc:
        raise WorksheetError(
            QT_TRANSLATE_NOOP(
                "Errors", "{name} is damaged: its PDF objects are nested too deeply to read."
            ).format(name=name)
        ) from exc
    except MemoryError as exc:
        raise WorksheetError(
            QT_TRANSLATE_NOOP(
                "Errors", "{name} is damaged: it expands beyond what a worksheet can hold."
            ).format(name=name)
        ) from exc
    except Exception as exc:  # any pypdf error, including LimitReachedError from a compression bomb
        raise WorksheetError(
            QT_TRANSLATE_NOOP("Errors", "{name} cannot be read as a PDF: {reason}.").format(
                name=name, reason=_reason(exc)
            )
        ) from exc


def _reason(exc: Exception) -> str:
    chain: list[BaseException] = []
    current: BaseException | None = exc
    while current is not None and len(chain) < 10:
        chain.append(current)
        current = current.__cause__ or current.__context__
    kinds = {type(e).__name__ for e in chain}
    if "LimitReachedError" in kinds:
        return "a compressed part expands beyond what a worksheet can hold"
    if "RecursionError" in kinds:
        return "its objects are nested too deeply to read"
    kind = type(exc).__name__
    text = printable(exc, 100)
    return f"{text} ({kind})" if text else kind


def _parse(path: Path, name: str) -> RawWorksheet:
    import logging

    from pypdf import PdfReader

    logging.getLogger("pypdf").setLevel(logging.ERROR)  # damaged files are reported here, not logged
    with path.open("rb") as handle:
        head = handle.read(1024)
    if b"%PDF-" not in head:
        raise WorksheetError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{name} cannot be read as a PDF: it is not a PDF file. Choose the worksheet you got back.",
            ).format(name=name)
        )
    reader = PdfReader(str(path), strict=False)
    info = reader.trailer.get("/Info")
    info = info.get_object() if info is not None else None
    keywords = info.get("/Keywords") if hasattr(info, "get") else None
    tag = _tag(keywords)
    root = reader.trailer["/Root"].get_object()
    form = root.get("/AcroForm") if hasattr(root, "get") else None
    form = form.get_object() if form is not None else None
    top = form.get("/Fields") if hasattr(form, "get") else None
    top = top.get_object() if top is not None else None
    if tag is None:
        if not top:
            raise WorksheetError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "{name} is not an OPD Desktop worksheet and has no fillable fields (a printed and scanned copy cannot be read back); type the answers into the app instead.",  # noqa: E501
                ).format(name=name)
            )
        raise WorksheetError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{name} is not an OPD Desktop worksheet. Export a worksheet from the app, have it filled in, and import that file.",  # noqa: E501
            ).format(name=name)
        )
    return RawWorksheet(tag=tag, fields=_fields(top, name))


def _tag(keywords: object) -> dict | None:
    if keywords is None:
        return None
    try:
        tag = json.loads(str(keywords.get_object() if hasattr(keywords, "get_object") else keywords))
    except (ValueError, RecursionError):
        return None
    if not isinstance(tag, dict) or tag.get("app") != "opd-desktop" or tag.get("kind") != "worksheet":
        return None
    return tag


def _fields(top: object, name: str) -> dict[str, str]:
    """Walks the field tree without recursion, each object once, to a bounded depth."""
    values: dict[str, str] = {}
    if top is None:
        return values
    if not isinstance(top, list):
        raise WorksheetError(
            QT_TRANSLATE_NOOP("Errors", "{name} is damaged: its form's field list is not a list.").format(
                name=name
            )
        )
    seen: set[int] = set()
    stack: list[tuple[object, str, int]] = [(entry, "", 0) for entry in reversed(top)]
    while stack:
        entry, parent, depth = stack.pop()
        reference = getattr(entry, "idnum", None)
        if reference is not None:
            if reference in seen:
                raise WorksheetError(
                    QT_TRANSLATE_NOOP(
                        "Errors", "{name} is damaged: its form fields refer to themselves in a loop."
                    ).format(name=name)
                )
            seen.add(reference)
        node = entry.get_object() if hasattr(entry, "get_object") else entry
        if not hasattr(node, "get"):
            raise WorksheetError(
                QT_TRANSLATE_NOOP("Errors", "{name} is damaged: a form field is not a field.").format(
                    name=name
                )
            )
        if depth > MAX_DEPTH:
            raise WorksheetError(
                QT_TRANSLATE_NOOP(
                    "Errors", "{name} is damaged: its form fields are nested too deeply."
                ).format(name=name)
            )
        if len(values) + len(stack) > MAX_FIELDS:
            raise WorksheetError(
                QT_TRANSLATE_NOOP(
                    "Errors", "{name} has more than {MAX_FIELDS} form fields; it is not a worksheet."
                ).format(name=name, MAX_FIELDS=MAX_FIELDS)
            )
        part = node.get("/T")
        full = (
            f"{parent}.{part}" if parent and part is not None else str(part if part is not None else parent)
        )
        kids = node.get("/Kids")
        kids = kids.get_object() if kids is not None else None
        if isinstance(kids, list) and any(hasattr(k, "get_object") and "/T" in k.get_object() for k in kids):
            stack += [(kid, full, depth + 1) for kid in reversed(kids)]
            continue
        if part is None and not parent:
            continue  # a widget without a field name
        value = node.get("/V")
        value = value.get_object() if value is not None else None
        if value is None:
            text = ""
        elif isinstance(value, str):
            text = str(value)
        else:
            raise WorksheetError(
                QT_TRANSLATE_NOOP("Errors", "{name}: the field {printable} holds no text.").format(
                    name=name, printable=str(printable(full, 40))
                )
            )
        values[full] = text
    return values
