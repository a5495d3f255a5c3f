"""PDF benchmark: time to build each document for a demo report and for a
report with a 40-goal plan, with reportlab's import time shown apart.
Prints figures; asserts nothing.

Run: .venv/bin/python -m benchmarks.pdf
"""

from __future__ import annotations

import datetime as dt
import statistics
import tempfile
import time
from pathlib import Path

RUNS = 5


def _time(fn) -> tuple[float, int]:
    samples, pages = [], 0
    for _ in range(RUNS):
        began = time.perf_counter()
        built = fn()
        samples.append(time.perf_counter() - began)
        pages = built.pages
    return statistics.median(samples), pages


def main() -> None:
    began = time.perf_counter()
    import reportlab.platypus  # noqa: F401

    print(f"reportlab import: {(time.perf_counter() - began) * 1000:.0f} ms (paid once, on the first export)")
    began = time.perf_counter()
    from opd_desktop.services.documents import fonts

    fonts.register()
    took = (time.perf_counter() - began) * 1000
    print(f"font registration (DejaVu Sans ×3 + CJK if installed): {took:.0f} ms")
    began = time.perf_counter()
    from opd_desktop.services.documents import form_font

    form_font._font_data(form_font.field_font())
    took = (time.perf_counter() - began) * 1000
    print(f"worksheet field font (DejaVu Sans + CJK glyphs merged, compressed): {took:.0f} ms (once)")

    from opd_desktop.services import plans, reports
    from opd_desktop.services.demo import create_demo
    from opd_desktop.services.documents.export import build_document

    with tempfile.TemporaryDirectory() as tmp:
        store = create_demo(Path(tmp) / "demo")
        zoe = reports.find_report(store, "Zoë")
        dmitri = reports.find_report(store, "Дмитрий")
        wei = reports.find_report(store, "张伟")
        cases = [
            ("agenda (Дмитрий, conversation 4)", lambda: build_document(store, "agenda", dmitri.id, 4)),
            ("prep brief (Дмитрий, conversation 4)", lambda: build_document(store, "brief", dmitri.id, 4)),
            ("development plan (Zoë)", lambda: build_document(store, "plan", zoe.id)),
            ("series summary (Zoë)", lambda: build_document(store, "summary", zoe.id)),
            ("worksheet 5 (Zoë)", lambda: build_document(store, "worksheet", zoe.id, 5)),
            (
                "worksheet 6, draft plan pre-filled (Zoë)",
                lambda: build_document(store, "worksheet", zoe.id, 6),
            ),
            ("worksheet 4 (张伟)", lambda: build_document(store, "worksheet", wei.id, 4)),
        ]
        big = reports.add_report(store, "Forty Goals Żółć")
        plan = plans.start_plan(store, big.id)
        start = dt.date.today()
        plans.set_terms(store, plan.id, period_start=start, period_end=start + dt.timedelta(days=150))
        for g in range(40):
            goal = plans.add_goal(
                store, plan.id, f"Goal {g}: grow in the current job", "Why " * 12, "Measure"
            )
            for a in range(5):
                plans.add_action(
                    store,
                    goal.id,
                    f"Action {g}.{a} " + "step " * 12,
                    "employee",
                    start + dt.timedelta(days=a),
                    "Support " * 5,
                )
        cases.append(
            ("development plan with 40 goals, 200 actions", lambda: build_document(store, "plan", big.id))
        )
        for label, fn in cases:
            took, pages = _time(fn)
            size = len(fn().data) / 1024
            print(f"{label:<48} {took * 1000:7.1f} ms  ({pages} pages, {size:,.0f} KiB, median of {RUNS})")
        store.close()


if __name__ == "__main__":
    main()
