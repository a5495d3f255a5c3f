"""A report's page: who they are, their profile, development plan and
follow-through, and their journey through the seven conversations and the
check-ins, with the selected item shown beside it."""

from __future__ import annotations

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QEvent,
    QItemSelectionModel,
    QObject,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QSplitter,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from opd_desktop.core.changes import Topic
from opd_desktop.core.stages import next_conversation
from opd_desktop.errors import NotFoundError
from opd_desktop.services import conversations, reports
from opd_desktop.ui.context import ScreenContext
from opd_desktop.ui.conversation_view import ConversationView
from opd_desktop.ui.dates import short_date
from opd_desktop.ui.models import ConversationIdRole, JourneyModel
from opd_desktop.ui.stepper import JourneyStepper
from opd_desktop.ui.widgets import ElidedLabel, mute, paragraph, scaled_heading, scroll_page

SECTIONS = (
    QT_TRANSLATE_NOOP("ReportPage", "Conversations"),
    QT_TRANSLATE_NOOP("ReportPage", "Profile"),
    QT_TRANSLATE_NOOP("ReportPage", "Plan"),
    QT_TRANSLATE_NOOP("ReportPage", "Follow-through"),
    QT_TRANSLATE_NOOP("ReportPage", "Metrics"),
)
CONVERSATION_PAGE = 0


class FollowThroughPage(QWidget):
    """Action items, ideas and leadership feedback for one report."""

    def __init__(self, context: ScreenContext, report_id: int) -> None:
        from opd_desktop.ui.feedback_panel import LeadershipFeedbackPanel
        from opd_desktop.ui.followthrough_page import ActionItemsPanel, IdeasPanel

        super().__init__()
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        area, layout = scroll_page()
        outer.addWidget(area)
        self.actions = ActionItemsPanel(context, report_id)
        self.ideas = IdeasPanel(context, report_id)
        self.feedback = LeadershipFeedbackPanel(context, report_id)
        self.report_id = report_id
        for panel in (self.actions, self.ideas, self.feedback):
            layout.addWidget(panel)
            layout.addSpacing(12)
        layout.addStretch(1)

    def set_report(self, report_id: int) -> None:
        """Show another report's follow-through in the same panels."""
        self.report_id = report_id
        for panel in (self.actions, self.ideas, self.feedback):
            panel.report_id = report_id  # read by their refresh and their subscriptions
            panel.refresh()


_OPEN_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space)


class _OpenOnKeys(QObject):
    """Enter or Space on a section button or on the stepper opens what it shows."""

    def __init__(self, page: ReportPage) -> None:
        super().__init__(page)
        self.page = page

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and event.key() in _OPEN_KEYS and not event.modifiers():
            if watched is self.page.journey_view:
                self.page.show_section(CONVERSATION_PAGE)
                return True
            section = self.page.section_buttons.id(watched)
            if section >= 0:
                self.page.show_section(section)
                return True
        return False


class ReportPage(QWidget):
    report_removed = Signal()  # the report shown was deleted
    conversation_opened = Signal(int)
    together_requested = Signal()  # the conversation's "Together mode" button

    def __init__(self, context: ScreenContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.store = context.store
        self.guides = context.guides
        self.autosaver = context.autosaver
        self.report_id: int | None = None
        self.view: ConversationView | None = None  # the conversation shown (None: none is)
        self._view: ConversationView | None = None  # made on the first conversation opened, then re-bound

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self._build_header())
        self.splitter = QSplitter(Qt.Orientation.Horizontal)  # the content (a side panel may join it)
        self.splitter.setChildrenCollapsible(False)
        self.right = QStackedWidget()
        self.conversation_holder = QWidget()
        holder_layout = QVBoxLayout(self.conversation_holder)
        holder_layout.setContentsMargins(0, 0, 0, 0)
        self.placeholder = paragraph(
            QCoreApplication.translate("ReportPage", "Choose a conversation above."), muted=True
        )
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        holder_layout.addWidget(self.placeholder)
        self.right.addWidget(self.conversation_holder)
        self.sections: dict[int, QWidget] = {}  # built on first view, re-bound (or rebuilt) on the next
        self.splitter.addWidget(self.right)
        layout.addWidget(self.splitter, 1)
        # the header and the journey show the report and its conversations
        context.changes.subscribe(
            self, (Topic.REPORTS, Topic.CONVERSATIONS), self.refresh, report_id=lambda: self.report_id
        )

    def _build_header(self) -> QWidget:
        """The person on one line, the sections beside it, the journey below: compact."""
        box = QWidget()
        outer = QVBoxLayout(box)
        outer.setContentsMargins(24, 12, 24, 0)
        outer.setSpacing(4)
        top = QHBoxLayout()
        top.setSpacing(12)
        self.name_label = scaled_heading("", 1.7)
        self.name_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details_label = ElidedLabel()
        mute(self.details_label)
        self.details_label.setMinimumWidth(40)
        top.addWidget(self.name_label, 0, Qt.AlignmentFlag.AlignBaseline)
        top.addWidget(self.details_label, 1, Qt.AlignmentFlag.AlignBaseline)
        self.section_buttons = QButtonGroup(self)
        self.section_buttons.setExclusive(True)
        for index, name in enumerate(SECTIONS):
            button = QToolButton()
            button.setText(QCoreApplication.translate("ReportPage", name))
            button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # Tab reaches it, Space opens the section
            button.setCheckable(True)
            button.setAutoRaise(True)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            self.section_buttons.addButton(button, index)
            top.addWidget(button)
        self.section_buttons.idClicked.connect(self.show_section)
        self._open_keys = _OpenOnKeys(self)
        for button in self.section_buttons.buttons():
            button.installEventFilter(self._open_keys)
        outer.addLayout(top)
        self.stage_label = QLabel()  # the stage in words, for screen readers and the tooltip
        self.stage_label.hide()
        self.journey_model = JourneyModel(self.guides, self)
        self.journey_view = JourneyStepper()
        self.journey_view.setModel(self.journey_model)
        self.journey_view.setAccessibleName(QCoreApplication.translate("ReportPage", "Conversations"))
        self.journey_view.selectionModel().currentChanged.connect(self._on_current)
        self.journey_view.clicked.connect(lambda _index: self.show_section(CONVERSATION_PAGE))
        # arrows move between conversations (and open them); Enter or Space back on the current one
        self.journey_view.installEventFilter(self._open_keys)
        self.journey_view.setAccessibleDescription(
            QCoreApplication.translate(
                "ReportPage", "The seven conversations and the check-ins; arrows move, Enter opens"
            )
        )
        outer.addWidget(self.journey_view)
        return box

    def show_report(self, report_id: int, conversation_id: int | None = None) -> None:
        self.autosaver.flush()
        self.report_id = report_id  # the sections follow when next shown
        self.show_section(CONVERSATION_PAGE)
        self.refresh(select=conversation_id, default_to_next=True)

    def _drop_sections(self) -> None:
        for page in self.sections.values():
            self.right.removeWidget(page)
            page.deleteLater()
        self.sections.clear()

    def current_section(self) -> int:
        widget = self.right.currentWidget()
        if widget is self.conversation_holder:
            return CONVERSATION_PAGE
        return next((index for index, page in self.sections.items() if page is widget), CONVERSATION_PAGE)

    def section(self, index: int) -> QWidget:
        """The Profile (1), Development plan (2), Follow-through (3) or Metrics (4) page of this report:
        built on its first visit; on a visit after a switch, re-bound to the report shown (a page
        that cannot be re-bound is built again for it)."""
        page = self.sections.get(index)
        if page is not None and page.report_id != self.report_id:
            if hasattr(page, "set_report"):
                page.set_report(self.report_id)
            else:
                del self.sections[index]
                self.right.removeWidget(page)
                page.deleteLater()
        if index not in self.sections:
            # imported on first use: none of these pages is needed for the first window
            from opd_desktop.ui.plan_page import PlanPage
            from opd_desktop.ui.profile_page import ProfilePage
            from opd_desktop.ui.return_page import ReturnDashboard

            builders = {1: ProfilePage, 2: PlanPage, 3: FollowThroughPage, 4: ReturnDashboard}
            page = builders[index](self.context, self.report_id)
            self.sections[index] = page
            self.right.addWidget(page)
        return self.sections[index]

    def show_section(self, index: int) -> None:
        self.autosaver.flush()
        self.section_buttons.button(index).setChecked(True)
        if index == CONVERSATION_PAGE:
            self.right.setCurrentWidget(self.conversation_holder)
            return
        page = self.section(index)
        self.right.setCurrentWidget(page)

    def refresh(self, select: int | None = None, default_to_next: bool = False) -> None:
        """Reload the header and journey; keep or choose the selected conversation."""
        if self.report_id is None:
            return
        try:
            entry = reports.roster_entry(self.store, self.report_id)
        except NotFoundError:  # deleted permanently while shown
            self._report_gone()
            return
        report = entry.report
        self.name_label.setText(report.name)
        details = " · ".join(x for x in (report.role, report.team) if x)
        if report.start_date:
            since = QCoreApplication.translate("ReportPage", "since {date}").format(
                date=short_date(report.start_date)
            )
            details += f"{' · ' if details else ''}{since}"
        details += QCoreApplication.translate("ReportPage", " · archived") if report.archived else ""
        self.details_label.setText(details)
        overdue = QCoreApplication.translate("ReportPage", " · overdue") if entry.stage.overdue else ""
        self.stage_label.setText(
            QCoreApplication.translate("ReportPage", "Stage: {label}{overdue}").format(
                label=entry.stage.label, overdue=overdue
            )
        )
        self.journey_view.setToolTip(
            QCoreApplication.translate("ReportPage", "Stage: {label}{overdue}").format(
                label=entry.stage.label, overdue=overdue
            )
        )
        current = self.current_conversation_id() if select is None else select
        journey = conversations.journey(self.store, self.report_id)
        selection = self.journey_view.selectionModel()
        selection.blockSignals(True)
        self.journey_model.set_conversations(journey)
        selection.blockSignals(False)
        target = current if current is not None and self.journey_model.row_of(current) is not None else None
        if target is None and default_to_next:
            pick = next_conversation(journey, entry.stage.next_number)
            target = pick.id if pick else None
        if target is not None:
            self.select_conversation(target, rebuild=self.view is None or self.view.conversation.id != target)

    def select_conversation(self, conversation_id: int, rebuild: bool = True) -> None:
        row = self.journey_model.row_of(conversation_id)
        if row is None:
            return
        index = self.journey_model.index(row)
        selection = self.journey_view.selectionModel()
        selection.blockSignals(not rebuild)
        selection.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        selection.blockSignals(False)
        self.journey_view.scroll_to_current()
        if rebuild and (self.view is None or self.view.conversation.id != conversation_id):
            self._open(conversation_id)

    def current_conversation_id(self) -> int | None:
        index = self.journey_view.currentIndex()
        return index.data(ConversationIdRole) if index.isValid() else None

    def _on_current(self, current, _previous) -> None:
        if current.isValid():
            self._open(current.data(ConversationIdRole))

    def _open(self, conversation_id: int) -> None:
        self.autosaver.flush()
        view = self._view
        if view is None:
            view = self._view = ConversationView(self.context)
            view.plan_requested.connect(lambda: self.show_section(2))
            view.together_requested.connect(self.together_requested)
        shown = self.view is not None
        view.bind(conversation_id, None if shown else 0)  # the tab shown stays; a first opening: Prepare
        if not shown:
            holder = self.conversation_holder.layout()
            holder.replaceWidget(self.placeholder, view)
            self.placeholder.hide()
            view.show()  # on screen now (not on the next loop pass), so it refreshes on what it shows
            self.view = view
        self.show_section(CONVERSATION_PAGE)
        self.conversation_opened.emit(conversation_id)

    def _report_gone(self) -> None:
        """The report no longer exists: show nothing of it and say so (the window goes home)."""
        self.report_id = None
        self._drop_sections()
        if self.view is not None:
            self.view.release()
            holder = self.conversation_holder.layout()
            holder.replaceWidget(self.view, self.placeholder)
            self.view.hide()  # kept for the next report, re-bound before it is shown again
            self.placeholder.show()
            self.view = None
        self.right.setCurrentWidget(self.conversation_holder)
        self.report_removed.emit()

    def reload_conversation(self) -> None:
        """Show the open conversation again from what is saved (after together mode)."""
        if self.view is not None:
            self.view.bind(self.view.conversation.id)

    def move_conversation(self, step: int) -> None:
        row = self.journey_view.currentIndex().row() + step
        if 0 <= row < self.journey_model.rowCount():
            self.journey_view.setCurrentIndex(self.journey_model.index(row))
