"""Contrast the application's colours keep, light or dark, whichever palette the system gives:
WCAG 2's 4.5:1 for text, and 3:1 for focus rings, control outlines and (though WCAG exempts it)
greyed text. ``ensure_contrast`` changes only the colours that fall short, each to the nearest
lightness of its own hue that reaches the ratio, so the system's look stays otherwise.

Qt's Fusion style (the default on Linux) derives its focus ring and outlines from the palette,
as qfusionstyle.cpp does: the focus ring of fields, buttons, radio buttons and checkboxes is
``highlightedOutline``, a darker Highlight; a radio button's outline is its Window role
``darker(150)``, a checkbox's ``darker(140).lighter(110)`` and a field's ``darker(140)``. Those
outlines are always darker than the window, so no window colour gives them 3:1 (2.3:1 at most on
white, less on dark). Those controls paint no background of their own, though: they get a class
palette whose Window role is only the source of their outline.

On the path to the first paint: only QtGui names, and no ``Qt`` enum (see pages/base.py). Nor does
it ask which style runs: ``app.style()`` loads QStyle's Python type, some 10 ms before the first
paint. Fusion is the style on Linux, unless the desktop brings its own (KDE's Breeze, say), which
derives its outlines from the Window and WindowText roles or not at all; Windows and macOS have
their native styles, which draw these outlines themselves: the class palettes are for Linux only."""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtGui import QColor, QPalette

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

TEXT = 4.5  # WCAG 2 1.4.3 (AA): text against its background
NON_TEXT = 3.0  # WCAG 2 1.4.11 (AA): focus rings and control outlines; greyed text here too

Role = QPalette.ColorRole
Group = QPalette.ColorGroup
ENABLED = (Group.Active, Group.Inactive)

# Text roles and the backgrounds they are drawn on. Links are drawn on a label's window.
TEXT_PAIRS: tuple[tuple[QPalette.ColorRole, tuple[QPalette.ColorRole, ...]], ...] = (
    (Role.WindowText, (Role.Window,)),
    (Role.Text, (Role.Base,)),
    (Role.ButtonText, (Role.Button,)),
    (Role.PlaceholderText, (Role.Base,)),
    (Role.Link, (Role.Window, Role.Base)),
)
DISABLED_PAIRS = TEXT_PAIRS[:3]  # greyed labels, fields and buttons


def focus_ring(highlight: QColor) -> QColor:
    """Fusion's ``highlightedOutline``: the ring of a field, button, radio button or checkbox with
    the keyboard focus (the exact arithmetic of qfusionstyle.cpp, hue and saturation as Qt mixes them)."""
    ring = highlight.darker(125)
    if ring.value() > 160:
        ring.setHsl(ring.hue(), ring.saturation(), 160)
    return ring


# Fusion's outline of each control, from the Window role of the control's palette.
OUTLINES: dict[str, Callable[[QColor], QColor]] = {
    "QRadioButton": lambda window: window.darker(150),  # PE_IndicatorRadioButton
    "QCheckBox": lambda window: window.darker(140).lighter(110),  # PE_IndicatorCheckBox: outline.lighter(110)
    "QLineEdit": lambda window: window.darker(140),  # PE_FrameLineEdit: outline
}


def _linear(channel: int) -> float:
    value = channel / 255
    return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4


_LINEAR = [_linear(channel) for channel in range(256)]  # this module tries a few hundred colours at most


def luminance(colour: QColor) -> float:
    """WCAG 2 relative luminance, 0 (black) to 1 (white), of an opaque sRGB colour."""
    return 0.2126 * _LINEAR[colour.red()] + 0.7152 * _LINEAR[colour.green()] + 0.0722 * _LINEAR[colour.blue()]


def over(colour: QColor, background: QColor) -> QColor:
    """``colour`` as seen painted over ``background`` (Qt's placeholder text is half transparent)."""
    alpha = colour.alpha()
    if alpha == 255:
        return colour
    return QColor(*((mine * alpha + theirs * (255 - alpha) + 127) // 255 for mine, theirs in
                    ((colour.red(), background.red()), (colour.green(), background.green()),
                     (colour.blue(), background.blue()))))


def contrast(first: QColor, second: QColor) -> float:
    """WCAG 2 contrast ratio, 1 to 21, of ``first`` painted over ``second``."""
    lighter, darker = sorted((luminance(over(first, second)), luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def nearest(colour: QColor, good: Callable[[QColor], bool]) -> QColor | None:
    """The colour of ``colour``'s hue and saturation nearest to it in lightness that is ``good``."""
    hue, saturation, lightness = colour.hslHue(), colour.hslSaturation(), colour.lightness()
    for step in range(1, 256):
        for candidate in (lightness - step, lightness + step):
            if 0 <= candidate <= 255:
                found = QColor.fromHsl(hue, saturation, candidate)
                if good(found):
                    return found
    return None


def readable(text: QColor, backgrounds: tuple[QColor, ...], ratio: float = TEXT) -> QColor:
    """``text``, or the nearest colour to it that reaches ``ratio`` against every one of ``backgrounds``."""
    def good(candidate: QColor) -> bool:
        return all(contrast(candidate, background) >= ratio for background in backgrounds)

    if good(text):
        return text
    found = nearest(over(text, backgrounds[0]), good)  # opaque: a translucent one may never get far enough
    if found is not None:
        return found
    return max((QColor(0, 0, 0), QColor(255, 255, 255)), key=lambda pole: min(contrast(pole, b) for b in backgrounds))


def background_for(text: QColor, background: QColor, ratio: float = TEXT) -> QColor:
    """``background``, or the nearest colour to it on which ``text`` reaches ``ratio``."""
    def good(candidate: QColor) -> bool:
        return contrast(text, candidate) >= ratio

    found = background if good(background) else nearest(background, good)
    return background if found is None else found


def selection(highlight: QColor, highlighted_text: QColor, window: QColor) -> tuple[QColor, QColor]:
    """Highlight and HighlightedText such that the text reads (4.5:1) and the focus ring Fusion makes
    of the Highlight shows on the window (3:1). The text keeps its colour if some highlight of the same
    hue allows it; else (a light text on a dark window cannot have both) it turns black or white."""
    def good_for(text: QColor) -> Callable[[QColor], bool]:
        return lambda candidate: (contrast(text, candidate) >= TEXT
                                  and contrast(focus_ring(candidate), window) >= NON_TEXT)

    if good_for(highlighted_text)(highlight):
        return highlight, highlighted_text
    found = nearest(highlight, good_for(highlighted_text))
    if found is not None:
        return found, highlighted_text
    pole = QColor(0, 0, 0) if luminance(highlighted_text) > 0.5 else QColor(255, 255, 255)
    found = nearest(highlight, good_for(pole))
    return (found, pole) if found is not None else (highlight, highlighted_text)


def outline_source(outline: Callable[[QColor], QColor], window: QColor) -> QColor:
    """The Window role that makes a control's Fusion ``outline`` stand 3:1 out of ``window``."""
    def good(candidate: QColor) -> bool:
        return contrast(outline(candidate), window) >= NON_TEXT

    found = window if good(window) else nearest(window, good)
    return window if found is None else found


def adjust(palette: QPalette) -> None:
    """Change in ``palette`` the colours that fall short; leave the others as they are."""
    def put(group: QPalette.ColorGroup, role: QPalette.ColorRole, colour: QColor) -> None:
        if colour.rgba() != palette.color(group, role).rgba():
            palette.setColor(group, role, colour)

    chosen: dict[tuple[int, ...], tuple[QColor, QColor]] = {}  # the inactive colours are the active ones, mostly
    for group in ENABLED:
        highlight, text, window = (palette.color(group, role)
                                   for role in (Role.Highlight, Role.HighlightedText, Role.Window))
        key = (highlight.rgba(), text.rgba(), window.rgba())
        if key not in chosen:
            chosen[key] = selection(highlight, text, window)
        put(group, Role.Highlight, chosen[key][0])
        put(group, Role.HighlightedText, chosen[key][1])
    read: dict[tuple[float, ...], QColor] = {}
    for groups, pairs, ratio in ((ENABLED, TEXT_PAIRS, TEXT), ((Group.Disabled,), DISABLED_PAIRS, NON_TEXT)):
        for group in groups:
            for role, roles in pairs:
                text, backgrounds = palette.color(group, role), tuple(palette.color(group, b) for b in roles)
                pair = (ratio, text.rgba(), *(background.rgba() for background in backgrounds))
                if pair not in read:
                    read[pair] = readable(text, backgrounds, ratio)
                put(group, role, read[pair])


def ensure_contrast(app: QApplication) -> None:
    """Give the application's palette the contrast above; on Linux, where the style is Fusion, give
    radio buttons, checkboxes and fields outlines that show. Called once, before the first window
    (1 to 3 ms). Each ``app.palette()`` is a copy: QPalette's copy constructor would load the whole
    ``Qt`` namespace. A control takes its class palette when polished, before it is first shown."""
    adjusted = app.palette()
    adjust(adjusted)
    if adjusted != app.palette():
        app.setPalette(adjusted)  # this also forgets any class palettes: set them after
    if sys.platform in ("win32", "darwin"):
        return
    for class_name, outline in OUTLINES.items():
        own = app.palette()
        sources: dict[int, QColor] = {}
        for group in ENABLED:  # a greyed control's faint outline says it is greyed (WCAG exempts it)
            window = own.color(group, Role.Window)
            if window.rgba() not in sources:
                sources[window.rgba()] = outline_source(outline, window)
            if sources[window.rgba()].rgba() != window.rgba():
                own.setColor(group, Role.Window, sources[window.rgba()])
        if own != adjusted:
            app.setPalette(own, class_name)  # type: ignore[arg-type,unused-ignore]  # str: bytes are refused
