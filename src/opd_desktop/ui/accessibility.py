"""Accessible names for every interactive widget, derived the same way
everywhere so screen readers (AT-SPI on Linux, VoiceOver, Narrator) hear
the words the screen shows.

- A label in front of a field becomes its buddy (`setBuddy`): Qt then names
  the field after the label, and the label's mnemonic focuses it.
- A field without a label is named after its placeholder or tooltip.
- Buttons, check boxes and tabs already carry their text; a tooltip becomes
  the description (what the control is for).
- Tables let Tab move on to the next control (arrows move between cells).

`install(app)` runs this once for every window and page when it is first
shown, so screens built later (or reworked) are covered without each one
remembering to call it; `name_widgets(root)` does it for one tree now.
`announce(widget, text)` tells assistive technology about a status change
(saved, backup failed, reminders)."""

from __future__ import annotations

import logging
import re

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QBoxLayout,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)

log = logging.getLogger(__name__)

INTERACTIVE = (
    QAbstractButton,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QComboBox,
    QAbstractSpinBox,
    QAbstractSlider,
    QAbstractItemView,
    QTabBar,
)
_DONE = "_opd_accessible_done"
_TAGS = re.compile(r"<[^>]+>")
MAX_LABEL_CHARS = 80  # a longer label is a paragraph, not a field's name


def plain(text: str) -> str:
    """A label's words as a screen reader should say them: no markup, no
    mnemonic ampersand, no trailing colon."""
    text = _TAGS.sub("", text or "").replace("&&", "\0").replace("&", "").replace("\0", "&")
    text = text.replace("&nbsp;", " ").replace("&amp;", "&")
    return " ".join(text.split()).rstrip(":").strip()


def is_interactive(widget: QWidget) -> bool:
    if not isinstance(widget, INTERACTIVE):
        return False
    if isinstance(widget, QLineEdit) and isinstance(widget.parent(), (QComboBox, QAbstractSpinBox)):
        return False  # the editor inside a combo box or spin box: the outer widget is named
    if isinstance(widget, QTextEdit | QPlainTextEdit) and widget.isReadOnly() and not widget.focusPolicy():
        return False
    return widget.focusPolicy() != 0 or isinstance(widget, QAbstractButton)


def buddy_label(widget: QWidget) -> QLabel | None:
    """The label whose buddy is `widget`, among its siblings."""
    parent = widget.parentWidget()
    if parent is None:
        return None
    for label in parent.findChildren(QLabel):
        if label.buddy() is widget:
            return label
    return None


def visible_label(widget: QWidget) -> str:
    """The words the screen shows as this widget's label ('' when none)."""
    if isinstance(widget, QAbstractButton):
        return plain(widget.text())
    label = buddy_label(widget)
    return plain(label.text()) if label is not None else ""


def _is_field_label(label: QLabel) -> bool:
    text = plain(label.text())
    return bool(text) and len(text) <= MAX_LABEL_CHARS and label.buddy() is None and not label.wordWrap()


def _tie(label: QWidget | None, field: QWidget | None) -> None:
    if (
        isinstance(label, QLabel)
        and field is not None
        and is_interactive(field)
        and _is_field_label(label)
        and field.parentWidget() is label.parentWidget()
        and buddy_label(field) is None
    ):
        label.setBuddy(field)


def _first_widget(item) -> QWidget | None:
    if item is None:
        return None
    if item.widget() is not None:
        return item.widget()
    layout = item.layout()
    if layout is not None:
        for index in range(layout.count()):
            found = _first_widget(layout.itemAt(index))
            if found is not None:
                return found
    return None


def tie_labels(layout: QLayout) -> None:
    """Make each label that stands in front of (or above) a field its buddy."""
    if isinstance(layout, QFormLayout):
        for row in range(layout.rowCount()):
            label = layout.itemAt(row, QFormLayout.ItemRole.LabelRole)
            field = layout.itemAt(row, QFormLayout.ItemRole.FieldRole)
            _tie(label.widget() if label else None, _first_widget(field))
    elif isinstance(layout, QBoxLayout):
        for index in range(layout.count() - 1):
            _tie(layout.itemAt(index).widget(), _first_widget(layout.itemAt(index + 1)))
    elif isinstance(layout, QGridLayout):
        for index in range(layout.count()):
            row, column, _rows, _columns = layout.getItemPosition(index)
            right = layout.itemAtPosition(row, column + 1)
            _tie(layout.itemAt(index).widget(), _first_widget(right))
    for index in range(layout.count()):
        child = layout.itemAt(index).layout()
        if child is not None:
            tie_labels(child)


def _flatten(layout: QLayout) -> list[QWidget]:
    found: list[QWidget] = []
    for index in range(layout.count()):
        item = layout.itemAt(index)
        if item.widget() is not None:
            found.append(item.widget())
        elif item.layout() is not None:
            found += _flatten(item.layout())
    return found


def _heading_before(widget: QWidget, levels: int = 3) -> str:
    """The nearest short label laid out before `widget` (a list's or table's heading)."""
    child, parent = widget, widget.parentWidget()
    for _ in range(levels):
        if parent is None or parent.layout() is None:
            return ""
        order = _flatten(parent.layout())
        if child in order:
            for earlier in reversed(order[: order.index(child)]):
                if isinstance(earlier, QLabel) and earlier.buddy() is None:
                    words = plain(earlier.text())
                    if words and len(words) <= MAX_LABEL_CHARS:
                        return words
        child, parent = parent, parent.parentWidget()
    return ""


def _fallback_name(widget: QWidget) -> str:
    if isinstance(widget, QAbstractItemView):
        heading = _heading_before(widget)
        if heading:
            return heading
    for text in (
        getattr(widget, "placeholderText", lambda: "")(),
        widget.toolTip(),
        widget.windowTitle() if widget.isWindow() else "",
    ):
        words = plain(text)
        if words:
            return words.split(". ")[0].rstrip(".")
    return ""


def name_widgets(root: QWidget) -> None:
    """Tie labels to fields and name each unlabelled interactive widget under `root`."""
    widgets = [root, *root.findChildren(QWidget)]
    for widget in widgets:
        layout = widget.layout()
        if layout is not None:
            tie_labels(layout)
    for widget in widgets:
        widget.setProperty(_DONE, True)
        if isinstance(widget, QAbstractItemView) and widget.tabKeyNavigation():
            widget.setTabKeyNavigation(False)  # Tab leaves a table (arrows move inside): no keyboard trap
        if not is_interactive(widget):
            continue
        if widget.toolTip() and not widget.accessibleDescription():
            widget.setAccessibleDescription(plain(widget.toolTip()))  # what it is for, beyond its name
        if widget.accessibleName():
            continue
        label = visible_label(widget)
        if label:
            if not isinstance(widget, QAbstractButton):
                widget.setAccessibleName(label)  # combo and spin boxes ignore buddies
            continue
        name = _fallback_name(widget)
        if name:
            widget.setAccessibleName(name)


class _Namer(QObject):
    """Names every window and page the first time it is shown."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.Show
            and isinstance(watched, QWidget)
            and not watched.property(_DONE)
            and (watched.isWindow() or watched.layout() is not None)
        ):
            name_widgets(watched)
        return False


def install(app: QApplication) -> None:
    if getattr(app, "_opd_namer", None) is None:
        app._opd_namer = _Namer(app)  # type: ignore[attr-defined]
        app.installEventFilter(app._opd_namer)  # type: ignore[attr-defined]


def announce(widget: QWidget, text: str) -> None:
    """Tell assistive technology that `widget` now says `text` (a status change)."""
    from PySide6.QtGui import QAccessible, QAccessibleEvent

    if not QAccessible.isActive():
        return
    try:
        from PySide6.QtGui import QAccessibleAnnouncementEvent  # Qt 6.8+

        QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(widget, text))
    except ImportError:
        QAccessible.updateAccessibility(QAccessibleEvent(widget, QAccessible.Event.NameChanged))
