"""Exporting and printing documents from the app: build the PDF, show a
preview (QtPdf), then save it (atomically) or print the very same pages."""

from __future__ import annotations

import html
import logging
import re
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QPointF, QSize, Qt
from PySide6.QtGui import QGuiApplication, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from opd_desktop.errors import OpdError
from opd_desktop.store.database import Store
from opd_desktop.ui import theme
from opd_desktop.ui.i18n import english_plural, error_text

log = logging.getLogger(__name__)

Build = Callable[[Store], object]  # builds a documents.layout.Built from a store connection


def load_pdf(data: bytes, parent=None) -> tuple[QPdfDocument, QBuffer]:
    """A QPdfDocument over the bytes (keep the buffer alive as long as the document)."""
    buffer = QBuffer(parent)
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument(parent)
    document.load(buffer)
    return document, buffer


def print_document(document: QPdfDocument, printer: QPrinter) -> int:
    """Draw every page of the PDF onto the printer at its resolution; returns pages printed."""
    painter = QPainter()
    if not painter.begin(printer):
        raise OpdError(
            QCoreApplication.translate(
                "Documents", "The printer could not be started. Check that it is connected and try again."
            )
        )
    try:
        page_rect = printer.pageRect(QPrinter.Unit.DevicePixel)
        for page in range(document.pageCount()):
            if page:
                printer.newPage()
            points = document.pagePointSize(page)
            scale = min(page_rect.width() / points.width(), page_rect.height() / points.height())
            size = QSize(int(points.width() * scale), int(points.height() * scale))
            painter.drawImage(QPointF(0, 0), document.render(page, size))
    finally:
        painter.end()
    return document.pageCount()


def safe_file_name(text: str) -> str:
    cleaned = re.sub(r'[\\/:*?"<>|\n\r\t]+', " ", text).strip()
    return cleaned or "document"


class PreviewDialog(QDialog):
    """The document as it will print, with Save PDF… and Print…."""

    def __init__(self, title: str, built, suggested_name: str, parent: QWidget, actions) -> None:
        super().__init__(parent)
        self.actions = actions
        self.built = built
        self.suggested_name = suggested_name
        self.saved_to: Path | None = None
        self.setWindowTitle(QCoreApplication.translate("Documents", "Preview — {title}").format(title=title))
        screen = QGuiApplication.primaryScreen().availableGeometry()
        self.resize(min(900, screen.width() - 80), min(1000, screen.height() - 80))
        layout = QVBoxLayout(self)
        info = QLabel(
            english_plural(
                QCoreApplication.translate(
                    "Documents",
                    "<b>{title}</b> · %n page(s). Saving and printing use exactly these pages.",
                    "",
                    built.pages,
                ),
                built.pages,
            ).format(title=html.escape(title))
        )
        info.setTextFormat(Qt.TextFormat.RichText)  # the title says whose copy it is
        layout.addWidget(info)
        if built.missing:
            warning = QLabel(built.missing)
            warning.setWordWrap(True)
            theme.colour_text(warning, theme.Role.DANGER)
            layout.addWidget(warning)
        self.document, self._buffer = load_pdf(built.data, self)
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        layout.addWidget(self.view, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.save_button = QPushButton(QCoreApplication.translate("Documents", "Save PDF…"))
        self.print_button = QPushButton(QCoreApplication.translate("Documents", "Print…"))
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.save_button.clicked.connect(lambda: self.save())
        self.print_button.clicked.connect(self.print_pages)
        layout.addWidget(buttons)

    def save(self, path: str | None = None) -> Path | None:
        from opd_desktop.services.documents.export import write_atomic

        if path is None:
            start = str(Path.home() / f"{safe_file_name(self.suggested_name)}.pdf")
            path, _filter = QFileDialog.getSaveFileName(
                self,
                QCoreApplication.translate("PreviewDialog", "Save PDF"),
                start,
                QCoreApplication.translate("PreviewDialog", "PDF documents (*.pdf)"),
            )
            if not path:
                return None
        if not path.lower().endswith(".pdf"):
            path += ".pdf"
        target = Path(path)
        outcome = self.actions.run(
            lambda: write_atomic(target, self.built.data),
            on_error=lambda exc: _warn(self, QCoreApplication.translate("PreviewDialog", "Not saved"), exc),
        )
        if outcome:
            self.saved_to = outcome.value
        return self.saved_to if outcome else None

    def print_pages(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.actions.run(
            lambda: print_document(self.document, printer),
            on_error=lambda exc: _warn(self, QCoreApplication.translate("PreviewDialog", "Not printed"), exc),
        )


def _warn(parent: QWidget, title: str, error: OpdError) -> None:
    """Saving and printing happen in the preview: their refusals are shown there, where the user looks."""
    from PySide6.QtWidgets import QMessageBox

    QMessageBox.warning(parent, title, error_text(error))


def preview(parent: QWidget, title: str, suggested_name: str, build: Build, actions) -> PreviewDialog | None:
    """Build the document on a worker (the window stays responsive) and open its preview."""
    outcome = actions.run_slow(
        build,
        label=QCoreApplication.translate("PreviewDialog", "Building {document}…").format(document=title),
    )
    if not outcome:
        return None
    dialog = PreviewDialog(title, outcome.value, suggested_name, parent, actions)
    dialog.open()
    return dialog
