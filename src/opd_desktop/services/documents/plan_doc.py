"""The development plan as a document to hand over and sign."""

from __future__ import annotations

from opd_desktop.core.i18n_marks import QT_TRANSLATE_NOOP
from opd_desktop.core.models import Owner
from opd_desktop.core.plan_status import PLAN_STATUS_LABELS
from opd_desktop.errors import ValidationError
from opd_desktop.services import plans, profile, reports
from opd_desktop.services.documents.layout import Built, DocumentInfo, Writer
from opd_desktop.services.documents.text import isolate
from opd_desktop.services.settings import employee_footer, manager_name
from opd_desktop.store.database import Store


def build_plan(store: Store, report_id: int, plan_id: int | None = None) -> Built:
    report = reports.get_report(store, report_id)
    plan = plans.get_plan(store, plan_id) if plan_id else plans.current_plan(store, report_id)
    if plan is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors", "{name} has no development plan yet; start one in conversation 5."
            ).format(name=report.name),
            "plan",
        )
    writer = Writer(
        DocumentInfo(
            title=f"Development plan v{plan.version}",
            person=report.name,
            confidential=employee_footer(store, report.name),
        )
    )
    period = ""
    if plan.period_start and plan.period_end:
        period = f"{plan.period_start:%d %B %Y} to {plan.period_end:%d %B %Y}"
    writer.title(
        f"Development plan · version {plan.version} · {PLAN_STATUS_LABELS[plan.status]}",
        f"Development plan for {isolate(report.name)}",
        " · ".join(x for x in (period, f"{round(plan.progress * 100)}% of actions done") if x),
    )
    if plan.next_review:
        writer.labelled("Next review", plan.next_review.strftime("%d %B %Y"))
    if plan.checkin_cadence_days:
        writer.labelled("Check-ins", f"every {plan.checkin_cadence_days} days")
    links = {e.id: e.text for e in profile.entries(store, report_id)}
    first = report.name.split()[0] if report.name.split() else report.name
    proposed = f" (proposed by {isolate(first)})"
    for number, goal in enumerate(plan.goals, start=1):
        by_employee = proposed if goal.proposed_by == Owner.EMPLOYEE else ""
        writer.heading(f"Goal {number}: {isolate(goal.title)}{by_employee}")
        why = goal.why
        if goal.profile_entry_id in links:
            why = f"builds on “{links[goal.profile_entry_id]}”" + (f" — {why}" if why else "")
        writer.labelled("Why", why)
        writer.labelled("Success measure", goal.success_measure)
        if goal.target_date:
            writer.labelled("Target date", goal.target_date.strftime("%d %B %Y"))
        writer.labelled("Progress", f"{round(goal.progress * 100)}% of actions done")
        writer.spacer(4)
        if goal.actions:
            writer.table(
                ("Action", "Owner", "Due", "Status", "Support needed"),
                [
                    (
                        a.text + (proposed if a.proposed_by == Owner.EMPLOYEE and not by_employee else ""),
                        a.owner.value,
                        a.due_date.isoformat() if a.due_date else "",
                        a.status.value,
                        a.support_needed,
                    )
                    for a in goal.actions
                ],
                widths=(36, 12, 16, 10, 26),
            )
        else:
            writer.add("No actions yet.", "muted")
    if not plan.goals:
        writer.add("No goals yet.", "muted")
    writer.heading("Mutual accountability")
    writer.labelled(f"{isolate(report.name)} commits to", plan.employee_commitments or "—")
    writer.labelled("The manager commits to", plan.manager_commitments or "—")
    writer.heading("Agreed")
    writer.signature_lines([report.name, manager_name(store) or "Manager"])
    return writer.build()
