"""Contrast, read from the palette, in a light and a dark palette: 4.5:1 for text, 3:1 for the focus
ring and the outlines of radio buttons, checkboxes and fields, 3:1 for greyed text; and the practice
banner's text on its background. The offscreen platform gives no dark palette (it ignores
QStyleHints.setColorScheme), so each test sets Qt's own Fusion palette for the scheme, then
calls ensure_contrast as application() does."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator

import pytest

from PySide6.QtCore import QRect
from PySide6.QtGui import QColor, QImage, QPainter, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QLineEdit,
    QListWidget,
    QProxyStyle,
    QRadioButton,
    QStyle,
    QStyleOption,
    QStyleOptionButton,
    QStyleOptionFocusRect,
    QStyleOptionFrame,
    QWidget,
)

from tests.gui import screen_reader
from zoho_wizard.ui.focus_frame import FocusFrames
from zoho_wizard.ui.palette import (
    DISABLED_PAIRS,
    ENABLED,
    NON_TEXT,
    OUTLINES,
    TEXT,
    TEXT_PAIRS,
    contrast,
    ensure_contrast,
    focus_ring,
    luminance,
)
from zoho_wizard.ui.widgets import PracticeBanner

Role = QPalette.ColorRole
Group = QPalette.ColorGroup
SCHEMES = ("light", "dark")
fusion_outlines = pytest.mark.skipif(sys.platform in ("win32", "darwin"), reason="native styles draw their outlines")


def fusion(qapp: QApplication) -> bool:
    """Whether the style is Fusion, or Fusion under the app's focus frames."""
    style = qapp.style()
    return (style.baseStyle() if isinstance(style, QProxyStyle) else style).name().lower() == "fusion"


def fusion_palette(scheme: str) -> QPalette:
    """Qt's Fusion palette for ``scheme``, as qt_fusionPalette() in qtbase's
    src/gui/kernel/qplatformtheme.cpp builds it (Qt 6.5 and later, the dark one for a dark desktop)."""
    dark = scheme == "dark"
    window_text = QColor(240, 240, 240) if dark else QColor(0, 0, 0)
    background = QColor(50, 50, 50) if dark else QColor(239, 239, 239)
    mid = background.darker(130)
    base = background.darker(140) if dark else QColor(255, 255, 255)
    shadow = background.darker(150).darker(135)
    highlight = QColor(48, 140, 198)
    disabled_text = QColor(130, 130, 130) if dark else QColor(190, 190, 190)
    placeholder = QColor(window_text)
    placeholder.setAlpha(128)
    palette = QPalette(window_text, background, background.lighter(150), background.darker(150), mid, window_text,
                       base)
    palette.setColor(Role.Midlight, mid.lighter(110))
    palette.setColor(Role.Button, background)
    palette.setColor(Role.Shadow, shadow)
    palette.setColor(Role.HighlightedText, window_text if dark else QColor(255, 255, 255))
    for role in (Role.Text, Role.WindowText, Role.ButtonText):
        palette.setColor(Group.Disabled, role, disabled_text)
    palette.setColor(Group.Disabled, Role.Base, background)
    palette.setColor(Group.Disabled, Role.Dark, QColor(209, 209, 209).darker(110))
    palette.setColor(Group.Disabled, Role.Shadow, shadow.lighter(150))
    for group in ENABLED:
        palette.setColor(group, Role.Highlight, highlight)
        palette.setColor(group, Role.Accent, highlight)
    palette.setColor(Group.Disabled, Role.Highlight, QColor(145, 145, 145))
    palette.setColor(Group.Disabled, Role.Accent, QColor(145, 145, 145))
    palette.setColor(Role.PlaceholderText, placeholder)
    if dark:
        palette.setColor(Role.Link, highlight)
    return palette


@pytest.fixture(autouse=True)
def palette_kept(qapp: QApplication) -> Iterator[None]:
    """The application's palette and class palettes as they were before the test, after it."""
    kept = qapp.palette()
    classes = {name: QApplication.palette(name) for name in OUTLINES}
    yield
    qapp.setPalette(kept)  # this forgets the class palettes too
    for name, palette in classes.items():
        if palette != kept:
            qapp.setPalette(palette, name)


@pytest.fixture(params=SCHEMES)
def scheme(request: pytest.FixtureRequest, qapp: QApplication) -> str:
    """The application with Qt's palette for the scheme, as ensure_contrast leaves it."""
    qapp.setPalette(fusion_palette(request.param))
    ensure_contrast(qapp)
    return str(request.param)


def text_failures(palette: QPalette) -> list[str]:
    failures = []
    for group in ENABLED:
        for role, backgrounds in (*TEXT_PAIRS, (Role.HighlightedText, (Role.Highlight,))):
            for background in backgrounds:
                ratio = contrast(palette.color(group, role), palette.color(group, background))
                if ratio < TEXT:
                    failures.append(f"{group.name} {role.name} on {background.name}: {ratio:.2f}")
    return failures


def test_the_offscreen_light_palette_is_the_one_this_test_builds(qapp):
    """Rebuilt as Qt builds it: so is the dark one, by the same lines."""
    if not fusion(qapp):
        pytest.skip("the palette of Qt's Fusion style")
    theirs, ours = qapp.style().standardPalette(), fusion_palette("light")
    assert [(group.name, role.name) for group in Group if group.value < Group.NColorGroups.value
            for role in Role if role.value < Role.NColorRoles.value
            if theirs.color(group, role).rgba() != ours.color(group, role).rgba()] == []


def test_the_application_makes_its_palette_readable(qapp):
    """application() calls ensure_contrast: Fusion's own light palette has white on blue at 3.7:1."""
    assert contrast(QColor(255, 255, 255), QColor(48, 140, 198)) < TEXT
    assert text_failures(qapp.palette()) == []


@pytest.mark.parametrize("raw", SCHEMES)
def test_qts_palettes_fall_short_before(raw):
    """What the tester measured, in Qt's palettes as they are."""
    palette = fusion_palette(raw)
    assert text_failures(palette) != []
    window = palette.color(Role.Window)
    assert contrast(OUTLINES["QRadioButton"](window), window) < NON_TEXT


def test_the_desktop_palette_reads(qapp):
    """The palette the desktop gave, as application() left it (offscreen: Qt's light one)."""
    palette = qapp.palette()
    assert text_failures(palette) == []
    if os.environ.get("EXPECT_DARK"):  # run again by the test below: the dark theme did reach Qt
        assert luminance(palette.color(Role.Window)) < 0.1
    for group in ENABLED:
        window = palette.color(group, Role.Window)
        assert contrast(focus_ring(palette.color(group, Role.Highlight)), window) >= NON_TEXT
        if not sys.platform.startswith(("win32", "darwin")):
            for name, outline in OUTLINES.items():
                assert contrast(outline(QApplication.palette(name).color(group, Role.Window)), window) >= NON_TEXT


@fusion_outlines
@pytest.mark.timeout(120)
def test_a_dark_gnome_desktop():
    """The same on a real X display with Qt's GTK 3 theme and GNOME's dark Adwaita, as a GNOME
    desktop set to dark gives it."""
    with screen_reader.screen() as screen:
        screen_reader.run_in_xvfb(f"{__file__}::test_the_desktop_palette_reads",
                                  {**screen, "QT_QPA_PLATFORMTHEME": "gtk3", "GTK_THEME": "Adwaita:dark",
                                   "EXPECT_DARK": "1"})


def test_text_reads(scheme, qapp):
    assert text_failures(qapp.palette()) == []


def test_greyed_text_reads(scheme, qapp):
    palette = qapp.palette()
    for role, (background,) in DISABLED_PAIRS:
        ratio = contrast(palette.color(Group.Disabled, role), palette.color(Group.Disabled, background))
        assert ratio >= NON_TEXT, f"greyed {role.name} on {background.name}: {ratio:.2f}"


def test_the_focus_ring_shows(scheme, qapp):
    palette = qapp.palette()
    for group in ENABLED:
        ring = focus_ring(palette.color(group, Role.Highlight))
        assert contrast(ring, palette.color(group, Role.Window)) >= NON_TEXT


@fusion_outlines
@pytest.mark.parametrize("widget_class", [QRadioButton, QCheckBox, QLineEdit])
def test_outlines_show(scheme, qapp, widget_class):
    parent = QWidget()
    control = widget_class(parent)
    control.ensurePolished()  # as before it is first shown: a class palette applies from then on
    own = control.palette()
    assert own == QApplication.palette(widget_class.__name__)  # the class palette reaches the control
    for group in ENABLED:
        window = parent.palette().color(group, Role.Window)
        outline = OUTLINES[widget_class.__name__](own.color(group, Role.Window))
        assert contrast(outline, window) >= NON_TEXT


def drawn(option: QStyleOption, element: QStyle.PrimitiveElement, widget: QWidget, window: QColor,
          style: QStyle | None = None) -> QColor:
    """The colour that stands out most from ``window`` in what the style draws of ``element``."""
    image = QImage(48, 48, QImage.Format.Format_RGB32)
    image.fill(window)
    indicators = (QStyle.PrimitiveElement.PE_IndicatorRadioButton, QStyle.PrimitiveElement.PE_IndicatorCheckBox)
    option.rect = QRect(8, 8, 16, 16) if element in indicators else QRect(8, 8, 32, 24)
    painter = QPainter(image)
    (style or widget.style()).drawPrimitive(element, option, painter, widget)
    painter.end()
    colours = {image.pixel(x, y) for x in range(48) for y in range(48)}
    return max((QColor.fromRgb(colour) for colour in colours), key=lambda colour: contrast(colour, window))


@fusion_outlines
@pytest.mark.parametrize("focused", [False, True], ids=["outline", "focus ring"])
@pytest.mark.parametrize("widget_class", [QRadioButton, QCheckBox, QLineEdit])
def test_fusion_draws_the_colours_the_test_reads(scheme, qapp, widget_class, focused):
    """The outline and focus ring the tests above compute are those Fusion paints."""
    if not fusion(qapp):
        pytest.skip("the outlines computed are Fusion's")
    parent = QWidget()
    control = widget_class(parent)
    control.ensurePolished()  # as before it is first shown: a class palette applies from then on
    option: QStyleOption
    if widget_class is QLineEdit:
        option, element = QStyleOptionFrame(), QStyle.PrimitiveElement.PE_FrameLineEdit
    else:
        option = QStyleOptionButton()
        element = (QStyle.PrimitiveElement.PE_IndicatorRadioButton if widget_class is QRadioButton
                   else QStyle.PrimitiveElement.PE_IndicatorCheckBox)
    option.initFrom(control)
    if isinstance(option, QStyleOptionFrame):
        option.lineWidth = 1
    state = QStyle.StateFlag.State_Enabled
    if focused:
        state |= QStyle.StateFlag.State_HasFocus | QStyle.StateFlag.State_KeyboardFocusChange
    option.state = state
    window = parent.palette().color(Role.Window)
    expected = (focus_ring(control.palette().color(Role.Highlight)) if focused
                else OUTLINES[widget_class.__name__](control.palette().color(Role.Window)))
    seen = drawn(option, element, control, window)
    assert max(abs(a - b) for a, b in zip(seen.getRgb()[:3], expected.getRgb()[:3], strict=True)) <= 4, \
        f"drew {seen.name()}, computed {expected.name()}"
    assert contrast(seen, window) >= NON_TEXT - 0.05  # antialiasing may mix in a little of the window


@fusion_outlines
def test_only_what_fell_short_changes(scheme, qapp):
    before, after = fusion_palette(scheme), qapp.palette()
    short = {(group, Role.Highlight) for group in ENABLED} | {(group, Role.HighlightedText) for group in ENABLED}
    for groups, pairs, ratio in ((ENABLED, TEXT_PAIRS, TEXT), ((Group.Disabled,), DISABLED_PAIRS, NON_TEXT)):
        for group in groups:
            for role, backgrounds in pairs:
                if any(contrast(before.color(group, role), before.color(group, b)) < ratio for b in backgrounds):
                    short.add((group, role))
    changed = {(group, role) for group in Group if group.value < Group.NColorGroups.value
               for role in Role if role.value < Role.NColorRoles.value
               if before.color(group, role).rgba() != after.color(group, role).rgba()}
    assert changed <= short, sorted(f"{g.name} {r.name}" for g, r in changed - short)
    for name in OUTLINES:  # the class palettes differ in their Window role only
        own = QApplication.palette(name)
        assert [(group.name, role.name) for group in Group if group.value < Group.NColorGroups.value
                for role in Role if role.value < Role.NColorRoles.value
                if own.color(group, role).rgba() != after.color(group, role).rgba()
                and not (role == Role.Window and group in ENABLED)] == []


@pytest.mark.parametrize("adjusted", [True, False], ids=["ensure_contrast", "system palette as is"])
@pytest.mark.parametrize("raw", SCHEMES)
def test_the_practice_banner_reads(qapp, raw, adjusted):
    qapp.setPalette(fusion_palette(raw))
    if adjusted:
        ensure_contrast(qapp)
    banner = PracticeBanner()
    palette = banner.palette()
    for group in (*ENABLED, Group.Disabled):
        ratio = contrast(palette.color(group, Role.WindowText), palette.color(group, Role.Window))
        assert ratio >= TEXT, f"{raw} {group.name}: {ratio:.2f}"
    assert banner.autoFillBackground() and not banner.styleSheet()  # the palette is what is painted


def frame_drawn(qapp: QApplication, widget: QWidget, background: QColor | None, keyboard: bool = True,
                style: QStyle | None = None) -> QColor:
    option = QStyleOptionFocusRect()
    option.initFrom(widget)
    option.state |= QStyle.StateFlag.State_HasFocus
    if keyboard:
        option.state |= QStyle.StateFlag.State_KeyboardFocusChange
    if background is not None:
        option.backgroundColor = background
    return drawn(option, QStyle.PrimitiveElement.PE_FrameFocusRect, widget,
                 background or widget.palette().color(Role.Window), style)


@fusion_outlines
@pytest.mark.parametrize("widget_class", [QRadioButton, QCheckBox, QListWidget])
def test_the_focus_frame_shows(scheme, qapp, widget_class):
    """The frame around a focused radio button's or checkbox's label, and around a list's current
    item, selected or not: Fusion draws it at 1.7:1."""
    if not fusion(qapp):
        pytest.skip("Fusion's focus frame")
    assert isinstance(qapp.style(), FocusFrames)  # installed as run() installs it once the window has painted
    control = widget_class()
    palette = control.palette()
    for background in (None, palette.color(Role.Base), palette.color(Role.Highlight)):
        under = background or palette.color(Role.Window)
        assert contrast(frame_drawn(qapp, control, background), under) >= NON_TEXT
    under = palette.color(Role.Window)
    assert frame_drawn(qapp, control, None, keyboard=False).rgba() == under.rgba()  # none after a click
    assert contrast(frame_drawn(qapp, control, None, style=qapp.style().baseStyle()), under) < NON_TEXT
