"""The roster on the left of the main window: the table's model, filter,
sorting, column layout and row delegates, set up once for the first paint."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QHeaderView, QTableView

from opd_desktop.core.changes import Topic
from opd_desktop.ui.models import RosterModel
from opd_desktop.ui.roster_delegate import AVATAR, RosterNameDelegate, RosterNextDelegate

ROSTER_TOPICS = (Topic.REPORTS, Topic.CONVERSATIONS, Topic.ACTION_ITEMS)  # names, stages, open counts


class RosterProxy(QSortFilterProxyModel):
    """Filters the roster; sorting is the model's own, on keys computed once per
    load (no call into Python per comparison)."""

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.sourceModel().sort(column, order)


def set_up_roster(view: QTableView, model: RosterModel, parent) -> RosterProxy:
    """Put `model` in `view` behind a filtering proxy, sorted by name, with the
    name taking the room and the next date only what it needs; returns the proxy."""
    proxy = RosterProxy(parent)
    proxy.setSourceModel(model)
    proxy.setFilterRole(Qt.ItemDataRole.UserRole)
    proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    view.setAccessibleName(QCoreApplication.translate("MainWindow", "Direct reports"))
    view.setModel(proxy)
    view.setSortingEnabled(True)
    view.sortByColumn(RosterModel.NAME, Qt.SortOrder.AscendingOrder)
    header = view.horizontalHeader()
    header.setStretchLastSection(False)  # the name takes the room, the next date only what it needs
    header.setSectionResizeMode(RosterModel.NAME, QHeaderView.ResizeMode.Stretch)
    view.setColumnHidden(RosterModel.ROLE, True)  # the role is the name cell's second line
    view.setColumnHidden(RosterModel.STAGE, True)  # the stage is the next cell's second line
    header.setSectionResizeMode(RosterModel.STAGE, QHeaderView.ResizeMode.ResizeToContents)
    # the next date's width is computed from the texts once per load, not asked of every row's delegate
    header.setSectionResizeMode(RosterModel.NEXT, QHeaderView.ResizeMode.Fixed)
    model.modelReset.connect(lambda: fit_next_column(view, model))
    view.setItemDelegateForColumn(RosterModel.NAME, RosterNameDelegate(view))
    view.setItemDelegateForColumn(RosterModel.NEXT, RosterNextDelegate(view))
    view.verticalHeader().setDefaultSectionSize(max(AVATAR, 2 * view.fontMetrics().height()) + 12)
    view.setShowGrid(False)
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.setTextElideMode(Qt.TextElideMode.ElideRight)
    fit_next_column(view, model)
    return proxy


def fit_next_column(view: QTableView, model: RosterModel) -> None:
    """The Next column as wide as its widest text (as the row delegate measures it)
    or its header, whichever is wider."""
    metrics = view.fontMetrics()
    widest = max((metrics.horizontalAdvance(text) for text in model.next_texts()), default=0)
    header = view.horizontalHeader()
    width = max(widest + 16, header.sectionSizeHint(RosterModel.NEXT))
    if header.sectionSize(RosterModel.NEXT) != width:
        header.resizeSection(RosterModel.NEXT, width)
