"""Trend charts for documents, drawn as vector graphics with reportlab.graphics
(lines and text in the PDF, not pictures)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from opd_desktop.services.documents import fonts
from opd_desktop.services.documents.layout import ACCENT, MUTED, RULE

TARGET = "#1a7f37"


def trend_drawing(
    points: Sequence[tuple[dt.date, float]],
    width: float,
    height: float = 110,
    target: float | None = None,
    bounds: tuple[float | None, float | None] = (None, None),
):
    """A line chart of the values over time (dates on the x axis), with the
    target as a dashed line when there is one."""
    from reportlab.graphics.charts.lineplots import LinePlot
    from reportlab.graphics.shapes import Drawing, Line, String
    from reportlab.graphics.widgets.markers import makeMarker
    from reportlab.lib import colors

    drawing = Drawing(width, height)
    plot = LinePlot()
    plot.x, plot.y = 38, 22
    plot.width, plot.height = width - 50, height - 34
    data = [(day.toordinal(), value) for day, value in points]
    plot.data = [data]
    line = plot.lines[0]
    line.strokeColor = colors.HexColor(ACCENT)
    line.strokeWidth = 1.6
    line.symbol = makeMarker("FilledCircle", size=4, fillColor=colors.HexColor(ACCENT))
    values = [v for _, v in data] + ([target] if target is not None else [])
    low, high = min(values), max(values)
    if bounds[0] is not None:
        low = min(low, bounds[0])
    if bounds[1] is not None:
        high = max(high, bounds[1])
    if high - low < 1e-9:
        low, high = low - 1, high + 1
    plot.yValueAxis.valueMin = low
    plot.yValueAxis.valueMax = high
    first, last = data[0][0], data[-1][0]
    if last == first:
        first, last = first - 1, last + 1
    plot.xValueAxis.valueMin = first
    plot.xValueAxis.valueMax = last
    plot.xValueAxis.valueSteps = _date_steps(first, last)
    plot.xValueAxis.labelTextFormat = lambda ordinal: dt.date.fromordinal(int(ordinal)).strftime("%d %b %y")
    for axis in (plot.xValueAxis, plot.yValueAxis):
        axis.labels.fontName = fonts.BODY
        axis.labels.fontSize = 7
        axis.labels.fillColor = colors.HexColor(MUTED)
        axis.strokeColor = colors.HexColor(RULE)
    plot.yValueAxis.labelTextFormat = "%g"
    plot.yValueAxis.gridStrokeColor = colors.HexColor(RULE)
    plot.yValueAxis.gridStrokeWidth = 0.3
    plot.yValueAxis.visibleGrid = True
    drawing.add(plot)
    if target is not None:
        y = plot.y + plot.height * (target - low) / (high - low)
        drawing.add(
            Line(
                plot.x,
                y,
                plot.x + plot.width,
                y,
                strokeColor=colors.HexColor(TARGET),
                strokeDashArray=[3, 2],
                strokeWidth=1,
            )
        )
        drawing.add(
            String(
                plot.x + plot.width,
                y + 2,
                "target",
                fontName=fonts.BODY,
                fontSize=7,
                fillColor=colors.HexColor(TARGET),
                textAnchor="end",
            )
        )
    return drawing


def _date_steps(first: int, last: int, count: int = 4) -> list[int]:
    if last - first <= count:
        return list(range(first, last + 1))
    step = (last - first) / (count - 1)
    return [round(first + i * step) for i in range(count)]
