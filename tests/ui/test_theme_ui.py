"""The theme switches live: every open page is painted again in the new scheme,
no light panel or light-theme colour is left in dark; the window fits the screen."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from opd_desktop.core.theme import ROLES, Role, luminance
from opd_desktop.services import reports
from opd_desktop.ui import theme

HEX = re.compile(r"#[0-9A-Fa-f]{6}\b")
# the light values that are not also dark values: none may be left in a dark page's rich text
LIGHT_ONLY = {c.light.upper() for c in ROLES.values()} - {c.dark.upper() for c in ROLES.values()}


@pytest.fixture
def light_again():
    yield
    theme.apply(QApplication.instance(), dark=False)


def _light_leftovers(root: QWidget) -> list[str]:
    found = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible():
            continue
        if widget.autoFillBackground():
            fill = widget.palette().color(widget.backgroundRole()).name()
            if luminance(fill) > 0.2:
                found.append(f"{type(widget).__name__} {widget.objectName()} background {fill}")
        text_colour = widget.palette().color(QPalette.ColorRole.WindowText).name()
        if luminance(text_colour) < 0.1:
            found.append(f"{type(widget).__name__} dark text {text_colour}")
        if isinstance(widget, QLabel):
            stale = {h.upper() for h in HEX.findall(widget.text())} & LIGHT_ONLY
            if stale:
                found.append(f"label {widget.text()[:60]!r} keeps {stale}")
    return found


def test_switching_to_dark_repaints_every_open_page(qtbot, demo_store, window_factory, light_again) -> None:
    theme.apply(QApplication.instance(), dark=False)
    window = window_factory(demo_store)
    by_name = {r.name: r for r in reports.list_reports(demo_store)}
    window.show_home()
    page = window.report_page
    window.select_report(by_name["Дмитрий Соколов"].id)
    for tab in range(3):
        page.view.tabs.setCurrentIndex(tab)
    for section in (1, 2, 3):
        page.show_section(section)
    page.show_section(0)
    window.set_theme("dark")
    QApplication.processEvents()  # the palette change reaches the widgets
    assert theme.is_dark() and theme.mode() == "dark"
    assert window.theme_actions["dark"].isChecked()
    screens = []
    window.show_home()
    screens.append(("overview", _light_leftovers(window)))
    window.select_report(by_name["Дмитрий Соколов"].id)
    for tab in range(3):
        page.view.tabs.setCurrentIndex(tab)
        screens.append((f"tab {tab}", _light_leftovers(window)))
    for section in (1, 2, 3):
        page.show_section(section)
        screens.append((f"section {section}", _light_leftovers(window)))
    left = [(name, found) for name, found in screens if found]
    assert not left, left
    # and back to light: the roles follow
    window.set_theme("light")
    QApplication.processEvents()
    assert not theme.is_dark()
    assert window.palette().color(QPalette.ColorRole.Window).name().upper() == ROLES[Role.SURFACE].light
    assert window.state.value("theme") == "light"


def test_system_follows_the_colour_scheme(qtbot, store, window_factory, light_again) -> None:
    window = window_factory(store)
    window.set_theme("system")
    assert theme.mode() == "system"
    assert theme.is_dark() == theme.system_prefers_dark(QApplication.instance())


def test_first_size_never_exceeds_the_available_screen() -> None:
    from opd_desktop.ui.main_window import first_size

    assert first_size(QSize(1280, 760)) == QSize(1280, 760)
    assert first_size(QSize(1024, 700)) == QSize(1024, 700)
    assert first_size(QSize(3840, 2100)).width() <= 3840
    small = first_size(QSize(1366, 728))
    assert small.width() <= 1366 and small.height() <= 728


def test_window_opens_inside_the_screen_and_a_restored_giant_is_brought_back(
    qtbot, data_dir, window_factory
) -> None:
    from opd_desktop.store.database import open_store
    from opd_desktop.ui.main_window import fit_to_screen

    store = open_store(data_dir)
    window = window_factory(store)
    area = QGuiApplication.primaryScreen().availableGeometry()
    assert window.width() <= area.width() and window.height() <= area.height()
    window.resize(area.width() + 900, area.height() + 700)
    fit_to_screen(window)
    assert window.width() <= area.width() and window.height() <= area.height()


def test_roster_names_are_readable_at_1280(qtbot, demo_store, window_factory) -> None:
    from PySide6.QtGui import QFont, QFontMetrics

    from opd_desktop.ui.models import RosterModel
    from opd_desktop.ui.roster_delegate import AVATAR

    window = window_factory(demo_store)
    window.resize(1280, 800)
    QApplication.processEvents()
    view = window.ui.rosterView
    room = view.columnWidth(RosterModel.NAME) - (6 + AVATAR + 8) - 4
    bold = QFont(view.font())
    bold.setBold(True)
    metrics = QFontMetrics(bold)
    names = [r.name for r in reports.list_reports(demo_store)]
    cut = [name for name in names if metrics.horizontalAdvance(name) > room]
    assert not cut, (room, cut)
    # a name that does not fit says itself in full in the tooltip
    tip = window.roster_model.data(window.roster_model.index(0, RosterModel.NAME), 3)
    assert window.roster_model.entry(0).report.name in tip


def test_the_conversation_header_is_compact_at_1280(qtbot, demo_store, window_factory) -> None:
    window = window_factory(demo_store)
    window.resize(1280, 800)
    by_name = {r.name: r for r in reports.list_reports(demo_store)}
    window.select_report(by_name["Дмитрий Соколов"].id)
    QApplication.processEvents()
    view = window.report_page.view
    assert view.header.height() <= 100
    assert window.report_page.journey_view.height() <= 110  # the stepper: marks, titles, status words
