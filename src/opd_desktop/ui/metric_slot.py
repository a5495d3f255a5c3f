"""Where a conversation records the agreed metrics (when its guide asks for
them): the recorder is made on the first conversation that needs it, then
re-bound to the next one and hidden for those that do not."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QVBoxLayout, QWidget

from opd_desktop.core.models import Conversation
from opd_desktop.ui.context import ScreenContext
from opd_desktop.ui.tab_order import place_before


class MetricSlot(QWidget):
    def __init__(self, context: ScreenContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.recorder = None
        self.anchor: QWidget | None = None  # Tab reaches the recorder just before this
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.hide()

    @property
    def recorders(self) -> list:
        """The recorder the bound conversation shows (none when its guide records no metrics)."""
        return [self.recorder] if self.recorder is not None and not self.isHidden() else []

    def bind(self, conversation: Conversation | None, title: str, anchor: QWidget) -> None:
        """Record for `conversation` (None: show nothing); Tab reaches it just before `anchor`."""
        if conversation is None:
            self.hide()
            return
        if self.recorder is None:
            from opd_desktop.ui.metric_capture import MetricRecorder

            self.recorder = MetricRecorder(self.context, conversation, title)
            self.recorder.new_fields_made = self._place
            self.layout_.addWidget(self.recorder)
            self.anchor = anchor
            self._place()
        else:
            self.recorder.conversation = conversation  # read by its refresh, record and define
            self.recorder.day_edit.setText((conversation.held_on or dt.date.today()).isoformat())
            moved, self.anchor = anchor is not self.anchor, anchor
            if not self.recorder.refresh() and moved:  # (new fields were placed by the refresh)
                self._place()
        self.show()

    def _place(self) -> None:
        if self.recorder is not None and self.anchor is not None:
            place_before(self.recorder, self.anchor)
