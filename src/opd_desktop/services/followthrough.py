"""The follow-through between conversations: action items, the employee's
ideas on their way to senior management and back, and the feedback the
manager asked for on their own leadership."""

from __future__ import annotations

import datetime as dt

from opd_desktop.core.changes import Topic
from opd_desktop.core.dates import now_stamp, parse_date
from opd_desktop.core.i18n_marks import QT_TRANSLATE_NOOP
from opd_desktop.core.models import (
    ActionItem,
    FeedbackStatus,
    Idea,
    IdeaStatus,
    ItemStatus,
    LeadershipFeedback,
    Owner,
    check_item_transition,
)
from opd_desktop.errors import ValidationError
from opd_desktop.services import rows
from opd_desktop.services.reports import get_report
from opd_desktop.services.text import clean_body, clean_line
from opd_desktop.store.database import Store

ACTIONS = Topic.ACTION_ITEMS
IDEAS = Topic.IDEAS
FEEDBACK = Topic.LEADERSHIP_FEEDBACK


def _stamp(at: dt.datetime | None) -> str:
    return at.isoformat() if at else now_stamp()


def _date(value: str | dt.date | None, field: str) -> str | None:
    if value is None or value == "":
        return None
    return (parse_date(value, field) if isinstance(value, str) else value).isoformat()


# Action items -----------------------------------------------------------------


def add_action_item(
    store: Store,
    report_id: int,
    text: str,
    owner: Owner | str = Owner.EMPLOYEE,
    due_date: str | dt.date | None = None,
    conversation_id: int | None = None,
    *,
    at: dt.datetime | None = None,
) -> ActionItem:
    get_report(store, report_id)
    clean = clean_line(text, "action item", required=True)
    try:
        who = Owner(owner)
    except ValueError:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "An action item is owned by the employee or the manager."), "owner"
        ) from None
    with store.write(ACTIONS, report_id=report_id) as db:
        cursor = db.execute(
            "INSERT INTO action_items(report_id, conversation_id, text, owner, due_date, "
            "created_at) VALUES (?, ?, ?, ?, ?, ?)",
            [report_id, conversation_id, clean, who.value, _date(due_date, "due date"), _stamp(at)],
        )
    return get_action_item(store, cursor.lastrowid)


def get_action_item(store: Store, item_id: int) -> ActionItem:
    return rows.action_item(rows.one(store, "action_items", item_id, "action item"))


def set_action_status(
    store: Store, item_id: int, status: ItemStatus | str, *, at: dt.datetime | None = None
) -> ActionItem:
    item = get_action_item(store, item_id)
    wanted = ItemStatus(status)
    check_item_transition(item.status, wanted, "action item")
    closed_at = None if wanted == ItemStatus.OPEN else (item.closed_at or _stamp(at))
    with store.write(ACTIONS, report_id=item.report_id) as db:
        db["action_items"].update(item_id, {"status": wanted.value, "closed_at": closed_at})
    return get_action_item(store, item_id)


def update_action_item(
    store: Store,
    item_id: int,
    *,
    text: str | None = None,
    owner: str | None = None,
    due_date: str | dt.date | None = None,
) -> ActionItem:
    item = get_action_item(store, item_id)
    values: dict[str, object] = {}
    if text is not None:
        values["text"] = clean_line(text, "action item", required=True)
    if owner is not None:
        values["owner"] = Owner(owner).value
    if due_date is not None:
        values["due_date"] = _date(due_date, "due date")
    if values:
        with store.write(ACTIONS, report_id=item.report_id) as db:
            db["action_items"].update(item.id, values)
    return get_action_item(store, item_id)


def action_items(store: Store, report_id: int | None = None, *, open_only: bool = False) -> list[ActionItem]:
    sql = "SELECT * FROM action_items WHERE 1 = 1"
    params: list[object] = []
    if report_id is not None:
        sql += " AND report_id = ?"
        params.append(report_id)
    if open_only:
        sql += " AND status = 'open'"
    sql += " ORDER BY due_date IS NULL, due_date, id"
    return [rows.action_item(r) for r in rows.query(store, sql, params)]


# Ideas --------------------------------------------------------------------------


def capture_idea(
    store: Store,
    report_id: int,
    text: str,
    conversation_id: int | None = None,
    *,
    at: dt.datetime | None = None,
) -> Idea:
    get_report(store, report_id)
    clean = clean_body(text, "idea").strip()
    if not clean:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The idea is empty; please describe it."), "idea")
    with store.write(IDEAS, report_id=report_id) as db:
        cursor = db.execute(
            "INSERT INTO ideas(report_id, conversation_id, text, created_at) VALUES (?, ?, ?, ?)",
            [report_id, conversation_id, clean, _stamp(at)],
        )
    return get_idea(store, cursor.lastrowid)


def get_idea(store: Store, idea_id: int) -> Idea:
    return rows.idea(rows.one(store, "ideas", idea_id, "idea"))


def _advance_idea(idea: Idea, wanted: IdeaStatus) -> None:
    from opd_desktop.core.ideas import check_idea_step

    check_idea_step(idea.status, wanted)


def _check_not_before(earlier: dt.date | None, later: dt.date, what: str) -> None:
    if earlier is not None and later < earlier:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "The {what} date cannot be before {isoformat}.").format(
                what=what, isoformat=earlier.isoformat()
            ),
            "date",
        )


def take_idea_to_management(store: Store, idea_id: int, taken_on: str | dt.date, taken_to: str) -> Idea:
    idea = get_idea(store, idea_id)
    _advance_idea(idea, IdeaStatus.TAKEN)
    day = dt.date.fromisoformat(_date(taken_on, "date taken") or "")
    _check_not_before(dt.date.fromisoformat(idea.created_at[:10]), day, "taken")
    who = clean_line(taken_to, "name of who you took it to", required=True)
    with store.write(IDEAS, report_id=idea.report_id) as db:
        db["ideas"].update(idea_id, {"status": "taken", "taken_on": day.isoformat(), "taken_to": who})
    return get_idea(store, idea_id)


def record_idea_feedback(store: Store, idea_id: int, feedback: str, feedback_on: str | dt.date) -> Idea:
    idea = get_idea(store, idea_id)
    _advance_idea(idea, IdeaStatus.ANSWERED)
    day = dt.date.fromisoformat(_date(feedback_on, "feedback date") or "")
    _check_not_before(idea.taken_on, day, "feedback")
    text = clean_body(feedback, "feedback").strip()
    if not text:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Write down what senior management said."), "feedback"
        )
    with store.write(IDEAS, report_id=idea.report_id) as db:
        db["ideas"].update(idea_id, {"status": "answered", "feedback": text, "feedback_on": day.isoformat()})
    return get_idea(store, idea_id)


def share_idea_back(
    store: Store, idea_id: int, shared_on: str | dt.date, conversation_id: int | None = None
) -> Idea:
    idea = get_idea(store, idea_id)
    _advance_idea(idea, IdeaStatus.SHARED)
    day = dt.date.fromisoformat(_date(shared_on, "date shared") or "")
    _check_not_before(idea.feedback_on, day, "shared")
    with store.write(IDEAS, report_id=idea.report_id) as db:
        db["ideas"].update(
            idea_id,
            {
                "status": "shared",
                "shared_on": day.isoformat(),
                "shared_in_conversation_id": conversation_id,
                "closed_at": now_stamp(),
            },
        )
    return get_idea(store, idea_id)


def ideas(store: Store, report_id: int | None = None, status: IdeaStatus | None = None) -> list[Idea]:
    sql = "SELECT * FROM ideas WHERE 1 = 1"
    params: list[object] = []
    if report_id is not None:
        sql += " AND report_id = ?"
        params.append(report_id)
    if status is not None:
        sql += " AND status = ?"
        params.append(status.value)
    sql += " ORDER BY created_at, id"
    return [rows.idea(r) for r in rows.query(store, sql, params)]


# Leadership feedback -----------------------------------------------------------


def request_leadership_feedback(
    store: Store,
    report_id: int,
    request: str,
    conversation_id: int | None = None,
    *,
    at: dt.datetime | None = None,
) -> LeadershipFeedback:
    get_report(store, report_id)
    text = clean_body(request, "request").strip()
    if not text:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Write down what you asked the employee."), "request"
        )
    with store.write(FEEDBACK, report_id=report_id) as db:
        cursor = db.execute(
            "INSERT INTO leadership_feedback(report_id, conversation_id, request, created_at) "
            "VALUES (?, ?, ?, ?)",
            [report_id, conversation_id, text, _stamp(at)],
        )
    return get_leadership_feedback(store, cursor.lastrowid)


def get_leadership_feedback(store: Store, feedback_id: int) -> LeadershipFeedback:
    return rows.leadership_feedback(rows.one(store, "leadership_feedback", feedback_id, "feedback request"))


def record_leadership_feedback(
    store: Store,
    feedback_id: int,
    *,
    employee_said: str,
    manager_response: str = "",
    commitments: str = "",
) -> LeadershipFeedback:
    current = get_leadership_feedback(store, feedback_id)
    if current.status == FeedbackStatus.CLOSED:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "This feedback is closed; reopen it to change it."), "status"
        )
    said = clean_body(employee_said, "feedback").strip()
    if not said:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Write down what the employee said."), "employee_said"
        )
    with store.write(FEEDBACK, report_id=current.report_id) as db:
        db["leadership_feedback"].update(
            feedback_id,
            {
                "employee_said": said,
                "manager_response": clean_body(manager_response, "response"),
                "commitments": clean_body(commitments, "commitments"),
                "status": FeedbackStatus.ANSWERED.value,
            },
        )
    return get_leadership_feedback(store, feedback_id)


def close_leadership_feedback(
    store: Store, feedback_id: int, *, at: dt.datetime | None = None
) -> LeadershipFeedback:
    current = get_leadership_feedback(store, feedback_id)
    if current.status != FeedbackStatus.ANSWERED:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Only feedback that has been heard and answered can be closed."),
            "status",
        )
    with store.write(FEEDBACK, report_id=current.report_id) as db:
        db["leadership_feedback"].update(
            feedback_id, {"status": FeedbackStatus.CLOSED.value, "closed_at": _stamp(at)}
        )
    return get_leadership_feedback(store, feedback_id)


def leadership_feedback(store: Store, report_id: int) -> list[LeadershipFeedback]:
    return [
        rows.leadership_feedback(r)
        for r in rows.query(
            store,
            "SELECT * FROM leadership_feedback WHERE report_id = ? ORDER BY created_at, id",
            [report_id],
        )
    ]
