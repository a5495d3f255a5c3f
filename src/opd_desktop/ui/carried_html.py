"""The *carried in* part of Prepare, as rich text: open action items, ideas
waiting for senior management's answer, leadership feedback to take up,
commitments to report on, and the recaps the guide names."""

from __future__ import annotations

import datetime as dt
import html

from opd_desktop.core.models import IDEA_STATUS_LABELS
from opd_desktop.services.carry_forward import CarriedIn

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


def carried_in_html(carried: CarriedIn, item_titles: dict[int, dict[str, str]], today: dt.date) -> str:
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
    parts.append(_section("Ideas waiting to be closed with the employee", idea_rows))
    parts.append(
        _section(
            "Leadership feedback to take up",
            [
                f"You asked: {_e(f.request)}"
                + (f"<br>They said: {_e(f.employee_said)}" if f.employee_said else "")
                for f in carried.leadership_feedback
            ],
        )
    )
    parts.append(
        _section(
            "Your leadership commitments to report on",
            [_e(f.commitments) for f in carried.leadership_commitments],
        )
    )
    for recap in carried.recaps:
        titles = item_titles.get(recap.number, {})
        rows = [
            f"<b>{_e(titles.get(key, key))}:</b> {_e(note.body[:400])}{'…' if len(note.body) > 400 else ''}"
            for key, note in recap.notes.items()
            if note.body.strip() and not note.private
        ]
        heading = f"Recap of conversation {recap.number}: {recap.title}"
        parts.append(_section(heading, rows or ["<i>No notes were taken.</i>"]))
    body = "".join(p for p in parts if p)
    if carried.guide.carry_in.note:
        body = f"<p style='color:#555'><i>{_e(carried.guide.carry_in.note)}</i></p>" + body
    return body or "<p><i>Nothing is carried in from earlier conversations.</i></p>"
