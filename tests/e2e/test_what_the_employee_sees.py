"""What the employee sees: every private word stays out of every document
they may read, and every shared word reaches them where it belongs.

The markers are written where the audience registry (core/audience.py) says a
conversation's text lives, so a private column added later gets a marker too.
Documents are exported through `opd export`, read back with pypdf."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

from opd_desktop import cli
from opd_desktop.core import audience
from opd_desktop.core.audience import Audience
from opd_desktop.core.guides import default_guides
from opd_desktop.services import conversations, reports
from opd_desktop.services.carry_forward import carried_in
from opd_desktop.services.demo import create_demo

pytestmark = pytest.mark.slow

CONVERSATION_TABLES = ("conversations", "notes")


def _pdf_text(path: Path) -> str:
    reader = PdfReader(io.BytesIO(path.read_bytes()))
    return " ".join(page.extract_text() or "" for page in reader.pages).replace("\n", " ")


def _export(data: Path, out: Path, *args: str) -> str | None:
    """`opd export …` in-process; the PDF's text, or None when the document does not exist."""
    target = out / ("-".join(args) + ".pdf")
    code = cli.main(["export", *args, "-o", str(target), "--data-dir", str(data)])
    return _pdf_text(target) if code == 0 else None


def _label(conversation) -> str:
    return f"c{conversation.number}" if conversation.number else "checkin"


def _write_markers(store, report_id: int) -> tuple[dict[str, str], dict[str, str], dict[str, set[str]]]:
    """Markers in every private and shared conversation field the registry names.
    Returns (private marker → where, shared marker → where, shared marker → the
    labels of the agendas it belongs on)."""
    guides = default_guides()
    private: dict[str, str] = {}
    shared: dict[str, str] = {}
    belongs: dict[str, set[str]] = {}
    for held_checkin in [c for c in conversations.journey(store, report_id) if c.number is None]:
        if held_checkin.status.value != "planned":  # the first check-in after conversation 7 is next
            conversations.reopen(store, held_checkin.id)
    journey = conversations.journey(store, report_id)
    checkin = next(c for c in journey if c.number is None and c.status.value == "planned")
    chosen = [c for c in journey if c.number is not None] + [checkin]
    carried_by: dict[int, set[str]] = {}  # conversation id → the agendas that recap it
    for conversation in chosen:
        for recap in carried_in(store, conversation.id).recaps:
            carried_by.setdefault(recap.conversation.id, set()).add(_label(conversation))
    assert carried_by[chosen[6].id] == {"checkin"}  # a check-in takes up conversation 7
    fields = [f for f in audience.FIELDS if f.table in CONVERSATION_TABLES and f.audience != Audience.DATA]
    assert {f.column for f in fields} >= {"summary", "next_steps", "recap", "body", "skip_reason"}
    for index, conversation in enumerate(chosen):
        label = _label(conversation)
        here = {label} | carried_by.get(conversation.id, set())
        guide = guides.for_number(conversation.number)
        for field in fields:
            if field.table == "conversations":
                text_private = field.audience == Audience.PRIVATE or (
                    field.audience == Audience.BY_ROW and index % 2 == 0  # alternate: both kinds tested
                )
                mark = f"{'PRIV' if text_private else 'SHARED'}MARK{field.column}{label}END"
                values = {field.column: mark}
                if field.flag:
                    values[field.flag] = int(text_private)
                with store.write("conversations") as db:
                    db["conversations"].update(conversation.id, values)
                if text_private:
                    private[mark] = f"{label} {field.column}"
                else:
                    shared[mark] = f"{label} {field.column}"
                    belongs[mark] = here - {label} if field.column in ("recap", "next_steps") else here
            else:  # notes: every agenda item and the preparation private, the general notes shared
                keys = [item.key for item in guide.agenda] + ["prep", "general"]
                with store.write("notes") as db:
                    for key in keys:
                        is_private = key != "general"
                        mark = f"{'PRIV' if is_private else 'SHARED'}MARK{key}{label}END"
                        db.execute(
                            "INSERT INTO notes(conversation_id, item_key, body, private, updated_at) "
                            "VALUES (?, ?, ?, ?, '2026-01-01T00:00:00') ON CONFLICT(conversation_id, item_key) "
                            "DO UPDATE SET body = excluded.body, private = excluded.private",
                            [conversation.id, key, mark, int(is_private)],
                        )
                        if is_private:
                            private[mark] = f"{label} note {key}"
                        else:
                            shared[mark] = f"{label} general note"
                            belongs[mark] = here
    return private, shared, belongs


def _write_other_private_markers(store) -> dict[str, str]:
    """Private columns outside the conversations (your reflections, measurement notes …)."""
    written: dict[str, str] = {}
    for field in audience.columns(Audience.PRIVATE):
        if field.table in CONVERSATION_TABLES:
            continue
        with store.write() as db:  # raw markers: no screen listens in this test
            ids = [row[0] for row in db.execute(f"SELECT rowid FROM {field.table}").fetchall()]
            for rowid in ids:
                mark = f"PRIVMARK{field.table}{field.column}{rowid}END"
                db.execute(f"UPDATE {field.table} SET {field.column} = ? WHERE rowid = ?", [mark, rowid])
                written[mark] = f"{field.table}.{field.column}"
        assert ids, f"the demo has no {field.table} row to hold a marker"
    return written


def test_no_private_word_reaches_an_employee_document(tmp_path: Path) -> None:
    data = tmp_path / "data"
    store = create_demo(data)
    report = reports.find_report(store, "Zoë")
    private, shared, belongs = _write_markers(store, report.id)
    private_elsewhere = _write_other_private_markers(store)
    store.close()
    out = tmp_path / "pdf"
    out.mkdir()

    numbers = [str(n) for n in range(1, 8)] + ["checkin"]
    agendas = {
        ("checkin" if n == "checkin" else f"c{n}"): _export(data, out, "agenda", "Zoë", n) for n in numbers
    }
    worksheets = [_export(data, out, "worksheet", "Zoë", str(n)) for n in range(1, 8)]
    employee_documents = {
        **{f"agenda {k}": v for k, v in agendas.items()},
        **{f"worksheet {i + 1}": t for i, t in enumerate(worksheets) if t is not None},
        "plan": _export(data, out, "plan", "Zoë"),
        "summary": _export(data, out, "summary", "Zoë"),
    }
    assert all(text is not None for text in employee_documents.values())
    assert sum(1 for t in worksheets if t is not None) >= 2

    for name, text in employee_documents.items():
        leaked = [where for mark, where in {**private, **private_elsewhere}.items() if mark in text]
        assert not leaked, f"the employee's {name} shows private text: {leaked}"

    for mark, where in shared.items():
        # the check-in's own recap belongs on the check-in after it, which is not exported here
        assert belongs[mark] or where.startswith("checkin "), where
        for label in belongs[mark]:
            assert mark in agendas[label], f"{where} is missing from the agenda of {label}"

    briefs = " ".join(_export(data, out, "brief", "Zoë", n) or "" for n in numbers)
    missing = [where for mark, where in private.items() if mark not in briefs]
    assert not missing, f"the prep briefs leave out private text: {missing}"
    assert "For you only — do not hand out" in briefs


def test_opd_note_private_and_shared_reach_the_right_documents(tmp_path: Path) -> None:
    data = tmp_path / "demo"

    def opd(*args: str) -> subprocess.CompletedProcess[str]:
        env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
        command = [sys.executable, "-m", "opd_desktop.cli", *args, "--data-dir", str(data)]
        return subprocess.run(command, capture_output=True, text=True, encoding="utf-8", env=env, timeout=60)

    assert opd("demo").returncode == 0
    kept = opd("note", "Zoë", "4", "CLIPRIVATE Zoë – naïve café joke landed", "--item", "recognition")
    assert kept.returncode == 0, kept.stderr
    told = opd("note", "Zoë", "4", "CLISHARED we agreed on focus mornings", "--shared")
    assert told.returncode == 0, told.stderr
    assert "Shared with Zoë" in told.stdout and "Only you" in kept.stdout

    agenda, brief = tmp_path / "agenda5.pdf", tmp_path / "brief5.pdf"
    assert opd("export", "agenda", "Zoë", "5", "-o", str(agenda)).returncode == 0
    assert opd("export", "brief", "Zoë", "5", "-o", str(brief)).returncode == 0
    agenda_text, brief_text = _pdf_text(agenda), _pdf_text(brief)
    assert "CLISHARED" in agenda_text and "CLIPRIVATE" not in agenda_text
    assert "CLISHARED" in brief_text and "CLIPRIVATE" in brief_text

    for args, message in [
        (("note", "Nobody", "4", "x"), "No report matches"),
        (("note", "Zoë", "9", "x"), "Conversation 9 does not exist"),
        (("note", "Zoë", "4", "x", "--item", "nope"), "'nope' is not an agenda item"),
        (("note", "Zoë", "4", "x", "--shared", "--item", "recognition"), "already private"),
    ]:
        refused = opd(*args)
        assert refused.returncode == 1, args
        assert message in refused.stderr and len(refused.stderr.strip().splitlines()) == 1
    assert opd("note", "Zoë", "checkin", "CLICHECKIN").returncode == 0
