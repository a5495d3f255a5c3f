"""The manager's return report: each agreed metric from baseline to latest,
read in its direction, with its trend drawn as a vector chart, then the
measures the app computes itself. For one report or for the team."""

from __future__ import annotations

import datetime as dt

from opd_desktop.services import dashboard
from opd_desktop.services.documents.layout import Built, DocumentInfo, Writer
from opd_desktop.services.documents.text import isolate
from opd_desktop.store.database import Store


def build_dashboard(store: Store, report_id: int | None = None, today: dt.date | None = None) -> Built:
    from opd_desktop.services.documents.charts import trend_drawing

    board = (
        dashboard.for_report(store, report_id, today)
        if report_id is not None
        else dashboard.for_team(store, today)
    )
    if report_id is not None:
        from opd_desktop.services.reports import get_report

        person = get_report(store, report_id).name
        subtitle = f"Agreed metrics and follow-through for {isolate(person)}"
    else:
        person = "The team"
        subtitle = "Team metrics (averages over the reports measured) and follow-through across the team"
    writer = Writer(DocumentInfo(title="The program's return", person=person, date=board.generated_on))
    writer.title("Optimizing Performance and Development", "The program's return", subtitle)
    writer.heading("Agreed metrics")
    if not board.lines:
        writer.add("No metric has been agreed yet.", "muted")
    from reportlab.platypus import KeepTogether

    for line in board.lines:
        metric = line.metric
        start = len(writer.story)
        writer.heading(metric.name, level=3)
        facts = [metric.unit, metric.direction, line.target_text]
        if line.people > 1:
            facts.append(f"{line.people} reports")
        writer.add(" · ".join(f for f in facts if f), "muted")
        writer.labelled("Baseline → latest", line.summary)
        if len(line.points) >= 2:
            writer.story.append(
                trend_drawing(line.points, writer.frame_width, target=metric.target, bounds=metric.bounds)
            )
        elif line.points:
            writer.add("Baseline only: a trend appears once a second value is recorded.", "muted")
        writer.story[start:] = [KeepTogether(writer.story[start:])]  # a metric never splits across pages
    writer.heading("Measured by the app")
    writer.table(
        ("Measure", "Value"),
        [(m.label, m.shown()) for m in board.measures],
        widths=(60, 40),
    )
    return writer.build()
