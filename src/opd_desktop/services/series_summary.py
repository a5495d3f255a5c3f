"""The summary of the seven conversations, written in conversation 7: what
each person accomplished and learned, how you agreed to keep going, and the
check-ins that follow at the agreed cadence."""

from __future__ import annotations

import datetime as dt

from opd_desktop.core.changes import Topic
from opd_desktop.core.guides import SERIES_LENGTH
from opd_desktop.core.i18n_marks import QT_TRANSLATE_NOOP
from opd_desktop.core.models import Conversation
from opd_desktop.errors import ValidationError
from opd_desktop.services import conversations, notes, plans
from opd_desktop.store.database import Store

# (note key on conversation 7, label)
FIELDS: tuple[tuple[str, str], ...] = (
    ("summary_employee", "What the employee accomplished and learned"),
    ("summary_manager", "What I accomplished and learned"),
    ("summary_agreement", "How we agreed to keep going (mutual accountability)"),
)


def final_conversation(store: Store, report_id: int) -> Conversation:
    return conversations.series_conversation(store, report_id, SERIES_LENGTH)


def read(store: Store, report_id: int) -> dict[str, str]:
    saved = notes.notes_for(store, final_conversation(store, report_id).id)
    return {key: saved[key].body if key in saved else "" for key, _label in FIELDS}


def save(store: Store, report_id: int, key: str, text: str) -> None:
    if key not in dict(FIELDS):
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "{key} is not part of the series summary.").format(key=repr(key)),
            "field",
        )
    notes.save_note(store, final_conversation(store, report_id).id, key, text)


def agree_cadence(
    store: Store, report_id: int, first: dt.date, every_days: int, count: int
) -> list[Conversation]:
    """Record the check-in cadence on the plan (if any) and schedule the check-ins."""
    with store.write(Topic.PLANS, Topic.CONVERSATIONS):
        scheduled = conversations.schedule_checkins(store, report_id, first, every_days, count)
        plan = plans.current_plan(store, report_id)
        if plan is not None:
            with store.write(Topic.PLANS) as db:
                db.execute("UPDATE plans SET checkin_cadence_days = ? WHERE id = ?", [every_days, plan.id])
    return scheduled
