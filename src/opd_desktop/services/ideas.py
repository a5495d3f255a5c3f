"""The ideas loop to its end: take, answer with an outcome, share back, or,
before an idea is taken, drop it or merge it into another. The rules are in
`core/ideas.py`; the capture and the first steps stay in `followthrough`."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from opd_desktop.core.dates import now_stamp
from opd_desktop.core.i18n_marks import QT_TRANSLATE_NOOP
from opd_desktop.core.ideas import OPEN_STATUSES, IdeaOutcome, check_idea_step, check_merge, parse_outcome
from opd_desktop.core.models import Idea, IdeaStatus
from opd_desktop.errors import ValidationError
from opd_desktop.services import followthrough
from opd_desktop.services.text import clean_line
from opd_desktop.store.database import Store

TOPIC = followthrough.IDEAS


def take(store: Store, idea_id: int, taken_to: str = "", on: str | dt.date | None = None) -> Idea:
    who = taken_to.strip() or "Senior management"
    return followthrough.take_idea_to_management(store, idea_id, on or dt.date.today(), who)


def answer(
    store: Store,
    idea_id: int,
    outcome: IdeaOutcome | str,
    feedback: str,
    on: str | dt.date | None = None,
) -> Idea:
    """Senior management's answer: adopted, declined (the feedback is the
    reason) or parked, with what they said."""
    chosen = outcome if isinstance(outcome, IdeaOutcome) else parse_outcome(outcome)
    if chosen == IdeaOutcome.DECLINED and not feedback.strip():
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Say why the idea was declined: the employee will want to know."),
            "feedback",
        )
    report_id = followthrough.get_idea(store, idea_id).report_id
    with store.write(TOPIC, report_id=report_id) as db:
        followthrough.record_idea_feedback(store, idea_id, feedback, on or dt.date.today())
        db.execute("UPDATE ideas SET outcome = ? WHERE id = ?", [chosen.value, idea_id])
    return followthrough.get_idea(store, idea_id)


def share(
    store: Store, idea_id: int, on: str | dt.date | None = None, conversation_id: int | None = None
) -> Idea:
    return followthrough.share_idea_back(store, idea_id, on or dt.date.today(), conversation_id)


def drop(store: Store, idea_id: int, reason: str) -> Idea:
    idea = followthrough.get_idea(store, idea_id)
    check_idea_step(idea.status, IdeaStatus.DROPPED)
    why = clean_line(reason, "reason", required=True)
    with store.write(TOPIC, report_id=idea.report_id) as db:
        db.execute(
            "UPDATE ideas SET status = 'dropped', drop_reason = ?, closed_at = ? WHERE id = ?",
            [why, now_stamp(), idea_id],
        )
    return followthrough.get_idea(store, idea_id)


def merge(store: Store, idea_id: int, into_id: int) -> Idea:
    """Fold an idea into another; the other idea keeps this employee's credit
    (and the credit of anything merged into this one)."""
    source = followthrough.get_idea(store, idea_id)
    target = followthrough.get_idea(store, into_id)
    check_merge(source.id, source.status, target.id, target.status)
    with store.write(TOPIC, report_id=source.report_id) as db:
        db.execute(
            "UPDATE ideas SET status = 'merged', merged_into_id = ?, closed_at = ? WHERE id = ?",
            [target.id, now_stamp(), source.id],
        )
        db.execute("UPDATE ideas SET merged_into_id = ? WHERE merged_into_id = ?", [target.id, source.id])
    return followthrough.get_idea(store, target.id)


def credited(store: Store, idea_id: int) -> list[int]:
    """The reports credited with an idea: who raised it and whoever raised the
    ideas merged into it."""
    idea = followthrough.get_idea(store, idea_id)
    others = [
        r
        for (r,) in store.execute(
            "SELECT report_id FROM ideas WHERE merged_into_id = ? ORDER BY id", [idea_id]
        )
    ]
    return list(dict.fromkeys([idea.report_id, *others]))


@dataclass(frozen=True)
class IdeaLine:
    idea: Idea
    raised_by: list[str]  # names, the idea's own person first
    age_days: int


def listing(
    store: Store, report_id: int | None = None, today: dt.date | None = None, *, include_closed: bool = True
) -> list[IdeaLine]:
    """Ideas with who raised them (merged ideas' people included) and their age."""
    day = today or dt.date.today()
    names = dict(store.execute("SELECT id, name FROM reports").fetchall())
    merged: dict[int, list[int]] = {}
    for target, rid in store.execute(
        "SELECT merged_into_id, report_id FROM ideas WHERE merged_into_id IS NOT NULL AND status = 'merged'"
    ):
        merged.setdefault(target, []).append(rid)
    lines = []
    for idea in followthrough.ideas(store, report_id):
        if not include_closed and idea.status not in OPEN_STATUSES:
            continue
        people = list(dict.fromkeys([idea.report_id, *merged.get(idea.id, [])]))
        lines.append(IdeaLine(idea, [names.get(p, "?") for p in people], idea.waiting_days(day)))
    return lines


def waiting_to_be_taken(store: Store, today: dt.date | None = None) -> list[IdeaLine]:
    """The agenda for the senior-management meeting: captured ideas of active
    reports, oldest first."""
    active = {r for (r,) in store.execute("SELECT id FROM reports WHERE archived_at IS NULL")}
    return [
        line
        for line in listing(store, today=today)
        if line.idea.status == IdeaStatus.CAPTURED and line.idea.report_id in active
    ]
