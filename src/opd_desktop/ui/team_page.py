"""The team pages: the overview, team-wide action items and ideas, and the
organization and department texts that feed conversations 2 and 3."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from opd_desktop.ui.context import ScreenContext
from opd_desktop.ui.home_page import HomePage
from opd_desktop.ui.widgets import scroll_page

TABS = (
    QT_TRANSLATE_NOOP("TeamPage", "Overview"),
    QT_TRANSLATE_NOOP("TeamPage", "Action items"),
    QT_TRANSLATE_NOOP("TeamPage", "Ideas"),
    QT_TRANSLATE_NOOP("TeamPage", "Organization"),
    QT_TRANSLATE_NOOP("TeamPage", "Department"),
    QT_TRANSLATE_NOOP("TeamPage", "Return"),
)


def _padded(panel: QWidget) -> QWidget:
    area, layout = scroll_page()
    layout.addWidget(panel, 1)
    return area


class TeamPage(QWidget):
    report_requested = Signal(int)
    conversation_requested = Signal(int, int)

    def __init__(self, context: ScreenContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        layout.addWidget(self.tabs)
        self.overview = HomePage(context)
        self.overview.report_requested.connect(self.report_requested)
        self.overview.conversation_requested.connect(self.conversation_requested)
        self.tabs.addTab(self.overview, QCoreApplication.translate("TeamPage", TABS[0]))
        self.panels: dict[int, QWidget] = {}
        for name in TABS[1:]:
            self.tabs.addTab(QWidget(), QCoreApplication.translate("TeamPage", name))
        self.tabs.currentChanged.connect(self._shown)

    def panel(self, index: int) -> QWidget:
        """The tab's content, built the first time it is shown."""
        if index == 0:
            return self.overview
        if index not in self.panels:
            from opd_desktop.ui.followthrough_page import ActionItemsPanel, IdeasPanel
            from opd_desktop.ui.organization_page import OrganizationPage
            from opd_desktop.ui.return_page import ReturnDashboard

            builders = {
                1: lambda: ActionItemsPanel(self.context),
                2: lambda: IdeasPanel(self.context),
                3: lambda: OrganizationPage(
                    self.context, QCoreApplication.translate("TeamPage", "organization")
                ),
                4: lambda: OrganizationPage(
                    self.context, QCoreApplication.translate("TeamPage", "department")
                ),
                5: lambda: ReturnDashboard(self.context),
            }
            panel = builders[index]()
            self.panels[index] = panel
            page = _padded(panel) if index in (1, 2) else panel
            self.tabs.blockSignals(True)
            self.tabs.removeTab(index)
            self.tabs.insertTab(index, page, QCoreApplication.translate("TeamPage", TABS[index]))
            self.tabs.setCurrentIndex(index)
            self.tabs.blockSignals(False)
        return self.panels[index]

    def _shown(self, index: int) -> None:
        self.context.autosaver.flush()
        self.panel(index)  # each panel refreshes itself when what it shows changes
