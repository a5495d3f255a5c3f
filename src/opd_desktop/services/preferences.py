"""The manager's preferences, gathered in one place and kept in the `meta`
table: the name on documents, writing space on printed agendas (the
`setting.writing_lines` that `services.settings` owns) and whether the first
run has been seen — plus the rhythm's settings
(working days, usual meeting time, reminders), which stay in
`services.rhythm` and are saved in the same transaction.

The theme is not here: it belongs to the screen, not the data, and lives in
ui-state.ini (View → Theme and Preferences both go through the window's
`set_theme`).

Plain values with validation; the Preferences dialog and the first run read
and write through `load`/`save` only."""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from opd_desktop.core.changes import Topic
from opd_desktop.core.i18n_marks import QT_TRANSLATE_NOOP
from opd_desktop.errors import ValidationError
from opd_desktop.services import rhythm, settings
from opd_desktop.store.database import Store

FIRST_RUN_KEY = "setting.first_run_done"


@dataclass(frozen=True)
class Preferences:
    manager_name: str = ""
    writing_lines: int = settings.DEFAULT_WRITING_LINES
    rhythm: rhythm.RhythmSettings = field(default_factory=rhythm.RhythmSettings)


DEFAULTS = Preferences()


def load(store: Store) -> Preferences:
    """The saved preferences; a missing or unreadable value falls back to its default."""
    return Preferences(
        manager_name=settings.manager_name(store),
        writing_lines=settings.writing_lines(store),
        rhythm=rhythm.load_settings(store),
    )


def validate(prefs: Preferences) -> Preferences:
    """The preferences as they will be saved, or one ValidationError saying what to fix."""
    if not prefs.rhythm.working_days:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Choose at least one working day."), "working days")
    low, high = settings.WRITING_LINES_RANGE
    if not low <= prefs.writing_lines <= high:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors", "Choose between {low} and {high} lines of writing space per item."
            ).format(low=low, high=high),
            "writing lines",
        )
    return prefs


def save(store: Store, prefs: Preferences) -> Preferences:
    """Validate, then write every preference in one transaction."""
    clean = validate(prefs)
    with store.write(Topic.SETTINGS):
        if clean.manager_name.strip():
            clean = replace(clean, manager_name=settings.set_manager_name(store, clean.manager_name))
        settings.set_writing_lines(store, clean.writing_lines)
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
