"""Recording the agreed metrics right in a conversation, where the guide asks
for them: each metric with its last value, a box for today's value, one
button. Values are dated the day the conversation was held (or today) and
linked to the conversation."""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from opd_desktop.core.changes import Topic
from opd_desktop.core.dates import short_day
from opd_desktop.core.metric_rules import fmt
from opd_desktop.core.models import Conversation
from opd_desktop.errors import OpdError
from opd_desktop.services import metrics
from opd_desktop.ui.context import ScreenContext
from opd_desktop.ui.i18n import error_text
from opd_desktop.ui.widgets import heading, mute, paragraph, rich


class MetricRecorder(QWidget):
    recorded = Signal()

    def __init__(self, context: ScreenContext, conversation: Conversation, title: str) -> None:
        super().__init__()
        self.context = context
        self.conversation = conversation
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading(title, 11))
        self.day_edit = QLineEdit((conversation.held_on or dt.date.today()).isoformat())
        self.day_edit.setPlaceholderText(QCoreApplication.translate("MetricCapture", "YYYY-MM-DD"))
        self.day_edit.setMaximumWidth(120)
        self.day_edit.setAccessibleName(QCoreApplication.translate("MetricCapture", "Date of the values"))
        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(16)
        layout.addLayout(self.grid)
        row = QHBoxLayout()
        row.addWidget(QLabel(QCoreApplication.translate("MetricCapture", "Measured on")))
        row.addWidget(self.day_edit)
        self.record_button = QPushButton(QCoreApplication.translate("MetricCapture", "Record values"))
        self.record_button.clicked.connect(self.record)
        row.addWidget(self.record_button)
        define = QPushButton(QCoreApplication.translate("MetricCapture", "Define a metric…"))
        define.clicked.connect(self.define)
        row.addWidget(define)
        row.addStretch(1)
        layout.addLayout(row)
        self.recorded_label = rich("")
        layout.addWidget(self.recorded_label)
        self.edits: dict[int, QLineEdit] = {}
        self.new_fields_made: Callable[[], None] | None = None  # puts new fields in keyboard order
        self.rows: list[tuple[QLabel, QLabel, QLineEdit]] = []
        self.empty = paragraph(
            QCoreApplication.translate(
                "MetricCapture", "No metric agreed yet: define one, then record its baseline here."
            ),
            muted=True,
        )
        self.grid.addWidget(self.empty, 0, 0, 1, 3)
        self.grid.setColumnStretch(3, 1)
        self.refresh()
        context.changes.subscribe(
            self, (Topic.METRICS,), self.refresh_keeping_typed, report_id=lambda: self.conversation.report_id
        )

    def refresh(self) -> bool:
        """Show the latest values. The rows are kept and re-filled (a conversation opened
        re-binds this recorder); a row is made only when more metrics are agreed than it
        has rows, and `new_fields_made` then puts the new field in keyboard order. Returns
        whether it made one."""
        store = self.context.store
        found = metrics.latest_values(store, self.conversation.report_id)
        self.empty.setVisible(not found)
        made = False
        while len(self.rows) < len(found):
            self.rows.append(self._new_row(len(self.rows)))
            made = True
        if made and self.new_fields_made is not None:
            self.new_fields_made()
        self.edits.clear()
        for index, row in enumerate(self.rows):
            shown = index < len(found)
            for widget in row:
                widget.setVisible(shown)
            if not shown:
                continue
            metric, last = found[index]
            name, previous, edit = row
            unit = f" ({html.escape(metric.unit)})" if metric.unit else ""
            name.setText(f"<b>{html.escape(metric.name)}</b>{unit}")
            name.setToolTip(metric.description)
            previous.setText(
                QCoreApplication.translate("MetricCapture", "last {value} on {day}").format(
                    value=fmt(last.value), day=short_day(last.measured_on)
                )
                if last
                else QCoreApplication.translate("MetricCapture", "no value yet: the baseline")
            )
            edit.clear()
            edit.setAccessibleName(
                QCoreApplication.translate("MetricCapture", "New value of {name}").format(name=metric.name)
            )
            self.edits[metric.id] = edit
        self.record_button.setEnabled(bool(found))
        here = metrics.values_recorded_in(store, self.conversation.id)
        self.recorded_label.setText(
            QCoreApplication.translate("MetricRecorder", "Recorded in this conversation: {values}").format(
                values=", ".join(f"{html.escape(m.name)} {fmt(v.value)}" for m, v in here)
            )
            if here
            else ""
        )
        return made

    def _new_row(self, row: int) -> tuple[QLabel, QLabel, QLineEdit]:
        name = QLabel()
        previous = QLabel()
        mute(previous)
        edit = QLineEdit()
        edit.setPlaceholderText(QCoreApplication.translate("MetricCapture", "value"))
        edit.setMaximumWidth(110)
        edit.returnPressed.connect(self.record)
        self.grid.addWidget(name, row + 1, 0)  # row 0: the sentence shown when none is agreed
        self.grid.addWidget(previous, row + 1, 1)
        self.grid.addWidget(edit, row + 1, 2)
        return name, previous, edit

    def record(self) -> None:
        """Record every value typed; stop at the first refusal, keeping what was typed."""
        store = self.context.store
        wanted = [(mid, edit) for mid, edit in self.edits.items() if edit.text().strip()]
        if not wanted:
            self.context.on_error(
                QCoreApplication.translate("MetricRecorder", "Type a value next to a metric first.")
            )
            return
        typed = {mid: edit.text() for mid, edit in wanted}
        for metric_id in list(typed):
            name = metrics.get_metric(store, metric_id).name

            def refused(exc: OpdError, name: str = name) -> None:
                self.context.on_error(
                    QCoreApplication.translate("MetricRecorder", "{metric}: {problem}").format(
                        metric=name, problem=error_text(exc)
                    )
                )

            outcome = self.context.actions.run(
                lambda metric_id=metric_id: metrics.record_value(
                    store,
                    metric_id,
                    typed[metric_id],
                    self.day_edit.text(),
                    self.conversation.report_id,
                    conversation_id=self.conversation.id,
                ),
                on_error=refused,
            )
            if not outcome:
                self._restore(typed)
                if metric_id in self.edits:
                    self.edits[metric_id].setFocus()
                return
            del typed[metric_id]
        self.refresh()
        self.recorded.emit()

    def refresh_keeping_typed(self) -> None:
        """A change heard from elsewhere: new last values, what was typed stays."""
        self._restore({mid: edit.text() for mid, edit in self.edits.items()})

    def _restore(self, texts: dict[int, str]) -> None:
        self.refresh()
        for metric_id, text in texts.items():
            if text and metric_id in self.edits:
                self.edits[metric_id].setText(text)

    def define(self) -> None:
        from opd_desktop.ui.metric_dialogs import define_metric

        define_metric(self, self.context, self.conversation.report_id)
