"""The summary of the seven conversations, after conversation 7."""

from __future__ import annotations

from opd_desktop.core.guides import GuideSet, default_guides
from opd_desktop.core.models import IdeaStatus, ItemStatus
from opd_desktop.core.plan_status import PLAN_STATUS_LABELS
from opd_desktop.core.stages import STATUS_LABELS
from opd_desktop.services import conversations, dashboard, followthrough, plans, reports, series_summary
from opd_desktop.services.documents.layout import Built, DocumentInfo, Writer
from opd_desktop.services.documents.text import isolate
from opd_desktop.services.settings import employee_footer
from opd_desktop.store.database import Store

TAKEN = (IdeaStatus.TAKEN, IdeaStatus.ANSWERED, IdeaStatus.SHARED)


def build_summary(store: Store, report_id: int, guides: GuideSet | None = None) -> Built:
    guides = guides or default_guides()
    report = reports.get_report(store, report_id)
    journey = conversations.journey(store, report_id)
    writer = Writer(
        DocumentInfo(
            title="Series summary", person=report.name, confidential=employee_footer(store, report.name)
        )
    )
    writer.title(
        "Optimizing Performance and Development",
        f"Our seven conversations: {isolate(report.name)}",
        " · ".join(x for x in (report.role, report.team) if x),
    )
    writer.heading("The conversations")
    rows = []
    for conversation in journey:
        if conversation.number is None:
            continue
        when = conversation.held_on.isoformat() if conversation.held_on else ""
        rows.append(
            (
                str(conversation.number),
                guides.for_number(conversation.number).title,
                STATUS_LABELS[conversation.status],
                when,
            )
        )
    writer.table(("#", "Conversation", "Status", "Held on"), rows, widths=(5, 60, 15, 20))
    saved = series_summary.read(store, report_id)
    for key, label in series_summary.FIELDS:
        writer.heading(label)
        writer.add(saved[key] or "Not written yet.", "body" if saved[key] else "muted")
    checkins = [c for c in journey if c.number is None and c.scheduled_at and c.status.value == "planned"]
    if checkins:
        writer.labelled(
            "Check-ins scheduled",
            ", ".join(f"{c.scheduled_at:%d %b %Y}" for c in checkins[:8])
            + (" …" if len(checkins) > 8 else ""),
        )
    plan = plans.current_plan(store, report_id)
    if plan is not None:
        writer.heading(
            f"Development plan (version {plan.version}, {PLAN_STATUS_LABELS[plan.status].lower()})"
        )
        writer.bullets(
            [f"{isolate(g.title)} — {round(g.progress * 100)}% of actions done" for g in plan.goals]
        )
    writer.heading("Follow-through during the series")
    items = followthrough.action_items(store, report_id)
    ideas = [i for i in followthrough.ideas(store, report_id) if i.status != IdeaStatus.MERGED]
    writer.bullets(
        [
            f"Action items: {sum(i.status == ItemStatus.DONE for i in items)} done, "
            f"{sum(i.status == ItemStatus.OPEN for i in items)} still open.",
            f"Ideas taken to senior management: {sum(i.status in TAKEN for i in ideas)} "
            f"of {len(ideas)}; {sum(i.status == IdeaStatus.SHARED for i in ideas)} answered and shared back.",
        ]
    )
    board = dashboard.for_report(store, report_id)
    measured = [
        (
            line.metric.name,
            line.metric.unit,
            line.summary + (f"; {line.target_text}" if line.target_text else ""),
        )
        for line in board.lines
        if line.points
    ]
    if measured:
        writer.heading("Agreed metrics")
        writer.table(("Metric", "Unit", "Baseline → latest"), measured, widths=(30, 20, 50))
    return writer.build()
