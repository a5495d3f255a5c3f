"""Team import from CSV: encodings, separators, HR headers, dates, bad rows
with their line numbers, the preview, and all-or-nothing writing."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from opd_desktop.errors import OpdError
from opd_desktop.services import reports, roster_import
from opd_desktop.services.roster_import import InvalidRowsError, RosterError, parse_start_date

TEAM = [
    ("Zoë Dvořák", "Data Analyst", "Insights", "2024-03-14"),
    ("Łukasz Żółć", "Software Engineer", "Platform", "2023-01-09"),
    ("Şükrü Öz", "Sales Analyst", "Customers", "2022-11-30"),
    ("Дмитрий Иванов", "QA Lead", "Platform", "2021-06-01"),
    ("محمد الأحمد", "Customer Success", "Customers", "2020-02-17"),
    ("张伟", "Product Designer", "Insights", "2019-09-02"),
]


def write(tmp_path: Path, text: str, encoding: str = "utf-8", name: str = "team.csv") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def names(store) -> list[str]:
    return [r.name for r in reports.list_reports(store, include_archived=True)]


def csv_text(separator: str = ",", header: str = "Name,Role,Team,Start date") -> str:
    lines = [header.replace(",", separator)]
    lines += [separator.join(row) for row in TEAM]
    return "\n".join(lines) + "\n"


def test_utf8_with_bom_adds_everyone_with_international_names(store, tmp_path: Path) -> None:
    path = write(tmp_path, "\ufeff" + csv_text())
    preview = roster_import.import_roster(store, path)
    assert preview.encoding == "UTF-8"
    assert [p.name for p in preview.to_add] == [row[0] for row in TEAM]
    added = {r.name: r for r in reports.list_reports(store)}
    assert set(added) == {row[0] for row in TEAM}
    assert added["张伟"].role == "Product Designer"
    assert added["محمد الأحمد"].start_date == dt.date(2020, 2, 17)
    assert added["Дмитрий Иванов"].team == "Platform"


def test_utf8_without_bom_and_semicolons(store, tmp_path: Path) -> None:
    path = write(tmp_path, csv_text(";"))
    preview = roster_import.import_roster(store, path)
    assert preview.delimiter == ";" and len(preview.to_add) == 6
    assert "semicolon-separated" in preview.summary()


def test_tabs_are_sniffed(store, tmp_path: Path) -> None:
    preview = roster_import.read_roster(store, write(tmp_path, csv_text("\t")))
    assert preview.delimiter == "\t" and preview.ok and len(preview.to_add) == 6


def test_windows_1252_as_excel_writes_it(store, tmp_path: Path) -> None:
    text = "Employee Name;Job Title;Department;Hire Date\r\nZoë Müller;Ingénieure;Équipe;09.03.2024\r\n"
    preview = roster_import.import_roster(store, write(tmp_path, text, "cp1252"))
    assert preview.encoding == "Windows-1252"
    person = reports.list_reports(store)[0]
    assert (person.name, person.role, person.team, person.start_date) == (
        "Zoë Müller",
        "Ingénieure",
        "Équipe",
        dt.date(2024, 3, 9),
    )


def test_utf16_as_excel_unicode_text_writes_it(store, tmp_path: Path) -> None:
    preview = roster_import.import_roster(store, write(tmp_path, csv_text("\t"), "utf-16"))
    assert preview.encoding == "UTF-16" and len(preview.to_add) == 6
    assert "Дмитрий Иванов" in names(store)


def test_hr_headers_and_first_last_columns_are_joined(store, tmp_path: Path) -> None:
    text = (
        "Employee ID,First Name,Last Name,Position,Dept,Original Hire Date,Email\n"
        "17,Łukasz,Żółć,Engineer,Platform,2023-01-09,l@example.com\n"
        "18,Şükrü,Öz,Analyst,Customers,2022-11-30,s@example.com\n"
        "19,伟,张,Designer,Insights,2019-09-02,z@example.com\n"
        "20,Дмитрий,Иванов,QA Lead,Platform,2021-06-01,d@example.com\n"
    )
    preview = roster_import.import_roster(store, write(tmp_path, text))
    assert [p.name for p in preview.to_add] == ["Łukasz Żółć", "Şükrü Öz", "张伟", "Дмитрий Иванов"]
    assert preview.ignored_columns == ["Employee ID", "Email"]
    assert reports.find_report(store, "Żółć").role == "Engineer"


@pytest.mark.parametrize(
    "header",
    [
        "Full name,Job title,Department,Start date",
        "EMPLOYEE_NAME,TITLE,TEAM,HIRE_DATE",
        "name,role,team,start",
    ],
)
def test_header_spellings(store, tmp_path: Path, header: str) -> None:
    preview = roster_import.read_roster(store, write(tmp_path, csv_text(",", header)))
    assert preview.ok and len(preview.to_add) == 6
    assert preview.to_add[0].team == "Insights" and preview.to_add[0].start_date == dt.date(2024, 3, 14)


def test_people_already_on_the_team_are_skipped_never_doubled(store, tmp_path: Path) -> None:
    reports.add_report(store, "Zoë Dvořák")
    reports.add_report(store, "张伟")
    preview = roster_import.import_roster(store, write(tmp_path, csv_text()))
    assert [(s.line, s.name) for s in preview.already] == [(2, "Zoë Dvořák"), (7, "张伟")]
    assert len(preview.to_add) == 4
    assert sorted(names(store)) == sorted(row[0] for row in TEAM)
    again = roster_import.import_roster(store, write(tmp_path, csv_text()))
    assert again.to_add == [] and len(again.already) == 6
    assert len(names(store)) == 6


def test_bad_rows_are_listed_with_line_numbers_and_nothing_is_written(store, tmp_path: Path) -> None:
    text = (
        "Name,Role,Team,Start date\n"
        "Zoë Dvořák,Analyst,Insights,2024-03-14\n"
        ",Engineer,Platform,2023-01-09\n"  # line 3: no name
        "Şükrü Öz,Analyst,Customers,2024-02-30\n"  # line 4: no such day
        "Дмитрий Иванов,QA,Platform\n"  # line 5: ragged
        "\n"
        "张伟,Designer,Insights,03/04/2024\n"  # line 7: ambiguous day/month
        "محمد الأحمد,CS,Customers,2024-03-01,extra\n"  # line 8: ragged
    )
    path = write(tmp_path, text)
    preview = roster_import.read_roster(store, path)
    assert [i.line for i in preview.invalid] == [3, 4, 5, 7, 8]
    reasons = {i.line: i.reason for i in preview.invalid}
    assert "name is empty" in reasons[3]
    assert "not a real date" in reasons[4]
    assert "3 fields but the header has 4" in reasons[5]
    assert "could be 3 April or 4 March" in reasons[7]
    with pytest.raises(InvalidRowsError) as refused:
        roster_import.import_roster(store, path)
    message = str(refused.value)
    for line in (3, 4, 5, 7, 8):
        assert f"line {line}:" in message
    assert "nothing was imported" in message
    assert names(store) == []


def test_a_dry_run_writes_nothing(store, tmp_path: Path) -> None:
    preview = roster_import.import_roster(store, write(tmp_path, csv_text()), dry_run=True)
    assert len(preview.to_add) == 6
    assert names(store) == []
    assert "add   line 2: Zoë Dvořák" in "\n".join(preview.lines())


def test_the_writing_is_one_transaction(store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    preview = roster_import.read_roster(store, write(tmp_path, csv_text()))
    real_add = reports.add_report
    calls = []

    def failing_add(*args, **kwargs):
        calls.append(args[1])
        if len(calls) == 4:
            raise OpdError("disk full")
        return real_add(*args, **kwargs)

    monkeypatch.setattr(reports, "add_report", failing_add)
    with pytest.raises(OpdError):
        roster_import.apply(store, preview)
    assert names(store) == []


def test_the_same_name_twice_in_the_file_is_invalid(store, tmp_path: Path) -> None:
    text = "Name\nZoë Dvořák\nŁukasz Żółć\nZOË DVOŘÁK\n"
    preview = roster_import.read_roster(store, write(tmp_path, text))
    assert [(i.line, "already on line 2" in i.reason) for i in preview.invalid] == [(4, True)]


def test_names_are_cleaned_like_typed_text(store, tmp_path: Path) -> None:
    text = 'Name,Role\n"  Zoë   Dvořák ","  Data\tAnalyst "\n'
    roster_import.import_roster(store, write(tmp_path, text))
    person = reports.list_reports(store)[0]
    assert (person.name, person.role) == ("Zoë Dvořák", "Data Analyst")


def test_quoted_fields_with_separators_and_line_breaks_keep_line_numbers(store, tmp_path: Path) -> None:
    text = 'Name,Role,Team\n"Öz, Şükrü","Sales\nAnalyst",Customers\n张伟,Designer\n'
    preview = roster_import.read_roster(store, write(tmp_path, text))
    assert preview.to_add[0].name == "Öz, Şükrü"
    assert [i.line for i in preview.invalid] == [4]


@pytest.mark.parametrize(
    ("text", "order", "expected"),
    [
        ("2024-03-14", None, dt.date(2024, 3, 14)),
        ("2024/03/14", None, dt.date(2024, 3, 14)),
        ("2024-03-14 00:00:00", None, dt.date(2024, 3, 14)),
        ("14/03/2024", None, dt.date(2024, 3, 14)),
        ("03/14/2024", None, dt.date(2024, 3, 14)),
        ("14.03.2024", None, dt.date(2024, 3, 14)),
        ("03.04.2024", None, dt.date(2024, 4, 3)),
        ("03/04/2024", "dmy", dt.date(2024, 4, 3)),
        ("03/04/2024", "mdy", dt.date(2024, 3, 4)),
        ("04/04/2024", None, dt.date(2024, 4, 4)),
        ("14 Mar 2024", None, dt.date(2024, 3, 14)),
        ("14-Mar-2024", None, dt.date(2024, 3, 14)),
        ("March 14, 2024", None, dt.date(2024, 3, 14)),
        ("", None, None),
    ],
)
def test_start_date_formats(text: str, order: str | None, expected: dt.date | None) -> None:
    assert parse_start_date(text, order) == expected


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("03/04/2024", "could be"),
        ("03/04/24", "two-digit year"),
        ("soon", "not a date"),
        ("31/02/2024", "real"),
    ],
)
def test_unreadable_dates_are_refused(text: str, message: str) -> None:
    with pytest.raises(OpdError, match=message):
        parse_start_date(text)


def test_the_other_dates_in_the_file_settle_day_and_month(store, tmp_path: Path) -> None:
    text = "Name,Start date\nZoë Dvořák,25/03/2024\nŁukasz Żółć,03/04/2024\n"
    preview = roster_import.read_roster(store, write(tmp_path, text))
    assert preview.ok
    assert [p.start_date for p in preview.to_add] == [dt.date(2024, 3, 25), dt.date(2024, 4, 3)]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "is empty"),
        (b"   \n\n", "is empty"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "is a PDF"),
        (b"PK\x03\x04\x14\x00\x06\x00rest-of-an-xlsx", "spreadsheet"),
        (b"Name,Role\n", "header but no rows"),
        (b"Email,Phone\na@b.c,123\n", "no name column"),
        (b"Name\n\x81\x8d\x8f\x90\x9d\n", "neither UTF-8 nor Windows-1252"),
        (b"\x00\x01\x02binary", "not a text file"),
    ],
)
def test_files_that_are_not_rosters_get_one_clear_message(
    store, tmp_path: Path, content: bytes, message: str
) -> None:
    path = tmp_path / "file.csv"
    path.write_bytes(content)
    with pytest.raises(RosterError, match=message):
        roster_import.import_roster(store, path)
    assert names(store) == []


def test_a_ten_megabyte_file_is_refused_before_reading(store, tmp_path: Path) -> None:
    path = tmp_path / "huge.csv"
    path.write_bytes(b"Name\n" + b"Zo\xc3\xab Dvo\xc5\x99\xc3\xa1k\n" * 720_000)
    assert path.stat().st_size > 10_000_000
    with pytest.raises(RosterError, match=r"1\d\.\d MB"):
        roster_import.import_roster(store, path)
    assert names(store) == []


def test_a_missing_file(store, tmp_path: Path) -> None:
    with pytest.raises(RosterError, match="no file"):
        roster_import.read_roster(store, tmp_path / "absent.csv")


def test_an_archived_report_of_the_same_name_is_not_added_again(store, tmp_path: Path) -> None:
    former = reports.add_report(store, "Şükrü Öz")
    reports.archive_report(store, former.id)
    preview = roster_import.import_roster(store, write(tmp_path, "Name\nşükrü öz\n张伟\n"))
    assert [(s.name, s.reason) for s in preview.already] == [("şükrü öz", "archived; restore them instead")]
    assert sorted(names(store)) == sorted(["Şükrü Öz", "张伟"])


def test_control_characters_in_a_roster_are_cleaned_like_typed_text(store, tmp_path: Path) -> None:
    text = 'Name,Role\n"Zoë\u202e Dvořák\x1b[31m","Analyst\x07"\n'
    roster_import.import_roster(store, write(tmp_path, text))
    person = reports.list_reports(store)[0]
    assert "\x1b" not in person.name and "\u202e" not in person.name and "\x07" not in person.role
    assert person.name.startswith("Zoë") and "Dvořák" in person.name
