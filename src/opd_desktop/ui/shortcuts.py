"""Keyboard shortcuts that depend on the platform, and the list of every
shortcut a window really has (read from its QActions and QShortcuts, so
Help → Keyboard shortcuts never goes stale).

Qt writes "Ctrl" for the Command key on macOS. There Cmd+H hides the app,
Cmd+M minimizes and Cmd+Q quits, so no action of ours may take them (Quit
is the one that may use Cmd+Q)."""

from __future__ import annotations

import sys
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget

MAC_RESERVED = ("Ctrl+H", "Ctrl+M", "Ctrl+Q", "Ctrl+Alt+H")  # Cmd+H, Cmd+M, Cmd+Q, Cmd+Option+H


def team_overview_key(platform: str | None = None) -> str:
    """Ctrl+H elsewhere; on macOS Cmd+Shift+H (Cmd+H hides the app there)."""
    return "Ctrl+Shift+H" if (platform or sys.platform) == "darwin" else "Ctrl+H"


QUICK_CAPTURE_KEY = "Ctrl+J"  # Ctrl+K is Search
PREFERENCES_KEY = QKeySequence.StandardKey.Preferences
FALLBACK_PREFERENCES_KEY = "Ctrl+,"  # Linux desktops define no standard Preferences key


def preferences_keys() -> list[QKeySequence]:
    keys = QKeySequence.keyBindings(PREFERENCES_KEY)
    return keys or [QKeySequence(FALLBACK_PREFERENCES_KEY)]


@dataclass(frozen=True)
class Shortcut:
    what: str
    keys: str  # as the platform writes them


def _clean(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…").strip()


def shortcuts_of(window: QWidget) -> list[Shortcut]:
    """Every enabled shortcut of `window`: its actions (menus included) and QShortcuts."""
    found: dict[tuple[str, str], Shortcut] = {}
    for action in window.findChildren(QAction):
        keys = [k for k in action.shortcuts() if not k.isEmpty()]
        if keys and action.text():
            native = ", ".join(k.toString(QKeySequence.SequenceFormat.NativeText) for k in keys)
            found.setdefault((_clean(action.text()), native), Shortcut(_clean(action.text()), native))
    for shortcut in window.findChildren(QShortcut):
        key = shortcut.key()
        if not key.isEmpty():
            what = (
                shortcut.whatsThis()
                or shortcut.objectName()
                or QCoreApplication.translate("Shortcuts", "Shortcut")
            )
            native = key.toString(QKeySequence.SequenceFormat.NativeText)
            found.setdefault((what, native), Shortcut(what, native))
    return sorted(found.values(), key=lambda s: s.what.casefold())


def portable_keys(window: QWidget) -> dict[str, list[str]]:
    """Each portable key sequence ("Ctrl+H") and the actions that use it."""
    used: dict[str, list[str]] = {}
    for action in window.findChildren(QAction):
        for key in action.shortcuts():
            if not key.isEmpty():
                used.setdefault(key.toString(QKeySequence.SequenceFormat.PortableText), []).append(
                    _clean(action.text())
                )
    return used


def native_modifier_name() -> str:
    """'⌘' on macOS, 'Ctrl' elsewhere (for hints written in the UI)."""
    return QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_A).toString(QKeySequence.SequenceFormat.NativeText)[:-1]
