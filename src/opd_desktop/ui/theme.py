"""The one place colours reach Qt: the palette, widget colours and the hex
values rich text uses, all read from the roles in `core/theme.py`.

`apply(app)` picks light or dark from the system colour scheme (by default),
sets the Fusion style on Linux and Windows with a palette built from the roles
(macOS keeps its native style and appearance), and follows scheme changes."""

from __future__ import annotations

import sys

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from opd_desktop.core.theme import ROLES, Role

__all__ = [
    "Role",
    "apply",
    "colour",
    "colour_text",
    "hex_of",
    "is_dark",
    "mark_invalid",
    "mixed",
    "palette",
    "span",
    "tint",
]

_dark = False


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


def system_prefers_dark(app: QApplication) -> bool:
    return app.styleHints().colorScheme() == Qt.ColorScheme.Dark


def apply(app: QApplication, dark: bool | None = None) -> None:
    """Use the roles everywhere: `dark=None` follows the system colour scheme."""
    global _dark
    follow = dark is None
    _dark = system_prefers_dark(app) if follow else bool(dark)
    if sys.platform != "darwin":
        from opd_desktop.ui.focus_ring import FocusRingStyle

        if not isinstance(app.style(), FocusRingStyle):
            app.setStyle(FocusRingStyle("Fusion"))  # Fusion with a 2 px accent focus ring
        app.setPalette(palette(_dark))
    if follow and not getattr(app, "_opd_follows_scheme", False):
        app._opd_follows_scheme = True  # type: ignore[attr-defined]
        app.styleHints().colorSchemeChanged.connect(lambda _scheme: apply(app))


def colour_text(widget: QWidget, role: Role) -> None:
    """Text of `widget` in the role's colour, through its palette (no style sheet)."""
    p = widget.palette()
    p.setColor(QPalette.ColorRole.WindowText, colour(role))
    p.setColor(QPalette.ColorRole.Text, colour(role))
    widget.setPalette(p)


CHIP_MIX = {False: 0.12, True: 0.16}  # how much of a role goes into the surface (light, dark)


def mixed(role: Role, into: Role = Role.SURFACE) -> QColor:
    """The role mixed into a surface, as chips and bands use it (its text stays readable)."""
    top, base = colour(role), colour(into)
    share = CHIP_MIX[_dark]
    return QColor(
        *(
            round(a * share + b * (1 - share))
            for a, b in zip(top.getRgb()[:3], base.getRgb()[:3], strict=True)
        )
    )


def tint(widget: QWidget, role: Role, *, band: bool = False) -> None:
    """A flat background in the role's colour (`band`: the role mixed into the surface,
    for a calm band such as together mode's), through the palette."""
    widget.setAutoFillBackground(True)
    p = widget.palette()
    p.setColor(QPalette.ColorRole.Window, mixed(role) if band else colour(role))
    widget.setPalette(p)


def mark_invalid(widget: QWidget, invalid: bool) -> None:
    """A refused field gets a border in the danger role; a valid one loses it."""
    widget.setStyleSheet(f"border: 1px solid {hex_of(Role.DANGER)};" if invalid else "")


def span(text: str, role: Role) -> str:
    """Rich text in the role's colour (`text` must already be escaped)."""
    return f"<span style='color:{hex_of(role)}'>{text}</span>"
