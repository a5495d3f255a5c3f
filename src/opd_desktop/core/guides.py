"""The conversation guides: the OPD method as data.

Each guide is a TOML file in `resources/guides/`. The loader turns a file into
frozen dataclasses and refuses a bad one with a `GuideError` that names the
file, the key and the reason, so an organization adapting the wording knows
exactly what to fix.
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from opd_desktop.core.series import SERIES_LENGTH  # also read from here, as before
from opd_desktop.errors import OpdError

CHECKIN_KEY = "checkin"

# What an agenda item lets the manager capture while it is discussed.
CAPTURE_KINDS = frozenset(
    {
        "notes",
        "action_items",
        "ideas",
        "idea_feedback",
        "leadership_feedback",
        "leadership_commitments",
        "strengths",
        "preferences",
        "aspirations",
        "values",
        "career_history",
        "plan_goals",
        "plan_actions",
        "commitments",
        "metrics",
    }
)

# Capture kinds a guide may declare that nothing implements yet: they show
# nothing (no quick-capture option, no field) until they are built. A test lists
# them, so none is forgotten; services/captures.py implements all the others.
PENDING_CAPTURE_KINDS = frozenset({"leadership_commitments"})

# What a conversation brings in from earlier ones, shown under *Prepare*.
CARRY_IN_KINDS = frozenset(
    {
        "open_action_items",
        "ideas_awaiting_feedback",
        "leadership_feedback",
        "leadership_commitments",
        "profile",
        "career_history",
        "plan",
        "organization",
        "department",
        "metrics",
    }
)

PREPARERS = frozenset({"employee", "manager", "both"})

# Where an answer on the employee's worksheet goes when it is imported. A
# "note:<agenda key>" destination names an agenda item of the same guide.
WORKSHEET_TARGETS = frozenset(
    {
        "profile:preference",
        "profile:strength",
        "profile:aspiration",
        "profile:value",
        "profile:clifton",
        "career:role",
        "career:from",
        "career:to",
        "career:highlights",
        "career:learned",
        "ideas",
        "leadership_feedback",
        "plan:goal",
        "plan:why",
        "plan:actions",
        "plan:support",
        "plan:by",
        "plan:commitments",
        "summary:employee",
    }
)
# Destinations that make sense only inside a repeated section (one role, one goal).
REPEATED_TARGETS = frozenset(t for t in WORKSHEET_TARGETS if t.startswith(("career:", "plan:")))
REPEATED_TARGETS -= {"plan:commitments"}
MAX_WORKSHEET_LINES = 14
MAX_REPEAT = 6


class GuideError(OpdError):
    """A guide file that cannot be used; names file, key and reason."""

    def __init__(self, file: str, key: str, reason: str) -> None:
        super().__init__(f"{file}: {key}: {reason}")
        self.file = file
        self.key = key
        self.reason = reason


@dataclass(frozen=True)
class PreparationStep:
    who: str
    task: str
    exercise: bool = False
    optional: bool = False


@dataclass(frozen=True)
class AgendaItem:
    key: str
    title: str
    minutes: int
    prompts: tuple[str, ...]
    captures: tuple[str, ...]
    guidance: str = ""


@dataclass(frozen=True)
class CarryIn:
    kinds: tuple[str, ...]
    recap: tuple[int, ...]
    note: str = ""


@dataclass(frozen=True)
class WorksheetField:
    key: str  # the PDF field is named after it (with the section's index when repeated)
    label: str
    prompt: str
    lines: int  # 1 = a single line
    into: str  # one of WORKSHEET_TARGETS, or "note:<agenda key>"
    half: bool = False  # set beside the next half-width field

    @property
    def note_item(self) -> str | None:
        return self.into.removeprefix("note:") if self.into.startswith("note:") else None


@dataclass(frozen=True)
class WorksheetSection:
    heading: str  # may hold "{n}" when repeated
    repeat: int
    fields: tuple[WorksheetField, ...]

    def pdf_name(self, field: WorksheetField, index: int) -> str:
        return f"{field.key}{index}" if self.repeat > 1 else field.key


@dataclass(frozen=True)
class Worksheet:
    """The employee's pre-work for one conversation, as a fillable form."""

    title: str
    intro: str
    sections: tuple[WorksheetSection, ...]

    def slots(self) -> list[tuple[str, WorksheetSection, int, WorksheetField]]:
        """Every field as it appears in the PDF: (name, section, index from 1, field)."""
        return [
            (section.pdf_name(f, index), section, index, f)
            for section in self.sections
            for index in range(1, section.repeat + 1)
            for f in section.fields
        ]

    def fingerprint(self) -> str:
        """Changes whenever the fields or where they go change, so that a worksheet
        exported from an earlier wording is recognised as an older version."""
        import hashlib

        shape = [(name, f.into, f.lines) for name, _s, _i, f in self.slots()]
        return hashlib.sha256(repr(shape).encode()).hexdigest()[:12]


@dataclass(frozen=True)
class Guide:
    key: str
    number: int | None
    title: str
    short_title: str
    purpose: str
    outcomes: tuple[str, ...]
    duration_minutes: int
    preparation: tuple[PreparationStep, ...]
    agenda: tuple[AgendaItem, ...]
    carry_in: CarryIn
    wrap_up: tuple[str, ...]
    source: str
    worksheet: Worksheet | None = None

    @property
    def is_checkin(self) -> bool:
        return self.number is None

    @property
    def agenda_minutes(self) -> int:
        return sum(item.minutes for item in self.agenda)

    def item(self, key: str) -> AgendaItem:
        for item in self.agenda:
            if item.key == key:
                return item
        raise KeyError(key)

    def all_text(self) -> str:
        """Every sentence of the guide in one string (for search and tests)."""
        parts: list[str] = [self.title, self.purpose, *self.outcomes, self.carry_in.note]
        parts += [step.task for step in self.preparation]
        for item in self.agenda:
            parts += [item.title, item.guidance, *item.prompts]
        parts += list(self.wrap_up)
        if self.worksheet is not None:
            parts += [self.worksheet.title, self.worksheet.intro]
            parts += [f.label + " " + f.prompt for s in self.worksheet.sections for f in s.fields]
        return "\n".join(parts)


class _Reader:
    """Typed access to a TOML table that reports problems with their key."""

    def __init__(self, file: str, data: dict[str, Any], prefix: str = "") -> None:
        self.file = file
        self.data = data
        self.prefix = prefix

    def key(self, name: str) -> str:
        return f"{self.prefix}{name}"

    def fail(self, name: str, reason: str) -> GuideError:
        return GuideError(self.file, self.key(name), reason)

    def text(self, name: str, *, required: bool = True, default: str = "") -> str:
        value = self.data.get(name)
        if value is None:
            if required:
                raise self.fail(name, "is missing; add a text value")
            return default
        if not isinstance(value, str):
            raise self.fail(name, f"must be text, not {type(value).__name__}")
        value = value.strip()
        if required and not value:
            raise self.fail(name, "is empty; write something here")
        return value

    def integer(self, name: str, *, low: int, high: int, required: bool = True) -> int | None:
        value = self.data.get(name)
        if value is None:
            if required:
                raise self.fail(name, f"is missing; add a whole number from {low} to {high}")
            return None
        if isinstance(value, bool) or not isinstance(value, int):
            raise self.fail(name, f"must be a whole number, not {value!r}")
        if not low <= value <= high:
            raise self.fail(name, f"must be between {low} and {high}, not {value}")
        return value

    def boolean(self, name: str) -> bool:
        value = self.data.get(name, False)
        if not isinstance(value, bool):
            raise self.fail(name, f"must be true or false, not {value!r}")
        return value

    def texts(self, name: str, *, required: bool = True) -> tuple[str, ...]:
        value = self.data.get(name)
        if value is None:
            if required:
                raise self.fail(name, "is missing; add a list of texts")
            return ()
        if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
            raise self.fail(name, "must be a list of non-empty texts")
        if required and not value:
            raise self.fail(name, "is empty; add at least one entry")
        return tuple(v.strip() for v in value)

    def choices(self, name: str, allowed: Iterable[str], *, required: bool = True) -> tuple[str, ...]:
        values = self.texts(name, required=required)
        allowed_set = set(allowed)
        for value in values:
            if value not in allowed_set:
                raise self.fail(name, f"unknown kind {value!r}; use one of {', '.join(sorted(allowed_set))}")
        return values

    def only(self, *names: str) -> None:
        """Refuse keys this table does not know (a typo would otherwise be ignored silently)."""
        unknown = sorted(set(self.data) - set(names))
        if unknown:
            raise self.fail(unknown[0], f"is not a known key here; use {', '.join(names)}")

    def tables(self, name: str) -> list[_Reader]:
        value = self.data.get(name)
        if not isinstance(value, list) or not value:
            raise self.fail(name, "is missing; add at least one [[" + name + "]] table")
        readers = []
        for index, entry in enumerate(value):
            if not isinstance(entry, dict):
                raise self.fail(f"{name}[{index}]", "must be a table")
            readers.append(_Reader(self.file, entry, f"{self.key(name)}[{index}]."))
        return readers

    def table(self, name: str) -> _Reader:
        value = self.data.get(name, {})
        if not isinstance(value, dict):
            raise self.fail(name, "must be a table")
        return _Reader(self.file, value, f"{self.key(name)}.")


GUIDE_KEYS = (
    "key",
    "number",
    "title",
    "short_title",
    "purpose",
    "outcomes",
    "duration_minutes",
    "preparation",
    "agenda",
    "carry_in",
    "wrap_up",
    "worksheet",
)


def parse_guide(file: str, data: dict[str, Any]) -> Guide:
    """Validate one guide's TOML data and build a `Guide`."""
    top = _Reader(file, data)
    top.only(*GUIDE_KEYS)
    key = top.text("key")
    number = top.integer("number", low=1, high=SERIES_LENGTH, required=False)
    if key == CHECKIN_KEY:
        if number is not None:
            raise top.fail("number", "a check-in guide has no number; remove it")
    elif number is None or key != str(number):
        raise top.fail("key", f"must be {CHECKIN_KEY!r} or the conversation number as text")

    steps = top.tables("preparation")
    for step in steps:
        step.only("who", "task", "exercise", "optional")
    preparation = tuple(
        PreparationStep(
            who=_one_of(step, "who", PREPARERS),
            task=step.text("task"),
            exercise=step.boolean("exercise"),
            optional=step.boolean("optional"),
        )
        for step in steps
    )

    agenda: list[AgendaItem] = []
    seen: set[str] = set()
    for entry in top.tables("agenda"):
        entry.only("key", "title", "minutes", "prompts", "captures", "guidance")
        item_key = entry.text("key")
        if not item_key.replace("_", "").isalnum() or not item_key.isascii():
            raise entry.fail("key", "use letters, digits and underscores only")
        if item_key in seen:
            raise entry.fail("key", f"{item_key!r} is used twice; agenda keys must be unique")
        seen.add(item_key)
        agenda.append(
            AgendaItem(
                key=item_key,
                title=entry.text("title"),
                minutes=entry.integer("minutes", low=1, high=120) or 0,
                prompts=entry.texts("prompts"),
                captures=entry.choices("captures", CAPTURE_KINDS),
                guidance=entry.text("guidance", required=False),
            )
        )

    carry = top.table("carry_in")
    carry.only("kinds", "recap", "note")
    recap = carry.data.get("recap", [])
    if not isinstance(recap, list) or not all(
        isinstance(n, int) and not isinstance(n, bool) and 1 <= n <= SERIES_LENGTH for n in recap
    ):
        raise carry.fail("recap", "must be a list of conversation numbers from 1 to 7")
    if number is not None and any(n >= number for n in recap):
        raise carry.fail("recap", "can only name conversations that come before this one")

    guide = Guide(
        key=key,
        number=number,
        title=top.text("title"),
        short_title=top.text("short_title"),
        purpose=top.text("purpose"),
        outcomes=top.texts("outcomes"),
        duration_minutes=top.integer("duration_minutes", low=10, high=240) or 0,
        preparation=preparation,
        agenda=tuple(agenda),
        carry_in=CarryIn(
            kinds=carry.choices("kinds", CARRY_IN_KINDS, required=False),
            recap=tuple(recap),
            note=carry.text("note", required=False),
        ),
        wrap_up=top.texts("wrap_up"),
        source=file,
        worksheet=_parse_worksheet(top, seen, number),
    )
    if guide.agenda_minutes > guide.duration_minutes:
        raise top.fail(
            "duration_minutes",
            f"is {guide.duration_minutes} but the agenda items add up to "
            f"{guide.agenda_minutes} minutes; raise it or shorten the items",
        )
    return guide


def _parse_worksheet(top: _Reader, agenda_keys: set[str], number: int | None) -> Worksheet | None:
    """The optional `[worksheet]` table: a title, an intro and `[[worksheet.sections]]`,
    each with `[[worksheet.sections.fields]]` that say where their answer goes."""
    if "worksheet" not in top.data:
        return None
    sheet = top.table("worksheet")
    sheet.only("title", "intro", "sections")
    sections: list[WorksheetSection] = []
    names: set[str] = set()
    for section in sheet.tables("sections"):
        section.only("heading", "repeat", "fields")
        repeat = section.integer("repeat", low=1, high=MAX_REPEAT, required=False) or 1
        heading = section.text("heading", required=repeat > 1)
        if repeat > 1 and "{n}" not in heading:
            raise section.fail("heading", "a repeated section needs {n} in its heading (e.g. 'Goal {n}')")
        fields: list[WorksheetField] = []
        for entry in section.tables("fields"):
            entry.only("key", "label", "prompt", "lines", "into", "half")
            key = entry.text("key")
            if not key.isascii() or not key.replace("_", "").isalpha():
                raise entry.fail("key", "use letters and underscores only")
            into = entry.text("into")
            if into.startswith("note:"):
                if into.removeprefix("note:") not in agenda_keys:
                    raise entry.fail(
                        "into", f"{into!r} names no agenda item of this guide; use note:<agenda key>"
                    )
            elif into not in WORKSHEET_TARGETS:
                raise entry.fail(
                    "into",
                    f"unknown destination {into!r}; use note:<agenda key> or one of "
                    + ", ".join(sorted(WORKSHEET_TARGETS)),
                )
            if (into in REPEATED_TARGETS) != (repeat > 1):
                raise entry.fail(
                    "into",
                    f"{into!r} belongs in a repeated section (one role or goal each)"
                    if repeat == 1
                    else f"{into!r} cannot be repeated; move it to a section without repeat",
                )
            if into == "summary:employee" and number != SERIES_LENGTH:
                raise entry.fail("into", "the series summary is written in conversation 7 only")
            field = WorksheetField(
                key=key,
                label=entry.text("label"),
                prompt=entry.text("prompt", required=False),
                lines=entry.integer("lines", low=1, high=MAX_WORKSHEET_LINES) or 1,
                into=into,
                half=entry.boolean("half"),
            )
            pdf_names = {f"{key}{i}" if repeat > 1 else key for i in range(1, repeat + 1)}
            if pdf_names & names:
                raise entry.fail("key", f"{key!r} is used twice in this worksheet")
            names |= pdf_names
            fields.append(field)
        sections.append(WorksheetSection(heading=heading, repeat=repeat, fields=tuple(fields)))
    for required, partner in (("career:role", "career:"), ("plan:goal", "plan:")):
        for section in sections:
            intos = {f.into for f in section.fields}
            if any(i.startswith(partner) and i in REPEATED_TARGETS for i in intos) and required not in intos:
                raise sheet.fail("sections", f"a section with {partner}… fields needs a {required!r} field")
    return Worksheet(
        title=sheet.text("title"),
        intro=sheet.text("intro", required=False),
        sections=tuple(sections),
    )


def _one_of(reader: _Reader, name: str, allowed: frozenset[str]) -> str:
    value = reader.text(name)
    if value not in allowed:
        raise reader.fail(name, f"must be one of {', '.join(sorted(allowed))}, not {value!r}")
    return value


def load_guide(path: Path) -> Guide:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise GuideError(path.name, "(file)", f"is not valid TOML: {exc}") from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise GuideError(path.name, "(file)", f"cannot be read: {exc}") from exc
    return parse_guide(path.name, data)


@dataclass(frozen=True)
class GuideSet:
    """The seven conversation guides and the check-in guide."""

    conversations: tuple[Guide, ...]
    checkin: Guide

    def for_number(self, number: int | None) -> Guide:
        if number is None:
            return self.checkin
        if not 1 <= number <= SERIES_LENGTH:
            raise KeyError(number)
        return self.conversations[number - 1]

    def all(self) -> tuple[Guide, ...]:
        return (*self.conversations, self.checkin)


def load_guides(folder: Path) -> GuideSet:
    """Load and validate every guide in `folder`; all eight must be there."""
    by_key: dict[str, Guide] = {}
    for path in sorted(folder.glob("*.toml")):
        guide = load_guide(path)
        if guide.key in by_key:
            raise GuideError(path.name, "key", f"{guide.key!r} is also used by {by_key[guide.key].source}")
        by_key[guide.key] = guide
    wanted = [str(n) for n in range(1, SERIES_LENGTH + 1)] + [CHECKIN_KEY]
    missing = [key for key in wanted if key not in by_key]
    if missing:
        raise GuideError(
            str(folder),
            "(folder)",
            "no guide for " + ", ".join(missing) + "; add the missing files",
        )
    return GuideSet(
        conversations=tuple(by_key[str(n)] for n in range(1, SERIES_LENGTH + 1)),
        checkin=by_key[CHECKIN_KEY],
    )


_default: dict[str, GuideSet] = {}


def default_guides(language: str = "en") -> GuideSet:
    """The guides shipped with the app in `language` (English when not translated), loaded once."""
    if language not in _default:
        from opd_desktop.paths import guides_dir

        _default[language] = load_guides(guides_dir(language))
    return _default[language]
