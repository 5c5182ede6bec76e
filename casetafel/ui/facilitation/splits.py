"""How the facilitation window shares its room. While a case is presented (and questions are asked
about it) the case text gets most of the height; from "Wat zien we?" on, what was captured does; in
the opening (attendance), "Wie kan wat?", "Prioriteren" and the evaluation (a line per participant) the
phase's tool gets more room. The
facilitator can move the splitters: the sizes are remembered per mode, also for the next session."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QSplitter

# Per mode: shares of the height (case and tools, captured list) and of the width (case, tool).
DEFAULT_SHARES = {
    "case": ((62, 38), (60, 40)),
    "capture": ((36, 64), (60, 40)),
    "tool": ((55, 45), (35, 65)),
}
SETTINGS_PREFIX = "facilitation"


class SplitMemory:
    def __init__(self, middle: QSplitter, vertical: QSplitter, settings: QSettings | None) -> None:
        self.middle = middle
        self.vertical = vertical
        self.settings = settings
        self.mode = ""
        self._applying = False
        self.sizes: dict[str, tuple[list[int], list[int]]] = {}
        for mode in DEFAULT_SHARES:
            stored = self._load(mode)
            if stored is not None:
                self.sizes[mode] = stored
        for splitter in (middle, vertical):
            splitter.splitterMoved.connect(self._remember)

    def _load(self, mode: str) -> tuple[list[int], list[int]] | None:
        if self.settings is None:
            return None
        try:
            vertical = [int(v) for v in self.settings.value(f"{SETTINGS_PREFIX}/{mode}_vertical", [])]
            middle = [int(v) for v in self.settings.value(f"{SETTINGS_PREFIX}/{mode}_middle", [])]
        except (TypeError, ValueError):
            return None
        if len(vertical) == 2 and len(middle) == 2 and min(vertical) > 0 and min(middle) > 0:
            return vertical, middle
        return None

    def _remember(self, *_args) -> None:
        if self.mode and not self._applying:
            middle = self.middle.sizes()
            if 0 in middle:  # the case pane is hidden (opening, evaluation): keep the width it had
                middle = list((self.sizes.get(self.mode) or DEFAULT_SHARES[self.mode])[1])
            self.sizes[self.mode] = (self.vertical.sizes(), middle)

    def set_mode(self, mode: str) -> None:
        """Share the room as ``mode`` ("case", "capture" or "tool") wants, as last left by the facilitator."""
        if mode == self.mode:
            return
        self.mode = mode
        vertical, middle = self.sizes.get(mode) or DEFAULT_SHARES[mode]
        self._applying = True
        # Sizes are scaled to the splitter's length, so shares and remembered pixels both work.
        self.vertical.setSizes([v * 100 for v in vertical])
        if all(middle):
            self.middle.setSizes([m * 100 for m in middle])
        self._applying = False

    def save(self) -> None:
        """Store the sizes in the settings (when the window closes)."""
        if self.settings is None:
            return
        for mode, (vertical, middle) in self.sizes.items():
            self.settings.setValue(f"{SETTINGS_PREFIX}/{mode}_vertical", [int(v) for v in vertical])
            self.settings.setValue(f"{SETTINGS_PREFIX}/{mode}_middle", [int(m) for m in middle])
