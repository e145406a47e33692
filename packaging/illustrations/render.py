# ruff: noqa: TID251  (a build tool beside the app: Qt here is for drawing its pictures)
"""Renders the illustrations of Zoho's API console, ``resources/illustrations/<name>.svg``, into
the PNGs the app shows: ``<name>.png`` at the SVG's own size and ``<name>@2x.png`` at twice it.

Run it from the repository's root after changing an SVG, and commit the PNGs with it::

    QT_QPA_PLATFORM=offscreen .venv/bin/python packaging/illustrations/render.py            # all of them
    QT_QPA_PLATFORM=offscreen .venv/bin/python packaging/illustrations/render.py add-client # just one

The app itself never loads QtSvg: it shows the PNGs (``zoho_wizard/ui/illustration.py``). The
SVGs ask for the generic ``sans-serif`` family; on Debian that is DejaVu Sans (``fonts-dejavu-core``),
which the PNGs in the repository were rendered with. Each picture is opaque and flat, so the
PNGs are written with a palette of at most 256 colours, which keeps them to a few tens of KB.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

from PySide6.QtCore import QRectF, QSize
from PySide6.QtGui import QColor, QGuiApplication, QImage, QImageWriter, QPainter
from PySide6.QtSvg import QSvgRenderer

FOLDER = Path(__file__).resolve().parents[2] / "resources" / "illustrations"
SCALES = {"": 1, "@2x": 2}
COLOURS = 256  # a PNG palette's most


def render(svg: Path, scale: int) -> QImage:
    """The SVG drawn at ``scale`` times its own size, on white, antialiased."""
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"{svg}: Qt cannot read this SVG")
    size: QSize = renderer.defaultSize() * scale
    image = QImage(size, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter, QRectF(0, 0, size.width(), size.height()))
    painter.end()
    return image


def palette_of(image: QImage) -> list[int]:
    """The image's most frequent colours (all of them when there are few enough): a flat picture's
    own colours come first, then the commonest of the antialiased edges between them."""
    pixels = memoryview(image.constBits()).cast("I")
    counts = Counter(pixels)
    return [0xFF000000 | colour for colour, _ in counts.most_common(COLOURS)]


def save(image: QImage, path: Path) -> None:
    indexed = image.convertToFormat(QImage.Format.Format_Indexed8, palette_of(image))
    writer = QImageWriter(str(path), b"png")
    writer.setQuality(0)  # for PNG, Qt reads 0 as zlib's strongest compression (100: none)
    if not writer.write(indexed):
        raise SystemExit(f"{path}: {writer.errorString()}")


def main(names: list[str]) -> None:
    QGuiApplication.instance() or QGuiApplication([])  # fonts need a Gui application
    svgs = [FOLDER / f"{name}.svg" for name in names] if names else sorted(FOLDER.glob("*.svg"))
    for svg in svgs:
        for suffix, scale in SCALES.items():
            path = svg.with_name(f"{svg.stem}{suffix}.png")
            save(render(svg, scale), path)
            print(f"{path.relative_to(FOLDER.parents[1])}: {path.stat().st_size // 1024} KB")


if __name__ == "__main__":
    main(sys.argv[1:])
