"""Renders resources/icons/zoho-wizard.svg into the icon files the app and its installers use:

    zoho-wizard.ico   (16, 24, 32, 48, 64, 128, 256 px; used by Inno Setup and the Windows executables)
    zoho-wizard.icns  (16 to 512 pt at 1x and 2x, i.e. 32 to 1024 px; used by the macOS .app)
    resources/icons/zoho-wizard.png  (256 px; the window icon, which as an SVG would load QtSvg at start)

Needs PySide6 (QtSvg) and Pillow, e.g. in a throwaway venv VENV outside the checkout:

    python3 -m venv VENV && VENV/bin/pip install "PySide6-Essentials<6.12" Pillow
    QT_QPA_PLATFORM=offscreen VENV/bin/python packaging/icons/render.py [PNG_DIR]

With PNG_DIR it also keeps the rendered PNGs there (zoho-wizard-256.png, ...) for a look.
"""

from __future__ import annotations

import io
import sys
from pathlib import Path

from PIL import Image

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt  # noqa: TID251  (a build tool, not the engine)
from PySide6.QtGui import QGuiApplication, QImage, QPainter  # noqa: TID251
from PySide6.QtSvg import QSvgRenderer  # noqa: TID251

HERE = Path(__file__).resolve().parent
SVG = HERE.parent.parent / "resources" / "icons" / "zoho-wizard.svg"
ICO_SIZES = [16, 24, 32, 48, 64, 128, 256]
ICNS_SIZES = [32, 64, 128, 256, 512, 1024]  # the pixel sizes Pillow's ICNS writer stores


def render(renderer: QSvgRenderer, size: int) -> Image.Image:
    """The SVG drawn at size x size pixels on a transparent background, as a Pillow RGBA image."""
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return Image.open(io.BytesIO(bytes(data))).convert("RGBA")


def main() -> int:
    app = QGuiApplication(sys.argv[:1])  # noqa: F841  (QPainter wants a GUI application)
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        sys.exit(f"render.py: cannot read {SVG}")
    sizes = sorted(set(ICO_SIZES) | set(ICNS_SIZES))
    images = {size: render(renderer, size) for size in sizes}

    if len(sys.argv) > 1:
        png_dir = Path(sys.argv[1])
        png_dir.mkdir(parents=True, exist_ok=True)
        for size, image in images.items():
            image.save(png_dir / f"zoho-wizard-{size}.png")

    # Pillow takes each size from append_images when one matches, instead of scaling the first image down.
    ico = images[256]
    ico.save(HERE / "zoho-wizard.ico", format="ICO", sizes=[(s, s) for s in ICO_SIZES],
             append_images=[images[s] for s in ICO_SIZES if s != 256])
    icns = images[1024]
    icns.save(HERE / "zoho-wizard.icns", format="ICNS",
              append_images=[images[s] for s in ICNS_SIZES if s != 1024])
    images[256].save(SVG.with_suffix(".png"), optimize=True)
    print("wrote packaging/icons/zoho-wizard.ico, packaging/icons/zoho-wizard.icns and resources/icons/zoho-wizard.png")
    return 0


if __name__ == "__main__":
    sys.exit(main())
