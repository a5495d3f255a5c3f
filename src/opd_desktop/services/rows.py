"""Turning database rows into the domain's dataclasses."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from opd_desktop.core import models  # a conversation's dataclasses are made on first use (models.Note …)
from opd_desktop.core.audience import note_is_private
from opd_desktop.core.dates import date_from_iso, datetime_from_iso
from opd_desktop.core.i18n_marks import QT_TRANSLATE_NOOP
from opd_desktop.core.models import FeedbackStatus, IdeaStatus, ItemStatus, Owner, Report
from opd_desktop.core.stages import Status

if TYPE_CHECKING:
    from opd_desktop.core.models import ActionItem, Conversation, Idea, LeadershipFeedback, Note

Row = Mapping[str, Any]


def report(row: Row) -> Report:
    return Report(
        id=row["id"],
        name=row["name"],
        role=row["role"],
        team=row["team"],
        start_date=date_from_iso(row["start_date"]),
        archived=row["archived_at"] is not None,
        cadence_days=row.get("cadence_days"),
        added_on=date_from_iso(row.get("created_at")),
    )


def conversation(row: Row) -> Conversation:
    return models.Conversation(
        id=row["id"],
        report_id=row["report_id"],
        number=row["number"],
        status=Status(row["status"]),
        scheduled_at=datetime_from_iso(row["scheduled_at"]),
        duration_minutes=row["duration_minutes"],
        held_on=date_from_iso(row["held_on"]),
        summary=row["summary"],
        next_steps=row["next_steps"],
        skip_reason=row["skip_reason"],
        held_at=datetime_from_iso(row.get("held_at")),
        updated_at=row.get("updated_at") or "",
        recap=row["recap"],
        next_steps_private=bool(row["next_steps_private"]),
    )


def note(row: Row) -> Note:
    return models.Note(
        conversation_id=row["conversation_id"],
        item_key=row["item_key"],
        body=row["body"],
        private=note_is_private(row["item_key"], row["private"]),
        updated_at=row["updated_at"],
    )


def action_item(row: Row) -> ActionItem:
    return models.ActionItem(
        id=row["id"],
        report_id=row["report_id"],
        conversation_id=row["conversation_id"],
        text=row["text"],
        owner=Owner(row["owner"]),
        due_date=date_from_iso(row["due_date"]),
        status=ItemStatus(row["status"]),
        created_at=row["created_at"],
        closed_at=row["closed_at"],
    )


def idea(row: Row) -> Idea:
    return models.Idea(
        id=row["id"],
        report_id=row["report_id"],
        conversation_id=row["conversation_id"],
        text=row["text"],
        status=IdeaStatus(row["status"]),
        taken_on=date_from_iso(row["taken_on"]),
        taken_to=row["taken_to"],
        feedback=row["feedback"],
        feedback_on=date_from_iso(row["feedback_on"]),
        shared_on=date_from_iso(row["shared_on"]),
        shared_in_conversation_id=row["shared_in_conversation_id"],
        created_at=row["created_at"],
        outcome=row.get("outcome"),
        drop_reason=row.get("drop_reason") or "",
        merged_into_id=row.get("merged_into_id"),
    )


def leadership_feedback(row: Row) -> LeadershipFeedback:
    return models.LeadershipFeedback(
        id=row["id"],
        report_id=row["report_id"],
        conversation_id=row["conversation_id"],
        request=row["request"],
        employee_said=row["employee_said"],
        manager_response=row["manager_response"],
        commitments=row["commitments"],
        status=FeedbackStatus(row["status"]),
        created_at=row["created_at"],
        commitment_status=row.get("commitment_status") or "open",
        commitment_checked_on=date_from_iso(row.get("commitment_checked_on")),
    )


def query(store_db: Any, sql: str, params: list[Any] | tuple[Any, ...] = ()) -> list[dict[str, Any]]:
    """Run a SELECT and return rows as dicts."""
    cursor = store_db.execute(sql, list(params))
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, values, strict=True)) for values in cursor.fetchall()]


def one(store_db: Any, table: str, item_id: int, what: str) -> dict[str, Any]:
    """The row of `table` with this id, or a NotFoundError naming `what`."""
    from opd_desktop.errors import NotFoundError

    found = query(store_db, f"SELECT * FROM {table} WHERE id = ?", [item_id])
    if not found:
        raise NotFoundError(
            QT_TRANSLATE_NOOP("Errors", "There is no {what} with id {item_id}.").format(
                what=what, item_id=item_id
            )
        )
    return found[0]
