"""The Return dashboard: the team's (a tab of the team page) or one report's
(the report's Metrics page). For each agreed metric, baseline → latest read
in its direction and a trend chart ("baseline only" for a single value), then
the measures the app computes; on a report's page also every value, to
record, correct or delete (history kept). Renders `services.dashboard`."""

from __future__ import annotations

import datetime as dt
import html

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from opd_desktop.core import metric_rules
from opd_desktop.errors import OpdError
from opd_desktop.services import dashboard, metrics
from opd_desktop.services.dashboard import Dashboard, MetricLine
from opd_desktop.ui.context import ScreenContext
from opd_desktop.ui.tables import RowTable
from opd_desktop.ui.widgets import heading, mute, paragraph, rich, scroll_page, separator

VERDICT_WORDS = {"better": "better", "worse": "worse", "same": "no change", "baseline only": "baseline only"}


def _facts(line: MetricLine) -> str:
    metric = line.metric
    facts = [metric.unit, metric.direction]
    if line.target_text:
        facts.append(line.target_text)
    if metric.agreed_in:
        facts.append(f"agreed in conversation {metric.agreed_in}")
    if metric.is_team and line.people > 1:
        facts.append(f"average of {line.people} reports")
    if not metric.is_team and metric.report_id is not None:
        facts.append("this report only")
    return " · ".join(f for f in facts if f)


class MetricCard(QWidget):
    """One metric: name, what it is, baseline → latest, and its trend."""

    def __init__(self, line: MetricLine, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 8)
        layout.setSpacing(2)
        layout.addWidget(heading(line.metric.name, 12))
        facts = paragraph(_facts(line), muted=True)
        layout.addWidget(facts)
        change = line.change
        if change is None:
            summary = "No values yet: record the baseline."
        elif change.baseline_only:
            summary = (
                f"<b>Baseline:</b> {html.escape(metric_rules.fmt(change.baseline))} — "
                "baseline only; a trend appears once a second value is recorded."
            )
        else:
            summary = (
                f"<b>Baseline → latest:</b> {html.escape(metric_rules.fmt(change.baseline))} → "
                f"{html.escape(metric_rules.fmt(change.latest))} "
                f"({'+' if change.delta > 0 else ''}{html.escape(metric_rules.fmt(change.delta))}, "
                f"<b>{VERDICT_WORDS[change.verdict]}</b>)"
            )
        self.summary = rich(summary)
        layout.addWidget(self.summary)
        self.chart = None
        if len(line.points) >= 2:
            from opd_desktop.ui.charts import TrendChart

            self.chart = TrendChart(line.points, line.metric.target, line.metric.name)
            layout.addWidget(self.chart)


class ReturnDashboard(QWidget):
    """The dashboard for the team (`report_id` None) or one report."""

    def __init__(self, context: ScreenContext, report_id: int | None = None) -> None:
        super().__init__()
        self.context = context
        self.report_id = report_id
        self.board: Dashboard | None = None
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        area, layout = scroll_page()
        layout.setContentsMargins(24, 16, 24, 24)
        outer.addWidget(area)
        self.title = heading("The program's return" if report_id is None else "Metrics and return", 15)
        layout.addWidget(self.title)
        intro = (
            "Team metrics are averaged over the reports measured; the measures below are worked out "
            "from what you already record."
            if report_id is None
            else "The metrics you agreed with this person (and the team's), from the baseline to the "
            "latest value, and what the app works out from your conversations."
        )
        layout.addWidget(paragraph(intro, muted=True))
        buttons = QHBoxLayout()
        self.define_button = self._button(buttons, "&Define a metric…", self.define)
        self.record_button = self._button(buttons, "&Record a value…", self.record)
        self.export_button = self._button(buttons, "Return report (PDF)…", self.export_pdf)
        if report_id is None:
            self._button(buttons, "Ideas for senior management (PDF)…", self.export_ideas)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.cards_box = QVBoxLayout()
        self.cards_box.setSpacing(6)
        layout.addLayout(self.cards_box)
        layout.addWidget(separator())
        layout.addWidget(heading("Measured by the app", 12))
        self.measures_grid = QGridLayout()
        self.measures_grid.setHorizontalSpacing(24)
        self.measures_grid.setVerticalSpacing(4)
        layout.addLayout(self.measures_grid)
        self.values_table: RowTable | None = None
        if report_id is not None:
            layout.addWidget(separator())
            top = QHBoxLayout()
            top.addWidget(heading("Values recorded", 12), 1)
            self.show_history = QCheckBox("Show corrected and deleted values")
            self.show_history.toggled.connect(lambda _on: self._fill_values())
            top.addWidget(self.show_history)
            layout.addLayout(top)
            self.values_table = RowTable(("Metric", "Date", "Value", "State", "Note"), (1, 2, 3))
            self.values_table.setMinimumHeight(160)
            layout.addWidget(self.values_table)
            row = QHBoxLayout()
            self._button(row, "&Correct…", self.correct)
            self._button(row, "De&lete", self.delete)
            row.addStretch(1)
            layout.addLayout(row)
        layout.addStretch(1)

    @staticmethod
    def _button(row: QHBoxLayout, text: str, slot) -> QPushButton:
        button = QPushButton(text)
        button.clicked.connect(slot)
        row.addWidget(button)
        return button

    # Content ----------------------------------------------------------------------------

    def refresh(self) -> None:
        store = self.context.store
        first = self.board is None
        if first:
            QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)  # the charting library loads once
        try:
            self.board = (
                dashboard.for_team(store)
                if self.report_id is None
                else dashboard.for_report(store, self.report_id)
            )
            self._fill_cards(self.board)
            self._fill_measures(self.board)
            self._fill_values()
        finally:
            if first:
                QGuiApplication.restoreOverrideCursor()

    def _fill_cards(self, board: Dashboard) -> None:
        while self.cards_box.count():
            widget = self.cards_box.takeAt(0).widget()
            if widget is not None:
                widget.deleteLater()
        if not board.lines:
            empty = paragraph(
                "No metric agreed yet. Define one (engagement and employee NPS have templates), "
                "then record the baseline before or at conversation 1.",
                muted=True,
            )
            self.cards_box.addWidget(empty)
        self.cards = [MetricCard(line) for line in board.lines]
        for card in self.cards:
            self.cards_box.addWidget(card)

    def _fill_measures(self, board: Dashboard) -> None:
        while self.measures_grid.count():
            widget = self.measures_grid.takeAt(0).widget()
            if widget is not None:
                widget.deleteLater()
        for row, measure in enumerate(board.measures):
            label = QLabel(measure.label)
            value = QLabel(measure.shown())
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            if measure.value is None:
                mute(value, italic=True)
            self.measures_grid.addWidget(label, row, 0)
            self.measures_grid.addWidget(value, row, 1)
        self.measures_grid.setColumnStretch(2, 1)

    def _fill_values(self) -> None:
        if self.values_table is None or self.report_id is None:
            return
        store = self.context.store
        rows = []
        for metric in metrics.for_report(store, self.report_id):
            found = (
                metrics.history(store, metric.id, self.report_id)
                if self.show_history.isChecked()
                else metrics.current_values(store, metric.id, self.report_id)
            )
            for value in found:
                cells = [
                    metric.name,
                    value.measured_on.isoformat(),
                    metric_rules.fmt(value.value),
                    value.state,
                    value.note,
                ]
                rows.append((value, cells, set()))
        rows.sort(key=lambda r: (r[1][1], r[1][0]), reverse=True)
        self.values_table.fill(rows)

    # Actions ----------------------------------------------------------------------------

    def _after(self, fn) -> None:
        try:
            fn()
        except OpdError as exc:
            self.context.on_error(str(exc))
            return
        self.refresh()

    def define(self) -> None:
        from opd_desktop.ui.metric_dialogs import define_metric

        if define_metric(self, self.context.store, self.report_id):
            self.refresh()

    def record(self) -> None:
        from opd_desktop.ui.metric_dialogs import record_value

        if record_value(self, self.context.store, self.report_id):
            self.refresh()

    def correct(self) -> None:
        from opd_desktop.ui.metric_dialogs import correct_value

        value = self.values_table.selected() if self.values_table else None
        if value is None or value.state != "current":
            self.context.on_error("Select a current value in the list first.")
            return
        if correct_value(self, self.context.store, value):
            self.refresh()

    def delete(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        value = self.values_table.selected() if self.values_table else None
        if value is None or value.state != "current":
            self.context.on_error("Select a current value in the list first.")
            return
        answer = QMessageBox.question(
            self,
            "Delete value",
            f"Delete the value {metric_rules.fmt(value.value)} of {value.measured_on.isoformat()}? "
            "It leaves the figures but stays in the history.",
        )
        if answer == QMessageBox.StandardButton.Yes:
            self._after(lambda: metrics.delete_value(self.context.store, value.id))

    def export_pdf(self):
        from opd_desktop.services.documents.dashboard_doc import build_dashboard
        from opd_desktop.ui.documents import preview, safe_file_name

        store = self.context.store
        name = "team" if self.report_id is None else safe_file_name(self._report_name())
        return preview(
            self,
            "The program's return",
            f"return-{name}-{dt.date.today().isoformat()}.pdf",
            lambda: build_dashboard(store, self.report_id),
            self.context.on_error,
        )

    def export_ideas(self):
        from opd_desktop.services.documents.ideas_doc import build_ideas_agenda
        from opd_desktop.ui.documents import preview

        store = self.context.store
        return preview(
            self,
            "Ideas for the senior-management meeting",
            f"ideas-for-senior-management-{dt.date.today().isoformat()}.pdf",
            lambda: build_ideas_agenda(store),
            self.context.on_error,
        )

    def _report_name(self) -> str:
        from opd_desktop.services.reports import get_report

        return get_report(self.context.store, self.report_id).name  # type: ignore[arg-type]
