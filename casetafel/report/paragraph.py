"""reportlab's ``Paragraph`` that breaks its lines once per width.

reportlab wraps a paragraph (breaks it into lines, measuring every word) each time a layout step asks
for its size: a table measures its cells and wraps them again to draw them, a kept-together group is
wrapped to see whether it fits and then each of its paragraphs again in the frame. In a 50-case report
about a third of all wraps repeat one at the same width. This class answers a repeated wrap at the same
width from the previous one, as long as that result (``blPara``, which ``split`` may drop) is still there;
every other case goes to reportlab. The pages come out the same (``tests/unit/test_report_pdf.py``).
Report modules import ``Paragraph`` from here, not from reportlab.

A paragraph is not changed after it is made (its text, style or bullet): the reused lines would not
see such a change. reportlab's own layout steps make new paragraphs when they split one.
"""

from __future__ import annotations

from reportlab.platypus import paragraph as _rl_paragraph

__all__ = ["Paragraph"]

# Below this width reportlab answers "does not fit" without breaking lines (and keeps its last lines).
NO_ROOM = getattr(_rl_paragraph, "_FUZZ", 1e-6)


class Paragraph(_rl_paragraph.Paragraph):
    _last_wrap: tuple[float, object, tuple[float, float]] | None = None

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803 - reportlab's names
        if availWidth < NO_ROOM:
            return super().wrap(availWidth, availHeight)
        last = self._last_wrap
        lines = self.__dict__.get("blPara")
        if last is not None and last[0] == availWidth and lines is not None and last[1] is lines:
            self.width, self.height = last[2]
            return last[2]
        size = super().wrap(availWidth, availHeight)
        lines = self.__dict__.get("blPara")
        self._last_wrap = (availWidth, lines, (self.width, self.height)) if lines is not None else None
        return size
