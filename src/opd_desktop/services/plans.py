"""The development plan: drafted in conversations 5–6, finalized in 7 for a
period of three to six months. Finalizing keeps a snapshot; a later change
starts a new version based on it."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field

from opd_desktop.core.changes import Topic
from opd_desktop.core.dates import date_from_iso, now_stamp, parse_date
from opd_desktop.core.i18n_marks import QT_TRANSLATE_NOOP
from opd_desktop.core.models import ItemStatus, Owner, check_item_transition
from opd_desktop.core.plan_status import PlanStatus, check_plan_transition, is_editable
from opd_desktop.errors import NotFoundError, ValidationError
from opd_desktop.services import rows
from opd_desktop.services.reports import get_report
from opd_desktop.services.text import clean_body, clean_line
from opd_desktop.store.database import Store

TOPIC = Topic.PLANS
MIN_MONTHS, MAX_MONTHS = 3, 6


@dataclass(frozen=True)
class PlanAction:
    id: int
    goal_id: int
    text: str
    owner: Owner
    due_date: dt.date | None
    status: ItemStatus
    support_needed: str
    proposed_by: Owner = Owner.MANAGER


@dataclass(frozen=True)
class PlanGoal:
    id: int
    title: str
    why: str
    success_measure: str
    target_date: dt.date | None
    actions: list[PlanAction] = field(default_factory=list)
    profile_entry_id: int | None = None
    proposed_by: Owner = Owner.MANAGER  # the employee, when it came from their worksheet

    @property
    def progress(self) -> float:
        counted = [a for a in self.actions if a.status != ItemStatus.DROPPED]
        return sum(a.status == ItemStatus.DONE for a in counted) / len(counted) if counted else 0.0


@dataclass(frozen=True)
class Plan:
    id: int
    report_id: int
    version: int
    status: PlanStatus
    period_start: dt.date | None
    period_end: dt.date | None
    employee_commitments: str
    manager_commitments: str
    checkin_cadence_days: int | None
    next_review: dt.date | None
    finalized_at: str | None
    goals: list[PlanGoal] = field(default_factory=list)

    @property
    def progress(self) -> float:
        actions = [a for g in self.goals for a in g.actions if a.status != ItemStatus.DROPPED]
        return sum(a.status == ItemStatus.DONE for a in actions) / len(actions) if actions else 0.0


class PeriodNeedsConfirmation(ValidationError):
    """The period is outside 3–6 months: ask the manager, then finalize with
    `confirmed=True`."""


def months_between(start: dt.date, end: dt.date) -> float:
    return (end - start).days / 30.44


def check_period(start: dt.date, end: dt.date) -> str | None:
    """None if the period is 3–6 months; otherwise a question to confirm."""
    if end <= start:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "The plan ends before it starts; check the dates."), "period"
        )
    months = months_between(start, end)
    if months < MIN_MONTHS - 0.1 or months > MAX_MONTHS + 0.1:
        return QT_TRANSLATE_NOOP(
            "Errors",
            "The plan covers about {months:.1f} months; the method suggests 3 to 6. Keep this period anyway?",
        ).format(months=months)
    return None


def _plan_row(store: Store, plan_id: int) -> dict:
    return rows.one(store, "plans", plan_id, "plan")


def get_plan(store: Store, plan_id: int) -> Plan:
    r = _plan_row(store, plan_id)
    actions_by_goal: dict[int, list[PlanAction]] = {}
    for a in rows.query(
        store,
        "SELECT a.* FROM plan_actions a JOIN plan_goals g ON g.id = a.goal_id "
        "WHERE g.plan_id = ? ORDER BY a.position, a.id",
        [plan_id],
    ):
        actions_by_goal.setdefault(a["goal_id"], []).append(
            PlanAction(
                a["id"],
                a["goal_id"],
                a["text"],
                Owner(a["owner"]),
                date_from_iso(a["due_date"]),
                ItemStatus(a["status"]),
                a["support_needed"],
                Owner(a["proposed_by"]),
            )
        )
    goals = [
        PlanGoal(
            g["id"],
            g["title"],
            g["why"],
            g["success_measure"],
            date_from_iso(g["target_date"]),
            actions_by_goal.get(g["id"], []),
            g["profile_entry_id"],
            Owner(g["proposed_by"]),
        )
        for g in rows.query(
            store, "SELECT * FROM plan_goals WHERE plan_id = ? ORDER BY position, id", [plan_id]
        )
    ]
    return Plan(
        id=r["id"],
        report_id=r["report_id"],
        version=r["version"],
        status=PlanStatus(r["status"]),
        period_start=date_from_iso(r["period_start"]),
        period_end=date_from_iso(r["period_end"]),
        employee_commitments=r["employee_commitments"],
        manager_commitments=r["manager_commitments"],
        checkin_cadence_days=r["checkin_cadence_days"],
        next_review=date_from_iso(r["next_review"]),
        finalized_at=r["finalized_at"],
        goals=goals,
    )


def current_plan(store: Store, report_id: int) -> Plan | None:
    row = store.execute(
        "SELECT id FROM plans WHERE report_id = ? AND status != 'superseded' ORDER BY version DESC LIMIT 1",
        [report_id],
    ).fetchone()
    return get_plan(store, row[0]) if row else None


def start_plan(store: Store, report_id: int) -> Plan:
    """The report's working draft, creating version 1 if there is none."""
    get_report(store, report_id)
    existing = current_plan(store, report_id)
    if existing is not None:
        return existing
    stamp = now_stamp()
    with store.write(TOPIC) as db:
        cursor = db.execute(
            "INSERT INTO plans(report_id, version, status, created_at, updated_at) "
            "VALUES (?, 1, 'draft', ?, ?)",
            [report_id, stamp, stamp],
        )
    return get_plan(store, cursor.lastrowid)


def _editable(store: Store, plan_id: int) -> Plan:
    plan = get_plan(store, plan_id)
    if not is_editable(plan.status):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors", "Version {version} of the plan is {status}; start a new version to change it."
            ).format(version=plan.version, status=plan.status),
            "plan",
        )
    return plan


def add_goal(
    store: Store,
    plan_id: int,
    title: str,
    why: str = "",
    success_measure: str = "",
    target_date: str | dt.date | None = None,
    profile_entry_id: int | None = None,
    *,
    proposed_by: Owner | str = Owner.MANAGER,
) -> PlanGoal:
    plan = _editable(store, plan_id)
    target = _optional_date(target_date, "target date")
    _check_link(store, plan.report_id, profile_entry_id)
    with store.write(TOPIC) as db:
        cursor = db.execute(
            "INSERT INTO plan_goals(plan_id, position, title, why, success_measure, target_date, "
            "profile_entry_id, proposed_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                plan_id,
                len(plan.goals),
                clean_line(title, "goal", required=True),
                clean_body(why),
                clean_body(success_measure),
                target.isoformat() if target else None,
                profile_entry_id,
                Owner(proposed_by).value,
                now_stamp(),
            ],
        )
    return next(g for g in get_plan(store, plan_id).goals if g.id == cursor.lastrowid)


LINKABLE_KINDS = ("clifton_theme", "strength", "aspiration")


def _optional_date(value: str | dt.date | None, field: str) -> dt.date | None:
    if value is None or value == "":
        return None
    return parse_date(value, field) if isinstance(value, str) else value


def _check_link(store: Store, report_id: int, profile_entry_id: int | None) -> None:
    """A goal's 'why' may point at one of the employee's strengths or aspirations."""
    if profile_entry_id is None:
        return
    row = store.execute(
        "SELECT report_id, kind FROM profile_entries WHERE id = ?", [profile_entry_id]
    ).fetchone()
    if row is None or row[0] != report_id or row[1] not in LINKABLE_KINDS:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors", "A goal can be linked to one of this employee's strengths or aspirations only."
            ),
            "why",
        )


def _goal_plan(store: Store, goal_id: int | None) -> Plan:
    if goal_id is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors", "Choose the goal this action serves; every action belongs to a goal."
            ),
            "goal",
        )
    found = store.execute("SELECT plan_id FROM plan_goals WHERE id = ?", [goal_id]).fetchone()
    if not found:
        raise NotFoundError(
            QT_TRANSLATE_NOOP("Errors", "There is no goal with id {goal_id}.").format(goal_id=goal_id)
        )
    return _editable(store, found[0])


def _check_due(plan: Plan, due: dt.date | None) -> None:
    if due and plan.period_start and due < plan.period_start:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors", "The due date {isoformat} is before the plan starts ({isoformat2})."
            ).format(isoformat=due.isoformat(), isoformat2=plan.period_start.isoformat()),
            "due date",
        )


def update_goal(
    store: Store,
    goal_id: int,
    *,
    title: str,
    why: str = "",
    success_measure: str = "",
    target_date: str | dt.date | None = None,
    profile_entry_id: int | None = None,
) -> None:
    plan = _goal_plan(store, goal_id)
    _check_link(store, plan.report_id, profile_entry_id)
    target = _optional_date(target_date, "target date")
    with store.write(TOPIC) as db:
        db["plan_goals"].update(
            goal_id,
            {
                "title": clean_line(title, "goal", required=True),
                "why": clean_body(why),
                "success_measure": clean_body(success_measure),
                "target_date": target.isoformat() if target else None,
                "profile_entry_id": profile_entry_id,
            },
        )


def delete_goal(store: Store, goal_id: int) -> None:
    _goal_plan(store, goal_id)
    with store.write(TOPIC) as db:
        db.execute("DELETE FROM plan_goals WHERE id = ?", [goal_id])


def _action_row(store: Store, action_id: int) -> dict:
    return rows.one(store, "plan_actions", action_id, "plan action")


def update_action(
    store: Store,
    action_id: int,
    *,
    text: str,
    owner: Owner | str,
    due_date: str | dt.date | None = None,
    support_needed: str = "",
) -> None:
    row = _action_row(store, action_id)
    plan = _goal_plan(store, row["goal_id"])
    due = _optional_date(due_date, "due date")
    _check_due(plan, due)
    with store.write(TOPIC) as db:
        db["plan_actions"].update(
            action_id,
            {
                "text": clean_line(text, "action", required=True),
                "owner": Owner(owner).value,
                "due_date": due.isoformat() if due else None,
                "support_needed": clean_body(support_needed),
            },
        )


def delete_action(store: Store, action_id: int) -> None:
    row = _action_row(store, action_id)
    _goal_plan(store, row["goal_id"])
    with store.write(TOPIC) as db:
        db.execute("DELETE FROM plan_actions WHERE id = ?", [action_id])


def add_action(
    store: Store,
    goal_id: int | None,
    text: str,
    owner: Owner | str = Owner.EMPLOYEE,
    due_date: str | dt.date | None = None,
    support_needed: str = "",
    *,
    proposed_by: Owner | str = Owner.MANAGER,
) -> PlanAction:
    plan = _goal_plan(store, goal_id)
    due = _optional_date(due_date, "due date")
    _check_due(plan, due)
    with store.write(TOPIC) as db:
        cursor = db.execute(
            "INSERT INTO plan_actions(goal_id, position, text, owner, due_date, support_needed, "
            "proposed_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [
                goal_id,
                sum(len(g.actions) for g in plan.goals if g.id == goal_id),
                clean_line(text, "action", required=True),
                Owner(owner).value,
                due.isoformat() if due else None,
                clean_body(support_needed),
                Owner(proposed_by).value,
                now_stamp(),
            ],
        )
    return next(a for g in get_plan(store, plan.id).goals for a in g.actions if a.id == cursor.lastrowid)


def set_action_status(store: Store, action_id: int, status: ItemStatus | str) -> None:
    """Progress is tracked on the draft and on the final plan alike."""
    row = _action_row(store, action_id)
    plan_status = store.execute(
        "SELECT p.status FROM plans p JOIN plan_goals g ON g.plan_id = p.id WHERE g.id = ?",
        [row["goal_id"]],
    ).fetchone()[0]
    if plan_status == "superseded":
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors", "This version of the plan has been replaced; update the current one."
            ),
            "plan",
        )
    wanted = ItemStatus(status)
    check_item_transition(ItemStatus(row["status"]), wanted)
    with store.write(TOPIC) as db:
        db.execute("UPDATE plan_actions SET status = ? WHERE id = ?", [wanted.value, action_id])


def set_terms(
    store: Store,
    plan_id: int,
    *,
    period_start: str | dt.date | None,
    period_end: str | dt.date | None,
    employee_commitments: str | None = None,
    manager_commitments: str | None = None,
    checkin_cadence_days: int | None = None,
    next_review: str | dt.date | None = None,
) -> Plan:
    """The plan's period, review date and check-in cadence (and, when given,
    the commitments)."""
    plan = _editable(store, plan_id)
    start = _optional_date(period_start, "plan start")
    end = _optional_date(period_end, "plan end")
    review = _optional_date(next_review, "review date")
    if start is None or end is None:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Give the plan a start and an end date."), "period")
    if end <= start:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "The plan ends before it starts; check the dates."), "period"
        )
    if review is not None and not start <= review <= end + dt.timedelta(days=31):
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "The review date should fall within the plan's period."),
            "review date",
        )
    if checkin_cadence_days is not None and not 7 <= checkin_cadence_days <= 92:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Check-ins are between a week and three months apart."), "cadence"
        )
    early = [a.text for g in plan.goals for a in g.actions if a.due_date and a.due_date < start]
    if early:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{len} action(s) are due before {isoformat}, for example “{value}”. Move their due dates or start the plan earlier.",  # noqa: E501
            ).format(len=len(early), isoformat=start.isoformat(), value=early[0]),
            "period",
        )
    values: dict[str, object] = {
        "period_start": start.isoformat(),
        "period_end": end.isoformat(),
        "checkin_cadence_days": checkin_cadence_days,
        "next_review": review.isoformat() if review else None,
        "updated_at": now_stamp(),
    }
    if employee_commitments is not None:
        values["employee_commitments"] = clean_body(employee_commitments)
    if manager_commitments is not None:
        values["manager_commitments"] = clean_body(manager_commitments)
    with store.write(TOPIC) as db:
        db["plans"].update(plan_id, values)
    return get_plan(store, plan_id)


def finalize(store: Store, plan_id: int, *, confirmed: bool = False) -> Plan:
    """Freeze the plan and keep a JSON snapshot of it."""
    plan = _editable(store, plan_id)
    if plan.period_start is None or plan.period_end is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Set the plan's period before finalizing it."), "period"
        )
    if not plan.goals:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Add at least one goal before finalizing the plan."), "goals"
        )
    question = check_period(plan.period_start, plan.period_end)
    if question and not confirmed:
        raise PeriodNeedsConfirmation(question, "period")
    check_plan_transition(plan.status, PlanStatus.FINAL, plan.version)
    snapshot = json.dumps(_snapshot(plan), ensure_ascii=False, sort_keys=True)
    with store.write(TOPIC) as db:
        db.execute(
            "UPDATE plans SET status = 'superseded', updated_at = ? "
            "WHERE report_id = ? AND status = 'final' AND id != ?",
            [now_stamp(), plan.report_id, plan_id],
        )
        db["plans"].update(
            plan_id,
            {
                "status": "final",
                "finalized_at": now_stamp(),
                "snapshot": snapshot,
                "updated_at": now_stamp(),
            },
        )
    return get_plan(store, plan_id)


def _snapshot(plan: Plan) -> dict:
    def day(d: dt.date | None) -> str | None:
        return d.isoformat() if d else None

    return {
        "version": plan.version,
        "period": [day(plan.period_start), day(plan.period_end)],
        "employee_commitments": plan.employee_commitments,
        "manager_commitments": plan.manager_commitments,
        "checkin_cadence_days": plan.checkin_cadence_days,
        "next_review": day(plan.next_review),
        "goals": [
            {
                "title": g.title,
                "why": g.why,
                "success_measure": g.success_measure,
                "target_date": day(g.target_date),
                "proposed_by": g.proposed_by.value,
                "actions": [
                    {
                        "text": a.text,
                        "owner": a.owner.value,
                        "due_date": day(a.due_date),
                        "status": a.status.value,
                        "support_needed": a.support_needed,
                        "proposed_by": a.proposed_by.value,
                    }
                    for a in g.actions
                ],
            }
            for g in plan.goals
        ],
    }


def snapshot_of(store: Store, plan_id: int) -> dict | None:
    text = _plan_row(store, plan_id)["snapshot"]
    return json.loads(text) if text else None


def history(store: Store, report_id: int) -> list[Plan]:
    return [
        get_plan(store, r[0])
        for r in store.execute(
            "SELECT id FROM plans WHERE report_id = ? ORDER BY version", [report_id]
        ).fetchall()
    ]


def revise(store: Store, report_id: int) -> Plan:
    """A new draft version of the final plan, to change it; the final one stays
    in force (and in the history) until the new version is finalized."""
    return _copy_current(store, report_id, open_only=False)


def start_next_plan(store: Store, report_id: int) -> Plan:
    """After the period ends: a new draft that starts from the last plan, with
    the goals that still have open actions and those actions."""
    return _copy_current(store, report_id, open_only=True)


def _copy_current(store: Store, report_id: int, *, open_only: bool) -> Plan:
    current = current_plan(store, report_id)
    if current is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "There is no plan yet; start one in conversation 5."), "plan"
        )
    if current.status == "draft":
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Version {version} is still a draft; change it directly.").format(
                version=current.version
            ),
            "plan",
        )
    stamp = now_stamp()
    with store.write(TOPIC) as db:
        cursor = db.execute(
            "INSERT INTO plans(report_id, version, status, employee_commitments, manager_commitments, "
            "checkin_cadence_days, based_on_plan_id, period_start, period_end, next_review, "
            "created_at, updated_at) VALUES (?, ?, 'draft', ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                report_id,
                current.version + 1,
                current.employee_commitments,
                current.manager_commitments,
                current.checkin_cadence_days,
                current.id,
                None if open_only else _iso(current.period_start),
                None if open_only else _iso(current.period_end),
                None if open_only else _iso(current.next_review),
                stamp,
                stamp,
            ],
        )
        new_id = cursor.lastrowid
        for position, goal in enumerate(current.goals):
            actions = [a for a in goal.actions if not open_only or a.status == ItemStatus.OPEN]
            if open_only and not actions:
                continue
            goal_id = db.execute(
                "INSERT INTO plan_goals(plan_id, position, title, why, profile_entry_id, "
                "success_measure, target_date, proposed_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    new_id,
                    position,
                    goal.title,
                    goal.why,
                    goal.profile_entry_id,
                    goal.success_measure,
                    None if open_only else _iso(goal.target_date),
                    goal.proposed_by.value,
                    stamp,
                ],
            ).lastrowid
            db.conn.executemany(
                "INSERT INTO plan_actions(goal_id, position, text, owner, due_date, status, "
                "support_needed, proposed_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    (
                        goal_id,
                        index,
                        a.text,
                        a.owner.value,
                        None if open_only else _iso(a.due_date),
                        a.status.value,
                        a.support_needed,
                        a.proposed_by.value,
                        stamp,
                    )
                    for index, a in enumerate(actions)
                ],
            )
    return get_plan(store, new_id)


def _iso(value: dt.date | None) -> str | None:
    return value.isoformat() if value else None


def period_ended(plan: Plan, today: dt.date | None = None) -> bool:
    return plan.period_end is not None and plan.period_end < (today or dt.date.today())


def set_commitments(
    store: Store, plan_id: int, *, employee: str | None = None, manager: str | None = None
) -> None:
    """Mutual accountability: what each of you commits to (autosaved text)."""
    _editable(store, plan_id)
    values: dict[str, object] = {"updated_at": now_stamp()}
    if employee is not None:
        values["employee_commitments"] = clean_body(employee, "commitments")
    if manager is not None:
        values["manager_commitments"] = clean_body(manager, "commitments")
    with store.write(TOPIC) as db:
        db["plans"].update(plan_id, values)


def in_force(store: Store, report_id: int) -> Plan | None:
    """The latest finalized plan, which stays in force while a revision is drafted."""
    row = store.execute(
        "SELECT id FROM plans WHERE report_id = ? AND status = 'final' ORDER BY version DESC LIMIT 1",
        [report_id],
    ).fetchone()
    return get_plan(store, row[0]) if row else None
