"""The employee's profile: CliftonStrengths ranking, strengths in their own
words, preferences, aspirations, values and career history. Filled in during
conversations 1 and 5, recapped in 6, editable any time."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from opd_desktop.core.audience import first_name, for_employee
from opd_desktop.core.changes import Topic
from opd_desktop.core.clifton import THEMES, TOP_COUNT
from opd_desktop.services import profile
from opd_desktop.services.profile import KIND_LABELS, ProfileEntry
from opd_desktop.services.reports import get_report
from opd_desktop.ui import theme
from opd_desktop.ui.audience_widgets import AudienceTag
from opd_desktop.ui.context import ScreenContext
from opd_desktop.ui.form_dialog import FormDialog
from opd_desktop.ui.i18n import error_text, shown
from opd_desktop.ui.widgets import (
    PlaceholderList,
    PlaceholderTable,
    enable_with_selection,
    heading,
    paragraph,
    scroll_page,
)

LIST_KINDS = ("strength", "preference", "aspiration", "value")


EMPTY_LIST = {  # said in an empty list: what to do (one sentence per kind, never glued)
    "strength": QT_TRANSLATE_NOOP(
        "EntryList", "Nothing here yet. Type below and press Enter to add a strength."
    ),
    "preference": QT_TRANSLATE_NOOP(
        "EntryList", "Nothing here yet. Type below and press Enter to add a preference."
    ),
    "aspiration": QT_TRANSLATE_NOOP(
        "EntryList", "Nothing here yet. Type below and press Enter to add an aspiration."
    ),
    "value": QT_TRANSLATE_NOOP("EntryList", "Nothing here yet. Type below and press Enter to add a value."),
}
EMPTY_OTHER = QT_TRANSLATE_NOOP("EntryList", "Nothing here yet. Type below and press Enter to add one.")


class EntryList(QWidget):
    """One profile section as an editable list: type, Enter, done."""

    def __init__(self, context: ScreenContext, report_id: int, kind: str) -> None:
        super().__init__()
        self.context = context
        self.report_id = report_id
        self.kind = kind
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading(shown(KIND_LABELS[kind]), 11))
        self.list = PlaceholderList()
        self.list.placeholder = QCoreApplication.translate("EntryList", EMPTY_LIST.get(kind, EMPTY_OTHER))
        self.list.setFixedHeight(110)
        self.list.itemDoubleClicked.connect(self._edit)
        layout.addWidget(self.list)
        row = QHBoxLayout()
        self.input = QLineEdit()
        self.input.setPlaceholderText(
            QCoreApplication.translate("ProfilePage", "Type and press Enter to add")
        )
        self.input.returnPressed.connect(self._add)
        remove = QPushButton(QCoreApplication.translate("ProfilePage", "Remove"))
        remove.clicked.connect(self._remove)
        row.addWidget(self.input, 1)
        row.addWidget(remove)
        layout.addLayout(row)
        enable_with_selection(self.list, remove)
        self.refresh()

    def refresh(self) -> None:
        self.list.clear()
        for entry in profile.entries(self.context.store, self.report_id, self.kind):
            item = QListWidgetItem(entry.text)
            item.setData(Qt.ItemDataRole.UserRole, entry.id)
            self.list.addItem(item)

    def _add(self) -> None:
        text = self.input.text().strip()
        if not text:
            return
        if self.context.actions.run(
            lambda: profile.add_entry(self.context.store, self.report_id, self.kind, text)
        ):
            self.input.clear()

    def _edit(self, item: QListWidgetItem) -> None:
        dialog = FormDialog(
            QCoreApplication.translate("EntryList", "Edit — {kind}").format(
                kind=shown(KIND_LABELS[self.kind])
            ),
            self,
        )
        dialog.add_line("entry", QCoreApplication.translate("EntryList", "Text"), item.text())
        entry_id = item.data(Qt.ItemDataRole.UserRole)
        self.context.actions.form(
            dialog, lambda v: profile.update_entry(self.context.store, entry_id, text=v["entry"])
        )

    def _remove(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            entry_id = item.data(Qt.ItemDataRole.UserRole)
            self.context.actions.run(lambda: profile.delete_entry(self.context.store, entry_id))


class CliftonDialog(QDialog):
    """Pick the top five themes (or rank all 34) and put them in order."""

    def __init__(self, ranked: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("ProfilePage", "CliftonStrengths themes"))
        self.resize(560, 520)
        layout = QVBoxLayout(self)
        layout.addWidget(
            paragraph(
                QCoreApplication.translate(
                    "ProfilePage",
                    "Move the employee's top {TOP_COUNT} themes (or all {all}) to the right, in the order of their report.",  # noqa: E501
                ).format(TOP_COUNT=TOP_COUNT, all=len(THEMES))
            )
        )
        grid = QGridLayout()
        self.available = QListWidget()
        self.ranked = QListWidget()
        for name in THEMES:
            if name not in ranked:
                self.available.addItem(name)
        for name in ranked:
            self.ranked.addItem(name)
        buttons = QVBoxLayout()
        for text, slot in (
            (QCoreApplication.translate("CliftonDialog", "Add →"), self._add),
            (QCoreApplication.translate("CliftonDialog", "← Remove"), self._remove),
            (QCoreApplication.translate("CliftonDialog", "Up"), lambda: self._move(-1)),
            (QCoreApplication.translate("CliftonDialog", "Down"), lambda: self._move(1)),
        ):
            button = QPushButton(text)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch(1)
        grid.addWidget(QLabel(QCoreApplication.translate("ProfilePage", "All themes")), 0, 0)
        grid.addWidget(QLabel(QCoreApplication.translate("ProfilePage", "Their ranking")), 0, 2)
        grid.addWidget(self.available, 1, 0)
        grid.addLayout(buttons, 1, 1)
        grid.addWidget(self.ranked, 1, 2)
        layout.addLayout(grid)
        self.available.itemDoubleClicked.connect(lambda _item: self._add())
        self.error = QLabel()
        theme.colour_text(self.error, theme.Role.DANGER)
        self.error.setWordWrap(True)
        layout.addWidget(self.error)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)
        layout.addWidget(box)

    def themes(self) -> list[str]:
        return [self.ranked.item(i).text() for i in range(self.ranked.count())]

    def _add(self) -> None:
        item = self.available.currentItem()
        if item is not None:
            self.ranked.addItem(self.available.takeItem(self.available.row(item)).text())

    def _remove(self) -> None:
        item = self.ranked.currentItem()
        if item is not None:
            self.available.addItem(self.ranked.takeItem(self.ranked.row(item)).text())
            self.available.sortItems()

    def _move(self, step: int) -> None:
        row = self.ranked.currentRow()
        target = row + step
        if row >= 0 and 0 <= target < self.ranked.count():
            item = self.ranked.takeItem(row)
            self.ranked.insertItem(target, item)
            self.ranked.setCurrentRow(target)


CAREER_COLUMNS = (
    QT_TRANSLATE_NOOP("ProfilePage", "Role"),
    QT_TRANSLATE_NOOP("ProfilePage", "From"),
    QT_TRANSLATE_NOOP("ProfilePage", "To"),
    QT_TRANSLATE_NOOP("ProfilePage", "Highlights"),
    QT_TRANSLATE_NOOP("ProfilePage", "What they learned"),
)


class ProfilePage(QWidget):
    def __init__(self, context: ScreenContext, report_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.report_id = report_id
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        area, layout = scroll_page()
        outer.addWidget(area)
        intro = QHBoxLayout()
        intro.addWidget(
            paragraph(
                QCoreApplication.translate(
                    "ProfilePage",
                    "Filled in during conversations 1 and 5 and recapped in 6. Double-click an entry to edit it.",  # noqa: E501
                ),
                muted=True,
            ),
            1,
        )
        first = first_name(get_report(context.store, report_id).name)
        intro.addWidget(AudienceTag(not for_employee("profile_entries", "text"), first))
        layout.addLayout(intro)
        layout.addWidget(heading(QCoreApplication.translate("ProfilePage", "CliftonStrengths themes"), 11))
        row = QHBoxLayout()
        self.themes_label = paragraph("")
        choose = QPushButton(QCoreApplication.translate("ProfilePage", "Choose themes…"))
        choose.clicked.connect(self.choose_themes)
        row.addWidget(self.themes_label, 1)
        row.addWidget(choose, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(row)
        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        self.lists = {kind: EntryList(context, report_id, kind) for kind in LIST_KINDS}
        for index, kind in enumerate(LIST_KINDS):
            grid.addWidget(self.lists[kind], index // 2, index % 2)
        layout.addLayout(grid)
        layout.addWidget(heading(QCoreApplication.translate("ProfilePage", "Career history"), 11))
        self.career = PlaceholderTable(0, len(CAREER_COLUMNS))
        self.career.placeholder = "Their earlier roles appear here: add them in conversation 5 with Add role…"
        self.career.setHorizontalHeaderLabels(
            [QCoreApplication.translate("ProfilePage", c) for c in CAREER_COLUMNS]
        )
        self.career.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.career.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.career.verticalHeader().setVisible(False)
        self.career.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.career.setMinimumHeight(150)
        self.career.cellDoubleClicked.connect(lambda row, _col: self.edit_career(row))
        layout.addWidget(self.career)
        buttons = QHBoxLayout()
        needs_row = []
        for text, slot in (
            (QCoreApplication.translate("ProfilePage", "Add role…"), self.add_career),
            (
                QCoreApplication.translate("ProfilePage", "Edit…"),
                lambda: self.edit_career(self.career.currentRow()),
            ),
            (QCoreApplication.translate("ProfilePage", "Remove"), self.remove_career),
        ):
            button = QPushButton(text)
            button.clicked.connect(slot)
            buttons.addWidget(button)
            if text != "Add role…":
                needs_row.append(button)
        enable_with_selection(self.career, *needs_row)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self.refresh()
        context.changes.subscribe(self, (Topic.PROFILE,), self.refresh, report_id=lambda: self.report_id)

    def refresh(self) -> None:
        store = self.context.store
        themes = profile.entries(store, self.report_id, "clifton_theme")
        self.themes_label.setText(
            ", ".join(f"{e.rank}. {e.text}" for e in themes)
            if themes
            else QCoreApplication.translate(
                "ProfilePage",
                "Not taken yet. The assessment is optional; if they take it, record their top five here.",
            )
        )
        for entry_list in self.lists.values():
            entry_list.refresh()
        self._careers = profile.entries(store, self.report_id, "career")
        self.career.setRowCount(len(self._careers))
        for row, entry in enumerate(self._careers):
            cells = (
                entry.text,
                _month(entry.start_date),
                _month(entry.end_date) or "now",
                entry.detail,
                entry.learned,
            )
            for column, text in enumerate(cells):
                self.career.setItem(row, column, QTableWidgetItem(text))
        self.career.resizeRowsToContents()

    def choose_themes(self) -> None:
        current = [e.text for e in profile.entries(self.context.store, self.report_id, "clifton_theme")]
        dialog = CliftonDialog(current, self)
        while dialog.exec() == QDialog.DialogCode.Accepted:
            themes = dialog.themes()
            if self.context.actions.run(
                lambda themes=themes: profile.set_clifton_themes(self.context.store, self.report_id, themes),
                on_error=lambda exc: dialog.error.setText(error_text(exc)),
            ):
                return

    def _career_dialog(self, title: str, entry: ProfileEntry | None = None) -> FormDialog:
        dialog = FormDialog(title, self)
        dialog.add_line(
            "entry",
            QCoreApplication.translate("ProfilePage", "Role"),
            entry.text if entry else "",
            QCoreApplication.translate("ProfilePage", "Title and organization"),
        )
        dialog.add_date(
            "start date",
            QCoreApplication.translate("ProfilePage", "From"),
            entry.start_date if entry else None,
        )
        dialog.add_date(
            "end date", QCoreApplication.translate("ProfilePage", "To"), entry.end_date if entry else None
        )
        dialog.add_text(
            "detail", QCoreApplication.translate("ProfilePage", "Highlights"), entry.detail if entry else ""
        )
        dialog.add_text(
            "learned",
            QCoreApplication.translate("ProfilePage", "What they learned"),
            entry.learned if entry else "",
        )
        return dialog

    def add_career(self) -> None:
        dialog = self._career_dialog(QCoreApplication.translate("ProfilePage", "Add a role"))
        self.context.actions.form(
            dialog,
            lambda v: profile.add_entry(
                self.context.store,
                self.report_id,
                "career",
                v["entry"],
                detail=v["detail"],
                learned=v["learned"],
                start_date=v["start date"] or None,
                end_date=v["end date"] or None,
            ),
        )

    def edit_career(self, row: int) -> None:
        if not 0 <= row < len(self._careers):
            return
        entry = self._careers[row]
        dialog = self._career_dialog(QCoreApplication.translate("ProfilePage", "Edit role"), entry)
        self.context.actions.form(
            dialog,
            lambda v: profile.update_entry(
                self.context.store,
                entry.id,
                text=v["entry"],
                detail=v["detail"],
                learned=v["learned"],
                start_date=v["start date"],
                end_date=v["end date"],
            ),
        )

    def remove_career(self) -> None:
        row = self.career.currentRow()
        if 0 <= row < len(self._careers):
            entry_id = self._careers[row].id
            self.context.actions.run(lambda: profile.delete_entry(self.context.store, entry_id))


def _month(value) -> str:
    return value.strftime("%b %Y") if value else ""
