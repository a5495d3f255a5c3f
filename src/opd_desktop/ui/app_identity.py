"""Who the app is to the operating system: its name, organisation, version
and icon, set once on the QApplication, and the icon rendered from the SVG
source in `resources/icons/` at any size (no image plugin needed)."""

from __future__ import annotations

import logging
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from opd_desktop import APP_ID, APP_NAME, __version__
from opd_desktop.paths import APP_DIR_NAME, resources_dir

if TYPE_CHECKING:
    from PySide6.QtGui import QGuiApplication, QIcon, QImage

log = logging.getLogger(__name__)

# The sizes desktops ask for (launchers, task bars, title bars, HiDPI).
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICON_FILE = "opd-desktop.svg"


def icon_svg_path() -> Path:
    return resources_dir() / "icons" / ICON_FILE


def render_icon(size: int, svg_path: Path | None = None) -> QImage:
    """The icon as a square ARGB image of `size` pixels, transparent around it."""
    # QtSvg and the drawing classes are loaded when the icon is drawn (after the first paint)
    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(svg_path or icon_svg_path()))
    if not renderer.isValid():
        raise FileNotFoundError(f"The app icon {svg_path or icon_svg_path()} is missing or unreadable.")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    return image


@cache
def app_icon() -> QIcon:
    from PySide6.QtGui import QIcon, QPixmap

    icon = QIcon()
    try:
        for size in ICON_SIZES:
            icon.addPixmap(QPixmap.fromImage(render_icon(size)))
    except FileNotFoundError:
        log.warning("the app icon is missing; using none")
    return icon


def apply_identity(app: QGuiApplication, *, icon: bool = True) -> None:
    """Name the app the way its data folder is named (`opd-desktop`, no
    organisation), so Qt's own standard paths and the platformdirs folders
    agree; show "OPD Desktop" to people; tie windows to the desktop entry.
    `icon=False` leaves the icon to `apply_icon()` (the app sets it right
    after the first paint: drawing it at eight sizes is not on the way there)."""
    app.setApplicationName(APP_DIR_NAME)
    app.setOrganizationName("")
    app.setApplicationDisplayName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_ID)
    if icon:
        apply_icon(app)


def apply_icon(app: QGuiApplication) -> None:
    app.setWindowIcon(app_icon())
