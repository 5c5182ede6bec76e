"""Sort arrows that point the way the list runs: Qt draws an upward arrow for a descending sort (newest
first), which reads as "oldest at the top". This style flips the header arrow so that an arrow pointing
down means "largest / newest first", as in file managers and mail programs."""

from __future__ import annotations

from PySide6.QtWidgets import QHeaderView, QProxyStyle, QStyle, QStyleOptionHeader

FLIPPED = {
    QStyleOptionHeader.SortIndicator.SortUp: QStyleOptionHeader.SortIndicator.SortDown,
    QStyleOptionHeader.SortIndicator.SortDown: QStyleOptionHeader.SortIndicator.SortUp,
}


class SortArrowStyle(QProxyStyle):
    def drawPrimitive(self, element, option, painter, widget=None) -> None:  # noqa: N802 - Qt override
        if element == QStyle.PrimitiveElement.PE_IndicatorHeaderArrow and isinstance(
            option, QStyleOptionHeader
        ):
            flipped = QStyleOptionHeader(option)
            flipped.sortIndicator = FLIPPED.get(option.sortIndicator, option.sortIndicator)
            option = flipped
        super().drawPrimitive(element, option, painter, widget)


def use_natural_sort_arrows(header: QHeaderView) -> None:
    """Give ``header`` arrows that point down for newest / largest first."""
    style = SortArrowStyle(header.style().name())
    style.setParent(header)  # kept alive with the header
    header.setStyle(style)
