"""Worksheets that must not be imported: someone else's, another conversation's,
an older version, flattened, with extra fields, absurd answers, and files made
to hurt the reader. Each is one clear line that names the file; nothing is
half-imported. Through the command too: exit 1, one line on stderr."""

from __future__ import annotations

import io
import json
import zlib
from pathlib import Path

import pytest
from pypdf import PdfReader, PdfWriter
from pypdf.generic import ArrayObject, DictionaryObject, NameObject, TextStringObject

from opd_desktop import cli
from opd_desktop.services import conversations, followthrough, notes, plans, reports
from opd_desktop.services.documents.export import build_document
from opd_desktop.services.documents.worksheet import import_worksheet
from opd_desktop.services.documents.worksheet_read import WorksheetError
from tests.services.test_worksheets import fill, state


@pytest.fixture
def ana(store):
    return reports.add_report(store, "Aoife Ní Bhriain")


def _write(tmp_path: Path, data: bytes, name: str = "sheet.pdf") -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def _retag(data: bytes, **changes) -> bytes:
    reader = PdfReader(io.BytesIO(data))
    tag = json.loads(str(reader.metadata["/Keywords"]))
    tag.update(changes)
    tag = {k: v for k, v in tag.items() if v is not None}
    return _keywords(data, json.dumps(tag))


def _keywords(data: bytes, keywords: str) -> bytes:
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
    writer.add_metadata({"/Keywords": keywords})
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _refused(store, report_id: int, path: Path, pattern: str) -> str:
    before = state(store, report_id)
    with pytest.raises(WorksheetError, match=pattern) as caught:
        import_worksheet(store, report_id, path)
    message = str(caught.value)
    assert "\n" not in message and path.name in message
    assert state(store, report_id) == before  # nothing imported
    return message


def test_another_persons_worksheet_even_under_the_same_name(store, ana, tmp_path) -> None:
    bea = reports.add_report(store, "Bea Byrne")
    path = _write(tmp_path, build_document(store, "worksheet", ana.id, 2).data)
    _refused(store, bea.id, path, "was made for Aoife Ní Bhriain, not for Bea Byrne")
    # A worksheet made before a rename carries the old name: the ids tell them apart.
    renamed = _write(tmp_path, _retag(path.read_bytes(), report_name="Bea Byrne"), "renamed.pdf")
    message = _refused(store, bea.id, renamed, "was made for Bea Byrne")
    assert f"(id {ana.id})" in message and f"(id {bea.id})" in message


def test_another_conversations_worksheet_from_the_screen(store, ana, tmp_path) -> None:
    path = _write(tmp_path, build_document(store, "worksheet", ana.id, 2).data)
    fourth = conversations.series_conversation(store, ana.id, 4)
    with pytest.raises(WorksheetError, match="is the worksheet for conversation 2, not for conversation 4"):
        import_worksheet(store, ana.id, path, expected_conversation_id=fourth.id)


def test_older_worksheet_versions(store, ana, tmp_path) -> None:
    data = build_document(store, "worksheet", ana.id, 1).data
    _refused(store, ana.id, _write(tmp_path, _retag(data, format=None)), "earlier version of OPD Desktop")
    _refused(
        store, ana.id, _write(tmp_path, _retag(data, fields="0123456789ab")), "older version of the worksheet"
    )
    _refused(store, ana.id, _write(tmp_path, _retag(data, format=3)), "newer version")


def test_flattened_pdf_without_fields(store, ana, tmp_path) -> None:
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(build_document(store, "worksheet", ana.id, 3).data)))
    del writer._root_object["/AcroForm"]
    for page in writer.pages:
        if "/Annots" in page:
            del page["/Annots"]
    out = io.BytesIO()
    writer.write(out)
    _refused(store, ana.id, _write(tmp_path, out.getvalue()), "no fillable fields")


def test_extra_fields(store, ana, tmp_path) -> None:
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(build_document(store, "worksheet", ana.id, 3).data)))
    extra = writer._add_object(
        DictionaryObject(
            {
                NameObject("/FT"): NameObject("/Tx"),
                NameObject("/T"): TextStringObject("opd_salary"),
                NameObject("/V"): TextStringObject("more"),
            }
        )
    )
    fields = writer._root_object["/AcroForm"]["/Fields"]
    assert isinstance(fields, ArrayObject)
    fields.append(extra)
    out = io.BytesIO()
    writer.write(out)
    _refused(store, ana.id, _write(tmp_path, out.getvalue()), r"fields that do not belong.*opd_salary")


def test_a_100k_character_answer_refuses_the_whole_worksheet(store, ana, tmp_path) -> None:
    data = build_document(store, "worksheet", ana.id, 2).data
    filled = fill(data, {"opd_ideas": "A good idea", "opd_challenges": "x" * 100_000})
    message = _refused(store, ana.id, _write(tmp_path, filled), "100,000 characters long")
    assert "Nothing was imported" in message and not followthrough.ideas(store, ana.id)


def test_control_characters_are_cleaned_like_typed_text(store, ana, tmp_path) -> None:
    data = build_document(store, "worksheet", ana.id, 2).data
    filled = fill(
        data,
        {
            "opd_ideas": "Share\x1b dashboards\x07\u202e\tweekly\r\nSecond\x00 idea",  # one idea a line
            "opd_meaning": "Free text:\tcolumns stay\x1b[2J\r\nnext line",  # free text
        },
    )
    result = import_worksheet(store, ana.id, _write(tmp_path, filled))
    assert [i.text for i in followthrough.ideas(store, ana.id)] == ["Share dashboards weekly", "Second idea"]
    second = conversations.series_conversation(store, ana.id, 2)
    body = notes.get_note(store, second.id, "mission_vision_values").body
    assert "Free text:\tcolumns stay[2J\nnext line" in body  # the rules for typed free text
    assert "Control characters were removed from “What the mission" in result.summary
    assert "“Your ideas for senior management”" in result.summary


def test_a_failure_halfway_rolls_everything_back(store, ana, tmp_path) -> None:
    plan = plans.start_plan(store, ana.id)
    data = build_document(store, "worksheet", ana.id, 6).data
    filled = fill(
        data,
        {
            "opd_options": "Mentoring",
            "opd_goal1": "A fine goal",
            "opd_actions1": "Start",
            "opd_goal2": "y" * 3000,
        },
    )
    _refused(store, ana.id, _write(tmp_path, filled), "nothing was imported: The goal is 3,000 characters")
    assert plans.get_plan(store, plan.id).goals == []
    assert (
        notes.get_note(store, conversations.series_conversation(store, ana.id, 6).id, "goals_options") is None
    )


# Hostile files (issue 12): each is exit 1 with one line, never 70 ---------------------


def _raw_pdf(objects: dict[int, bytes], info: int | None = 2) -> bytes:
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = {}
    for number, body in objects.items():
        offsets[number] = len(out)
        out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    start = len(out)
    size = max(objects) + 1
    out += f"xref\n0 {size}\n0000000000 65535 f \n".encode()
    for number in range(1, size):
        out += (
            f"{offsets[number]:010d} 00000 n \n" if number in offsets else "0000000000 65535 f \n"
        ).encode()
    info_ref = f" /Info {info} 0 R" if info else ""
    out += f"trailer\n<< /Size {size} /Root 1 0 R{info_ref} >>\nstartxref\n{start}\n%%EOF\n".encode()
    return bytes(out)


def _tag_object(report_id: int) -> bytes:
    tag = {"app": "opd-desktop", "kind": "worksheet", "format": 2, "conversation": 1}
    tag |= {"conversation_id": 1, "report_id": report_id, "report_name": "x", "fields": "x"}
    return b"<< /Keywords (" + json.dumps(tag).encode() + b") >>"


def _flate_bomb(keywords: bytes) -> bytes:
    """The label sits in an object stream that inflates to 90 MB (pypdf stops at its limit)."""
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = {}

    def add(number: int, body: bytes) -> None:
        offsets[number] = len(out)
        out.extend(f"{number} 0 obj\n".encode() + body + b"\nendobj\n")

    add(1, b"<< /Type /Catalog /AcroForm 3 0 R >>")
    add(3, b"<< /Fields [] >>")
    head = b"2 0 "
    packed = zlib.compress(head + keywords + b" " * 90_000_000, 9)
    header = b"<< /Type /ObjStm /N 1 /First %d /Length %d /Filter /FlateDecode >>" % (len(head), len(packed))
    add(6, header + b"\nstream\n" + packed + b"\nendstream")
    start = len(out)
    rows = [(0, 0, 65535), (1, offsets[1], 0), (2, 6, 0), (1, offsets[3], 0), (0, 0, 0), (0, 0, 0)]
    rows += [(1, offsets[6], 0), (1, start, 0)]
    table = b"".join(t.to_bytes(1, "big") + a.to_bytes(4, "big") + b.to_bytes(2, "big") for t, a, b in rows)
    out += (
        b"7 0 obj\n<< /Type /XRef /Size 8 /W [1 4 2] /Root 1 0 R /Info 2 0 R /Length %d >>\nstream\n"
        % len(table)
    )
    out += table + b"\nendstream\nendobj\n" + f"startxref\n{start}\n%%EOF\n".encode()
    return bytes(out)


def _hostile(store, report_id: int, tmp_path: Path) -> dict[str, tuple[bytes, str]]:
    good = build_document(store, "worksheet", report_id, 1).data
    tag = _tag_object(report_id)
    catalog = b"<< /Type /Catalog /AcroForm 3 0 R >>"
    return {
        "conversation-four.pdf": (_retag(good, conversation="four"), "does not say which conversation"),
        "conversation-float.pdf": (_retag(good, conversation=1.0), "does not say which conversation"),
        "report-as-text.pdf": (_retag(good, report_id=str(report_id)), "does not say whose worksheet"),
        "tag-not-json.pdf": (
            _keywords(good, '{"app": "opd-desktop", "kind"'),
            "not an OPD Desktop worksheet",
        ),
        "tag-a-list.pdf": (_keywords(good, '["opd-desktop", "worksheet"]'), "not an OPD Desktop worksheet"),
        "no-format.pdf": (_retag(good, format="two"), "no readable format number"),
        "flate-bomb.pdf": (_flate_bomb(tag), "expands beyond what a worksheet can hold"),
        "parent-loop.pdf": (
            _raw_pdf(
                {
                    1: catalog,
                    2: tag,
                    3: b"<< /Fields [4 0 R] >>",
                    4: b"<< /T (a) /Kids [5 0 R] >>",
                    5: b"<< /T (b) /Parent 4 0 R /Kids [4 0 R] >>",
                }
            ),
            "refer to themselves in a loop",
        ),
        "deep-nesting.pdf": (
            _raw_pdf({1: catalog, 2: tag, 3: b"<< /Fields " + b"[" * 5000 + b"]" * 5000 + b" >>"}),
            "nested too deeply to read",
        ),
        "deep-fields.pdf": (
            _raw_pdf(
                {1: catalog, 2: tag, 3: b"<< /Fields [4 0 R] >>"}
                | {n: b"<< /T (f) /Kids [%d 0 R] >>" % (n + 1) for n in range(4, 60)}
                | {60: b"<< /T (leaf) /V (x) >>"}
            ),
            "nested too deeply",
        ),
        "not-a-pdf.pdf": (b"GIF89a" + b"\0" * 100, "not a PDF file"),
        "truncated.pdf": (good[: len(good) // 3], "cannot be read as a PDF|not an OPD Desktop worksheet"),
    }


def test_hostile_worksheets_are_refused_with_one_line(store, ana, tmp_path) -> None:
    for name, (data, pattern) in _hostile(store, ana.id, tmp_path).items():
        path = _write(tmp_path, data, name)
        message = _refused(store, ana.id, path, pattern)
        assert message.startswith(name), message


def test_hostile_worksheets_exit_1_from_the_command(store, ana, tmp_path, data_dir, capsys) -> None:
    cases = _hostile(store, ana.id, tmp_path)
    store.close()
    cases["a-folder.pdf"] = (None, "not a regular file")
    for name, (data, pattern) in cases.items():
        path = tmp_path / name
        if data is None:
            path.mkdir()
        else:
            path.write_bytes(data)
        code = cli.main(["import", "worksheet", str(ana.id), str(path), "--data-dir", str(data_dir)])
        err = capsys.readouterr().err
        assert code == 1, (name, err)
        assert err.count("\n") == 1 and name in err and "\x1b" not in err, err
        assert __import__("re").search(pattern, err), (name, err)


def test_refusal_messages_carry_no_control_characters(store, ana, tmp_path) -> None:
    data = _retag(
        build_document(store, "worksheet", ana.id, 1).data, report_id=999, report_name="Evil\x1b[2J\u202eName"
    )
    with pytest.raises(
        WorksheetError, match=r"evilname.pdf was made for Evil\[2JName, not for Aoife"
    ) as caught:
        import_worksheet(store, ana.id, _write(tmp_path, data, "evil\x07name.pdf"))
    assert not any(ch in str(caught.value) for ch in "\x1b\x07\u202e")


def test_a_scanned_copy_is_told_apart_from_another_pdf(store, ana, tmp_path) -> None:
    from reportlab.pdfgen.canvas import Canvas

    scanned = tmp_path / "scan.pdf"
    canvas = Canvas(str(scanned))
    canvas.drawString(72, 720, "a page image would be here")
    canvas.save()
    _refused(store, ana.id, scanned, "no fillable fields .*printed and scanned")
