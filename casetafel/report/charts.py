"""Small horizontal bar charts (reportlab.graphics) for the cross-case synthesis. Labels are plain strings,
cleaned of characters the font cannot draw and shortened to fit; counts are whole numbers.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.shapes import Drawing
from reportlab.pdfbase.pdfmetrics import stringWidth

from casetafel.report import styles as st
from casetafel.report.fonts import register_fonts
from casetafel.report.text import plain

MAX_BARS = 12
BAR_PITCH = 14.0
LABEL_WIDTH = 150.0


def _fit_label(label: str, font: str, size: float, width: float) -> str:
    text = plain(label, 60) or "\u2014"
    while len(text) > 2 and stringWidth(text, font, size) > width:
        text = text[:-2].rstrip() + "\u2026"
    return text


def bar_chart(items: Sequence[tuple[str, int]], width: float = st.FRAME_WIDTH) -> Drawing:
    """A horizontal bar chart of the first ``MAX_BARS`` (label, count) pairs, top to bottom as given."""
    fonts = register_fonts()
    shown = list(items[:MAX_BARS])
    highest = max((count for _, count in shown), default=0)
    step = max(1, math.ceil(highest / 5))
    top = max(step, math.ceil(highest / step) * step)
    chart_height = BAR_PITCH * max(len(shown), 1)
    drawing = Drawing(width, chart_height + 22)
    drawing.initialFontName = fonts.regular  # else the renderer starts on Helvetica (not embedded)
    drawing.initialFontSize = 7.5
    chart = HorizontalBarChart()
    chart.x = LABEL_WIDTH
    chart.y = 16
    chart.width = width - LABEL_WIDTH - 24
    chart.height = chart_height
    # the chart draws its first category at the bottom: reverse, so the list reads top to bottom
    chart.data = [[count for _, count in reversed(shown)] or [0]]
    names = [_fit_label(label, fonts.regular, 7.5, LABEL_WIDTH - 10) for label, _ in reversed(shown)]
    chart.categoryAxis.categoryNames = names or [""]
    chart.categoryAxis.labels.fontName = fonts.regular
    chart.categoryAxis.labels.fontSize = 7.5
    chart.categoryAxis.labels.fillColor = st.INK
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.categoryAxis.labels.dx = -5
    chart.categoryAxis.strokeColor = st.RULE
    chart.categoryAxis.visibleTicks = 0
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = top
    chart.valueAxis.valueStep = step
    chart.valueAxis.labels.fontName = fonts.regular
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.labels.fillColor = st.MUTED
    chart.valueAxis.labelTextFormat = "%d"
    chart.valueAxis.strokeColor = st.RULE
    chart.valueAxis.visibleGrid = 1
    chart.valueAxis.gridStrokeColor = st.ZEBRA
    chart.valueAxis.gridStrokeWidth = 0.6
    chart.bars[0].fillColor = st.CHART_BAR
    chart.bars[0].strokeColor = None
    chart.barWidth = BAR_PITCH * 0.62
    chart.groupSpacing = BAR_PITCH * 0.38
    chart.barLabelFormat = "%d"
    chart.barLabels.fontName = fonts.regular
    chart.barLabels.fontSize = 7
    chart.barLabels.fillColor = st.INK
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 3
    drawing.add(chart)
    return drawing
