"""Outcomes the return measures count: why and when a report left the team,
whether a leadership commitment was kept, and whether a plan goal was achieved."""

from __future__ import annotations

import datetime as dt

from opd_desktop.core.changes import Topic
from opd_desktop.core.dates import parse_date
from opd_desktop.core.i18n_marks import QT_TRANSLATE_NOOP
from opd_desktop.core.models import Report
from opd_desktop.errors import ValidationError
from opd_desktop.services import reports, rows
from opd_desktop.store.database import Store

ARCHIVE_REASONS = {  # marked: the UI shows them with ui.i18n.shown
    "left_company": QT_TRANSLATE_NOOP("ArchiveReason", "Left the company"),
    "moved_manager": QT_TRANSLATE_NOOP("ArchiveReason", "Moved to another manager"),
    "other": QT_TRANSLATE_NOOP("ArchiveReason", "Other"),
}
COMMITMENT_STATUSES = {
    "open": QT_TRANSLATE_NOOP("CommitmentStatus", "Open"),
    "kept": QT_TRANSLATE_NOOP("CommitmentStatus", "Kept"),
    "not_kept": QT_TRANSLATE_NOOP("CommitmentStatus", "Not kept"),
}
GOAL_OUTCOMES = {
    "achieved": QT_TRANSLATE_NOOP("GoalOutcome", "Achieved"),
    "partly": QT_TRANSLATE_NOOP("GoalOutcome", "Partly achieved"),
    "not_achieved": QT_TRANSLATE_NOOP("GoalOutcome", "Not achieved"),
}


def _day(value: str | dt.date | None, field: str, today: dt.date | None = None) -> dt.date:
    day = (parse_date(value, field) if isinstance(value, str) else value) or (today or dt.date.today())
    if day > (today or dt.date.today()):
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "{isoformat} is in the future; use today or an earlier date.").format(
                isoformat=day.isoformat()
            ),
            field,
        )
    return day


def archive(store: Store, report_id: int, reason: str, left_on: str | dt.date | None = None) -> Report:
    """Archive a report saying why and when, so retention can be counted."""
    if reason not in ARCHIVE_REASONS:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "{reason} is not a reason; use {join}.").format(
                reason=repr(reason), join=", ".join(ARCHIVE_REASONS)
            ),
            "archive reason",
        )
    day = _day(left_on, "date they left")
    with store.write(reports.TOPIC, report_id=report_id) as db:
        reports.archive_report(store, report_id)
        db.execute(
            "UPDATE reports SET archive_reason = ?, left_on = ? WHERE id = ?",
            [reason, day.isoformat(), report_id],
        )
    return reports.get_report(store, report_id)


def archive_reason(store: Store, report_id: int) -> tuple[str | None, dt.date | None]:
    row = store.execute("SELECT archive_reason, left_on FROM reports WHERE id = ?", [report_id]).fetchone()
    if row is None:
        return None, None
    return row[0], dt.date.fromisoformat(row[1]) if row[1] else None


def set_commitment_status(
    store: Store, feedback_id: int, status: str, on: str | dt.date | None = None
) -> None:
    """Whether the manager kept what they committed to after hearing the employee's feedback."""
    from opd_desktop.services.followthrough import FEEDBACK

    if status not in COMMITMENT_STATUSES:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "{status} is not a status; use open, kept or not_kept.").format(
                status=repr(status)
            ),
            "status",
        )
    row = rows.one(store, "leadership_feedback", feedback_id, "feedback request")
    if status != "open" and not (row["commitments"] or "").strip():
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "There is no commitment recorded here yet; write it down first."),
            "status",
        )
    day = None if status == "open" else _day(on, "date").isoformat()
    with store.write(FEEDBACK, report_id=row["report_id"]) as db:
        db.execute(
            "UPDATE leadership_feedback SET commitment_status = ?, commitment_checked_on = ? WHERE id = ?",
            [status, day, feedback_id],
        )


def set_goal_outcome(
    store: Store, goal_id: int, outcome: str | None, on: str | dt.date | None = None
) -> None:
    """Achieved, partly or not achieved (None clears it). Recorded at check-ins
    and in the plan screen; allowed on a final plan, where it belongs."""
    if outcome is not None and outcome not in GOAL_OUTCOMES:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors", "{outcome} is not an outcome; use achieved, partly or not_achieved."
            ).format(outcome=repr(outcome)),
            "outcome",
        )
    rows.one(store, "plan_goals", goal_id, "plan goal")
    day = None if outcome is None else _day(on, "date").isoformat()
    with store.write(Topic.PLANS) as db:
        db.execute("UPDATE plan_goals SET outcome = ?, outcome_on = ? WHERE id = ?", [outcome, day, goal_id])


def goal_outcomes(store: Store, plan_id: int) -> dict[int, str | None]:
    return dict(store.execute("SELECT id, outcome FROM plan_goals WHERE plan_id = ?", [plan_id]).fetchall())


def commitment_statuses(store: Store, report_id: int) -> dict[int, str]:
    return dict(
        store.execute(
            "SELECT id, commitment_status FROM leadership_feedback WHERE report_id = ?", [report_id]
        ).fetchall()
    )
