"""Render Help → About (both tabs) in a light and a dark palette, to look at.

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/render_about.py [OUT_DIR]
The dark palette here is a stand-in built from STYLE.md's dark roles; the
app's theme module supplies the real one."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from opd_desktop.ui.about_dialog import AboutDialog
from opd_desktop.ui.app_identity import apply_identity

DARK = {
    QPalette.ColorRole.Window: "#1C1D20",
    QPalette.ColorRole.Base: "#1C1D20",
    QPalette.ColorRole.AlternateBase: "#25272B",
    QPalette.ColorRole.Button: "#25272B",
    QPalette.ColorRole.WindowText: "#E8EAED",
    QPalette.ColorRole.Text: "#E8EAED",
    QPalette.ColorRole.ButtonText: "#E8EAED",
    QPalette.ColorRole.PlaceholderText: "#A8B0B9",
    QPalette.ColorRole.Link: "#8AB4F8",
    QPalette.ColorRole.Highlight: "#8AB4F8",
    QPalette.ColorRole.HighlightedText: "#1C1D20",
    QPalette.ColorRole.Mid: "#3C4046",
    QPalette.ColorRole.Dark: "#3C4046",
    QPalette.ColorRole.Light: "#3C4046",
}


def dark_palette() -> QPalette:
    palette = QPalette()
    for role, colour in DARK.items():
        palette.setColor(role, QColor(colour))
    return palette


def main() -> None:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "screens")
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication([])
    app.setStyle("Fusion")
    apply_identity(app)
    light = app.palette()
    with tempfile.TemporaryDirectory() as tmp:
        for theme, palette in (("light", light), ("dark", dark_palette())):
            app.setPalette(palette)
            dialog = AboutDialog(Path(tmp) / "opd-desktop")
            dialog.show()
            for index, tab in enumerate(("about", "licences")):
                dialog.tabs.setCurrentIndex(index)
                for _ in range(3):
                    app.processEvents()
                path = out / f"about-{tab}-{theme}.png"
                dialog.grab().save(str(path))
                print(path)
            dialog.licences.scrollToAnchor("packages")
            app.processEvents()
            path = out / f"about-packages-{theme}.png"
            dialog.grab().save(str(path))
            print(path)
            dialog.close()


if __name__ == "__main__":
    main()
