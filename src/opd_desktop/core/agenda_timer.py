"""A quiet agenda timer for together mode: the time box of each agenda item,
the item being discussed, minutes left on it and in total. The manager starts,
pauses and moves on; nothing rings. Pure Python: the screen feeds it seconds."""

from __future__ import annotations

from dataclasses import dataclass, field

from opd_desktop.core.i18n_marks import QT_TRANSLATE_NOOP


@dataclass
class AgendaTimer:
    titles: list[str]
    minutes: list[int]
    index: int = 0
    running: bool = False
    spent: list[float] = field(default_factory=list)  # seconds spent on each item

    def __post_init__(self) -> None:
        if len(self.titles) != len(self.minutes) or not self.titles:
            raise ValueError("an agenda timer needs one time box per agenda item")
        self.spent = [0.0] * len(self.titles)

    def start(self) -> None:
        self.running = True

    def pause(self) -> None:
        self.running = False

    def next(self) -> None:
        """Move on to the next item (the last item stays current)."""
        if self.index < len(self.titles) - 1:
            self.index += 1

    def tick(self, seconds: float) -> None:
        if self.running and seconds > 0:
            self.spent[self.index] += seconds

    @property
    def current_title(self) -> str:
        return self.titles[self.index]

    @property
    def item_left(self) -> float:
        return self.minutes[self.index] * 60 - self.spent[self.index]

    @property
    def total_left(self) -> float:
        return sum(self.minutes) * 60 - sum(self.spent)

    def describe(self) -> str:
        """E.g. 'Recognition · 4 min left on this item · 38 min left in total'."""
        template = _DESCRIPTIONS[(self.item_left >= 0, self.total_left >= 0, self.running)]
        return template.format(
            item=self.current_title,
            on_item=_whole_minutes(self.item_left),
            in_total=_whole_minutes(self.total_left),
        )


def _whole_minutes(seconds: float) -> int:
    return int((abs(seconds) + 59) // 60)


# Every combination as one whole sentence for translators (left/over on the item, in total; paused or not).
_DESCRIPTIONS = {
    (True, True, True): QT_TRANSLATE_NOOP(
        "AgendaTimer", "{item} · {on_item} min left on this item · {in_total} min left in total"
    ),
    (True, False, True): QT_TRANSLATE_NOOP(
        "AgendaTimer", "{item} · {on_item} min left on this item · {in_total} min over in total"
    ),
    (False, True, True): QT_TRANSLATE_NOOP(
        "AgendaTimer", "{item} · {on_item} min over on this item · {in_total} min left in total"
    ),
    (False, False, True): QT_TRANSLATE_NOOP(
        "AgendaTimer", "{item} · {on_item} min over on this item · {in_total} min over in total"
    ),
    (True, True, False): QT_TRANSLATE_NOOP(
        "AgendaTimer", "{item} · {on_item} min left on this item · {in_total} min left in total · paused"
    ),
    (True, False, False): QT_TRANSLATE_NOOP(
        "AgendaTimer", "{item} · {on_item} min left on this item · {in_total} min over in total · paused"
    ),
    (False, True, False): QT_TRANSLATE_NOOP(
        "AgendaTimer", "{item} · {on_item} min over on this item · {in_total} min left in total · paused"
    ),
    (False, False, False): QT_TRANSLATE_NOOP(
        "AgendaTimer", "{item} · {on_item} min over on this item · {in_total} min over in total · paused"
    ),
}
