"""The Prepare tab: what the conversation achieves, the preparation checklist,
what it carries in, the worksheet and the private preparation notes. Built
once with room for the longest checklist of any guide; `bind` shows another
conversation in the same widgets."""

from __future__ import annotations

import datetime as dt
import html
import json

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from opd_desktop.services import notes
from opd_desktop.services.carried_content import Reader, carried_content, topics_shown
from opd_desktop.services.carry_forward import carried_in
from opd_desktop.ui.audience_widgets import AudienceTag
from opd_desktop.ui.carried_html import carried_in_html
from opd_desktop.ui.context import ScreenContext
from opd_desktop.ui.conversation_header import isolate_name
from opd_desktop.ui.metric_slot import MetricSlot
from opd_desktop.ui.note_binding import Binding, bound_note
from opd_desktop.ui.widgets import bullets, heading, mute, note_editor, paragraph, scroll_page
from opd_desktop.ui.wrapped_label import WrappedLabel

translate = QCoreApplication.translate

CHECKLIST_KEY = "checklist"


def who(binding: Binding, person: str) -> str:
    """ "You" for the manager, the employee's first name for them."""
    if person == "employee":
        return binding.first_name
    if person == "manager":
        return translate("PrepareTab", "You")
    return translate("PrepareTab", "Both of you")


def checked_steps(binding: Binding) -> set[int]:
    note = binding.saved_notes.get(CHECKLIST_KEY)
    try:
        return set(json.loads(note.body)) if note else set()
    except (ValueError, TypeError):
        return set()


def titled(title: QWidget, audience: QWidget) -> QHBoxLayout:
    """A field's title with its audience marker beside it."""
    row = QHBoxLayout()
    row.setSpacing(10)
    row.addWidget(title, 1)
    row.addWidget(audience, 0, Qt.AlignmentFlag.AlignBottom)
    return row


class ChecklistRow(QWidget):
    """One preparation step: a check box and who does what."""

    def __init__(self, on_toggled) -> None:
        super().__init__()
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(8)
        self.box = QCheckBox()
        self.box.setToolTip(translate("PrepareTab", "Mark this step done"))
        self.box.toggled.connect(on_toggled)
        self.text = WrappedLabel(rich=True)
        row.addWidget(self.box, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.text, 1)

    def show_step(self, person: str, task: str, tags: list[str], done: bool) -> None:
        self.box.blockSignals(True)  # showing a saved state is not a change to save
        self.box.setChecked(done)
        self.box.blockSignals(False)
        markup = f"<b>{html.escape(person)}:</b> {html.escape(task)}"
        if tags:
            markup += f" <i>({html.escape(', '.join(tags))})</i>"
        self.text.setText(markup)
        self.box.setAccessibleName(
            translate("PrepareTab", "{person}: {task}").format(person=person, task=task)
        )


class PrepareTab(QWidget):
    def __init__(self, context: ScreenContext, import_worksheet, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.binding: Binding | None = None
        self.area, layout = scroll_page()
        # The page is taller than the window with its checklist, Carried in and notes: a scroll
        # bar that never comes and goes keeps the width, so each text is laid out once per switch.
        self.area.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.area)

        layout.addWidget(heading(translate("PrepareTab", "What this conversation achieves")))
        self.outcomes = WrappedLabel(rich=True)
        layout.addWidget(self.outcomes)
        layout.addWidget(heading(translate("PrepareTab", "Preparation checklist")))
        longest = max(len(guide.preparation) for guide in context.guides.all())
        self.steps = [ChecklistRow(self._save_checklist) for _ in range(longest)]
        for row in self.steps:
            layout.addWidget(row)
        layout.addSpacing(6)
        layout.addWidget(heading(translate("PrepareTab", "Carried in")))
        self.carried_label = WrappedLabel(rich=True)
        layout.addWidget(self.carried_label)
        self.carried = context.changes.subscribe(
            self.carried_label, (), self.refresh_carried, report_id=self._report_id
        )
        self.metrics = MetricSlot(context)
        layout.addWidget(self.metrics)
        layout.addSpacing(6)

        self.worksheet = QWidget()  # only for conversations with a worksheet
        box = QVBoxLayout(self.worksheet)
        box.setContentsMargins(0, 0, 0, 0)
        self.worksheet_heading = heading("")
        self.worksheet_text = WrappedLabel()
        mute(self.worksheet_text)
        self.import_button = QPushButton()
        self.import_button.clicked.connect(lambda: import_worksheet())
        row = QHBoxLayout()
        row.addWidget(self.import_button)
        row.addStretch(1)
        box.addWidget(self.worksheet_heading)
        box.addWidget(self.worksheet_text)
        box.addLayout(row)
        layout.addWidget(self.worksheet)

        self.prep_tag = AudienceTag(True, "")
        layout.addLayout(titled(heading(translate("PrepareTab", "Preparation notes")), self.prep_tag))
        layout.addWidget(
            paragraph(
                translate("PrepareTab", "Only you see these; they never appear on the employee's copy."),
                muted=True,
            )
        )
        self.prep_editor = note_editor(
            translate("PrepareTab", "What do you want to remember going in?"), height=160
        )
        self.prep_note = bound_note(context, self.prep_editor)
        layout.addWidget(self.prep_editor)
        layout.addStretch(1)

    def _report_id(self) -> int | None:
        return self.binding.conversation.report_id if self.binding else None

    def bind(self, binding: Binding) -> None:
        """Show another conversation (the autosaver was flushed), from the top of the page."""
        guide = binding.guide
        same_guide = self.binding is not None and self.binding.guide is guide
        self.binding = binding
        if not same_guide:
            self.outcomes.setText(bullets(guide.outcomes))
            self.carried.topics = frozenset(topics_shown(guide))
        done = checked_steps(binding)
        for index, row in enumerate(self.steps):
            if index < len(guide.preparation):
                step = guide.preparation[index]
                tags = [translate("PrepareTab", "exercise")] if step.exercise else []
                tags += [translate("PrepareTab", "optional")] if step.optional else []
                row.show_step(who(binding, step.who), step.task, tags, index in done)
            row.setVisible(index < len(guide.preparation))
        self.refresh_carried()
        captures_metrics = "metrics" in {kind for item in guide.agenda for kind in item.captures}
        wanted = "metrics" in guide.carry_in.kinds and not captures_metrics  # else it is under Conduct
        anchor = self.import_button if guide.worksheet is not None else self.prep_editor
        self.metrics.bind(
            binding.conversation if wanted else None,
            translate("PrepareTab", "Record the agreed metrics"),
            anchor,
        )
        self.worksheet.setVisible(guide.worksheet is not None)
        if guide.worksheet is not None:
            first = isolate_name(binding.first_name)
            self.worksheet_heading.setText(translate("PrepareTab", "{first}’s worksheet").format(first=first))
            self.worksheet_text.setText(
                translate(
                    "PrepareTab",
                    "Send {first} the worksheet (next to the agenda above). When it comes back filled in, import it: each answer goes where it belongs, credited to them.",  # noqa: E501
                ).format(first=first)
            )
            self.import_button.setText(
                translate("PrepareTab", "Import {first}’s worksheet…").format(first=first)
            )
        if self.prep_tag.first_name != binding.first_name:
            self.prep_tag.first_name = binding.first_name
            self.prep_tag.set_private(True)
        self.prep_note.rebind(binding, notes.PREP_KEY)
        self.area.verticalScrollBar().setValue(0)

    def refresh_carried(self) -> None:
        binding = self.binding
        if binding is None:
            return
        store, guides = self.context.store, self.context.guides
        carried = carried_in(store, binding.conversation.id, guides)
        content = carried_content(carried, Reader.MANAGER, dt.date.today(), guides, binding.first_name)
        self.carried_label.setText(carried_in_html(content, binding.first_name))

    def _save_checklist(self) -> None:
        if self.binding is None:
            return
        shown = self.steps[: len(self.binding.guide.preparation)]
        checked = [i for i, row in enumerate(shown) if row.box.isChecked()]
        cid, store = self.binding.conversation.id, self.context.store
        self.context.actions.run(
            lambda: notes.save_note(store, cid, CHECKLIST_KEY, json.dumps(checked), private=True)
        )

    @property
    def note_audiences(self) -> dict:
        return {notes.PREP_KEY: self.prep_note}
