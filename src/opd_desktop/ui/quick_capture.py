"""Quick capture while talking: one line, a kind (and a due date for an action
item), Enter. It sits in a bar under the Conduct tab, so it is at hand wherever
the notes are scrolled. What was captured is listed with its kind; an action
item can be edited there (text, owner, due date). What the guide's agenda says
a conversation captures decides which kinds are offered (the registry is
`services/captures.py`)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from opd_desktop.core.audience import first_name
from opd_desktop.core.models import ActionItem, Conversation, Owner
from opd_desktop.services import captures, followthrough
from opd_desktop.services.reports import get_report
from opd_desktop.ui.audience_widgets import AudienceTag
from opd_desktop.ui.context import ScreenContext
from opd_desktop.ui.date_field import DateField
from opd_desktop.ui.dates import short_date
from opd_desktop.ui.form_dialog import FormDialog
from opd_desktop.ui.i18n import shown
from opd_desktop.ui.widgets import ElidedLabel, heading, mute

EMPTY = QT_TRANSLATE_NOOP("QuickCapture", "Nothing captured yet in this conversation.")


def kind_words(found: captures.Captured, first: str) -> str:
    """The kind in the app's words: "Action for you", "Action for Дмитрий"."""
    item = found.action_item
    if item is None:
        return shown(found.kind)
    if item.owner == Owner.MANAGER:
        return QCoreApplication.translate("QuickCapture", "Action for you")
    return QCoreApplication.translate("QuickCapture", "Action for {name}").format(name=first)


class CapturedList(QWidget):
    """The captured rows; an action item's row has an Edit button."""

    def __init__(self, on_edit) -> None:
        super().__init__()
        self.on_edit = on_edit
        self.rows = QVBoxLayout(self)
        self.rows.setContentsMargins(0, 0, 0, 0)
        self.rows.setSpacing(0)
        self.lines: list[str] = []
        self.edit_buttons: list[QToolButton] = []

    def show_found(self, found: list[captures.Captured], first: str) -> None:
        while self.rows.count():
            item = self.rows.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.lines, self.edit_buttons = [], []
        if not found:
            empty = QLabel(QCoreApplication.translate("QuickCapture", EMPTY))
            mute(empty, italic=True)
            self.rows.addWidget(empty)
            self.lines.append(QCoreApplication.translate("QuickCapture", EMPTY))
            return
        for entry in found:
            words = kind_words(entry, first)
            due = entry.action_item.due_date if entry.action_item else None
            line = (
                QCoreApplication.translate("QuickCapture", "{kind}: {text} · due {date}").format(
                    kind=words, text=entry.text, date=short_date(due)
                )
                if due
                else QCoreApplication.translate("QuickCapture", "{kind}: {text}").format(
                    kind=words, text=entry.text
                )
            )
            row = QWidget()
            layout = QHBoxLayout(row)
            layout.setContentsMargins(0, 0, 0, 0)
            label = ElidedLabel(line)
            layout.addWidget(label, 1)
            if entry.action_item is not None:
                edit = QToolButton()
                edit.setText(QCoreApplication.translate("QuickCapture", "Edit…"))
                edit.setAutoRaise(True)
                edit.setToolTip(
                    QCoreApplication.translate(
                        "QuickCapture", "Change the action, who owns it or its due date"
                    )
                )
                edit.clicked.connect(lambda _=False, item=entry.action_item: self.on_edit(item))
                layout.addWidget(edit)
                self.edit_buttons.append(edit)
            self.rows.addWidget(row)
            self.lines.append(line)

    def text(self) -> str:
        return "\n".join(self.lines)


class QuickCapture(QWidget):
    def __init__(
        self, context: ScreenContext, conversation: Conversation, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.store = context.store
        self.conversation = conversation
        self.on_error = context.on_error
        self.guide = context.guides.for_number(conversation.number)
        self.options = captures.offered(self.guide)
        self.first_name = first_name(get_report(self.store, conversation.report_id).name)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 8, 24, 8)
        layout.setSpacing(4)
        title = QHBoxLayout()
        title.addWidget(heading(QCoreApplication.translate("QuickCapture", "Quick capture"), 11), 1)
        # action items, ideas, strengths, plan goals …: all written for the employee
        title.addWidget(AudienceTag(False, self.first_name))
        layout.addLayout(title)
        row = QHBoxLayout()
        self.kind = QComboBox()
        for option in self.options:
            self.kind.addItem(shown(option.label))
        self.kind.setAccessibleName(QCoreApplication.translate("QuickCapture", "What to capture"))
        self.text = QLineEdit()
        self.text.setPlaceholderText(
            QCoreApplication.translate("QuickCapture", "Type and press Enter to capture")
        )
        self.due = DateField()
        self.due.setToolTip(
            QCoreApplication.translate("QuickCapture", "The action item's due date (optional)")
        )
        self.due.setAccessibleName(QCoreApplication.translate("QuickCapture", "Due date"))
        self.due_label = QLabel(QCoreApplication.translate("QuickCapture", "&Due"))
        self.due_label.setBuddy(self.due)
        self.add = QPushButton(QCoreApplication.translate("QuickCapture", "Capture"))
        row.addWidget(self.kind)
        row.addWidget(self.text, 1)
        row.addWidget(self.due_label)
        row.addWidget(self.due)
        row.addWidget(self.add)
        layout.addLayout(row)
        self.list = CapturedList(self.edit_item)
        scroller = QScrollArea()
        scroller.setWidgetResizable(True)
        scroller.setFrameShape(QFrame.Shape.NoFrame)
        scroller.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroller.setWidget(self.list)
        self.scroller = scroller
        self.most_rows = 5  # then the captured list scrolls
        scroller.viewport().setAutoFillBackground(False)
        self.list.setAutoFillBackground(False)
        layout.addWidget(scroller)
        self.add.clicked.connect(self.capture)
        self.text.returnPressed.connect(self.capture)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self._kind_changed()
        self.refresh()
        context.changes.subscribe(
            self.list,
            captures.topics_shown(self.guide),
            self.refresh,
            report_id=lambda: self.conversation.report_id,
        )

    def _option(self) -> captures.QuickOption | None:
        index = self.kind.currentIndex()
        return self.options[index] if 0 <= index < len(self.options) else None

    def _kind_changed(self, _index: int = 0) -> None:
        option = self._option()
        takes_due = bool(option and option.takes_due)
        self.due.setVisible(takes_due)
        self.due_label.setVisible(takes_due)

    def capture(self) -> None:
        text = self.text.text().strip()
        if not text:
            self.on_error(QCoreApplication.translate("QuickCapture", "Type what you want to capture first."))
            return
        option = self._option()
        if option is None:
            return
        if option.takes_due:
            due = self.due.value()
            run = lambda: option.capture(self.store, self.conversation, text, due=due)  # noqa: E731
        else:
            run = lambda: option.capture(self.store, self.conversation, text)  # noqa: E731
        if self.context.actions.run(run):
            self.text.clear()
            self.due.set_date(None)
            self.refresh()  # its own list, even before the tab is on screen

    def edit_item(self, item: ActionItem) -> None:
        """Edit a captured action item: its text, owner and due date."""
        dialog = FormDialog(QCoreApplication.translate("QuickCapture", "Edit the action item"), self)
        dialog.add_line("action item", QCoreApplication.translate("QuickCapture", "Action"), item.text)
        dialog.add_combo(
            "owner",
            QCoreApplication.translate("QuickCapture", "Owner"),
            [(self.first_name, "employee"), ("You", "manager")],
            item.owner.value,
        )
        dialog.add_date("due date", QCoreApplication.translate("QuickCapture", "Due"), item.due_date)
        self.context.actions.form(
            dialog,
            lambda v: followthrough.update_action_item(
                self.store, item.id, text=v["action item"], owner=v["owner"], due_date=v["due date"]
            ),
        )
        self.refresh()

    def refresh(self) -> None:
        self.list.show_found(captures.captured_in(self.store, self.conversation, self.guide), self.first_name)
        rows = max(1, min(self.most_rows, len(self.list.lines)))
        line = max(self.fontMetrics().height() + 2, self.add.sizeHint().height() - 4)
        self.scroller.setFixedHeight(rows * line + 4)  # as tall as what it lists, up to five rows
