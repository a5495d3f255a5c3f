"""Dialogs to define an agreed metric, record a value and correct one. Every
rule (names, numbers, dates, targets) is checked by `services.metrics`; a
refusal is shown in the dialog, which stays open with nothing saved."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from opd_desktop.core.metric_rules import TEMPLATES, fmt
from opd_desktop.services import metrics, reports
from opd_desktop.services.metrics import MetricValue
from opd_desktop.store.database import Store
from opd_desktop.ui.context import ScreenContext
from opd_desktop.ui.form_dialog import FormDialog


def define_metric(parent: QWidget, context: ScreenContext, report_id: int | None) -> bool:
    store = context.store
    dialog = FormDialog(
        QCoreApplication.translate("MetricDialogs", "Define an agreed metric"),
        parent,
        intro=QCoreApplication.translate(
            "MetricDialogs",
            "Agree it with the employee (conversation 1 or 4 usually), then record its baseline.",
        ),
    )
    options = [("Your own metric", "")] + [(t.name, t.key) for t in TEMPLATES if not t.computed]
    template = dialog.add_combo(
        "template", QCoreApplication.translate("MetricDialogs", "Start from"), options
    )
    name = dialog.add_line(
        "metric name",
        QCoreApplication.translate("MetricDialogs", "Name"),
        "",
        QCoreApplication.translate("MetricDialogs", "e.g. Tickets resolved per week"),
    )
    unit = dialog.add_line(
        "unit",
        QCoreApplication.translate("MetricDialogs", "Unit"),
        "",
        QCoreApplication.translate("MetricDialogs", "e.g. per week, days, score 1–5"),
    )
    direction = dialog.add_combo(
        "direction",
        QCoreApplication.translate("MetricDialogs", "Direction"),
        [("Higher is better", True), ("Lower is better", False)],
    )
    dialog.add_line(
        "target",
        QCoreApplication.translate("MetricDialogs", "Target"),
        "",
        QCoreApplication.translate("MetricDialogs", "optional, e.g. 4"),
    )
    dialog.add_text(
        "description", QCoreApplication.translate("MetricDialogs", "How it is measured"), height=60
    )
    if report_id is not None:
        dialog.add_combo(
            "scope",
            QCoreApplication.translate("MetricDialogs", "For"),
            [("This report only", "report"), ("The whole team", "team")],
        )
    dialog.add_combo(
        "agreed in",
        QCoreApplication.translate("MetricDialogs", "Agreed in"),
        [("—", None)]
        + [
            (QCoreApplication.translate("MetricDialogs", "Conversation {number}").format(number=n), n)
            for n in range(1, 8)
        ],
    )

    def follow_template(_index: int) -> None:
        key = template.currentData()
        chosen = next((t for t in TEMPLATES if t.key == key), None)
        for widget in (name, unit, direction):
            widget.setEnabled(chosen is None)
        if chosen is not None:
            name.setText(chosen.name)
            unit.setText(chosen.unit)
            direction.setCurrentIndex(0 if chosen.higher_is_better else 1)

    template.currentIndexChanged.connect(follow_template)

    def save(values: dict) -> None:
        owner = report_id if values.get("scope", "team") == "report" else None
        agreed = values["agreed in"]
        common = {
            "report_id": owner,
            "target": values["target"] or None,
            "agreed_in": agreed,
            "agreed_on": dt.date.today() if agreed else None,
        }
        if values["template"]:
            metrics.define_from_template(store, values["template"], **common)
        else:
            metrics.define_metric(
                store,
                values["metric name"],
                values["unit"],
                values["description"],
                values["direction"],
                **common,
            )

    return context.actions.form(dialog, save)


def _metric_options(store: Store, report_id: int | None) -> list[tuple[str, int]]:
    found = metrics.for_report(store, report_id) if report_id is not None else metrics.team_metrics(store)
    return [(m.name + (f" ({m.unit})" if m.unit else ""), m.id) for m in found]


def record_value(
    parent: QWidget,
    context: ScreenContext,
    report_id: int | None,
    conversation_id: int | None = None,
    on: dt.date | None = None,
) -> bool:
    store = context.store
    options = _metric_options(store, report_id)
    if not options:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.information(
            parent,
            QCoreApplication.translate("MetricDialogs", "No metric yet"),
            QCoreApplication.translate("MetricDialogs", "Define a metric first, then record its values."),
        )
        return False
    dialog = FormDialog(QCoreApplication.translate("MetricDialogs", "Record a value"), parent)
    dialog.add_combo("metric", QCoreApplication.translate("MetricDialogs", "Metric"), options)
    if report_id is None:
        people = [(r.name, r.id) for r in reports.list_reports(store)]
        dialog.add_combo(
            "report",
            QCoreApplication.translate("MetricDialogs", "For"),
            [("The team as a whole", None), *people],
        )
    dialog.add_line(
        "value",
        QCoreApplication.translate("MetricDialogs", "Value"),
        "",
        QCoreApplication.translate("MetricDialogs", "a number, e.g. 3.5"),
    )
    dialog.add_date(
        "measurement date",
        QCoreApplication.translate("MetricDialogs", "Measured on"),
        on or dt.date.today(),
        optional=False,
    )
    dialog.add_line(
        "note",
        QCoreApplication.translate("MetricDialogs", "Note"),
        "",
        QCoreApplication.translate("MetricDialogs", "optional, e.g. pulse survey of March"),
    )

    def save(values: dict) -> None:
        metrics.record_value(
            store,
            values["metric"],
            values["value"],
            values["measurement date"],
            report_id if report_id is not None else values["report"],
            values["note"],
            conversation_id,
        )

    return context.actions.form(dialog, save)


def correct_value(parent: QWidget, context: ScreenContext, value: MetricValue) -> bool:
    store = context.store
    metric = metrics.get_metric(store, value.metric_id)
    dialog = FormDialog(
        QCoreApplication.translate("MetricDialogs", "Correct a value of {metric}").format(metric=metric.name),
        parent,
        intro=QCoreApplication.translate(
            "MetricDialogs", "The old value stays in the history, marked corrected."
        ),
    )
    dialog.add_line("value", QCoreApplication.translate("MetricDialogs", "Value"), fmt(value.value))
    dialog.add_date(
        "measurement date",
        QCoreApplication.translate("MetricDialogs", "Measured on"),
        value.measured_on,
        optional=False,
    )
    dialog.add_line("note", QCoreApplication.translate("MetricDialogs", "Note"), value.note)
    return context.actions.form(
        dialog, lambda v: metrics.correct_value(store, value.id, v["value"], v["measurement date"], v["note"])
    )
