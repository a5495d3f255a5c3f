"""Which version of OPD Desktop wrote a document: the PDF Creator and Producer
properties every document carries."""

from __future__ import annotations

from opd_desktop import APP_NAME, __version__


def made_by() -> str:
    """The PDF Creator: the app and its version."""
    return f"{APP_NAME} {__version__}"


def producer() -> str:
    """The PDF Producer: the app's version and the PDF library's."""
    from reportlab import Version as reportlab_version

    return f"{made_by()} (ReportLab {reportlab_version})"
