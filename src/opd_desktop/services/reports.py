"""Use cases for the team roster: adding, editing, archiving and finding
direct reports, and listing them with their stage."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import replace

from opd_desktop.core.changes import Topic
from opd_desktop.core.dates import date_from_iso, datetime_from_iso, now_stamp, parse_date, to_iso
from opd_desktop.core.i18n_marks import QT_TRANSLATE_NOOP
from opd_desktop.core.models import Report, RosterEntry
from opd_desktop.core.series import SERIES_LENGTH
from opd_desktop.core.stages import ConversationState, Stage, Status, compute_stage
from opd_desktop.errors import NotFoundError, ValidationError
from opd_desktop.services import rows
from opd_desktop.services.text import MAX_NAME_LENGTH, clean_line, name_key
from opd_desktop.store.database import Store

TOPIC = Topic.REPORTS


def _start_date(value: str | dt.date | None) -> str | None:
    if value is None or value == "":
        return None
    if isinstance(value, str):
        value = parse_date(value, "start date")
    if value > dt.date.today() + dt.timedelta(days=366):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors", "The start date {isoformat} is more than a year away; check the year."
            ).format(isoformat=value.isoformat()),
            "start date",
        )
    return value.isoformat()


def _check_unique_name(store: Store, name: str, except_id: int | None = None) -> None:
    key = name_key(name)
    for row in store.execute("SELECT id, name FROM reports WHERE archived_at IS NULL"):
        if row[0] != except_id and name_key(row[1]) == key:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "{value} is already on your team. Use a different name, for example with an initial.",
                ).format(value=row[1]),
                "name",
            )


def add_report(
    store: Store,
    name: str,
    role: str = "",
    team: str = "",
    start_date: str | dt.date | None = None,
    *,
    at: dt.datetime | None = None,
) -> Report:
    """Add a direct report; the seven conversations are created as planned."""
    clean_name = clean_line(name, "name", required=True, max_length=MAX_NAME_LENGTH)
    clean_role = clean_line(role, "role", max_length=MAX_NAME_LENGTH)
    clean_team = clean_line(team, "team", max_length=MAX_NAME_LENGTH)
    start = _start_date(start_date)
    stamp = at.isoformat() if at else now_stamp()
    with store.write(TOPIC, Topic.CONVERSATIONS) as db:
        _check_unique_name(store, clean_name)
        cursor = db.execute(
            "INSERT INTO reports(name, role, team, start_date, created_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            [clean_name, clean_role, clean_team, start, stamp, stamp],
        )
        report_id = cursor.lastrowid
        db.conn.executemany(
            "INSERT INTO conversations(report_id, number, status, created_at, updated_at) "
            "VALUES (?, ?, 'planned', ?, ?)",
            [(report_id, n, stamp, stamp) for n in range(1, SERIES_LENGTH + 1)],
        )
    return get_report(store, report_id)


def edit_report(
    store: Store,
    report_id: int,
    *,
    name: str | None = None,
    role: str | None = None,
    team: str | None = None,
    start_date: str | dt.date | None = None,
) -> Report:
    current = get_report(store, report_id)
    clean_name = (
        clean_line(name, "name", required=True, max_length=MAX_NAME_LENGTH)
        if name is not None
        else current.name
    )
    values = {
        "name": clean_name,
        "role": clean_line(role, "role", max_length=MAX_NAME_LENGTH) if role is not None else current.role,
        "team": clean_line(team, "team", max_length=MAX_NAME_LENGTH) if team is not None else current.team,
        "start_date": _start_date(start_date) if start_date is not None else to_iso(current.start_date),
        "updated_at": now_stamp(),
    }
    with store.write(TOPIC, report_id=report_id) as db:
        if not current.archived:
            _check_unique_name(store, clean_name, except_id=report_id)
        db["reports"].update(report_id, values)
    return get_report(store, report_id)


def archive_report(store: Store, report_id: int) -> Report:
    get_report(store, report_id)
    with store.write(TOPIC, report_id=report_id) as db:
        db.execute(
            "UPDATE reports SET archived_at = ?, updated_at = ? WHERE id = ? AND archived_at IS NULL",
            [now_stamp(), now_stamp(), report_id],
        )
    return get_report(store, report_id)


def restore_report(store: Store, report_id: int) -> Report:
    report = get_report(store, report_id)
    with store.write(TOPIC, report_id=report_id) as db:
        _check_unique_name(store, report.name, except_id=report_id)
        db.execute(
            "UPDATE reports SET archived_at = NULL, updated_at = ? WHERE id = ?",
            [now_stamp(), report_id],
        )
    return get_report(store, report_id)


def get_report(store: Store, report_id: int) -> Report:
    found = rows.query(store, "SELECT * FROM reports WHERE id = ?", [report_id])
    if not found:
        raise NotFoundError(
            QT_TRANSLATE_NOOP("Errors", "There is no report with id {report_id}.").format(report_id=report_id)
        )
    return rows.report(found[0])


def list_reports(store: Store, *, include_archived: bool = False) -> list[Report]:
    sql = "SELECT * FROM reports"
    if not include_archived:
        sql += " WHERE archived_at IS NULL"
    found = [rows.report(r) for r in rows.query(store, sql)]
    return sorted(found, key=lambda r: name_key(r.name))


def list_roster(
    store: Store, *, include_archived: bool = False, now: dt.datetime | None = None
) -> list[RosterEntry]:
    """Every report with its stage, in name order. Held check-ins are counted
    in SQL; only series conversations and planned check-ins are read. Without
    `now`, the result is remembered until the data changes (within the minute),
    so the roster and the team overview read it once."""
    if now is None:
        moment = dt.datetime.now()
        key = ("roster", include_archived, moment.replace(second=0, microsecond=0))
        return list(store.cached(key, lambda: _list_roster(store, include_archived, moment)))
    return _list_roster(store, include_archived, now)


def _list_roster(store: Store, include_archived: bool, moment: dt.datetime) -> list[RosterEntry]:
    reports = list_reports(store, include_archived=include_archived)
    states: dict[int, list[ConversationState]] = defaultdict(list)
    for report_id, number, status, scheduled_at, held_on, held_at in store.execute(
        "SELECT report_id, number, status, scheduled_at, held_on, held_at FROM conversations "
        "WHERE number IS NOT NULL OR status = 'planned'"
    ):
        states[report_id].append(
            ConversationState(
                number=number,
                status=Status(status),
                scheduled_at=datetime_from_iso(scheduled_at),
                held_on=date_from_iso(held_on),
                held_at=datetime_from_iso(held_at),
            )
        )
    held_checkins: dict[int, tuple[int, dt.datetime | None]] = {
        report_id: (count, datetime_from_iso(latest))
        for report_id, count, latest in store.execute(
            "SELECT report_id, count(*), max(coalesce(held_at, held_on || ' 09:00')) FROM conversations "
            "WHERE number IS NULL AND status IN ('held', 'completed') GROUP BY report_id"
        )
    }
    checkin_cadences = _checkin_cadences(store)
    open_items = dict(
        store.execute(
            "SELECT report_id, count(*) FROM action_items WHERE status = 'open' GROUP BY report_id"
        ).fetchall()
    )
    return [
        RosterEntry(
            r,
            _stage(
                r,
                states.get(r.id, []),
                moment,
                *held_checkins.get(r.id, (0, None)),
                checkin_cadences.get(r.id),
            ),
            open_items.get(r.id, 0),
        )
        for r in reports
    ]


def _checkin_cadences(store: Store, report_id: int | None = None) -> dict[int, int]:
    """The check-in cadence agreed in conversation 7, from the latest plan that has one."""
    sql = "SELECT report_id, checkin_cadence_days FROM plans WHERE checkin_cadence_days IS NOT NULL"
    params: list[int] = []
    if report_id is not None:
        sql += " AND report_id = ?"
        params.append(report_id)
    return dict(store.execute(sql + " ORDER BY report_id, version", params).fetchall())


def _stage(
    report: Report,
    states: list[ConversationState],
    now: dt.datetime,
    checkins_held: int,
    last_checkin: dt.datetime | None,
    checkin_cadence: int | None,
) -> Stage:
    stage = compute_stage(
        states,
        now,
        checkins_held,
        last_held_elsewhere=last_checkin,
        cadence_days=report.cadence_days,
        checkin_cadence_days=checkin_cadence,
        added_on=report.added_on,
    )
    return replace(stage, needs_date=False) if report.archived else stage


def roster_entry(store: Store, report_id: int, now: dt.datetime | None = None) -> RosterEntry:
    from opd_desktop.services.conversations import journey  # it imports this module

    report = get_report(store, report_id)
    states = [  # from the journey the report's page reads next (read once until the next write)
        ConversationState(c.number, c.status, c.scheduled_at, c.held_on, c.held_at)
        for c in journey(store, report_id)
    ]
    cadence = _checkin_cadences(store, report_id).get(report_id)
    return RosterEntry(report, _stage(report, states, now or dt.datetime.now(), 0, None, cadence))


def set_cadence(store: Store, report_id: int, days: int | None) -> Report:
    """Days between this report's conversations (None: the default of two weeks)."""
    from opd_desktop.core.rhythm import check_cadence

    get_report(store, report_id)
    with store.write(TOPIC) as db:
        db.execute(
            "UPDATE reports SET cadence_days = ?, updated_at = ? WHERE id = ?",
            [None if days is None else check_cadence(days), now_stamp(), report_id],
        )
    return get_report(store, report_id)


def find_report(store: Store, query: str) -> Report:
    """A report named by id or by an unambiguous part of the name."""
    text = query.strip()
    if not text:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Name a report by its id or part of its name."), "report"
        )
    if text.isdigit():
        return get_report(store, int(text))
    key = name_key(text)
    everyone = list_reports(store, include_archived=True)
    exact = [r for r in everyone if name_key(r.name) == key]
    if len(exact) == 1:
        return exact[0]
    matches = [r for r in everyone if key in name_key(r.name)]
    active = [r for r in matches if not r.archived]
    if len(active) == 1 or (not active and len(matches) == 1):
        return (active or matches)[0]
    if not matches:
        raise NotFoundError(
            QT_TRANSLATE_NOOP(
                "Errors", "No report matches {text}. Run 'opd reports' to see the names."
            ).format(text=repr(text))
        )
    names = ", ".join(f"{r.name} (id {r.id})" for r in (active or matches)[:6])
    raise ValidationError(
        QT_TRANSLATE_NOOP(
            "Errors", "{text} matches several reports: {names}. Use more of the name or the id."
        ).format(text=repr(text), names=names),
        "report",
    )
