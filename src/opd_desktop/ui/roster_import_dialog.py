"""File → Import team…: the preview of a CSV roster (who is added, who is
already on the team, which rows are invalid and why) before anything is written."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from opd_desktop.services import roster_import
from opd_desktop.store.database import Store
from opd_desktop.ui import theme
from opd_desktop.ui.actions import actions_for
from opd_desktop.ui.i18n import english_plural, error_text, shown
from opd_desktop.ui.widgets import LTR_MARK, paragraph

COLUMNS = (
    QT_TRANSLATE_NOOP("RosterImportDialog", "Line"),
    QT_TRANSLATE_NOOP("RosterImportDialog", "Name"),
    QT_TRANSLATE_NOOP("RosterImportDialog", "Role"),
    QT_TRANSLATE_NOOP("RosterImportDialog", "Team"),
    QT_TRANSLATE_NOOP("RosterImportDialog", "Start date"),
)
CSV_FILTER = QT_TRANSLATE_NOOP("RosterImportDialog", "CSV files (*.csv *.txt);;All files (*)")


def choose_roster_file(parent: QWidget | None) -> Path | None:
    name, _ = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("RosterImportDialog", "Import team from a CSV file"),
        str(Path.home()),
        QCoreApplication.translate("RosterImportDialog", CSV_FILTER),
    )
    return Path(name) if name else None


class RosterImportDialog(QDialog):
    def __init__(self, store: Store, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.preview: roster_import.Preview | None = None
        self.added = 0
        self.setWindowTitle(QCoreApplication.translate("RosterImportDialog", "Import team"))
        self.resize(760, 520)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        intro = paragraph(
            QCoreApplication.translate(
                "RosterImportDialog",
                "Nothing is written until you choose Import. People already on your team are skipped; if any row is invalid, nobody is imported, so correct the file and choose it again.",  # noqa: E501
            )
        )
        layout.addWidget(intro)
        top = QHBoxLayout()
        self.file_label = QLabel()
        self.file_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        top.addWidget(self.file_label, 1)
        self.choose_button = QPushButton(
            QCoreApplication.translate("RosterImportDialog", "&Choose another file…")
        )
        self.choose_button.clicked.connect(self.choose_file)
        top.addWidget(self.choose_button)
        layout.addLayout(top)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        bold = self.summary.font()
        bold.setWeight(QFont.Weight.DemiBold)
        self.summary.setFont(bold)
        layout.addWidget(self.summary)
        self.tree = QTreeWidget()
        self.tree.setColumnCount(len(COLUMNS))
        self.tree.setHeaderLabels([QCoreApplication.translate("RosterImportDialog", c) for c in COLUMNS])
        self.tree.setRootIsDecorated(True)
        self.tree.setAlternatingRowColors(True)
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for column in (2, 3, 4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        layout.addWidget(self.tree, 1)
        self.error = QLabel()
        self.error.setWordWrap(True)
        theme.colour_text(self.error, theme.Role.DANGER)
        self.error.hide()
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton(
            QCoreApplication.translate("RosterImportDialog", "&Import"),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        self.buttons.accepted.connect(self.import_now)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.load(path)

    def choose_file(self) -> None:
        path = choose_roster_file(self)
        if path is not None:
            self.load(path)

    def load(self, path: Path) -> None:
        self.file_label.setText(
            QCoreApplication.translate("RosterImportDialog", "File: {path}").format(path=path)
        )
        self.tree.clear()
        self.error.hide()
        outcome = actions_for(self, self.store).run(
            lambda: roster_import.read_roster(self.store, path), on_error=self._unreadable
        )
        if not outcome:
            return
        self.preview = outcome.value
        self.summary.setText(shown(self.preview.summary()))
        self._fill(self.preview)
        if not self.preview.ok:
            invalid = len(self.preview.invalid)
            self.show_error(
                english_plural(
                    QCoreApplication.translate(
                        "RosterImportDialog",
                        "%n row(s) are invalid, so nobody will be imported. Correct them in the file, "
                        "then choose it again.",
                        "",
                        invalid,
                    ),
                    invalid,
                )
            )
        self._update_button()

    def _group(self, title: str, count: int) -> QTreeWidgetItem:
        group = QTreeWidgetItem(
            self.tree,
            [
                QCoreApplication.translate("RosterImportDialog", "{group} ({count})").format(
                    group=title, count=count
                )
            ],
        )
        group.setFirstColumnSpanned(True)
        font = group.font(0)
        font.setWeight(QFont.Weight.DemiBold)
        group.setFont(0, font)
        group.setExpanded(True)
        return group

    def _fill(self, preview: roster_import.Preview) -> None:
        if preview.invalid:
            group = self._group(
                QCoreApplication.translate(
                    "RosterImportDialog", "Invalid — nothing is imported until these are corrected"
                ),
                len(preview.invalid),
            )
            for bad in preview.invalid:
                reason = shown(bad.reason)
                item = QTreeWidgetItem(
                    group,
                    [
                        LTR_MARK
                        + QCoreApplication.translate("RosterImportDialog", "Line {line}: {reason}").format(
                            line=bad.line, reason=reason
                        )
                    ],
                )
                item.setFirstColumnSpanned(True)
                item.setToolTip(0, reason)
        group = self._group(QCoreApplication.translate("RosterImportDialog", "To add"), len(preview.to_add))
        for person in preview.to_add:
            start = person.start_date.isoformat() if person.start_date else ""
            QTreeWidgetItem(group, [str(person.line), person.name, person.role, person.team, start])
        if preview.already:
            group = self._group(
                QCoreApplication.translate("RosterImportDialog", "Already on your team — skipped"),
                len(preview.already),
            )
            for skipped in preview.already:
                item = QTreeWidgetItem(
                    group,
                    [
                        LTR_MARK
                        + QCoreApplication.translate(
                            "RosterImportDialog", "Line {line}: {name} — {reason}"
                        ).format(line=skipped.line, name=skipped.name, reason=shown(skipped.reason))
                    ],
                )
                item.setFirstColumnSpanned(True)
        if preview.ignored_columns:
            note = QTreeWidgetItem(
                self.tree,
                [
                    QCoreApplication.translate("RosterImportDialog", "Columns not used: {columns}").format(
                        columns=", ".join(preview.ignored_columns)
                    )
                ],
            )
            note.setFirstColumnSpanned(True)
            italic = note.font(0)
            italic.setItalic(True)
            note.setFont(0, italic)

    def _update_button(self) -> None:
        preview = self.preview
        count = len(preview.to_add) if preview else 0
        self.import_button.setEnabled(bool(preview and preview.ok and count))
        self.import_button.setText(
            english_plural(
                QCoreApplication.translate("RosterImportDialog", "&Import %n person(s)", "", count), count
            )
        )
        if preview and preview.ok and not count:
            self.summary.setText(
                QCoreApplication.translate(
                    "RosterImportDialog", "{summary} Everyone in it is already on your team."
                ).format(summary=shown(preview.summary()))
            )

    def _unreadable(self, error) -> None:
        self.preview = None
        self.summary.setText(
            QCoreApplication.translate("RosterImportDialog", "This file cannot be imported.")
        )
        self.show_error(error_text(error))
        self._update_button()

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()

    def import_now(self) -> None:
        if self.preview is None:
            return
        preview = self.preview
        outcome = actions_for(self, self.store).run_slow(
            lambda store: roster_import.apply(store, preview),
            label=QCoreApplication.translate("RosterImportDialog", "Adding your team…"),
            on_error=lambda exc: self.show_error(
                QCoreApplication.translate("RosterImportDialog", "{problem} Nothing was imported.").format(
                    problem=error_text(exc)
                )
            ),
        )
        if outcome:
            self.added = outcome.value
            self.accept()
