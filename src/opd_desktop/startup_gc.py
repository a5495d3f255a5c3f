"""Python's cycle collector paused while the app starts, resumed after the
first paint.

Start-up allocates hundreds of thousands of objects (modules, classes, Qt
types and their enums) and frees almost none, so the collector's automatic
runs, triggered by allocation counts, walk ever larger generations and find
nothing to collect: ~10 ms on the way to the first window. Reference counting
still frees everything as usual; only cycles wait, until the collector resumes
one event-loop turn after the first paint (or when start-up ends any other way)."""

from __future__ import annotations

import gc


class PausedCollection:
    """Pauses automatic collection if it is on; `resume()` turns it back on (once)."""

    def __init__(self) -> None:
        self.paused = gc.isenabled()
        if self.paused:
            gc.disable()

    def resume(self) -> None:
        if self.paused:
            self.paused = False
            gc.enable()
