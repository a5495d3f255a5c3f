"""What the manager writes once about the organization and the department;
it appears in the agendas of conversations 2 and 3 for every report."""

from __future__ import annotations

import html

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from opd_desktop.core.audience import for_employee
from opd_desktop.core.organization import SCOPES
from opd_desktop.services import organization
from opd_desktop.ui.audience_widgets import AudienceTag
from opd_desktop.ui.context import ScreenContext
from opd_desktop.ui.i18n import shown
from opd_desktop.ui.widgets import heading, note_editor, paragraph, scroll_page

INTRO = {
    "organization": QT_TRANSLATE_NOOP(
        "OrganizationPage",
        "Shown in conversation 2 (Strengthening Commitment to the Organization) for every report.",
    ),
    "department": QT_TRANSLATE_NOOP(
        "OrganizationPage", "Shown in conversation 3 (Aligning on the Department and Manager's Expectations)."
    ),
}


class OrganizationPage(QWidget):
    def __init__(self, context: ScreenContext, scope: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        area, layout = scroll_page()
        outer.addWidget(area)
        title = QHBoxLayout()
        title.addWidget(
            heading(
                (
                    QCoreApplication.translate("OrganizationPage", "Organization")
                    if scope == "organization"
                    else QCoreApplication.translate("OrganizationPage", "Department")
                ),
                13,
            ),
            1,
        )
        title.addWidget(AudienceTag(not for_employee(scope, "body"), "your team"))  # on conversations 2 and 3
        layout.addLayout(title)
        layout.addWidget(paragraph(QCoreApplication.translate("OrganizationPage", INTRO[scope]), muted=True))
        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        values = organization.read(context.store, scope)
        self.editors = {}
        for index, (key, marked) in enumerate(SCOPES[scope]):
            label = shown(marked)
            cell = QVBoxLayout()
            cell.addWidget(QLabel(f"<b>{html.escape(label)}</b>"))
            editor = note_editor(label, height=90)
            editor.setPlainText(values[key])
            context.autosaver.watch(
                editor, lambda text, key=key: organization.save(context.store, scope, {key: text})
            )
            cell.addWidget(editor)
            grid.addLayout(cell, index // 2, index % 2)
            self.editors[key] = editor
        layout.addLayout(grid)
        layout.addStretch(1)
