"""The frame Qt's Fusion style draws around the label of a radio button or checkbox that has the
keyboard focus, and around the current item of a list, is a translucent highlight: 1.7:1 on the
window. This style draws it solid, in the colour of Fusion's focus ring (3:1 on the window, see
palette.py) or, on a background where that would not show (a selected item), the nearest colour
of its hue that does. Installed once the first window has painted (QStyle's Python types cost some
10 ms); on Linux only: Windows draws its own dotted frame in black and white, macOS none."""

from __future__ import annotations

import sys
from functools import lru_cache

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPainter, QPalette
from PySide6.QtWidgets import QApplication, QProxyStyle, QStyle, QStyleOption, QStyleOptionFocusRect, QWidget

from zoho_wizard.ui.palette import NON_TEXT, focus_ring, readable


@lru_cache(maxsize=32)
def frame_colour(highlight: int, background: int) -> QColor:
    """The frame's colour for a Highlight role and a background, each given as its ``rgba()``."""
    return readable(focus_ring(QColor.fromRgba(highlight)), (QColor.fromRgba(background),), NON_TEXT)


class FocusFrames(QProxyStyle):
    def drawPrimitive(self, element: QStyle.PrimitiveElement, option: QStyleOption, painter: QPainter,
                      widget: QWidget | None = None) -> None:
        if (element != QStyle.PrimitiveElement.PE_FrameFocusRect
                or not option.state & QStyle.StateFlag.State_KeyboardFocusChange):  # as Fusion: not after a click
            super().drawPrimitive(element, option, painter, widget)
            return
        background = option.palette.color(QPalette.ColorRole.Window)
        if isinstance(option, QStyleOptionFocusRect) and option.backgroundColor.alpha():
            background = option.backgroundColor  # a list item's: the Highlight when it is selected
        painter.save()
        painter.setPen(frame_colour(option.palette.color(QPalette.ColorRole.Highlight).rgba(), background.rgba()))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(option.rect.adjusted(0, 0, -1, -1))
        painter.restore()


def install(app: QApplication) -> None:
    name = app.style().name()
    if sys.platform not in ("win32", "darwin") and name.lower() == "fusion":
        app.setStyle(FocusFrames(name))
