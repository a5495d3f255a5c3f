"""The Conduct tab: a note per agenda item (with its prompts and audience),
general notes, notes taken together, and quick capture in a bar under them.
Built once with a section for every item of the longest agenda; `bind` shows
another conversation in the same editors."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QHBoxLayout, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget

from opd_desktop.core.guides import AgendaItem
from opd_desktop.services import captures, notes
from opd_desktop.ui import theme
from opd_desktop.ui.audience_widgets import AudienceTag, AudienceToggle
from opd_desktop.ui.context import ScreenContext
from opd_desktop.ui.metric_slot import MetricSlot
from opd_desktop.ui.note_binding import Binding, BoundNote, bound_note
from opd_desktop.ui.prepare_tab import titled
from opd_desktop.ui.quick_capture import QuickCapture
from opd_desktop.ui.widgets import bullets, heading, mute, note_editor, scroll_page
from opd_desktop.ui.wrapped_label import WrappedLabel

translate = QCoreApplication.translate


class ItemSection(QWidget):
    """One agenda item: its title and audience, guidance, prompts and note."""

    def __init__(self, context: ScreenContext) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.setSpacing(10)
        self.title = heading("", 11)
        self.toggle = AudienceToggle(True, "")
        layout.addLayout(titled(self.title, self.toggle))
        box = QVBoxLayout()
        box.setContentsMargins(12, 0, 0, 0)
        self.guidance = WrappedLabel()
        mute(self.guidance, italic=True)
        self.prompts = WrappedLabel(rich=True)
        self.editor = note_editor("")
        box.addWidget(self.guidance)
        box.addWidget(self.prompts)
        box.addWidget(self.editor)
        layout.addLayout(box)
        self.note = bound_note(context, self.editor, self.toggle)
        self.item: AgendaItem | None = None

    def bind(self, binding: Binding, item: AgendaItem) -> None:
        if item is not self.item:
            self.item = item
            self.title.setText(
                translate("ConductTab", "{title}  ·  {minutes} min").format(
                    title=item.title, minutes=item.minutes
                )
            )
            self.guidance.setText(item.guidance)
            self.guidance.setVisible(bool(item.guidance))
            self.prompts.setText(bullets(item.prompts))
            placeholder = translate("ConductTab", "Notes on {title}").format(title=item.title.lower())
            self.editor.setPlaceholderText(placeholder)
            self.editor.setAccessibleName(placeholder)  # named once when first shown: follow the item
        self.note.rebind(binding, item.key)


class NoteSection(QWidget):
    """General notes (audience switchable) or notes taken together (always shared)."""

    def __init__(self, context: ScreenContext, title: str, placeholder: str, switchable: bool) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.setSpacing(10)
        self.toggle = AudienceToggle(True, "") if switchable else None
        self.tag = None if switchable else AudienceTag(False, "")
        layout.addLayout(titled(heading(title, 11), self.toggle or self.tag))
        self.editor = note_editor(placeholder)
        layout.addWidget(self.editor)
        self.note = bound_note(context, self.editor, self.toggle)

    def bind(self, binding: Binding, key: str) -> None:
        if self.tag is not None and self.tag.first_name != binding.first_name:
            self.tag.first_name = binding.first_name
            self.tag.set_private(False)
        self.note.rebind(binding, key)


class ReboundCapture(QuickCapture):
    """Quick capture, shown again for the next conversation in the same widgets: its kinds
    (when the guide offers others), the employee's name, the list of what was captured;
    what was typed and not captured is cleared, as a new capture bar would be."""

    def __init__(self, context: ScreenContext, conversation) -> None:
        super().__init__(context, conversation)
        self.tag = self.findChild(AudienceTag)
        self.subscription = next(s for s in context.changes.subscriptions if s.widget is self.list)

    def refresh(self) -> None:
        """The rows it replaces leave the screen now, not when the loop gets to deleting them
        (a re-bound bar would show the conversation before under the new rows until then)."""
        rows = self.list.rows
        for index in range(rows.count()):
            widget = rows.itemAt(index).widget()
            if widget is not None:
                widget.hide()
        super().refresh()

    def rebind(self, binding: Binding) -> None:
        self.conversation = binding.conversation
        if binding.guide is not self.guide:
            self.guide = binding.guide
            options = captures.offered(binding.guide)
            if [o.label for o in options] != [o.label for o in self.options]:
                self.kind.blockSignals(True)
                self.kind.clear()
                for option in options:
                    self.kind.addItem(option.label)
                self.kind.blockSignals(False)
            self.options = options
            self.subscription.topics = frozenset(captures.topics_shown(binding.guide))
        self.kind.setCurrentIndex(0)
        self._kind_changed()
        if binding.first_name != self.first_name:
            self.first_name = binding.first_name
            self.tag.first_name = binding.first_name
            self.tag.set_private(False)
        self.text.clear()
        self.due.set_date(None)
        self.refresh()


class ConductTab(QWidget):
    plan_requested = Signal()

    def __init__(self, context: ScreenContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.binding: Binding | None = None
        self.area, layout = scroll_page()
        self.plan_row = QWidget()  # conversations that capture plan goals open the plan from here
        row = QHBoxLayout(self.plan_row)
        row.setContentsMargins(0, 0, 0, 0)
        open_plan = QPushButton(translate("ConductTab", "Open the development plan"))
        open_plan.setToolTip(translate("ConductTab", "Goals, actions, support and the plan's period"))
        open_plan.clicked.connect(self.plan_requested)
        row.addWidget(open_plan)
        row.addStretch(1)
        layout.addWidget(self.plan_row)
        self.metrics = MetricSlot(context)
        layout.addWidget(self.metrics)
        longest = max(len(guide.agenda) for guide in context.guides.all())
        self.items = [ItemSection(context) for _ in range(longest)]
        for section in self.items:
            layout.addWidget(section)
        self.general = NoteSection(
            context,
            translate("ConductTab", "General notes"),
            translate("ConductTab", "Anything that belongs to no agenda item"),
            switchable=True,
        )
        layout.addWidget(self.general)
        self.together = NoteSection(
            context,
            translate("ConductTab", "Notes taken together"),
            translate("ConductTab", "Notes taken together in together mode"),
            switchable=False,
        )
        layout.addWidget(self.together)
        layout.addStretch(1)

        outer = QVBoxLayout(self)  # the notes scroll; quick capture stays in a bar under them
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        outer.addWidget(self.area, 1)
        line = QWidget()  # a rule in the border role, in either theme
        line.setFixedHeight(1)
        theme.tint(line, theme.Role.BORDER)
        outer.addWidget(line)
        self.capture: ReboundCapture | None = None

    def bind(self, binding: Binding) -> None:
        """Show another conversation (the autosaver was flushed), from the top of the page."""
        guide = binding.guide
        self.binding = binding
        self.plan_row.setVisible(captures.plan_goals_captured(guide))
        records = "metrics" in {kind for item in guide.agenda for kind in item.captures}
        first_note = self.items[0].toggle  # Tab reaches the recorder before the first item
        self.metrics.bind(
            binding.conversation if records else None,
            translate("ConductTab", "The agreed metrics"),
            first_note,
        )
        for index, section in enumerate(self.items):
            if index < len(guide.agenda):
                section.bind(binding, guide.agenda[index])
            section.setVisible(index < len(guide.agenda))
        self.general.bind(binding, notes.GENERAL_KEY)
        together = binding.body(notes.TOGETHER_KEY).strip()  # typed in together mode: always shared
        self.together.setVisible(bool(together))
        self.together.bind(binding, notes.TOGETHER_KEY)
        self._bind_capture(binding)
        self.area.verticalScrollBar().setValue(0)

    def _bind_capture(self, binding: Binding) -> None:
        if self.capture is None:
            self.capture = ReboundCapture(self.context, binding.conversation)
            theme.tint(self.capture, theme.Role.SURFACE_ALT)
            self.layout().addWidget(self.capture)
            self.capture.show()
        else:
            self.capture.rebind(binding)

    @property
    def note_audiences(self) -> dict[str, BoundNote]:
        """The notes the bound conversation shows, by key, in the order shown."""
        if self.binding is None:
            return {}
        shown = {s.item.key: s.note for s in self.items[: len(self.binding.guide.agenda)]}
        shown[notes.GENERAL_KEY] = self.general.note
        if not self.together.isHidden():
            shown[notes.TOGETHER_KEY] = self.together.note
        return shown

    @property
    def item_editors(self) -> dict[str, QPlainTextEdit]:
        return {key: note.editor for key, note in self.note_audiences.items()}
