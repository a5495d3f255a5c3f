"""Gathers what the manager already records and hands it to the pure
computations in `core/measures.py`: for one report, or for the whole team
(active reports; archived ones still count for retention). Reads in bulk so
the team dashboard stays fast on a large team."""

from __future__ import annotations

import datetime as dt

from opd_desktop.core import measures as m
from opd_desktop.core.dates import date_from_iso
from opd_desktop.core.rhythm import effective_cadence
from opd_desktop.store.database import Store


def _scope(report_id: int | None, alias: str = "") -> tuple[str, list[object]]:
    column = f"{alias}report_id"
    if report_id is not None:
        return f"{column} = ?", [report_id]
    return f"{column} IN (SELECT id FROM reports WHERE archived_at IS NULL)", []


def _cadences(store: Store, report_id: int | None) -> tuple[dict[int, int], dict[int, int]]:
    """Each report's own cadence (between the seven conversations) and its
    plan's check-in cadence (after them); see `core.rhythm.effective_cadence`."""
    where, params = ("id = ?", [report_id]) if report_id is not None else ("archived_at IS NULL", [])
    own = dict(
        store.execute(
            f"SELECT id, cadence_days FROM reports WHERE {where} AND cadence_days IS NOT NULL", params
        )
    )
    where, params = _scope(report_id, "p.")
    checkins: dict[int, int] = {}
    for rid, days in store.execute(
        f"SELECT p.report_id, p.checkin_cadence_days FROM plans p WHERE {where} "
        "AND p.checkin_cadence_days IS NOT NULL ORDER BY p.version",
        params,
    ):
        checkins[rid] = days  # the latest version's
    return own, checkins


def compute(store: Store, report_id: int | None = None, today: dt.date | None = None) -> list[m.Measure]:
    """Every computed measure for one report, or for the team when `report_id` is None."""
    day = today or dt.date.today()
    where, params = _scope(report_id)
    found: list[m.Measure] = []

    done = "status IN ('held', 'completed') AND held_on IS NOT NULL"
    timed, skipped = store.execute(
        f"SELECT coalesce(sum({done} AND scheduled_at IS NOT NULL), 0), coalesce(sum(status = 'skipped'), 0) "
        f"FROM conversations WHERE {where}",
        params,
    ).fetchone()
    late = [
        days
        for (days,) in store.execute(
            "SELECT CAST(julianday(substr(held_on, 1, 10)) "
            "- julianday(substr(scheduled_at, 1, 10)) AS INTEGER) "
            f"FROM conversations WHERE {where} AND {done} AND scheduled_at IS NOT NULL "
            "AND substr(held_on, 1, 10) > substr(scheduled_at, 1, 10)",
            params,
        )
    ]
    found += m.held_on_time_counts(timed, late, skipped)
    own, checkins = _cadences(store, report_id)
    gaps = [
        (gap, effective_cadence(own.get(rid), checkins.get(rid), number is None))
        for rid, number, gap in store.execute(
            "SELECT report_id, number, CAST(julianday(substr(held_on, 1, 10)) "
            "- julianday(substr(lag(held_on) OVER (PARTITION BY report_id ORDER BY held_on), 1, 10)) "
            "AS INTEGER) "
            f"FROM conversations WHERE {where} AND {done}",
            params,
        )
        if gap is not None
    ]
    detail = (
        f"cadence {own.get(report_id, m.DEFAULT_CADENCE_DAYS)} days"
        + (f", check-ins every {checkins[report_id]}" if report_id in checkins else "")
        if report_id is not None
        else "against each report's cadence"
    )
    found += m.gap_measures(gaps, detail)
    firsts = {
        rid: date_from_iso(held_on)
        for rid, held_on in store.execute(
            f"SELECT report_id, held_on FROM conversations WHERE {where} AND number = 1 AND {done}", params
        )
    }

    items = [
        m.Item(owner, status, date_from_iso(due), date_from_iso(closed))
        for owner, status, due, closed in store.execute(
            f"SELECT owner, status, due_date, closed_at FROM action_items WHERE {where}", params
        )
    ]
    found += m.items_done(items)

    ideas = [
        m.IdeaTrack(status, date_from_iso(taken), date_from_iso(answered), outcome)
        for status, taken, answered, outcome in store.execute(
            f"SELECT status, taken_on, feedback_on, outcome FROM ideas WHERE {where}", params
        )
    ]
    found += m.ideas_measures(ideas)

    statuses = [
        s
        for (s,) in store.execute(
            f"SELECT commitment_status FROM leadership_feedback WHERE {where} AND trim(commitments) != ''",
            params,
        )
    ]
    found.append(m.commitments_kept(statuses))

    plan_where, plan_params = _scope(report_id, "p.")
    outcomes = [
        o
        for (o,) in store.execute(
            "SELECT g.outcome FROM plan_goals g JOIN plans p ON p.id = g.plan_id "
            f"WHERE {plan_where} AND p.status = 'final'",
            plan_params,
        )
    ]
    found += m.goals_achieved(outcomes)

    finals: dict[int, dt.date] = {}
    for rid, finalized in store.execute(
        f"SELECT p.report_id, min(p.finalized_at) FROM plans p WHERE {plan_where} "
        "AND p.finalized_at IS NOT NULL GROUP BY p.report_id",
        plan_params,
    ):
        finals[rid] = date_from_iso(finalized)  # type: ignore[assignment]
    found.append(m.days_to_final_plan([(firsts.get(rid), final) for rid, final in finals.items()]))

    found += retention(store, report_id, day)
    return found


def retention(store: Store, report_id: int | None, today: dt.date) -> list[m.Measure]:
    """Retention counts archived reports too: that is the point of it."""
    sql = (
        "SELECT r.id, c.held_on, r.archived_at, r.left_on, r.archive_reason FROM reports r "
        "JOIN conversations c ON c.report_id = r.id AND c.number = 1 "
        "WHERE c.status IN ('held', 'completed') AND c.held_on IS NOT NULL"
    )
    params: list[object] = []
    if report_id is not None:
        sql += " AND r.id = ?"
        params.append(report_id)
    people = []
    for _rid, first, archived_at, left_on, reason in store.execute(sql, params):
        left = date_from_iso(left_on) or date_from_iso(archived_at)
        people.append(m.Tenure(date_from_iso(first), left if archived_at else None, reason))  # type: ignore[arg-type]
    if report_id is not None:
        return []  # retention is a team figure
    return [m.retention(people, today, 6), m.retention(people, today, 12)]
