"""Help → About, the app's identity for Qt and its icon."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt, QUrl
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication

from opd_desktop import APP_ID, APP_NAME, __version__
from opd_desktop.licences import licence_text, shipped_packages
from opd_desktop.paths import default_data_dir
from opd_desktop.ui import about_dialog
from opd_desktop.ui.about_dialog import AboutDialog, licences_html
from opd_desktop.ui.app_identity import ICON_SIZES, app_icon, apply_identity, render_icon


def test_about_shows_the_version_the_data_folder_and_no_network(qtbot, tmp_path: Path) -> None:
    opened: list[QUrl] = []
    dialog = AboutDialog(tmp_path / "Zoë's data", open_url=lambda url: opened.append(url) or True)
    qtbot.addWidget(dialog)
    assert dialog.version_label.text() == f"Version {__version__}"
    assert dialog.data_label.text() == str(tmp_path / "Zoë's data")
    assert "no network calls" in dialog.privacy_label.text()
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    assert opened == [QUrl.fromLocalFile(str(tmp_path / "Zoë's data"))]
    assert dialog.open_failed.isHidden()


def test_when_no_file_manager_opens_the_folder_the_dialog_says_so(qtbot, tmp_path: Path) -> None:
    dialog = AboutDialog(tmp_path, open_url=lambda url: False)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.open_button.click()
    assert dialog.open_failed.isVisible() and "copy it" in dialog.open_failed.text()


def test_the_licences_cover_everything_shipped(qtbot, tmp_path: Path) -> None:
    dialog = AboutDialog(tmp_path, open_url=lambda url: True)
    qtbot.addWidget(dialog)
    text = dialog.licences.toPlainText()
    assert "Bitstream Vera" in text and "DejaVu" in text
    assert "GNU Lesser General Public License version 3" in text
    assert about_dialog.QT_SOURCE in text and about_dialog.PYSIDE_REPOSITORY in text
    assert "icon" in text
    assert "Python (the interpreter)" in text
    for package in ("PySide6_Essentials", "reportlab", "cryptography", "sqlite-utils", "keyring"):
        assert package in text
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in licence_text("lgpl-3.0")


def test_shipped_packages_follow_requirements_not_test_tools() -> None:
    names = {package.name.lower().replace("_", "-") for package in shipped_packages()}
    assert {"pyside6-essentials", "shiboken6", "reportlab", "pypdf", "platformdirs"} <= names
    assert not names & {"pytest", "ruff", "hypothesis", "pyinstaller", "opd-desktop"}
    by_name = {package.name: package for package in shipped_packages()}
    assert by_name["cryptography"].licence == "Apache-2.0 OR BSD-3-Clause"


def test_a_missing_licence_file_is_said_not_raised(monkeypatch, tmp_path: Path) -> None:
    monkeypatch.setattr("opd_desktop.licences.fonts_dir", lambda: tmp_path)
    assert "missing" in licence_text("dejavu")
    assert "missing" in licences_html()


def test_help_about_opens_the_dialog_for_the_window_data_folder(
    qtbot, store, window_factory, monkeypatch
) -> None:
    shown: list[Path] = []
    monkeypatch.setattr(AboutDialog, "exec", lambda self: shown.append(self.data_dir) or 0)
    window = window_factory(store)
    help_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Help")
    (about,) = [a for a in help_menu.actions() if "About" in a.text()]
    about.trigger()
    assert shown == [store.data_dir]


def test_the_identity_matches_the_data_folder_name(qapp) -> None:
    apply_identity(qapp)
    assert QApplication.applicationDisplayName() == APP_NAME
    assert QApplication.applicationVersion() == __version__
    assert QApplication.desktopFileName() == APP_ID
    qt_folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppLocalDataLocation)
    assert Path(qt_folder) == default_data_dir()
    assert not QApplication.windowIcon().isNull()


def test_the_icon_renders_crisp_at_every_size() -> None:
    assert len(app_icon().availableSizes()) == len(ICON_SIZES)
    for size in ICON_SIZES:
        image = render_icon(size)
        assert (image.width(), image.height()) == (size, size)
        assert image.pixelColor(0, 0).alpha() == 0  # transparent outside the rounded square
    small = render_icon(16)
    assert small.pixelColor(2, 2) == QColor("#0B57D0")  # the blue square reaches the edge pixels
    assert small.pixelColor(11, 11) == QColor("#FFFFFF")  # the steps are white
