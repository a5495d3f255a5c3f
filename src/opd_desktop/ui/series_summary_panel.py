"""Conversation 7's look back over the series and the agreement on how to
keep going, ending with the check-ins scheduled at the agreed cadence."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import QDateEdit, QHBoxLayout, QLabel, QPushButton, QSpinBox, QVBoxLayout, QWidget

from opd_desktop.services import plans, series_summary
from opd_desktop.ui.context import ScreenContext
from opd_desktop.ui.i18n import english_plural
from opd_desktop.ui.widgets import heading, note_editor, paragraph


class SeriesSummaryPanel(QWidget):
    def __init__(self, context: ScreenContext, report_id: int) -> None:
        super().__init__()
        self.context = context
        self.report_id = report_id
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(
            heading(QCoreApplication.translate("SeriesSummaryPanel", "Summary of the series"), 11)
        )
        saved = series_summary.read(context.store, report_id)
        self.editors = {}
        for key, label in series_summary.FIELDS:
            layout.addWidget(QLabel(f"<b>{label}</b>"))
            editor = note_editor(label, height=80)
            editor.setPlainText(saved[key])
            context.autosaver.watch(
                editor, lambda text, key=key: series_summary.save(context.store, report_id, key, text)
            )
            layout.addWidget(editor)
            self.editors[key] = editor
        layout.addWidget(
            heading(QCoreApplication.translate("SeriesSummaryPanel", "Check-ins from here on"), 11)
        )
        plan = plans.current_plan(context.store, report_id)
        row = QHBoxLayout()
        row.addWidget(QLabel(QCoreApplication.translate("SeriesSummaryPanel", "First")))
        self.first = QDateEdit(QDate(dt.date.today() + dt.timedelta(days=14)))
        self.first.setCalendarPopup(True)
        self.first.setDisplayFormat("ddd d MMM yyyy")
        row.addWidget(self.first)
        row.addWidget(QLabel(QCoreApplication.translate("SeriesSummaryPanel", "then every")))
        self.every = QSpinBox()
        self.every.setRange(7, 92)
        self.every.setSuffix(QCoreApplication.translate("SeriesSummaryPanel", " days"))
        self.every.setValue(plan.checkin_cadence_days if plan and plan.checkin_cadence_days else 14)
        row.addWidget(self.every)
        row.addWidget(QLabel(QCoreApplication.translate("SeriesSummaryPanel", "for")))
        self.count = QSpinBox()
        self.count.setRange(1, 26)
        self.count.setValue(6)
        self.count.setSuffix(QCoreApplication.translate("SeriesSummaryPanel", " check-ins"))
        row.addWidget(self.count)
        self.schedule_button = QPushButton(
            QCoreApplication.translate("SeriesSummaryPanel", "Schedule check-ins")
        )
        self.schedule_button.clicked.connect(self.schedule)
        row.addWidget(self.schedule_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.result = paragraph("", muted=True)
        layout.addWidget(self.result)
        pdf = QPushButton(QCoreApplication.translate("SeriesSummaryPanel", "Series summary PDF…"))
        pdf.clicked.connect(self.export_pdf)
        pdf_row = QHBoxLayout()
        pdf_row.addWidget(pdf)
        pdf_row.addStretch(1)
        layout.addLayout(pdf_row)

    def export_pdf(self):
        from opd_desktop.services.documents.summary_doc import build_summary
        from opd_desktop.services.reports import get_report
        from opd_desktop.ui.documents import preview
        from opd_desktop.ui.manager_name import ensure_manager_name

        self.context.autosaver.flush()
        ensure_manager_name(self, self.context.store, self.context.actions)
        name = get_report(self.context.store, self.report_id).name
        return preview(
            self,
            QCoreApplication.translate("SeriesSummaryPanel", "Series summary · Employee's copy"),
            QCoreApplication.translate("SeriesSummaryPanel", "Series summary {name}").format(name=name),
            lambda store: build_summary(store, self.report_id, self.context.guides),
            self.context.actions,
        )

    def schedule(self) -> None:
        first, every, count = self.first.date().toPython(), self.every.value(), self.count.value()
        outcome = self.context.actions.run(
            lambda: series_summary.agree_cadence(self.context.store, self.report_id, first, every, count)
        )
        if outcome:
            scheduled = outcome.value
            last = scheduled[-1].scheduled_at
            self.result.setText(
                english_plural(
                    QCoreApplication.translate(
                        "SeriesSummaryPanel",
                        "%n check-in(s) scheduled, the last on {last}.",
                        "",
                        len(scheduled),
                    ),
                    len(scheduled),
                ).format(last=last.strftime("%a %d %b %Y"))
            )
