"""The first run: one screen that explains the program, then three steps a
new manager may skip — your name, your team, your organization. A link
opens the demo team in a folder of its own, never mixed with real data.

Everything is written through services (settings, reports via the report
dialog, organization); the window shows it when the dialog closes."""

from __future__ import annotations

import html
import logging

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCommandLinkButton,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from opd_desktop.core.guides import GuideSet
from opd_desktop.errors import OpdError
from opd_desktop.services import organization, preferences, reports, settings
from opd_desktop.store.database import Store
from opd_desktop.ui import theme
from opd_desktop.ui.accessibility import name_widgets
from opd_desktop.ui.i18n import error_text
from opd_desktop.ui.widgets import heading, paragraph

ORGANIZATION_STEP_FIELDS = ("mission", "vision", "values", "priorities")  # conversation 2 shows them


def organization_labels() -> dict[str, str]:
    return {
        "mission": QCoreApplication.translate("FirstRun", "&Mission"),
        "vision": QCoreApplication.translate("FirstRun", "&Vision"),
        "values": QCoreApplication.translate("FirstRun", "V&alues"),
        "priorities": QCoreApplication.translate("FirstRun", "&Priorities"),
    }


def welcome_text(guides: GuideSet) -> str:
    minutes = sum(guide.duration_minutes for guide in guides.conversations)
    hours = max(1, round(minutes / 60))
    return QCoreApplication.translate(
        "FirstRun",
        "OPD — Optimizing Performance and Development — is a series of seven conversations "
        "you hold with each person on your team. Each builds on the one before: who they are "
        "and what they want, the organization and your department, your expectations and "
        "theirs, then a development plan you agree together. Hold them two or three weeks "
        "apart, then keep going with regular check-ins.\n\n"
        "The seven take about %n hours per person over three or four months. The app prepares "
        "each one, keeps your notes private unless you share them, and prints what the "
        "employee may see.",
        "",
        hours,
    )


class FirstRunDialog(QDialog):
    demo_requested = Signal()

    WELCOME, NAME, TEAM, ORGANIZATION = range(4)

    def __init__(self, store: Store, guides: GuideSet, parent: QWidget | None = None, actions=None) -> None:
        super().__init__(parent)
        self.store = store
        self.actions = actions
        self.setWindowTitle(QCoreApplication.translate("FirstRun", "Welcome to OPD Desktop"))
        self.setMinimumSize(620, 520)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 20, 20, 16)
        self.pages = QStackedWidget()
        self.pages.addWidget(self._welcome(guides))
        self.pages.addWidget(self._name_step())
        self.pages.addWidget(self._team_step())
        self.pages.addWidget(self._organization_step())
        layout.addWidget(self.pages, 1)
        self.error = QLabel()
        self.error.setWordWrap(True)
        theme.colour_text(self.error, theme.Role.DANGER)
        self.error.hide()
        layout.addWidget(self.error)
        row = QHBoxLayout()
        self.step_label = QLabel()
        row.addWidget(self.step_label, 1)
        self.back_button = QPushButton(QCoreApplication.translate("FirstRun", "&Back"))
        self.skip_button = QPushButton(QCoreApplication.translate("FirstRun", "&Skip this step"))
        self.next_button = QPushButton(QCoreApplication.translate("FirstRun", "&Next"))
        self.next_button.setDefault(True)
        for button in (self.back_button, self.skip_button, self.next_button):
            row.addWidget(button)
        layout.addLayout(row)
        self.back_button.clicked.connect(lambda: self.go(self.pages.currentIndex() - 1))
        self.skip_button.clicked.connect(self.skip)
        self.next_button.clicked.connect(self.next)
        self.go(self.WELCOME)
        name_widgets(self)

    # Pages -------------------------------------------------------------------

    def _page(self, title: str, intro: str) -> tuple[QWidget, QVBoxLayout]:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        layout.addWidget(heading(title, 15))
        text = paragraph(intro)
        layout.addWidget(text)
        return page, layout

    def _welcome(self, guides: GuideSet) -> QWidget:
        page, layout = self._page(
            QCoreApplication.translate("FirstRun", "Welcome"), welcome_text(guides).replace("\n", "<br>")
        )
        titles = "".join(f"<li>{html.escape(guide.short_title)}</li>" for guide in guides.conversations)
        layout.addWidget(paragraph(f"<ol style='margin-top:0px; margin-bottom:0px;'>{titles}</ol>"))
        layout.addWidget(
            paragraph(
                QCoreApplication.translate(
                    "FirstRun",
                    "Three short steps follow: your name, your team and your organization. "
                    "Skip any of them; Preferences and the team overview have them all later.",
                ),
                muted=True,
            )
        )
        layout.addStretch(1)
        self.demo_link = QCommandLinkButton(
            QCoreApplication.translate("FirstRun", "Look around the demo team first"),
            QCoreApplication.translate(
                "FirstRun", "Opens an invented team in a folder of its own; your own data stays apart."
            ),
        )
        self.demo_link.clicked.connect(self._open_demo)
        layout.addWidget(self.demo_link)
        return page

    def _name_step(self) -> QWidget:
        page, layout = self._page(
            QCoreApplication.translate("FirstRun", "Your name"),
            QCoreApplication.translate(
                "FirstRun",
                "Documents for your team end with your name, as in “For Zoë and Sam”. "
                "Without it they say “their manager”.",
            ),
        )
        form = QFormLayout()
        self.name = QLineEdit(settings.manager_name(self.store))
        self.name.setPlaceholderText(QCoreApplication.translate("FirstRun", "As your team knows you"))
        form.addRow(QCoreApplication.translate("FirstRun", "Your na&me"), self.name)
        layout.addLayout(form)
        layout.addStretch(1)
        return page

    def _team_step(self) -> QWidget:
        page, layout = self._page(
            QCoreApplication.translate("FirstRun", "Your team"),
            QCoreApplication.translate(
                "FirstRun",
                "Add the people who report to you, one by one or from a spreadsheet saved as CSV "
                "(a name per row; role, team and start date if you have them).",
            ),
        )
        buttons = QHBoxLayout()
        self.add_person_button = QPushButton(QCoreApplication.translate("FirstRun", "&Add a person…"))
        self.import_button = QPushButton(QCoreApplication.translate("FirstRun", "&Import a CSV file…"))
        self.add_person_button.clicked.connect(self.add_person)
        self.import_button.clicked.connect(self.import_csv)
        buttons.addWidget(self.add_person_button)
        buttons.addWidget(self.import_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        team_label = QLabel(QCoreApplication.translate("FirstRun", "Your team so far"))
        layout.addWidget(team_label)
        self.team_list = QListWidget()
        team_label.setBuddy(self.team_list)
        layout.addWidget(self.team_list, 1)
        self._refresh_team()
        return page

    def _organization_step(self) -> QWidget:
        page, layout = self._page(
            QCoreApplication.translate("FirstRun", "Your organization"),
            QCoreApplication.translate(
                "FirstRun",
                "Conversation 2 shows every person where the organization is going. Write its "
                "mission, vision, values and priorities once, in your own words; edit them any "
                "time under Organization on the team overview.",
            ),
        )
        form = QFormLayout()
        saved = organization.read(self.store, "organization")
        self.organization_fields: dict[str, QPlainTextEdit] = {}
        for key, label in organization_labels().items():
            editor = QPlainTextEdit(saved.get(key, ""))
            editor.setTabChangesFocus(True)
            editor.setFixedHeight(64)
            form.addRow(label, editor)
            self.organization_fields[key] = editor
        layout.addLayout(form)
        return page

    # Steps -------------------------------------------------------------------

    def go(self, index: int) -> None:
        index = max(self.WELCOME, min(index, self.ORGANIZATION))
        self.error.hide()
        self.pages.setCurrentIndex(index)
        self.back_button.setVisible(index > self.WELCOME)
        self.skip_button.setVisible(index > self.WELCOME)
        last = index == self.ORGANIZATION
        self.next_button.setText(
            QCoreApplication.translate("FirstRun", "&Start")
            if index == self.WELCOME
            else QCoreApplication.translate("FirstRun", "&Finish")
            if last
            else QCoreApplication.translate("FirstRun", "&Next")
        )
        self.step_label.setText(
            QCoreApplication.translate("FirstRun", "Step %1 of 3").replace("%1", str(index))
            if index > self.WELCOME
            else ""
        )
        self._fit_page_height()
        focus = {self.NAME: self.name, self.TEAM: self.add_person_button}.get(index)
        if index == self.ORGANIZATION:
            focus = self.organization_fields["mission"]
        (focus or self.next_button).setFocus(Qt.FocusReason.OtherFocusReason)

    def _fit_page_height(self) -> None:
        """Grow the dialog when the shown step needs more height at this width (its wrapped
        text is longer in some languages); a stacked page does not ask for it by itself."""
        page = self.pages.currentWidget()
        if page is None or page.layout() is None:
            return
        needed = page.layout().totalHeightForWidth(self.pages.width())
        missing = needed - self.pages.height()
        if missing > 0:
            self.resize(self.width(), self.height() + missing)

    def skip(self) -> None:
        if self.pages.currentIndex() == self.ORGANIZATION:
            self.finish()
        else:
            self.go(self.pages.currentIndex() + 1)

    def next(self) -> None:
        index = self.pages.currentIndex()
        try:
            if index == self.NAME and self.name.text().strip():
                settings.set_manager_name(self.store, self.name.text())
            elif index == self.ORGANIZATION:
                values = {key: editor.toPlainText() for key, editor in self.organization_fields.items()}
                if any(value.strip() for value in values.values()):
                    organization.save(self.store, "organization", values)
        except OpdError as exc:
            self.error.setText(error_text(exc))
            self.error.show()
            return
        if index == self.ORGANIZATION:
            self.finish()
        else:
            self.go(index + 1)

    def finish(self) -> None:
        preferences.mark_first_run_done(self.store)
        self.accept()

    def _open_demo(self) -> None:
        preferences.mark_first_run_done(self.store)
        self.demo_requested.emit()
        self.accept()

    # Team --------------------------------------------------------------------

    def _refresh_team(self) -> None:
        self.team_list.clear()
        for report in reports.list_reports(self.store):
            self.team_list.addItem(report.name)

    def add_person(self) -> None:
        from opd_desktop.ui.report_dialog import ReportDialog

        ReportDialog(self.store, parent=self, actions=self.actions).exec()
        self._refresh_team()

    def import_csv(self) -> None:
        """The team's CSV import: a preview first, nothing written until Import."""
        from opd_desktop.ui.roster_import_dialog import RosterImportDialog, choose_roster_file

        path = choose_roster_file(self)
        if path is not None:
            RosterImportDialog(self.store, path, self).exec()
        self._refresh_team()


def demo_folder(data_dir) -> object:
    """The demo team's own folder, beside (never inside) the real data folder."""
    from pathlib import Path

    base = Path(data_dir)
    return base.parent / f"{base.name}-demo"


log = logging.getLogger(__name__)
