"""The one place colours reach Qt: the palette, widget colours and the hex
values rich text uses, all read from the roles in `core/theme.py`.

`apply(app)` picks light or dark from the system colour scheme (by default),
sets the Fusion style on Linux and Windows with a palette built from the roles
(macOS keeps its native style and appearance), and follows scheme changes."""

from __future__ import annotations

import contextlib
import sys
import weakref
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from opd_desktop.core.theme import ROLES, Role, chip_background

__all__ = [
    "MODES",
    "Role",
    "apply",
    "colour",
    "colour_text",
    "hex_of",
    "is_dark",
    "mark_invalid",
    "mixed",
    "notifier",
    "on_switch",
    "palette",
    "primary",
    "set_mode",
    "span",
    "tint",
]

_dark = False
MODES = ("system", "light", "dark")  # View → Theme
_mode = "system"
# Widgets coloured through a role (text, background, refused border): recoloured on a switch.
_coloured: weakref.WeakKeyDictionary[QWidget, dict[str, Callable[[], None]]] = weakref.WeakKeyDictionary()


class _Notifier(QObject):
    changed = Signal(bool)  # the scheme changed (True: now dark); pages re-render their rich text


_notifier: _Notifier | None = None


def notifier() -> _Notifier:
    """Emits `changed` after a theme switch, once the palette and the role colours are applied."""
    global _notifier
    if _notifier is None:
        _notifier = _Notifier()
    return _notifier


def mode() -> str:
    return _mode


def is_dark() -> bool:
    return _dark


def hex_of(role: Role) -> str:
    """The role's colour in the current scheme, for Qt rich text."""
    return ROLES[role].value(_dark)


def colour(role: Role) -> QColor:
    return QColor(hex_of(role))


def palette(dark: bool) -> QPalette:
    """A complete palette built from the roles."""

    def c(role: Role) -> QColor:
        return QColor(ROLES[role].value(dark))

    p = QPalette()
    group = QPalette.ColorGroup
    r = QPalette.ColorRole
    for g in (group.Active, group.Inactive, group.Disabled):
        p.setColor(g, r.Window, c(Role.SURFACE))
        p.setColor(g, r.WindowText, c(Role.TEXT))
        p.setColor(g, r.Base, c(Role.SURFACE))
        p.setColor(g, r.AlternateBase, c(Role.SURFACE_ALT))
        p.setColor(g, r.Text, c(Role.TEXT))
        p.setColor(g, r.Button, c(Role.SURFACE_ALT))
        p.setColor(g, r.ButtonText, c(Role.TEXT))
        p.setColor(g, r.BrightText, c(Role.DANGER))
        p.setColor(g, r.ToolTipBase, c(Role.SURFACE_ALT))
        p.setColor(g, r.ToolTipText, c(Role.TEXT))
        p.setColor(g, r.PlaceholderText, c(Role.MUTED))
        p.setColor(g, r.Highlight, c(Role.ACCENT))
        p.setColor(g, r.HighlightedText, c(Role.SURFACE))
        p.setColor(g, r.Link, c(Role.ACCENT))
        p.setColor(g, r.LinkVisited, c(Role.ACCENT))
        p.setColor(g, r.Light, c(Role.SURFACE))
        p.setColor(g, r.Midlight, c(Role.BORDER))
        p.setColor(g, r.Mid, c(Role.CONTROL_BORDER))
        p.setColor(g, r.Dark, c(Role.CONTROL_BORDER))
        p.setColor(g, r.Shadow, c(Role.CONTROL_BORDER))
    for role in (r.WindowText, r.Text, r.ButtonText):
        p.setColor(group.Disabled, role, c(Role.MUTED))
    p.setColor(group.Disabled, r.Base, c(Role.SURFACE_ALT))
    return p


def install_ring_style(app: QApplication) -> None:
    """Fusion with the 2 px accent focus ring, flat scroll bars and outlined boxes
    (`ui/focus_ring.py`). A Python style costs the first window ~18 ms (PySide6 makes
    QStyle's and every QStyleOption's types, and Qt calls into Python as it paints),
    so the app's start paints its first frame on plain Fusion and installs this one
    turn later. Not on macOS, which keeps its native style."""
    if sys.platform == "darwin":
        return
    from opd_desktop.ui.focus_ring import FocusRingStyle

    if not isinstance(app.style(), FocusRingStyle):
        app.setStyle(FocusRingStyle("Fusion"))
        app.setPalette(palette(_dark))  # a new style starts from its own palette


def system_prefers_dark(app: QApplication) -> bool:
    return app.styleHints().colorScheme() == Qt.ColorScheme.Dark


def apply(app: QApplication, dark: bool | None = None, *, ring_style: bool = True) -> None:
    """Use the roles everywhere: `dark=None` follows the system colour scheme.
    Switching live recolours every role-coloured widget and tells the pages.
    `ring_style=False` (the app's start) sets the palette only, on the Fusion style
    the application was made with: `install_ring_style` follows after the first paint."""
    global _dark, _mode
    follow = dark is None
    _mode = "system" if follow else ("dark" if dark else "light")
    before = _dark
    _dark = system_prefers_dark(app) if follow else bool(dark)
    if sys.platform != "darwin":
        if ring_style:
            install_ring_style(app)
        app.setPalette(palette(_dark))
    if not getattr(app, "_opd_follows_scheme", False):
        app._opd_follows_scheme = True  # type: ignore[attr-defined]
        app.styleHints().colorSchemeChanged.connect(lambda _scheme: _system_changed(app))
    if before != _dark:
        _recolour()
        notifier().changed.emit(_dark)


def _system_changed(app: QApplication) -> None:
    if _mode == "system":
        apply(app)


def set_mode(app: QApplication, name: str) -> None:
    """View → Theme: "system" follows the system colour scheme, "light" or "dark" fix one."""
    if name not in MODES:
        name = "system"
    apply(app, None if name == "system" else name == "dark")


def _remember(widget: QWidget, key: str, again: Callable[[], None]) -> None:
    with contextlib.suppress(TypeError):  # not weak-referenceable: it keeps its colour until rebuilt
        _coloured.setdefault(widget, {})[key] = again


def on_switch(widget: QWidget, key: str, again: Callable[[], None]) -> None:
    """Run `again` for `widget` after each theme switch (an icon drawn in a role, say)."""
    _remember(widget, key, again)


def _recolour() -> None:
    import shiboken6

    for widget, jobs in list(_coloured.items()):
        if not shiboken6.isValid(widget):
            continue
        for again in list(jobs.values()):
            again()


def colour_text(widget: QWidget, role: Role) -> None:
    """Text of `widget` in the role's colour, through its palette (no style sheet)."""
    _remember(widget, "text", lambda: colour_text(widget, role))
    p = widget.palette()
    p.setColor(QPalette.ColorRole.WindowText, colour(role))
    p.setColor(QPalette.ColorRole.Text, colour(role))
    widget.setPalette(p)


def mixed(role: Role, into: Role = Role.SURFACE) -> QColor:
    """The role mixed into a surface, as chips and bands use it (its text stays readable)."""
    return QColor(chip_background(role, _dark, into))


def tint(widget: QWidget, role: Role, *, band: bool = False) -> None:
    """A flat background in the role's colour (`band`: the role mixed into the surface,
    for a calm band such as together mode's), through the palette."""
    _remember(widget, "background", lambda: tint(widget, role, band=band))
    widget.setAutoFillBackground(True)
    p = widget.palette()
    p.setColor(QPalette.ColorRole.Window, mixed(role) if band else colour(role))
    widget.setPalette(p)


def mark_invalid(widget: QWidget, invalid: bool) -> None:
    """A refused field gets a border in the danger role; a valid one loses it."""
    _remember(widget, "invalid", lambda: mark_invalid(widget, invalid))
    widget.setStyleSheet(f"border: 1px solid {hex_of(Role.DANGER)};" if invalid else "")


def span(text: str, role: Role) -> str:
    """Rich text in the role's colour (`text` must already be escaped)."""
    return f"<span style='color:{hex_of(role)}'>{text}</span>"


def primary(button: QWidget) -> None:
    """The view's one primary button: filled with the accent, its text in the surface colour."""
    _remember(button, "primary", lambda: primary(button))
    p = button.palette()
    p.setColor(QPalette.ColorRole.Button, colour(Role.ACCENT))
    p.setColor(QPalette.ColorRole.ButtonText, colour(Role.SURFACE))
    button.setPalette(p)
