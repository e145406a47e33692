"""The illustrations of Zoho's API console: each has its SVG, its PNGs at 1× and 2×, and a text
alternative; the widget shrinks to the width it is given, keeps the picture's proportions, never
grows past its natural size, tells assistive technology what the picture shows, and shows the PNGs
without ever loading QtSvg."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path
from xml.etree import ElementTree

import pytest

from PySide6.QtGui import QImage
from PySide6.QtWidgets import QVBoxLayout, QWidget

from zoho_wizard.resources import resource_path
from zoho_wizard.ui.illustration import ILLUSTRATIONS, TITLES, Illustration, illustration_path

NAMES = sorted(ILLUSTRATIONS)
ROOT = Path(__file__).resolve().parents[2]
LARGEST_PNG = 64 * 1024  # bytes: a flat picture with a palette takes far less


def natural_size(name: str) -> tuple[int, int]:
    """The size the SVG declares, in logical pixels."""
    svg = ElementTree.parse(resource_path("illustrations", f"{name}.svg")).getroot()
    return int(svg.attrib["width"]), int(svg.attrib["height"])


def test_every_svg_has_a_text_alternative_and_a_caption() -> None:
    svgs = {path.stem for path in resource_path("illustrations").glob("*.svg")}
    assert svgs == set(ILLUSTRATIONS) == set(TITLES)
    assert {"add-client", "server-form", "client-details", "self-client-code"} <= svgs


@pytest.mark.parametrize("name", NAMES)
def test_the_pngs_exist_load_and_the_2x_is_exactly_double(qapp, name: str) -> None:
    width, height = natural_size(name)
    one, two = QImage(str(illustration_path(name, 1))), QImage(str(illustration_path(name, 2)))
    assert not one.isNull() and not two.isNull()
    assert (one.width(), one.height()) == (width, height)
    assert (two.width(), two.height()) == (2 * width, 2 * height)
    for scale in (1, 2):
        assert illustration_path(name, scale).stat().st_size < LARGEST_PNG


@pytest.mark.parametrize("name", NAMES)
def test_the_svg_says_it_is_an_illustration(name: str) -> None:
    text = resource_path("illustrations", f"{name}.svg").read_text(encoding="utf-8")
    assert ">Illustration</text>" in text  # the visible corner tag
    assert 'font-family="sans-serif"' in text
    assert "<image" not in text and "<script" not in text  # drawn, not pasted


@pytest.mark.parametrize("name", NAMES)
def test_the_text_alternative_is_the_accessible_name_and_description(qapp, qtbot, name: str) -> None:
    illustration = Illustration(name)
    qtbot.addWidget(illustration)
    for widget in (illustration, illustration.picture):
        assert widget.accessibleName().startswith("Illustration: ")
        assert TITLES[name] in widget.accessibleName()
        assert widget.accessibleDescription() == ILLUSTRATIONS[name]
    assert illustration.caption.text() == f"Illustration of Zoho's API console: {TITLES[name]}."

    own = Illustration(name, "In Zoho's API console, press the blue button.")
    qtbot.addWidget(own)
    assert own.accessibleDescription() == "In Zoho's API console, press the blue button."


@pytest.mark.parametrize("name", NAMES)
def test_at_560_pixels_the_picture_keeps_its_proportions_and_the_width_it_is_given(qapp, qtbot, name: str) -> None:
    width, height = natural_size(name)
    page = QWidget()
    qtbot.addWidget(page)
    layout = QVBoxLayout(page)
    layout.setContentsMargins(0, 0, 0, 0)
    illustration = Illustration(name)
    layout.addWidget(illustration)
    layout.addStretch(1)
    assert illustration.minimumSizeHint().width() <= 560
    assert illustration.hasHeightForWidth()
    assert illustration.picture.heightForWidth(560) == round(560 * height / width)
    assert illustration.heightForWidth(560) > illustration.picture.heightForWidth(560)  # the caption below
    page.resize(560, 800)
    page.show()
    qtbot.waitExposed(page)
    picture = illustration.picture
    assert illustration.width() <= 560 and picture.width() <= 560
    pixmap = picture.pixmap()
    shown = pixmap.deviceIndependentSize()
    assert shown.width() == pytest.approx(picture.width(), abs=0.5)
    assert shown.height() == pytest.approx(picture.width() * height / width, abs=1)
    assert picture.height() >= shown.height() - 0.5
    assert illustration.caption.geometry().top() >= picture.geometry().bottom()

    page.resize(1200, 800)  # wider: never past the natural size
    qtbot.waitUntil(lambda: picture.width() > 560)
    assert picture.heightForWidth(1200) == height
    assert picture.pixmap().deviceIndependentSize().toSize().width() == width


@pytest.mark.parametrize("name", NAMES)
def test_a_high_density_screen_gets_the_2x_png(qapp, qtbot, name: str) -> None:
    width, height = natural_size(name)
    illustration = Illustration(name)
    qtbot.addWidget(illustration)
    assert (illustration.picture.source_for(2.0).width(), illustration.picture.source_for(2.0).height()) == (
        2 * width, 2 * height)
    assert (illustration.picture.source_for(1.5).width()) == 2 * width
    assert (illustration.picture.source_for(1.0).width(), illustration.picture.source_for(1.0).height()) == (
        width, height)


def test_a_missing_picture_shows_its_words_instead(qapp, qtbot) -> None:
    alternative = "In Zoho's API console, press ADD CLIENT."
    illustration = Illustration("no-such-picture", alternative)
    qtbot.addWidget(illustration)
    illustration.show()
    assert not illustration.picture.isVisible()
    assert illustration.caption.text() == alternative
    assert illustration.accessibleDescription() == alternative


BUILD_ONE = textwrap.dedent("""
    import sys
    from zoho_wizard.ui.app import application
    from zoho_wizard.ui.illustration import ILLUSTRATIONS, Illustration
    app = application([])
    shown = []
    for name in ILLUSTRATIONS:
        illustration = Illustration(name)
        illustration.resize(560, 400)
        illustration.show()
        app.processEvents()
        shown.append(not illustration.picture.pixmap().isNull())
    print(all(shown), "PySide6.QtSvg" in sys.modules)
""")


def test_the_app_never_loads_qtsvg_to_show_one() -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-c", BUILD_ONE], capture_output=True, text=True, cwd=ROOT, env=env,
                          timeout=60, check=True)
    assert done.stdout.split() == ["True", "False"], done.stderr
