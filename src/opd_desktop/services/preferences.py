"""The manager's preferences, gathered in one place and kept in the `meta`
table: the name on documents, working days and the usual meeting time
(scheduling), the check-in cadence, the theme, reminders, writing space on
printed agendas, and whether the first run has been seen.

Plain values with validation; the Preferences dialog and the first run read
and write through `load`/`save` only."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from opd_desktop.core.changes import Topic
from opd_desktop.errors import ValidationError
from opd_desktop.services import settings
from opd_desktop.store.database import Store

WORKING_DAYS_KEY = "setting.working_days"  # ISO weekday numbers, "1,2,3,4,5"
MEETING_TIME_KEY = "setting.meeting_time"  # "HH:MM"
CHECKIN_WEEKS_KEY = "setting.checkin_weeks"  # weeks between check-ins after the series
CONVERSATION_WEEKS_KEY = "setting.conversation_weeks"  # weeks between the seven conversations
THEME_KEY = "setting.theme"  # system | light | dark
REMINDERS_KEY = "setting.reminders"  # "1" | "0"
WRITING_LINES_KEY = "setting.agenda_writing_lines"  # blank lines under each agenda item on paper
FIRST_RUN_KEY = "setting.first_run_done"

THEMES = ("system", "light", "dark")
WEEKDAYS = (1, 2, 3, 4, 5, 6, 7)
_TIME = re.compile(r"^([01]?\d|2[0-3]):([0-5]\d)$")


@dataclass(frozen=True)
class Preferences:
    manager_name: str = ""
    working_days: tuple[int, ...] = (1, 2, 3, 4, 5)
    meeting_time: str = "10:00"
    conversation_weeks: int = 2
    checkin_weeks: int = 4
    theme: str = "system"
    reminders: bool = True
    writing_lines: int = 3


DEFAULTS = Preferences()


def _int(store: Store, key: str, default: int, low: int, high: int) -> int:
    raw = store.meta(key)
    try:
        value = int(raw) if raw is not None else default
    except ValueError:
        return default
    return value if low <= value <= high else default


def _days(raw: str | None) -> tuple[int, ...]:
    if not raw:
        return DEFAULTS.working_days
    try:
        days = tuple(sorted({int(part) for part in raw.split(",") if part.strip()}))
    except ValueError:
        return DEFAULTS.working_days
    return days if days and all(day in WEEKDAYS for day in days) else DEFAULTS.working_days


def load(store: Store) -> Preferences:
    """The saved preferences; a missing or unreadable value falls back to its default."""
    time = store.meta(MEETING_TIME_KEY) or DEFAULTS.meeting_time
    theme = store.meta(THEME_KEY) or DEFAULTS.theme
    return Preferences(
        manager_name=settings.manager_name(store),
        working_days=_days(store.meta(WORKING_DAYS_KEY)),
        meeting_time=time if _TIME.match(time) else DEFAULTS.meeting_time,
        conversation_weeks=_int(store, CONVERSATION_WEEKS_KEY, DEFAULTS.conversation_weeks, 1, 12),
        checkin_weeks=_int(store, CHECKIN_WEEKS_KEY, DEFAULTS.checkin_weeks, 1, 26),
        theme=theme if theme in THEMES else DEFAULTS.theme,
        reminders=store.meta(REMINDERS_KEY, "1") != "0",
        writing_lines=_int(store, WRITING_LINES_KEY, DEFAULTS.writing_lines, 0, 12),
    )


def validate(prefs: Preferences) -> Preferences:
    """The preferences as they will be saved, or one ValidationError saying what to fix."""
    if not prefs.working_days:
        raise ValidationError("Choose at least one working day.", "working_days")
    if any(day not in WEEKDAYS for day in prefs.working_days):
        raise ValidationError("Working days are numbered 1 (Monday) to 7 (Sunday).", "working_days")
    match = _TIME.match(prefs.meeting_time.strip())
    if not match:
        raise ValidationError(
            "Write the usual meeting time as hours:minutes, for example 10:30.", "meeting_time"
        )
    if not 1 <= prefs.conversation_weeks <= 12:
        raise ValidationError("Weeks between conversations must be between 1 and 12.", "conversation_weeks")
    if not 1 <= prefs.checkin_weeks <= 26:
        raise ValidationError("Weeks between check-ins must be between 1 and 26.", "checkin_weeks")
    if prefs.theme not in THEMES:
        raise ValidationError(f"The theme is one of {', '.join(THEMES)}.", "theme")
    if not 0 <= prefs.writing_lines <= 12:
        raise ValidationError("Writing space is between 0 and 12 lines.", "writing_lines")
    return replace(
        prefs,
        working_days=tuple(sorted(set(prefs.working_days))),
        meeting_time=f"{int(match.group(1)):02d}:{match.group(2)}",
    )


def save(store: Store, prefs: Preferences) -> Preferences:
    """Validate, then write every preference in one transaction."""
    clean = validate(prefs)
    with store.write(Topic.SETTINGS):
        if clean.manager_name.strip():
            clean = replace(clean, manager_name=settings.set_manager_name(store, clean.manager_name))
        store.set_meta(WORKING_DAYS_KEY, ",".join(str(day) for day in clean.working_days))
        store.set_meta(MEETING_TIME_KEY, clean.meeting_time)
        store.set_meta(CONVERSATION_WEEKS_KEY, str(clean.conversation_weeks))
        store.set_meta(CHECKIN_WEEKS_KEY, str(clean.checkin_weeks))
        store.set_meta(THEME_KEY, clean.theme)
        store.set_meta(REMINDERS_KEY, "1" if clean.reminders else "0")
        store.set_meta(WRITING_LINES_KEY, str(clean.writing_lines))
    return clean


def first_run_done(store: Store) -> bool:
    return store.meta(FIRST_RUN_KEY) == "1"


def needs_first_run(store: Store) -> bool:
    """A new folder: no report yet and the welcome never finished or skipped."""
    if first_run_done(store):
        return False
    return store.execute("SELECT count(*) FROM reports").fetchone()[0] == 0


def mark_first_run_done(store: Store) -> None:
    store.set_meta(FIRST_RUN_KEY, "1")
