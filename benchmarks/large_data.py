"""Build a large data folder for benchmarks: 200 reports, each through the
seven conversations and five years of fortnightly check-ins (about 100k notes).
Rows go in with bulk inserts; the schema is the app's own."""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

from opd_desktop.core.dates import now_stamp
from opd_desktop.store.database import open_store

REPORTS = 200
YEARS = 5
NOTES_PER_CHECKIN = 4
WORDS = [
    "plan",
    "goal",
    "clinic",
    "migration",
    "mentor",
    "talk",
    "release",
    "review",
    "team",
    "customer",
    "data",
    "focus",
]


def _text(rng: random.Random, words: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(words)).capitalize() + "."


def build(folder: Path, seed: int = 7, reports: int = REPORTS) -> Path:
    """Fill `folder` (which must not hold a database yet) with `reports` reports
    (about 500 notes each); returns it."""
    rng = random.Random(seed)
    store = open_store(folder)
    stamp = now_stamp()
    start = dt.date.today() - dt.timedelta(days=365 * YEARS)
    checkin_keys = ["wins", "plan_progress", "performance", "follow_through"]
    with store.write("reports") as db:
        conn = db.conn
        for index in range(reports):
            report_id = conn.execute(
                "INSERT INTO reports(name, role, team, created_at, updated_at) VALUES (?,?,?,?,?)",
                [f"Person {index:03d} Żółć", "Engineer", f"Team {index % 12}", stamp, stamp],
            ).lastrowid
            day = start + dt.timedelta(days=index % 14)
            conversation_rows = []
            for number in range(1, 8):
                conversation_rows.append((report_id, number, "completed", day.isoformat(), day.isoformat()))
                day += dt.timedelta(days=14)
            while day < dt.date.today():
                conversation_rows.append((report_id, None, "held", day.isoformat(), day.isoformat()))
                day += dt.timedelta(days=14)
            conversation_rows.append((report_id, None, "planned", f"{day.isoformat()} 10:00", None))
            note_rows = []
            for report, number, status, when, held in conversation_rows:
                cid = conn.execute(
                    "INSERT INTO conversations(report_id, number, status, scheduled_at, held_on, "
                    "created_at, updated_at) VALUES (?,?,?,?,?,?,?)",
                    [report, number, status, when, held, stamp, stamp],
                ).lastrowid
                if status != "planned":
                    for key in checkin_keys[:NOTES_PER_CHECKIN]:
                        note_rows.append((cid, key, _text(rng, rng.randint(20, 80)), stamp))
            conn.executemany(
                "INSERT INTO notes(conversation_id, item_key, body, updated_at) VALUES (?,?,?,?)",
                note_rows,
            )
            conn.executemany(
                "INSERT INTO action_items(report_id, text, owner, status, created_at) "
                "VALUES (?, ?, 'employee', ?, ?)",
                [(report_id, _text(rng, 6), rng.choice(["open", "done", "done"]), stamp) for _ in range(30)],
            )
    store.close()
    return folder
