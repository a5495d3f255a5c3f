"""Adding a whole team from a CSV file, as HR systems and spreadsheets write them.

Reading builds a preview and never writes: the people to add, the people
already on the team (skipped, never doubled) and the invalid rows with their
line numbers and why. Importing writes only when no row is invalid, all of it
in one transaction."""

from __future__ import annotations

import csv
import datetime as dt
import io
import logging
import re
from dataclasses import dataclass, field
from pathlib import Path

from opd_desktop.core.changes import Topic
from opd_desktop.core.i18n_marks import QT_TRANSLATE_NOOP
from opd_desktop.errors import OpdError, ValidationError
from opd_desktop.services import reports
from opd_desktop.services.text import MAX_NAME_LENGTH, clean_line, name_key
from opd_desktop.store.database import Store

log = logging.getLogger(__name__)

MAX_FILE_BYTES = 1_000_000  # thousands of people fit in a few hundred kilobytes
DELIMITERS = {",": "comma", ";": "semicolon", "\t": "tab"}
_SUMMARIES = {  # one whole sentence per separator (never "{separator}-separated" glued)
    ",": QT_TRANSLATE_NOOP(
        "RosterImport",
        "{file} ({encoding}, comma-separated): {to_add} to add, {already} already on your team, {invalid} invalid.",  # noqa: E501
    ),
    ";": QT_TRANSLATE_NOOP(
        "RosterImport",
        "{file} ({encoding}, semicolon-separated): {to_add} to add, {already} already on your team, "
        "{invalid} invalid.",
    ),
    "\t": QT_TRANSLATE_NOOP(
        "RosterImport",
        "{file} ({encoding}, tab-separated): {to_add} to add, {already} already on your team, {invalid} invalid.",  # noqa: E501
    ),
    "": QT_TRANSLATE_NOOP(
        "RosterImport",
        "{file} ({encoding}, one column): {to_add} to add, {already} already on your team, {invalid} invalid.",  # noqa: E501
    ),
}

# Header spellings, compared after folding case and punctuation to single spaces.
HEADERS: dict[str, tuple[str, ...]] = {
    "name": (
        "name",
        "full name",
        "employee name",
        "employee",
        "employee full name",
        "display name",
        "person",
        "legal name",
        "preferred name",
    ),
    "first": ("first name", "firstname", "given name", "given names", "forename", "first"),
    "last": ("last name", "lastname", "surname", "family name", "last"),
    "role": ("role", "job title", "title", "position", "job", "job role", "position title", "job name"),
    "team": ("team", "department", "dept", "group", "unit", "division", "team name", "department name"),
    "start": (
        "start date",
        "start",
        "hire date",
        "date hired",
        "hired",
        "hired on",
        "joined",
        "join date",
        "joining date",
        "date of joining",
        "employment start date",
        "start of employment",
        "original hire date",
    ),
}
_FIELD_OF = {spelling: key for key, spellings in HEADERS.items() for spelling in spellings}

_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ),
        start=1,
    )
    for name in names
}
_ISO = re.compile(r"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?$")
_NUMERIC = re.compile(r"^(\d{1,2})([-/.])(\d{1,2})\2(\d{2}|\d{4})(?: \d{1,2}:\d{2}(?::\d{2})?)?$")
_DAY_MONTH_NAME = re.compile(r"^(\d{1,2})[ \-.]([A-Za-z]{3,9})\.?[ \-,]+(\d{4})$")
_MONTH_NAME_DAY = re.compile(r"^([A-Za-z]{3,9})\.? (\d{1,2}),? (\d{4})$")


@dataclass(frozen=True)
class Person:
    line: int
    name: str
    role: str
    team: str
    start_date: dt.date | None


@dataclass(frozen=True)
class Skipped:
    line: int
    name: str
    reason: str


@dataclass(frozen=True)
class Invalid:
    line: int
    reason: str

    def describe(self) -> str:
        return f"line {self.line}: {self.reason}"


@dataclass
class Preview:
    file_name: str
    encoding: str
    delimiter: str
    to_add: list[Person] = field(default_factory=list)
    already: list[Skipped] = field(default_factory=list)
    invalid: list[Invalid] = field(default_factory=list)
    ignored_columns: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.invalid

    def summary(self) -> str:
        return _SUMMARIES.get(self.delimiter, _SUMMARIES[""]).format(
            file=self.file_name,
            encoding=self.encoding,
            to_add=len(self.to_add),
            already=len(self.already),
            invalid=len(self.invalid),
        )

    def lines(self) -> list[str]:
        out = [self.summary()]
        for p in self.to_add:
            details = " · ".join(
                x for x in (p.role, p.team, p.start_date.isoformat() if p.start_date else "") if x
            )
            out.append(f"  add   line {p.line}: {p.name}" + (f" ({details})" if details else ""))
        out += [f"  skip  line {s.line}: {s.name} — {s.reason}" for s in self.already]
        out += [f"  error {i.describe()}" for i in self.invalid]
        if self.ignored_columns:
            out.append(f"  Columns not used: {', '.join(self.ignored_columns)}.")
        return out


class RosterError(OpdError):
    """The file cannot be read as a roster at all."""


class InvalidRowsError(OpdError):
    """Some rows are invalid: nothing is written."""

    def __init__(self, preview: Preview) -> None:
        count = len(preview.invalid)
        rows = "\n".join(f"  {i.describe()}" for i in preview.invalid)
        super().__init__(
            f"{preview.file_name}: {count} invalid row{'s' if count != 1 else ''}; nothing was imported. "
            f"Correct {'them' if count != 1 else 'it'} and import again:\n{rows}"
        )
        self.preview = preview


# Reading the file --------------------------------------------------------------------


def decode(data: bytes, name: str) -> tuple[str, str]:
    """The text and the encoding it was read with: UTF-8 (strict, BOM or not) first, then Windows-1252."""
    if not data.strip():
        raise RosterError(
            QT_TRANSLATE_NOOP(
                "Errors", "{name} is empty. Export the team from your HR system or spreadsheet as CSV."
            ).format(name=name)
        )
    if data.startswith(b"%PDF"):
        raise RosterError(
            QT_TRANSLATE_NOOP(
                "Errors", "{name} is a PDF, not a CSV file. Export the team as CSV (comma-separated values)."
            ).format(name=name)
        )
    if data.startswith(b"PK\x03\x04"):
        raise RosterError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{name} is a spreadsheet (.xlsx) or another zipped file, not CSV. In your spreadsheet choose File → Save as → CSV, then import that file.",  # noqa: E501
            ).format(name=name)
        )
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):  # Excel's "Unicode text" is UTF-16 with a BOM
        try:
            return data.decode("utf-16"), "UTF-16"
        except UnicodeDecodeError:
            raise RosterError(
                QT_TRANSLATE_NOOP(
                    "Errors", "{name} is damaged UTF-16 text. Save it as “CSV UTF-8” and import it again."
                ).format(name=name)
            ) from None
    if b"\x00" in data[:4096]:
        raise RosterError(
            QT_TRANSLATE_NOOP(
                "Errors", "{name} is not a text file. Export the team as CSV (comma-separated values)."
            ).format(name=name)
        )
    try:
        return data.decode("utf-8-sig"), "UTF-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), "Windows-1252"
    except UnicodeDecodeError:
        raise RosterError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{name} is neither UTF-8 nor Windows-1252 text. Save it as “CSV UTF-8” and import it again.",
            ).format(name=name)
        ) from None


def sniff_delimiter(header_line: str) -> str:
    """The separator the header uses most (outside quotes): comma, semicolon or tab."""
    counts = dict.fromkeys(DELIMITERS, 0)
    quoted = False
    for char in header_line:
        if char == '"':
            quoted = not quoted
        elif not quoted and char in counts:
            counts[char] += 1
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ","


def _fold(header: str) -> str:
    return " ".join(re.sub(r"[\s_\-./:#*()]+", " ", header.replace("\ufeff", "")).casefold().split())


def map_headers(headers: list[str]) -> tuple[dict[str, int], list[str]]:
    """Which column holds which field, and the columns not used."""
    fields: dict[str, int] = {}
    ignored: list[str] = []
    for index, header in enumerate(headers):
        key = _FIELD_OF.get(_fold(header))
        if key and key not in fields:
            fields[key] = index
        elif header.strip():
            ignored.append(header.strip())
    return fields, ignored


# Dates -------------------------------------------------------------------------------


def _make_date(year: int, month: int, day: int, text: str) -> dt.date:
    try:
        return dt.date(year, month, day)
    except ValueError:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "the start date {text} is not a real date").format(text=repr(text))
        ) from None


def date_order(values: list[str]) -> str | None:
    """'dmy' or 'mdy' when the column's unambiguous dates agree on it, else None."""
    evidence = set()
    for value in values:
        match = _NUMERIC.match(value.strip())
        if match and match.group(2) != ".":
            first, second = int(match.group(1)), int(match.group(3))
            if first > 12 >= second:
                evidence.add("dmy")
            elif second > 12 >= first:
                evidence.add("mdy")
    return evidence.pop() if len(evidence) == 1 else None


def parse_start_date(value: str, order: str | None = None) -> dt.date | None:
    """A start date written as ISO or as HR exports commonly write it. Numeric
    day/month dates where both readings are possible are refused unless the
    file's other dates settle the order (`order`: 'dmy' or 'mdy')."""
    text = value.strip()
    if not text:
        return None
    if match := _ISO.match(text):
        return _make_date(int(match.group(1)), int(match.group(2)), int(match.group(3)), text)
    if match := _NUMERIC.match(text):
        first, separator, second, year_text = match.groups()
        if len(year_text) == 2:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Errors", "the start date {text} has a two-digit year; write the year in full"
                ).format(text=repr(text))
            )
        a, b, year = int(first), int(second), int(year_text)
        if separator == ".":  # 09.03.2024 is day first wherever it is written
            return _make_date(year, b, a, text)
        if a > 12 or (order == "dmy" and b <= 12):
            return _make_date(year, b, a, text)
        if b > 12 or order == "mdy" or a == b:
            return _make_date(year, a, b, text)
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "the start date {text} could be {a} {month_name} or {b} {month_name2}; write it as YYYY-MM-DD (for example {year}-{b:02d}-{a:02d})",  # noqa: E501
            ).format(
                text=repr(text), a=a, month_name=_month_name(b), b=b, month_name2=_month_name(a), year=year
            )
        )
    if match := _DAY_MONTH_NAME.match(text):
        day, month, year = match.groups()
        return _named(int(year), month, int(day), text)
    if match := _MONTH_NAME_DAY.match(text):
        month, day, year = match.groups()
        return _named(int(year), month, int(day), text)
    raise ValidationError(
        QT_TRANSLATE_NOOP("Errors", "the start date {text} is not a date; write it as YYYY-MM-DD").format(
            text=repr(text)
        )
    )


def _month_name(number: int) -> str:
    return dt.date(2000, number, 1).strftime("%B")


def _named(year: int, month_text: str, day: int, text: str) -> dt.date:
    month = _MONTHS.get(month_text.casefold())
    if month is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors", "the start date {text} has a month this app does not know; write YYYY-MM-DD"
            ).format(text=repr(text))
        )
    return _make_date(year, month, day, text)


# The preview -------------------------------------------------------------------------


def read_roster(store: Store, path: Path) -> Preview:
    """The preview of importing `path`; writes nothing."""
    path = Path(path).expanduser()
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise RosterError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "{name} is {value:.1f} MB; a team roster is a few kilobytes. Check that it is the right file (at most 1 MB).",  # noqa: E501
                ).format(name=path.name, value=size / 1000000.0)
            )
        data = path.read_bytes()
    except FileNotFoundError:
        raise RosterError(
            QT_TRANSLATE_NOOP("Errors", "There is no file {path}. Check the name.").format(path=path)
        ) from None
    except IsADirectoryError:
        raise RosterError(
            QT_TRANSLATE_NOOP("Errors", "{path} is a folder; choose a CSV file.").format(path=path)
        ) from None
    except OSError as exc:
        raise RosterError(
            QT_TRANSLATE_NOOP("Errors", "{path} cannot be read: {value}.").format(
                path=path, value=exc.strerror or exc
            )
        ) from None
    return preview_text(store, data, path.name)


def preview_text(store: Store, data: bytes, name: str) -> Preview:
    text, encoding = decode(data, name)
    first_line = next((line for line in text.splitlines() if line.strip()), "")
    delimiter = sniff_delimiter(first_line)
    records = _records(text, delimiter, name)
    if not records:
        raise RosterError(
            QT_TRANSLATE_NOOP("Errors", "{name} is empty. Export the team as CSV with a header row.").format(
                name=name
            )
        )
    header_line, headers = records[0]
    fields, ignored = map_headers(headers)
    if "name" not in fields and not ("first" in fields and "last" in fields):
        found = ", ".join(h for h in headers if h.strip()) or "nothing"
        raise RosterError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{name} has no name column (line {header_line} has: {found}). The header needs Name, Full name, Employee name, or First name and Last name.",  # noqa: E501
            ).format(name=name, header_line=header_line, found=found)
        )
    rows = [(line, cells) for line, cells in records[1:] if any(c.strip() for c in cells)]
    if not rows:
        raise RosterError(
            QT_TRANSLATE_NOOP("Errors", "{name} has a header but no rows: there is nobody to import.").format(
                name=name
            )
        )
    preview = Preview(name, encoding, delimiter if len(headers) > 1 else "", ignored_columns=ignored)
    order = date_order(
        [cells[fields["start"]] for _, cells in rows if "start" in fields and len(cells) == len(headers)]
    )
    team = {name_key(r.name): r for r in reports.list_reports(store, include_archived=True)}
    seen: dict[str, int] = {}
    for line, cells in rows:
        if len(cells) != len(headers):
            preview.invalid.append(
                Invalid(
                    line,
                    f"it has {len(cells)} fields but the header has {len(headers)}; check its separators",
                )
            )
            continue
        try:
            person = _person(line, cells, fields, order)
        except ValidationError as exc:
            preview.invalid.append(Invalid(line, str(exc).rstrip(".")))
            continue
        key = name_key(person.name)
        known = team.get(key)
        if known is not None:
            state = "archived; restore them instead" if known.archived else "already on your team"
            preview.already.append(Skipped(line, person.name, state))
        elif key in seen:
            preview.invalid.append(
                Invalid(line, f"{person.name} is already on line {seen[key]}; tell them apart (an initial)")
            )
        else:
            seen[key] = line
            preview.to_add.append(person)
    return preview


def _records(text: str, delimiter: str, name: str) -> list[tuple[int, list[str]]]:
    """(line number where the record starts, cells) for every record."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    records = []
    try:
        while True:
            start = reader.line_num + 1
            try:
                cells = next(reader)
            except StopIteration:
                break
            if cells:
                records.append((start, cells))
    except csv.Error as exc:
        raise RosterError(
            QT_TRANSLATE_NOOP("Errors", "{name} is not a valid CSV file (line {line_num}: {exc}).").format(
                name=name, line_num=reader.line_num, exc=exc
            )
        ) from None
    return records


def _east_asian(text: str) -> bool:
    return bool(text) and all(
        "\u4e00" <= c <= "\u9fff"
        or "\u3400" <= c <= "\u4dbf"
        or "\u3040" <= c <= "\u30ff"
        or "\uac00" <= c <= "\ud7af"
        for c in text
    )


def join_names(first: str, last: str) -> str:
    """First and last name as one: "Zoë" + "Dvořák" is "Zoë Dvořák"; Chinese, Japanese
    and Korean names are written family name first, without a space ("伟" + "张" is "张伟")."""
    first, last = " ".join(first.split()), " ".join(last.split())
    if _east_asian(first) and _east_asian(last):
        return last + first
    return f"{first} {last}"


def _cell(cells: list[str], fields: dict[str, int], key: str) -> str:
    return cells[fields[key]] if key in fields else ""


def _person(line: int, cells: list[str], fields: dict[str, int], order: str | None) -> Person:
    if "name" in fields:
        raw = _cell(cells, fields, "name")
    else:
        raw = join_names(_cell(cells, fields, "first"), _cell(cells, fields, "last"))
    name = clean_line(raw, "name", required=True, max_length=MAX_NAME_LENGTH)
    role = clean_line(_cell(cells, fields, "role"), "role", max_length=MAX_NAME_LENGTH)
    team = clean_line(_cell(cells, fields, "team"), "team", max_length=MAX_NAME_LENGTH)
    start = parse_start_date(_cell(cells, fields, "start"), order)
    if start and start > dt.date.today() + dt.timedelta(days=366):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors", "the start date {isoformat} is more than a year away; check the year"
            ).format(isoformat=start.isoformat())
        )
    return Person(line, name, role, team, start)


# Writing -----------------------------------------------------------------------------


def apply(store: Store, preview: Preview) -> int:
    """Add everyone in the preview, in one transaction; refuses a preview with invalid rows."""
    if preview.invalid:
        raise InvalidRowsError(preview)
    with store.write(reports.TOPIC, Topic.CONVERSATIONS):
        for person in preview.to_add:
            reports.add_report(store, person.name, person.role, person.team, person.start_date)
    log.info("roster import added %d reports", len(preview.to_add))
    return len(preview.to_add)


def import_roster(store: Store, path: Path, *, dry_run: bool = False) -> Preview:
    """Read, check and (unless `dry_run`) write; any invalid row aborts the whole import."""
    preview = read_roster(store, path)
    if preview.invalid:
        raise InvalidRowsError(preview)
    if not dry_run:
        apply(store, preview)
    return preview
