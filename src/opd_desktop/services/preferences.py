"""The manager's preferences, gathered in one place and kept in the `meta`
table: the name on documents, the theme, writing space on printed agendas
and whether the first run has been seen — plus the rhythm's settings
(working days, usual meeting time, reminders), which stay in
`services.rhythm` and are saved in the same transaction.

Plain values with validation; the Preferences dialog and the first run read
and write through `load`/`save` only."""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from opd_desktop.core.changes import Topic
from opd_desktop.errors import ValidationError
from opd_desktop.services import rhythm, settings
from opd_desktop.store.database import Store

THEME_KEY = "setting.theme"  # system | light | dark
WRITING_LINES_KEY = "setting.agenda_writing_lines"  # blank lines under each agenda item on paper
FIRST_RUN_KEY = "setting.first_run_done"

THEMES = ("system", "light", "dark")


@dataclass(frozen=True)
class Preferences:
    manager_name: str = ""
    theme: str = "system"
    writing_lines: int = 3
    rhythm: rhythm.RhythmSettings = field(default_factory=rhythm.RhythmSettings)


DEFAULTS = Preferences()


def _int(store: Store, key: str, default: int, low: int, high: int) -> int:
    raw = store.meta(key)
    try:
        value = int(raw) if raw is not None else default
    except ValueError:
        return default
    return value if low <= value <= high else default


def load(store: Store) -> Preferences:
    """The saved preferences; a missing or unreadable value falls back to its default."""
    theme = store.meta(THEME_KEY) or DEFAULTS.theme
    return Preferences(
        manager_name=settings.manager_name(store),
        theme=theme if theme in THEMES else DEFAULTS.theme,
        writing_lines=_int(store, WRITING_LINES_KEY, DEFAULTS.writing_lines, 0, 12),
        rhythm=rhythm.load_settings(store),
    )


def validate(prefs: Preferences) -> Preferences:
    """The preferences as they will be saved, or one ValidationError saying what to fix."""
    if not prefs.rhythm.working_days:
        raise ValidationError("Choose at least one working day.", "working days")
    if prefs.theme not in THEMES:
        raise ValidationError(f"The theme is one of {', '.join(THEMES)}.", "theme")
    if not 0 <= prefs.writing_lines <= 12:
        raise ValidationError("Writing space is between 0 and 12 lines.", "writing space")
    return prefs


def save(store: Store, prefs: Preferences) -> Preferences:
    """Validate, then write every preference in one transaction."""
    clean = validate(prefs)
    with store.write(Topic.SETTINGS):
        if clean.manager_name.strip():
            clean = replace(clean, manager_name=settings.set_manager_name(store, clean.manager_name))
        store.set_meta(THEME_KEY, clean.theme)
        store.set_meta(WRITING_LINES_KEY, str(clean.writing_lines))
        clean = replace(clean, rhythm=rhythm.save_settings(store, clean.rhythm))
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
