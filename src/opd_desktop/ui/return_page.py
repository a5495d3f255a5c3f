"""The Return dashboard: the team's (a tab of the team page) or one report's
(the report's Metrics page). For each agreed metric, baseline → latest read
in its direction and a trend chart ("baseline only" for a single value), then
the measures the app computes; on a report's page also every value, to
record, correct or delete (history kept). Renders `services.dashboard`."""

from __future__ import annotations

import datetime as dt
import html
import logging
import threading
import time

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from opd_desktop.core import metric_rules
from opd_desktop.core.changes import Topic
from opd_desktop.core.dates import short_day
from opd_desktop.services import dashboard, metrics
from opd_desktop.services.dashboard import Dashboard, MetricLine
from opd_desktop.ui.context import ScreenContext
from opd_desktop.ui.i18n import english_plural, shown
from opd_desktop.ui.tables import RowTable
from opd_desktop.ui.widgets import heading, mute, paragraph, rich, scroll_page

log = logging.getLogger(__name__)

# What the figures are made of: the metrics, and the records the measures count
SHOWN_TOPICS = (
    Topic.METRICS,
    Topic.REPORTS,
    Topic.CONVERSATIONS,
    Topic.IDEAS,
    Topic.LEADERSHIP_FEEDBACK,
    Topic.PLANS,
    Topic.ACTION_ITEMS,
)


def separator() -> QFrame:
    line = QFrame()
    line.setFrameShape(QFrame.Shape.HLine)
    line.setFrameShadow(QFrame.Shadow.Sunken)
    return line


VERDICT_WORDS = {
    "better": QT_TRANSLATE_NOOP("MetricCard", "better"),
    "worse": QT_TRANSLATE_NOOP("MetricCard", "worse"),
    "same": QT_TRANSLATE_NOOP("MetricCard", "no change"),
    "baseline only": QT_TRANSLATE_NOOP("MetricCard", "baseline only"),
}


def _facts(line: MetricLine) -> str:
    metric = line.metric
    facts = [metric.unit, shown(metric.direction)]
    if line.target_text:
        facts.append(shown(line.target_text))
    if metric.agreed_in:
        facts.append(
            QCoreApplication.translate("MetricCard", "agreed in conversation {number}").format(
                number=metric.agreed_in
            )
        )
    if metric.is_team and line.people > 1:
        facts.append(
            english_plural(
                QCoreApplication.translate("MetricCard", "average of %n report(s)", "", line.people),
                line.people,
            )
        )
    if not metric.is_team and metric.report_id is not None:
        facts.append(QCoreApplication.translate("MetricCard", "this report only"))
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
            summary = QCoreApplication.translate("MetricCard", "No values yet: record the baseline.")
        elif change.baseline_only:
            summary = QCoreApplication.translate(
                "MetricCard",
                "<b>Baseline:</b> {baseline} — baseline only; a trend appears once a second value is recorded.",  # noqa: E501
            ).format(baseline=html.escape(metric_rules.fmt(change.baseline)))
        else:
            summary = QCoreApplication.translate(
                "MetricCard", "<b>Baseline → latest:</b> {baseline} → {latest} ({change}, <b>{verdict}</b>)"
            ).format(
                baseline=html.escape(metric_rules.fmt(change.baseline)),
                latest=html.escape(metric_rules.fmt(change.latest)),
                change=("+" if change.delta > 0 else "") + html.escape(metric_rules.fmt(change.delta)),
                verdict=QCoreApplication.translate("MetricCard", VERDICT_WORDS[change.verdict]),
            )
        self.summary = rich(summary)
        layout.addWidget(self.summary)
        self.line = line
        self.chart = None
        self.slot: QWidget | None = None
        if len(line.points) >= 2:
            # a placeholder of the chart's height: charts are built one per event-loop turn,
            # so the page shows at once and stays responsive
            from opd_desktop.ui.charts import CHART_HEIGHT

            self.slot = QWidget()
            self.slot.setFixedHeight(CHART_HEIGHT)
            layout.addWidget(self.slot)

    def build_chart(self) -> None:
        if self.slot is None or self.chart is not None:
            return
        from opd_desktop.ui.charts import TrendChart

        self.chart = TrendChart(self.line.points, self.line.metric.target, self.line.metric.name)
        self.layout().replaceWidget(self.slot, self.chart)
        self.slot.deleteLater()
        self.slot = None


class _Loader(QObject):
    done = Signal(object, int)  # the Dashboard (or the exception), the refresh it answers


def shiboken_alive(widget: QWidget) -> bool:
    from shiboken6 import isValid

    return isValid(widget)


class ReturnDashboard(QWidget):
    """The dashboard for the team (`report_id` None) or one report."""

    def __init__(self, context: ScreenContext, report_id: int | None = None) -> None:
        from opd_desktop.ui.qt_workarounds import keep_singletons_alive

        keep_singletons_alive()
        super().__init__()
        self.context = context
        self.report_id = report_id
        self.board: Dashboard | None = None
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        area, layout = scroll_page()
        layout.setContentsMargins(24, 16, 24, 24)
        outer.addWidget(area)
        self.area = area
        self._chain_started = False
        self.first_painted_at = 0.0  # when the page was first painted (for the benchmark)
        area.widget().installEventFilter(self)  # the page content paints; the viewport does not
        self.title = heading(
            (
                QCoreApplication.translate("ReturnPage", "The program's return")
                if report_id is None
                else QCoreApplication.translate("ReturnPage", "Metrics and return")
            ),
            15,
        )
        layout.addWidget(self.title)
        intro = (
            QCoreApplication.translate(
                "ReturnDashboard",
                "Team metrics are averaged over the reports measured; the measures below are worked out "
                "from what you already record.",
            )
            if report_id is None
            else QCoreApplication.translate(
                "ReturnDashboard",
                "The metrics you agreed with this person (and the team's), from the baseline to the "
                "latest value, and what the app works out from your conversations.",
            )
        )
        layout.addWidget(paragraph(intro, muted=True))
        buttons = QHBoxLayout()
        self.define_button = self._button(
            buttons, QCoreApplication.translate("ReturnDashboard", "&Define a metric…"), self.define
        )
        self.record_button = self._button(
            buttons, QCoreApplication.translate("ReturnDashboard", "&Record a value…"), self.record
        )
        documents = (
            buttons if report_id is not None else QHBoxLayout()
        )  # the team's four: two rows (longer languages)
        self.export_button = self._button(
            documents, QCoreApplication.translate("ReturnDashboard", "Return report (PDF)…"), self.export_pdf
        )
        if report_id is None:
            self._button(
                documents,
                QCoreApplication.translate("ReturnDashboard", "Ideas for senior management (PDF)…"),
                self.export_ideas,
            )
        for row in {id(buttons): buttons, id(documents): documents}.values():
            row.addStretch(1)
            layout.addLayout(row)
        self.status = paragraph("", muted=True)
        self.status.hide()
        layout.addWidget(self.status)
        self.cards: list[MetricCard] = []
        self._pending: list[MetricCard] = []
        self._generation = 0
        self._loader = _Loader()
        self._loader.done.connect(self._loaded)
        self.cards_box = QVBoxLayout()
        self.cards_box.setSpacing(6)
        layout.addLayout(self.cards_box)
        layout.addWidget(separator())
        layout.addWidget(heading(QCoreApplication.translate("ReturnPage", "Measured by the app"), 12))
        self.measures_grid = QGridLayout()
        self.measures_grid.setHorizontalSpacing(24)
        self.measures_grid.setVerticalSpacing(4)
        layout.addLayout(self.measures_grid)
        self.values_table: RowTable | None = None
        if report_id is not None:
            layout.addWidget(separator())
            top = QHBoxLayout()
            top.addWidget(heading(QCoreApplication.translate("ReturnPage", "Values recorded"), 12), 1)
            self.show_history = QCheckBox(
                QCoreApplication.translate("ReturnPage", "Show corrected and deleted values")
            )
            self.show_history.toggled.connect(lambda _on: self._fill_values())
            top.addWidget(self.show_history)
            layout.addLayout(top)
            self.values_table = RowTable(
                (
                    QCoreApplication.translate("ReturnDashboard", "Metric"),
                    QCoreApplication.translate("ReturnDashboard", "Date"),
                    QCoreApplication.translate("ReturnDashboard", "Value"),
                    QCoreApplication.translate("ReturnDashboard", "State"),
                    QCoreApplication.translate("ReturnDashboard", "Note"),
                ),
                (1, 2, 3),
            )
            self.values_table.setMinimumHeight(160)
            layout.addWidget(self.values_table)
            row = QHBoxLayout()
            self._button(row, QCoreApplication.translate("ReturnDashboard", "&Correct…"), self.correct)
            self._button(row, QCoreApplication.translate("ReturnDashboard", "De&lete"), self.delete)
            row.addStretch(1)
            layout.addLayout(row)
        layout.addStretch(1)
        # loads when first shown, then again whenever what the figures are made of changes
        context.changes.subscribe(
            self, SHOWN_TOPICS, self.refresh, report_id=lambda: self.report_id, stale=True
        )

    @staticmethod
    def _button(row: QHBoxLayout, text: str, slot) -> QPushButton:
        button = QPushButton(text)
        button.clicked.connect(slot)
        row.addWidget(button)
        return button

    # Content ----------------------------------------------------------------------------

    def refresh(self) -> None:
        """Show the dashboard. A report's is worked out at once; the team's, which
        reads every report's history, in a worker thread while the page stays usable."""
        store = self.context.store
        if self.report_id is not None:
            self.show_board(dashboard.for_report(store, self.report_id))
            return
        self._generation += 1
        generation = self._generation
        self.status.setText(QCoreApplication.translate("ReturnPage", "Working out the team's figures…"))
        self.status.show()

        def work() -> None:
            try:
                result: object = dashboard.team_from_file(store.path)
            except Exception as exc:  # reported on the page, never lost in the thread
                log.exception("team dashboard failed")
                result = exc
            self._loader.done.emit(result, generation)

        threading.Thread(target=work, name="team-dashboard", daemon=True).start()

    def _loaded(self, result: object, generation: int) -> None:
        if generation != self._generation:
            return  # a newer refresh is on its way
        if isinstance(result, Exception):
            self.status.setText(
                QCoreApplication.translate(
                    "ReturnPage", "The figures could not be worked out: {result}"
                ).format(result=result)
            )
            return
        self.show_board(result)  # type: ignore[arg-type]

    def show_board(self, board: Dashboard) -> None:
        self.board = board
        self.status.hide()
        self._fill_cards(board)
        self._fill_measures(board)
        self._fill_values()
        self._pending = [card for card in self.cards if card.slot is not None]
        self._chain_started = False  # the first paint of the figures starts the charts
        self.area.widget().update()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            if not self.first_painted_at:
                self.first_painted_at = time.perf_counter()
            if self._pending and not self._chain_started:
                self._chain_started = True
                QTimer.singleShot(0, self._build_next_chart)
        return super().eventFilter(watched, event)

    def _build_next_chart(self) -> None:
        while self._pending:
            card = self._pending.pop(0)
            if shiboken_alive(card):
                card.build_chart()
                break
        if self._pending:
            QTimer.singleShot(0, self._build_next_chart)

    def finish_charts(self) -> None:
        """Build every chart still waiting (for printing a screen, tests and benchmarks)."""
        while self._pending:
            card = self._pending.pop(0)
            if shiboken_alive(card):
                card.build_chart()

    def _fill_cards(self, board: Dashboard) -> None:
        while self.cards_box.count():
            widget = self.cards_box.takeAt(0).widget()
            if widget is not None:
                widget.deleteLater()
        if not board.lines:
            empty = paragraph(
                QCoreApplication.translate(
                    "ReturnPage",
                    "No metric agreed yet. Define one (engagement and employee NPS have templates), "
                    "then record the baseline before or at conversation 1.",
                ),
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
            label = QLabel(shown(measure.label))
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

    def define(self) -> None:
        from opd_desktop.ui.metric_dialogs import define_metric

        define_metric(self, self.context, self.report_id)

    def record(self) -> None:
        from opd_desktop.ui.metric_dialogs import record_value

        record_value(self, self.context, self.report_id)

    def correct(self) -> None:
        from opd_desktop.ui.metric_dialogs import correct_value

        value = self.values_table.selected() if self.values_table else None
        if value is None or value.state != "current":
            self.context.on_error(
                QCoreApplication.translate("ReturnDashboard", "Select a current value in the list first.")
            )
            return
        correct_value(self, self.context, value)

    def delete(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        value = self.values_table.selected() if self.values_table else None
        if value is None or value.state != "current":
            self.context.on_error(
                QCoreApplication.translate("ReturnDashboard", "Select a current value in the list first.")
            )
            return
        answer = QMessageBox.question(
            self,
            QCoreApplication.translate("ReturnPage", "Delete value"),
            QCoreApplication.translate(
                "ReturnPage",
                "Delete the value {value} of {day}? It leaves the figures but stays in the history.",
            ).format(value=metric_rules.fmt(value.value), day=short_day(value.measured_on)),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.context.actions.run(lambda: metrics.delete_value(self.context.store, value.id))

    def export_pdf(self):
        from opd_desktop.services.documents.dashboard_doc import build_dashboard
        from opd_desktop.ui.documents import preview, safe_file_name

        report_id = self.report_id
        name = "team" if report_id is None else safe_file_name(self._report_name())
        return preview(
            self,
            QCoreApplication.translate("ReturnDashboard", "The program's return"),
            f"return-{name}-{dt.date.today().isoformat()}.pdf",
            lambda store: build_dashboard(store, report_id),
            self.context.actions,
        )

    def export_ideas(self):
        from opd_desktop.services.documents.ideas_doc import build_ideas_agenda
        from opd_desktop.ui.documents import preview

        return preview(
            self,
            QCoreApplication.translate("ReturnDashboard", "Ideas for the senior-management meeting"),
            f"ideas-for-senior-management-{dt.date.today().isoformat()}.pdf",
            build_ideas_agenda,
            self.context.actions,
        )

    def _report_name(self) -> str:
        from opd_desktop.services.reports import get_report

        return get_report(self.context.store, self.report_id).name  # type: ignore[arg-type]
