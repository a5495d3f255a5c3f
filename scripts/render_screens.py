"""Render every screen from the demo data to PNG, to look at: light and dark,
at 1280×800 and 1920×1080, named `NAME-light-1280.png`, `NAME-dark-1920.png`.

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/render_screens.py [OUT_DIR] [light|dark] [1280|1920]
(both themes and both sizes unless one is named). With OPD_LANGUAGE set (a language code or a .qm
file, e.g. the one scripts/pseudo_translation.py builds) the screens render in that translation.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from opd_desktop.services import conversations, reports
from opd_desktop.services.demo import create_demo
from opd_desktop.services.settings import set_manager_name
from opd_desktop.ui.main_window import MainWindow
from opd_desktop.ui.report_dialog import ReportDialog

SIZES = {"1280": (1280, 800), "1920": (1920, 1080)}


def main() -> None:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "screens")
    out.mkdir(parents=True, exist_ok=True)
    themes = [sys.argv[2]] if len(sys.argv) > 2 and sys.argv[2] in ("light", "dark") else ["light", "dark"]
    sizes = [sys.argv[3]] if len(sys.argv) > 3 and sys.argv[3] in SIZES else list(SIZES)
    app = QApplication.instance() or QApplication([])
    from opd_desktop.ui.qt_workarounds import keep_singletons_alive

    keep_singletons_alive()  # four windows' worth of painting: the PySide6 6.12 leak would abort
    from opd_desktop.ui.i18n import install_translator

    install_translator(app)  # OPD_LANGUAGE=pseudo/opd_desktop_pseudo.qm renders the pseudo-translation
    for name in themes:
        for size in sizes:
            render(app, out, name, size)


def render(app: QApplication, out: Path, scheme: str, size: str) -> None:
    from opd_desktop.ui import theme

    theme.apply(app, dark=scheme == "dark")
    with tempfile.TemporaryDirectory() as tmp:
        store = create_demo(Path(tmp) / "demo")
        set_manager_name(store, "Sam Rivera")  # else the first employee document asks for it
        window = MainWindow(store)
        window.resize(*SIZES[size])
        window.show()

        def shot(name: str, widget=None) -> None:
            for _ in range(3):  # let deferred layout requests settle before grabbing
                app.processEvents()
            path = out / f"{name}-{scheme}-{size}.png"
            (widget or window).grab().save(str(path))
            print(path)

        window.show_home()
        shot("01-home")
        by_name = {r.name: r for r in reports.list_reports(store)}
        report = by_name["Дмитрий Соколов"]
        window.select_report(report.id)
        shot("02-roster-journey")
        third = conversations.series_conversation(store, report.id, 4)
        window.select_report(report.id, third.id)
        for index, tab in enumerate(("prepare", "conduct", "wrap-up")):
            window.report_page.view.tabs.setCurrentIndex(index)
            shot(f"03-conversation4-{tab}")
        window.report_page.view.tabs.setCurrentIndex(1)
        window.together.enter()
        window.together.view.start_button.click()
        shot("03-conversation4-together-mode")
        window.together.leave()
        zoe = by_name["Zoë Martin"]
        window.select_report(zoe.id)
        window.report_page.view.tabs.setCurrentIndex(0)
        shot("04-checkin-prepare")
        lukasz = by_name["Łukasz Żółć"]
        window.select_report(lukasz.id, conversations.series_conversation(store, lukasz.id, 6).id)
        window.report_page.view.tabs.setCurrentIndex(0)
        shot("05-conversation6-prepare")
        page = window.report_page
        window.select_report(zoe.id)
        for index, name in ((1, "profile"), (2, "plan-final"), (3, "follow-through")):
            page.show_section(index)
            shot(f"09-zoe-{name}")
        page.show_section(4)
        page.section(4).finish_charts()  # charts otherwise arrive one per event-loop turn
        shot("09-zoe-metrics")
        window.select_report(lukasz.id)
        page.show_section(2)
        shot("09-lukasz-plan-draft")
        aoife = by_name["Aoife Ní Bhriain"]
        window.select_report(aoife.id)
        for index, name in ((1, "profile"), (2, "plan-empty"), (3, "follow-through-empty")):
            page.show_section(index)
            shot(f"09-aoife-{name}")
        page.show_section(0)
        shot("09-aoife-conversation1")
        seventh = conversations.series_conversation(store, zoe.id, 7)
        window.select_report(zoe.id, seventh.id)
        page.view.tabs.setCurrentIndex(2)
        page.view.wrap_up.series_summary.editors["summary_employee"].setPlainText(
            "Led the reporting migration plan; learned to delegate."
        )
        shot("10-conversation7-wrap-up")
        window.show_home()
        for index, name in ((1, "action-items"), (2, "ideas"), (3, "organization"), (4, "department")):
            window.home.tabs.setCurrentIndex(index)
            shot(f"11-team-{name}")
        window.home.tabs.setCurrentIndex(5)
        team_return = window.home.panel(5)
        while team_return.board is None:  # the team's figures are worked out in a worker thread
            app.processEvents()
        team_return.finish_charts()
        shot("11-team-return")
        window.home.tabs.setCurrentIndex(0)
        window.select_report(zoe.id)
        page.show_section(2)
        plan_page = page.section(2)
        from opd_desktop.ui.plan_dialogs import goal_dialog

        goal = goal_dialog(plan_page, "Add a goal", plan_page._links())
        goal.show()
        shot("12-goal-dialog", goal)
        goal.close()
        from opd_desktop.ui.profile_page import CliftonDialog

        clifton = CliftonDialog(["Learner", "Achiever", "Relator", "Analytical", "Responsibility"], window)
        clifton.show()
        shot("13-clifton-dialog", clifton)
        clifton.close()
        window.select_report(report.id, third.id)
        agenda = window.report_page.view.export_document("agenda")
        agenda.resize(900, 800)
        import time

        deadline = time.monotonic() + 2  # the preview renders its pages in the background
        while time.monotonic() < deadline:
            app.processEvents()
            time.sleep(0.02)
        shot("14-agenda-preview", agenda)
        agenda.close()
        from opd_desktop.ui.backup_ui import BackupSettingsDialog

        settings = BackupSettingsDialog(store, window)
        settings.show()
        shot("15-backup-settings", settings)
        settings.close()
        dialog = ReportDialog(store, parent=window)
        dialog.show()
        shot("06-add-report-dialog", dialog)
        dialog.ui.nameEdit.setText("Zoë Martin")
        dialog.save()
        shot("07-add-report-duplicate", dialog)
        dialog.close()
        edit = ReportDialog(store, zoe, parent=window)
        edit.show()
        shot("08-edit-report-dialog", edit)
        edit.close()
        window.close()
        store.close()


if __name__ == "__main__":
    main()
