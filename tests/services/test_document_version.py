"""Every PDF the app writes says which version of OPD Desktop made it."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader

from opd_desktop import __version__
from opd_desktop.services import reports
from opd_desktop.services.documents.export import build_document


@pytest.mark.parametrize(("kind", "number"), [("agenda", 1), ("brief", 2), ("worksheet", 5)])
def test_pdf_properties_name_the_app_version(store, kind: str, number: int) -> None:
    report = reports.add_report(store, "Zoë Martin")
    info = PdfReader(io.BytesIO(build_document(store, kind, report.id, number).data)).metadata
    assert info.creator == f"OPD Desktop {__version__}"
    assert info.producer.startswith(f"OPD Desktop {__version__} (ReportLab ")
    assert info.subject
