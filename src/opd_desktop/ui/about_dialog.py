"""Help → About: the version, where the data lives (with a button that opens
the folder), that the app makes no network calls, and the licences of
everything it ships."""

from __future__ import annotations

import html
import logging
import platform
from collections.abc import Callable
from pathlib import Path

import PySide6
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QUrl, qVersion
from PySide6.QtGui import QDesktopServices, QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from opd_desktop import APP_NAME, __version__, licences
from opd_desktop.licences import DEJAVU_SOURCE, PYSIDE_REPOSITORY, PYSIDE_SOURCE, QT_SOURCE
from opd_desktop.ui import theme
from opd_desktop.ui.app_identity import app_icon

log = logging.getLogger(__name__)

NO_NETWORK = QT_TRANSLATE_NOOP(
    "AboutDialog",
    "OPD Desktop makes no network calls: no account, no server, no update check, no telemetry. What you write leaves this computer only in the files you save, print or back up yourself.",  # noqa: E501
)


def _scaled_label(text: str, factor: float, bold: bool = False) -> QLabel:
    label = QLabel(text)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * factor)
    if bold:
        font.setWeight(QFont.Weight.DemiBold)
    label.setFont(font)
    return label


def _muted(label: QLabel) -> QLabel:
    """Secondary text in the theme's muted role (4.5:1 or better in light and dark)."""
    theme.colour_text(label, theme.Role.MUTED)
    return label


class AboutDialog(QDialog):
    def __init__(
        self,
        data_dir: Path,
        parent: QWidget | None = None,
        open_url: Callable[[QUrl], bool] = QDesktopServices.openUrl,
    ) -> None:
        super().__init__(parent)
        self.data_dir = data_dir
        self._open_url = open_url
        self.setWindowTitle(
            QCoreApplication.translate("AboutDialog", "About {APP_NAME}").format(APP_NAME=APP_NAME)
        )
        self.resize(620, 480)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._about_page(), QCoreApplication.translate("AboutDialog", "&About"))
        self.licences = QTextBrowser()
        self.licences.setOpenExternalLinks(True)
        self.licences.setHtml(licences_html())
        self.tabs.addTab(self.licences, QCoreApplication.translate("AboutDialog", "&Licences"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(buttons)

    def _about_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(24, 24, 24, 16)
        layout.setSpacing(12)

        header = QHBoxLayout()
        header.setSpacing(16)
        icon = QLabel()
        icon.setPixmap(app_icon().pixmap(64, 64))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        header.addWidget(icon)
        titles = QVBoxLayout()
        titles.setSpacing(2)
        titles.addWidget(_scaled_label(APP_NAME, 1.7, bold=True))
        self.version_label = _scaled_label(
            QCoreApplication.translate("AboutDialog", "Version {version}").format(version=__version__), 1.15
        )
        self.version_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        titles.addWidget(self.version_label)
        summary = QLabel(
            QCoreApplication.translate(
                "AboutDialog",
                "A private companion for the seven development conversations with each of your reports, and the check-ins after them.",  # noqa: E501
            )
        )
        summary.setWordWrap(True)
        titles.addWidget(summary)
        header.addLayout(titles, 1)
        layout.addLayout(header)

        layout.addSpacing(8)
        layout.addWidget(
            _scaled_label(QCoreApplication.translate("AboutDialog", "Your data"), 1.15, bold=True)
        )
        self.data_label = QLabel(str(self.data_dir))
        self.data_label.setWordWrap(True)
        self.data_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.data_label)
        self.open_button = QPushButton(QCoreApplication.translate("AboutDialog", "&Open data folder"))
        self.open_button.clicked.connect(self.open_data_folder)
        row = QHBoxLayout()
        row.addWidget(self.open_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.open_failed = _muted(QLabel(""))
        self.open_failed.setWordWrap(True)
        self.open_failed.hide()
        layout.addWidget(self.open_failed)

        layout.addSpacing(8)
        layout.addWidget(_scaled_label(QCoreApplication.translate("AboutDialog", "Privacy"), 1.15, bold=True))
        self.privacy_label = QLabel(QCoreApplication.translate("AboutDialog", NO_NETWORK))
        self.privacy_label.setWordWrap(True)
        layout.addWidget(self.privacy_label)

        layout.addStretch(1)
        built = _muted(
            QLabel(
                QCoreApplication.translate(
                    "AboutDialog",
                    "Qt {qt} · PySide6 {pyside} · Python {python}. The licences of everything included are on the Licences tab.",  # noqa: E501
                ).format(qt=qVersion(), pyside=PySide6.__version__, python=platform.python_version())
            )
        )
        built.setWordWrap(True)
        layout.addWidget(built)
        return page

    def open_data_folder(self) -> None:
        if self._open_url(QUrl.fromLocalFile(str(self.data_dir))):
            self.open_failed.hide()
            return
        log.warning("the file manager did not open the data folder")
        self.open_failed.setText(
            QCoreApplication.translate(
                "AboutDialog", "No file manager opened the folder. Its path is above: select it and copy it."
            )
        )
        self.open_failed.show()


def _section(title: str, body: str, anchor: str = "") -> str:
    name = f"<a name='{anchor}'></a>" if anchor else ""
    return f"<h3>{name}{html.escape(title)}</h3>{body}"


def _link(url: str) -> str:
    escaped = html.escape(url)
    return f"<a href='{escaped}'>{escaped}</a>"


def _pre(text: str) -> str:
    return f"<pre style='font-size:small; white-space:pre-wrap;'>{html.escape(text)}</pre>"


def licences_html() -> str:
    packages = licences.shipped_packages()
    interpreter = (
        "<tr><td>"
        + html.escape(QCoreApplication.translate("AboutDialog", "Python (the interpreter)"))
        + f"</td><td>{html.escape(platform.python_version())}</td><td>PSF-2.0</td></tr>"
    )
    rows = interpreter + "".join(
        "<tr>"
        f"<td>{html.escape(package.name)}</td>"
        f"<td>{html.escape(package.version)}</td>"
        f"<td>{html.escape(package.licence)}</td>"
        "</tr>"
        for package in packages
    )
    parts = [
        _section(
            f"{APP_NAME} {__version__}",
            QCoreApplication.translate(
                "AboutDialog",
                "<p>The app, its guides and its icon (seven steps rising, drawn for OPD Desktop) "
                "are distributed together under the same terms.</p>",
            ),
        ),
        _section(
            QCoreApplication.translate("AboutDialog", "Qt and PySide6 — GNU LGPL version 3"),
            QCoreApplication.translate(
                "AboutDialog",
                "<p>The windows are drawn with Qt {qt} through PySide6 {pyside} (Qt for Python), used under "
                "the GNU Lesser General Public License version 3. They are included unmodified as separate "
                "shared libraries, which you may replace with versions you build yourself.</p>"
                "<p>Source code: Qt at {qt_source}, PySide6 at {pyside_source} and {pyside_repository}. "
                "The licence texts follow at the end of this page.</p>",
            ).format(
                qt=html.escape(qVersion()),
                pyside=html.escape(PySide6.__version__),
                qt_source=_link(QT_SOURCE),
                pyside_source=_link(PYSIDE_SOURCE),
                pyside_repository=_link(PYSIDE_REPOSITORY),
            ),
        ),
        _section(
            QCoreApplication.translate("AboutDialog", "Python packages"),
            QCoreApplication.translate(
                "AboutDialog", "<p>Each under its own licence, as stated in its package metadata:</p>"
            )
            + "<table cellpadding='3'><tr><th align='left'>{package}</th><th align='left'>{version}</th>"
            "<th align='left'>{licence}</th></tr>{rows}</table>".format(
                package=html.escape(QCoreApplication.translate("AboutDialog", "Package")),
                version=html.escape(QCoreApplication.translate("AboutDialog", "Version")),
                licence=html.escape(QCoreApplication.translate("AboutDialog", "Licence")),
                rows=rows,
            ),
            anchor="packages",
        ),
        _section(
            QCoreApplication.translate("AboutDialog", "DejaVu Sans fonts"),
            QCoreApplication.translate(
                "AboutDialog",
                "<p>PDF documents embed DejaVu Sans, under the Bitstream Vera licence with the "
                "DejaVu changes in the public domain ({source}):</p>",
            ).format(source=_link(DEJAVU_SOURCE))
            + _pre(licences.licence_text("dejavu")),
        ),
        _section(
            QCoreApplication.translate("AboutDialog", "GNU Lesser General Public License version 3"),
            _pre(licences.licence_text("lgpl-3.0")),
        ),
        _section(
            QCoreApplication.translate("AboutDialog", "GNU General Public License version 3"),
            _pre(licences.licence_text("gpl-3.0")),
        ),
    ]
    return "".join(parts)


def show_about(data_dir: Path, parent: QWidget | None = None) -> None:
    AboutDialog(data_dir, parent).exec()
