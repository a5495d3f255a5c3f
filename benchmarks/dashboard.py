"""Return dashboard benchmark on the large data (200 reports, five years of
check-ins), with agreed metrics added: three team metrics measured for every
report at every series conversation and quarterly since, one metric per
report, and a few ideas each. Prints figures; asserts nothing.

Measures opening the team's Return tab and one report's Metrics page: the
content model alone; then, for the page, the time until it is shown (the
team's figures are worked out in a worker thread meanwhile), until the
figures are in, and until every chart is drawn (one per event-loop turn).
pyqtgraph's one-time import is timed separately: it is paid once per
session, the first time any dashboard opens.

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python -m benchmarks.dashboard
"""

from __future__ import annotations

import datetime as dt
import os
import random
import statistics
import tempfile
import time
from pathlib import Path

from benchmarks.large_data import build
from opd_desktop.core.dates import now_stamp
from opd_desktop.store.database import Store, open_store

RUNS = 7


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:7.1f} ms"


def add_metrics(store: Store, seed: int = 3) -> int:
    """Metric definitions and values for every report, with bulk inserts."""
    rng = random.Random(seed)
    stamp = now_stamp()
    today = dt.date.today()
    with store.write("metrics") as db:
        conn = db.conn
        team = []
        for name, unit, higher, template in (
            ("Engagement", "score 1–5", 1, "engagement"),
            ("Employee NPS", "score 0–10", 1, "enps"),
            ("Retention risk", "score 1–5", 0, ""),
        ):
            team.append(
                conn.execute(
                    "INSERT INTO metric_definitions(name, unit, higher_is_better, template, agreed_in, "
                    "created_at) VALUES (?, ?, ?, ?, 1, ?)",
                    [name, unit, higher, template, stamp],
                ).lastrowid
            )
        rows = []
        reports = [r for (r,) in conn.execute("SELECT id FROM reports")]
        for report_id in reports:
            own = conn.execute(
                "INSERT INTO metric_definitions(name, unit, higher_is_better, report_id, target, created_at) "
                "VALUES ('Turnaround', 'days', 0, ?, 3, ?)",
                [report_id, stamp],
            ).lastrowid
            days = [
                dt.date.fromisoformat(d[:10])
                for (d,) in conn.execute(
                    "SELECT held_on FROM conversations WHERE report_id = ? AND number IN (1, 4, 7) "
                    "ORDER BY number",
                    [report_id],
                )
            ]
            day = days[-1]
            while day < today:
                day += dt.timedelta(days=91)
                days.append(min(day, today))
            for step, when in enumerate(days):
                for metric_id, start, slope in (
                    (team[0], 3.0, 0.05),
                    (team[1], 6.0, 0.1),
                    (team[2], 3.0, -0.05),
                ):
                    value = max(
                        0.0, min(5.0 if metric_id != team[1] else 10.0, start + slope * step + rng.random())
                    )
                    rows.append((metric_id, report_id, when.isoformat(), round(value, 1), stamp))
                rows.append((own, report_id, when.isoformat(), max(1.0, 8 - 0.3 * step), stamp))
        conn.executemany(
            "INSERT INTO metric_values(metric_id, report_id, measured_on, value, created_at) "
            "VALUES (?,?,?,?,?)",
            rows,
        )
        ideas = []
        for report_id in reports:
            for index in range(5):
                status = ["captured", "taken", "answered", "shared", "dropped"][index]
                ideas.append((report_id, f"Idea {index}", status, "2024-01-10", "2024-01-20", stamp))
        conn.executemany(
            "INSERT INTO ideas(report_id, text, status, taken_on, feedback_on, created_at) "
            "VALUES (?,?,?,?,?,?)",
            ideas,
        )
    return len(rows)


def _median(fn) -> float:
    timings = []
    for _ in range(RUNS):
        began = time.perf_counter()
        fn()
        timings.append(time.perf_counter() - began)
    return statistics.median(timings)


def main() -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QApplication

    from opd_desktop.core.guides import default_guides
    from opd_desktop.services import dashboard
    from opd_desktop.ui.autosave import Autosaver
    from opd_desktop.ui.context import ScreenContext

    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "large"
        build(folder)
        store = open_store(folder)
        values = add_metrics(store)
        reports = store.execute("SELECT count(*) FROM reports").fetchone()[0]
        conversations = store.execute("SELECT count(*) FROM conversations").fetchone()[0]
        print(f"data: {reports} reports, {conversations} conversations, {values} metric values")
        report_id = store.execute("SELECT id FROM reports ORDER BY id LIMIT 1 OFFSET 100").fetchone()[0]

        team_model = _median(lambda: dashboard.for_team(store))
        print(f"team content model (metrics + measures), median of {RUNS}:   {_ms(team_model)}")
        print(
            f"report content model, median of {RUNS}:                     "
            f"{_ms(_median(lambda: dashboard.for_report(store, report_id)))}"
        )

        began = time.perf_counter()
        import pyqtgraph  # noqa: F401  (the one-time cost of the first dashboard)

        print(f"pyqtgraph + numpy import (once per session):           {_ms(time.perf_counter() - began)}")

        from opd_desktop.ui.return_page import ReturnDashboard

        context = ScreenContext(store, default_guides(), Autosaver(), lambda message: None)

        def open_page(report: int | None) -> tuple[float, float, float]:
            """Seconds until the page is shown, until its figures are in, until every chart is drawn."""
            began = time.perf_counter()
            page = ReturnDashboard(context, report)
            page.resize(1000, 760)
            page.refresh()
            page.show()
            while not page.first_painted_at:  # the page paints its figures (a report's) or its frame
                app.processEvents()
            shown = page.first_painted_at - began
            while page.board is None:
                app.processEvents()
                time.sleep(0.001)
            figures = time.perf_counter() - began
            while page._pending:
                app.processEvents()
            app.processEvents()
            drawn = time.perf_counter() - began
            page.close()
            page.deleteLater()
            QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # not inside the next run
            return shown, figures, drawn

        open_page(None)  # warm: fonts, styles
        for label, report in (("team Return tab", None), ("report Metrics page", report_id)):
            runs = [open_page(report) for _ in range(RUNS)]
            shown, figures, drawn = (statistics.median(r[i] for r in runs) for i in range(3))
            print(
                f"{label}, median of {RUNS}: shown {_ms(shown)}, figures in {_ms(figures)}, "
                f"all charts drawn {_ms(drawn)}"
            )
        store.close()


if __name__ == "__main__":
    main()
