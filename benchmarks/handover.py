"""Hand-over benchmark: an `opd add-report` run on its own next to the same
command handed to a running app, and a second `opd-desktop` start that hands
over, each as a whole process (median of RUNS). Prints figures; asserts nothing.

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python -m benchmarks.handover
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

RUNS = 5


def _timed(command: list[str], env: dict[str, str]) -> float:
    samples = []
    for index in range(RUNS):
        began = time.perf_counter()
        subprocess.run(
            [*command, f"Person {index} {time.time()}"] if "add-report" in command else command,
            capture_output=True,
            env=env,
            check=True,
            timeout=120,
        )
        samples.append(time.perf_counter() - began)
    return statistics.median(samples)


def main() -> None:
    from opd_desktop.instance.client import ask
    from opd_desktop.services.demo import create_demo

    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "demo"
        create_demo(folder).close()
        bare = _timed([sys.executable, "-c", "pass"], env)
        add = [sys.executable, "-m", "opd_desktop.cli", "add-report", "--data-dir", str(folder)]
        alone = _timed(add, env)
        app = subprocess.Popen(
            [sys.executable, "-m", "opd_desktop", "--data-dir", str(folder)],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        try:
            give_up = time.monotonic() + 90
            while not ask(folder, {"op": "ping"}, 2) and time.monotonic() < give_up:
                time.sleep(0.1)
            handed = _timed(add, env)
            second = _timed([sys.executable, "-m", "opd_desktop", "--data-dir", str(folder)], env)
        finally:
            app.kill()
            app.wait(timeout=30)
        print(f"python -c pass:                         {bare * 1000:6.0f} ms (median of {RUNS})")
        print(f"opd add-report, no app open:            {alone * 1000:6.0f} ms")
        ratio = handed / alone
        print(f"opd add-report, handed to the open app: {handed * 1000:6.0f} ms = {ratio:.2f}× on its own")
        print(f"second opd-desktop start, handed over:  {second * 1000:6.0f} ms")


if __name__ == "__main__":
    main()
