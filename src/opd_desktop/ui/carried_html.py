"""The *carried in* part of Prepare, as rich text: open action items, ideas
waiting for senior management's answer, leadership feedback to take up,
commitments to report on, and the recaps the guide names."""

from __future__ import annotations

import datetime as dt
import html

from opd_desktop.core.audience import for_employee, label
from opd_desktop.core.metric_rules import fmt
from opd_desktop.core.models import IDEA_STATUS_LABELS
from opd_desktop.core.organization import DEPARTMENT_FIELDS, ORGANIZATION_FIELDS
from opd_desktop.services.carry_forward import CarriedIn
from opd_desktop.services.profile import KIND_LABELS

OVERDUE = "#b3261e"


def _e(text: str) -> str:
    return html.escape(text)


def _section(title: str, rows: list[str]) -> str:
    if not rows:
        return ""
    return (
        f"<p style='margin:8px 0 2px 0'><b>{_e(title)}</b></p><ul style='margin-top:0'>"
        + "".join(f"<li>\u200e{row}</li>" for row in rows)
        + "</ul>"
    )


def carried_in_html(
    carried: CarriedIn,
    item_titles: dict[int, dict[str, str]],
    today: dt.date,
    *,
    shared_only: bool = False,
    first_name: str = "",
) -> str:
    """The carried-in view; `shared_only` (together mode) leaves out every private word,
    otherwise private parts carry the 'Only you' marker."""
    parts: list[str] = []
    action_rows = []
    for item in carried.action_items:
        due = ""
        if item.due_date:
            colour = f" style='color:{OVERDUE}'" if item.overdue(today) else ""
            flag = " — overdue" if item.overdue(today) else ""
            due = f" <span{colour}>(due {item.due_date.isoformat()}{flag})</span>"
        action_rows.append(f"{_e(item.text)} <i>[{item.owner.value}]</i>{due}")
    parts.append(_section("Open action items", action_rows))
    idea_rows = [
        f"{_e(idea.text)} — <i>{IDEA_STATUS_LABELS[idea.status]}</i>, "
        f"{idea.waiting_days(today)} days"
        + (f"<br><span style='color:#1a5e20'>Feedback: {_e(idea.feedback)}</span>" if idea.feedback else "")
        for idea in carried.ideas
    ]
    parts.append(
        _section(
            "Your ideas and senior management's answers"
            if shared_only
            else "Ideas waiting to be closed with the employee",
            idea_rows,
        )
    )
    asked, said = ("I asked", "You said") if shared_only else ("You asked", "They said")
    parts.append(
        _section(
            "Feedback on my leadership" if shared_only else "Leadership feedback to take up",
            [
                f"{asked}: {_e(f.request)}"
                + (f"<br>{said}: {_e(f.employee_said)}" if f.employee_said else "")
                for f in carried.leadership_feedback
            ],
        )
    )
    parts.append(
        _section(
            "What I committed to as your manager"
            if shared_only
            else "Your leadership commitments to report on",
            [_e(f.commitments) for f in carried.leadership_commitments],
        )
    )
    for recap in carried.recaps:
        rows = _recap_rows(recap, item_titles.get(recap.number or 0, {}), shared_only, first_name)
        heading = recap.heading
        if rows or not shared_only:
            parts.append(_section(heading, rows or ["<i>No notes were taken.</i>"]))
    parts.append(_fields_section("From the Organization page", carried.organization, ORGANIZATION_FIELDS))
    parts.append(_fields_section("From the Department page", carried.department, DEPARTMENT_FIELDS))
    parts.append(_profile_section(carried))
    parts.append(_plan_section(carried, today))
    parts.append(_metrics_section(carried))
    body = "".join(p for p in parts if p)
    if carried.guide.carry_in.note:
        body = f"<p style='color:#555'><i>{_e(carried.guide.carry_in.note)}</i></p>" + body
    return body or "<p><i>Nothing is carried in from earlier conversations.</i></p>"


def _short(text: str) -> str:
    return f"{_e(text[:400])}{'…' if len(text) > 400 else ''}"


def _recap_rows(recap, titles: dict[str, str], shared_only: bool, first_name: str) -> list[str]:
    """The recap of an earlier conversation, each part asked of the audience registry."""
    conversation = recap.conversation
    parts = [
        ("Recap", conversation.recap, for_employee("conversations", "recap")),
        (
            "Agreed next steps",
            conversation.next_steps,
            for_employee("conversations", "next_steps", conversation.next_steps_private),
        ),
        ("Your summary", conversation.summary, for_employee("conversations", "summary")),
    ]
    for key, note in recap.notes.items():
        if key in ("prep", "checklist"):
            continue
        title = "General notes" if key == "general" else titles.get(key, key)
        parts.append((title, note.body, for_employee("notes", "body", note.private)))
    rows = []
    for title, text, shared in parts:
        if not text.strip() or (shared_only and not shared):
            continue
        tag = "" if shared_only else f" <i>({_e(label(not shared, first_name))})</i>"
        rows.append(f"<b>{_e(title)}</b>{tag}<b>:</b> {_short(text)}")
    return rows


def _fields_section(title: str, values: dict[str, str], fields: tuple[tuple[str, str], ...]) -> str:
    rows = [f"<b>{_e(label)}:</b> {_e(values[key])}" for key, label in fields if values.get(key, "").strip()]
    if not values:
        return ""
    return _section(title, rows or ["<i>Nothing written yet; fill it in on the team overview.</i>"])


def _profile_section(carried: CarriedIn) -> str:
    if not carried.profile:
        return ""
    grouped: dict[str, list[str]] = {}
    for entry in carried.profile:
        text = entry.text
        if entry.kind == "clifton_theme" and entry.rank:
            text = f"{entry.rank}. {text}"
        if entry.kind == "career":
            span = " – ".join(d.isoformat()[:7] for d in (entry.start_date, entry.end_date) if d)
            text = f"{text} ({span})" if span else text
            if entry.learned:
                text += f" — learned: {entry.learned}"
        grouped.setdefault(KIND_LABELS[entry.kind], []).append(_e(text))
    rows = [f"<b>{_e(label)}:</b> {'; '.join(items)}" for label, items in grouped.items()]
    return _section("What you know about them (profile)", rows)


def _plan_section(carried: CarriedIn, today: dt.date) -> str:
    plan = carried.plan
    if plan is None:
        return ""
    period = ""
    if plan.period_start and plan.period_end:
        period = f", {plan.period_start.isoformat()} to {plan.period_end.isoformat()}"
    rows = []
    for goal in plan.goals:
        open_actions = [a for a in goal.actions if a.status.value == "open"]
        late = sum(1 for a in open_actions if a.due_date and a.due_date < today)
        flag = f" <span style='color:{OVERDUE}'>({late} overdue)</span>" if late else ""
        rows.append(f"{_e(goal.title)} — {round(goal.progress * 100)}% done{flag}")
    done = round(plan.progress * 100)
    title = f"Development plan, version {plan.version} ({plan.status}{period}) — {done}% done"
    return _section(title, rows or ["<i>No goals yet.</i>"])


def _metrics_section(carried: CarriedIn) -> str:
    if not carried.metrics:
        return ""
    rows = []
    for metric, last in carried.metrics:
        how = f" <i>— {_e(metric.description)}</i>" if metric.description else ""
        if last is None:
            rows.append(f"<b>{_e(metric.name)}:</b> no value yet — bring the baseline{how}")
        else:
            unit = f" {_e(metric.unit)}" if metric.unit else ""
            when = last.measured_on.isoformat()
            rows.append(f"<b>{_e(metric.name)}:</b> last {fmt(last.value)}{unit} on {when}{how}")
    return _section("Agreed metrics: the last values, and what to bring", rows)
