"""Render the rhythm's screens from the demo data to PNG, to look at: the
overview with Today and Needs a date, search results, a search hit opened,
the reminder banner, the schedule dialog and the settings.

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/render_rhythm.py [OUT_DIR]
"""

from __future__ import annotations

import datetime as dt
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from opd_desktop.services import conversations, reports
from opd_desktop.services.demo import create_demo
from opd_desktop.ui.main_window import MainWindow


def main() -> None:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "screens")
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as tmp:
        store = create_demo(Path(tmp) / "demo")
        by_name = {r.name: r for r in reports.list_reports(store)}
        today = dt.datetime.combine(dt.date.today(), dt.time(15, 30))
        aoife = by_name["Aoife Ní Bhriain"]
        conversations.schedule(store, conversations.series_conversation(store, aoife.id, 1).id, today)
        late = reports.add_report(store, "Øystein Berg", "Support Engineer", "Customers")
        conversations.hold(
            store, conversations.series_conversation(store, late.id, 1).id,
            dt.datetime.now() - dt.timedelta(days=30),
        )  # fmt: skip
        window = MainWindow(store)
        window.resize(1280, 800)
        window.show()

        def shot(name: str, widget=None) -> None:
            for _ in range(3):
                app.processEvents()
            (widget or window).grab().save(str(out / f"{name}.png"))
            print(out / f"{name}.png")

        window.show_home()
        shot("r1-overview-today-needs-a-date")
        dialog = window.rhythm.open_search()
        dialog.field.setText("migr")
        dialog.run()
        shot("r2-search-results", dialog)
        dialog.field.setText("ZOE")
        dialog.run()
        shot("r3-search-accents", dialog)
        dialog.field.setText("migr")
        dialog.run()
        dialog.results.setCurrentRow(1)
        dialog.open_current()
        shot("r4-search-hit-opened")
        window.rhythm.reminders.tray = None
        window.rhythm.reminders.notify(
            "In 45 minutes", "Conversation 1: Partnering with Aoife Ní Bhriain at 15:30", 1
        )
        window.show_home()
        shot("r5-reminder-banner")
        window.rhythm.banner.hide()
        from opd_desktop.ui.schedule_dialog import ScheduleDialog

        schedule = ScheduleDialog(store, late.id, window)
        schedule.show()
        shot("r6-schedule-dialog", schedule)
        schedule.close()
        from opd_desktop.ui.rhythm_settings_dialog import RhythmSettingsDialog

        settings = RhythmSettingsDialog(store, window)
        settings.show()
        shot("r7-rhythm-settings", settings)
        settings.close()
        window.select_report(late.id, conversations.series_conversation(store, late.id, 1).id)
        window.report_page.view.tabs.setCurrentIndex(2)
        shot("r8-wrap-up-held-time")
        window.filterEdit = window.ui.filterEdit
        window.ui.filterEdit.setText("oystein")
        shot("r9-roster-filter-accents")
        window.close()
        store.close()


if __name__ == "__main__":
    main()
