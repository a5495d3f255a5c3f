from __future__ import annotations

import pytest

from opd_desktop.core.agenda_timer import AgendaTimer


def test_the_timer_counts_only_while_running_and_moves_on() -> None:
    timer = AgendaTimer(["Recognition", "Challenges"], [5, 10])
    timer.tick(60)
    assert timer.item_left == 300 and "paused" in timer.describe()
    timer.start()
    timer.tick(90)
    assert timer.describe() == "Recognition · 4 min left on this item · 14 min left in total"
    timer.pause()
    timer.tick(600)
    timer.next()
    timer.start()
    timer.tick(11 * 60)
    assert timer.current_title == "Challenges" and "1 min over on this item" in timer.describe()
    timer.next()  # the last item stays current
    assert timer.index == 1


def test_a_timer_needs_time_boxes() -> None:
    with pytest.raises(ValueError):
        AgendaTimer([], [])
