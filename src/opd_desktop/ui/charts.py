"""Trend charts on screen, drawn with pyqtgraph (MIT). pyqtgraph and numpy are
imported the first time a chart is made, never while the first window opens.
Colours are theme roles (`core/theme.py`: text, surface, accent, success), so
the charts follow the light and dark themes."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QVBoxLayout, QWidget

from opd_desktop.ui import theme

CHART_HEIGHT = 170


def _timestamp(day: dt.date) -> float:
    return dt.datetime.combine(day, dt.time(12)).timestamp()


def date_ticks(days: Sequence[dt.date]) -> list[tuple[float, str]]:
    """Ticks a reader can take in: month starts over a long span, weeks over a short one."""
    if not days:
        return []
    first, last = min(days), max(days)
    if (last - first).days > 62:
        years = first.year != last.year
        month = dt.date(first.year, first.month, 1)
        ticks = []
        while month <= last:
            if month >= first:
                ticks.append((_timestamp(month), month.strftime("%b %Y" if years else "%b")))
            month = dt.date(month.year + month.month // 12, month.month % 12 + 1, 1)
        if len(ticks) > 8:
            ticks = ticks[:: len(ticks) // 6 + 1]
        return ticks
    step = 7 if (last - first).days > 10 else 1
    ticks = []
    day = first
    while day <= last:
        ticks.append((_timestamp(day), day.strftime("%d %b")))
        day += dt.timedelta(days=step)
    return ticks


class TrendChart(QWidget):
    """Values over time with dated x axis, and the target as a dashed line."""

    def __init__(
        self,
        points: Sequence[tuple[dt.date, float]],
        target: float | None = None,
        name: str = "",
        parent: QWidget | None = None,
    ) -> None:
        import pyqtgraph as pg

        from opd_desktop.ui.qt_workarounds import keep_singletons_alive

        keep_singletons_alive()
        super().__init__(parent)
        self.points = list(points)
        self.target = target
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.plot = pg.PlotWidget(enableMenu=False)
        self.plot.setMenuEnabled(False)
        self.plot.setMouseEnabled(x=False, y=False)
        self.plot.hideButtons()
        self.plot.setFixedHeight(CHART_HEIGHT)
        self.plot.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.plot.setAccessibleName(
            QCoreApplication.translate("Charts", "Trend of {name}").format(name=name)
            if name
            else QCoreApplication.translate("Charts", "Trend")
        )
        self.plot.showGrid(x=False, y=True, alpha=0.25)
        layout.addWidget(self.plot)
        self.plot.getAxis("bottom").setTicks([date_ticks([day for day, _ in self.points]), []])
        xs = [_timestamp(day) for day, _ in self.points]
        ys = [value for _, value in self.points]
        self.curve = self.plot.plot(xs, ys, symbol="o", symbolSize=7)
        self.target_line = None
        if target is not None:
            self.target_line = pg.InfiniteLine(pos=target, angle=0)
            self.plot.addItem(self.target_line)
        self.apply_palette()

    def apply_palette(self) -> None:
        import pyqtgraph as pg

        text = theme.colour(theme.Role.TEXT)
        base = theme.colour(theme.Role.SURFACE)
        line = theme.colour(theme.Role.ACCENT)
        goal = theme.colour(theme.Role.SUCCESS)
        self.plot.setBackground(base)
        for side in ("left", "bottom"):
            axis = self.plot.getAxis(side)
            axis.setPen(pg.mkPen(text))
            axis.setTextPen(pg.mkPen(text))
        self.curve.setPen(pg.mkPen(line, width=2))
        self.curve.setSymbolBrush(pg.mkBrush(line))
        self.curve.setSymbolPen(pg.mkPen(base, width=1))
        if self.target_line is not None:
            self.target_line.setPen(pg.mkPen(goal, width=1.5, style=Qt.PenStyle.DashLine))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            self.apply_palette()
        super().changeEvent(event)
