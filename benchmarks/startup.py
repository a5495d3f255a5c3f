"""Start-up benchmark: process start to the main window painted with data
(`opd-desktop --smoke` prints its line at that moment), next to a bare
PySide6 window measured in the same run, runs alternating, medians and the
ratio; beside it the CPU time each process used in all, start to exit (for the
app that includes the start-up integrity check after the first paint), which a
loaded machine disturbs less than the wall clock. Each app run starts on the
team overview (no window state kept from an earlier run). On the demo team, the
large data (200 reports, ~100k notes) and the extra-large data (1,000
reports, ~500k notes). Prints figures; asserts nothing.

Measured as an installed app runs: with compiled bytecode (PYTHONDONTWRITEBYTECODE
is unset for the runs, which write their caches to a scratch PYTHONPYCACHEPREFIX)
after one warm-up run of each.

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python -m benchmarks.startup [--runs N] [--keep DIR]
(--keep DIR keeps the generated data there and reuses it on the next run.)
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

RUNS = 7

BARE = """
import sys
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow
app = QApplication([])
w = QMainWindow(); w.setCentralWidget(QLabel("hello")); w.resize(1280, 800); w.show()
app.processEvents(); w.grab()
print("painted", flush=True)
"""


def _environment(cache: Path) -> dict[str, str]:
    env = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
    env["QT_QPA_PLATFORM"] = os.environ.get("QT_QPA_PLATFORM", "offscreen")
    env["PYTHONPYCACHEPREFIX"] = str(cache)
    env["OPD_LOG_DIR"] = str(cache / "log")
    return env


def _time_to_lines(command: list[str], env: dict[str, str]) -> tuple[float, float, float]:
    """Seconds from starting the process to its first line on stdout, to its last
    line (the app's second: filled), and the CPU seconds it used until it exited."""
    began = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env, text=True)
    assert process.stdout is not None
    first = process.stdout.readline()
    first_at = last_at = time.perf_counter() - began
    for _line in process.stdout:
        last_at = time.perf_counter() - began
    _pid, status, usage = os.wait4(process.pid, 0)
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode != 0 or not first:
        raise SystemExit(f"{' '.join(command)} failed (exit {process.returncode})")
    return first_at, last_at, usage.ru_utime + usage.ru_stime


def _compare(folder: Path, env: dict[str, str], runs: int) -> dict[str, float]:
    """Medians over alternating runs of the bare window and the app."""
    bare = [sys.executable, "-c", BARE]
    app = [sys.executable, "-m", "opd_desktop", "--data-dir", str(folder), "--smoke"]
    _time_to_lines(bare, env), _time_to_lines(app, env)  # warm-up: bytecode written
    samples: dict[str, list[float]] = {"bare": [], "bare_cpu": [], "painted": [], "filled": [], "cpu": []}
    for _ in range(runs):
        bare_wall, _same, bare_cpu = _time_to_lines(bare, env)
        (folder / "ui-state.ini").unlink(missing_ok=True)  # a first start: the team overview
        painted, filled, cpu = _time_to_lines(app, env)
        for key, value in zip(samples, (bare_wall, bare_cpu, painted, filled, cpu), strict=True):
            samples[key].append(value)
    return {key: statistics.median(values) for key, values in samples.items()}


def _data(root: Path) -> list[tuple[str, Path]]:
    from benchmarks.large_data import build
    from opd_desktop.services.demo import create_demo

    demo = root / "demo"
    if not (demo / "opd.db").exists():
        create_demo(demo).close()
    found = [("demo team (7)", demo)]
    for label, name, count in (("large (200)", "large", 200), ("extra-large (1,000)", "xl", 1000)):
        folder = root / name
        if not (folder / "opd.db").exists():
            build(folder, reports=count)
        found.append((label, folder))
    return found


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=RUNS)
    parser.add_argument("--keep", type=Path, help="keep (and reuse) the generated data in this folder")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        root = args.keep or Path(tmp)
        root.mkdir(parents=True, exist_ok=True)
        env = _environment(Path(tmp) / "pycache")
        print(f"load average before: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
        print(
            f"{'data':<22}{'bare':>8}{'painted':>10}{'ratio':>7}{'filled':>10}{'ratio':>7}"
            f"{'CPU bare':>10}{'CPU app':>9}   (medians of {args.runs}, alternating)"
        )
        for label, folder in _data(root):
            m = _compare(folder, env, args.runs)
            print(
                f"{label:<22}{m['bare'] * 1000:5.0f} ms{m['painted'] * 1000:7.0f} ms"
                f"{m['painted'] / m['bare']:6.2f}×{m['filled'] * 1000:7.0f} ms{m['filled'] / m['bare']:6.2f}×"
                f"{m['bare_cpu'] * 1000:7.0f} ms{m['cpu'] * 1000:6.0f} ms"
            )
        print(
            "painted: the window on screen with the roster (--smoke's first line);\n"
            "filled: stages and the team overview in, one turn later (its second line);\n"
            "CPU app: to exit, the start-up check after the first paint included"
        )
        print(f"load average after:  {' '.join(f'{x:.2f}' for x in os.getloadavg())}")


if __name__ == "__main__":
    main()
