"""Pictures of Zoho's API console for the pages that send a person there: illustrations drawn
for the app (each says so in its corner and in its caption), not screenshots of Zoho's.

Each is a PNG in ``resources/illustrations``, at its natural size (``<name>.png``) and twice it
(``<name>@2x.png``), rendered from the SVG beside it by ``packaging/illustrations/render.py``;
the app never loads QtSvg. A picture shrinks with the window, never grows past its natural
size, and carries a text alternative for those who cannot see it.

Put one on a page with ``self.body.addWidget(Illustration("add-client"))``.
"""

from __future__ import annotations

from pathlib import Path

from PySide6 import QtCore  # QtCore.Qt when used: the namespace is costly to load
from PySide6.QtGui import QImage, QImageReader, QPixmap, QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QVBoxLayout, QWidget

from zoho_wizard.resources import resource_path
from zoho_wizard.texts import QT_TR_NOOP
from zoho_wizard.ui import i18n
from zoho_wizard.ui.widgets import paragraph

# name → what the picture shows, as a person would be told it: what to look for and what to press
ILLUSTRATIONS: dict[str, str] = {
    "add-client": QT_TR_NOOP(
        "In Zoho's API console, press ADD CLIENT (the first time, the button says Get Started). Zoho then "
        "shows five kinds of client as cards: Client-based Applications, Server-based Applications, "
        "Mobile-based Applications, Non-browser Applications and Self Client. Choose the card of the kind "
        "you chose here; the picture points at Server-based Applications, the recommended one."),
    "server-form": QT_TR_NOOP(
        "Zoho's form Create New Client, for Server-based Applications, has the fields Client Name, Homepage "
        "URL and Authorized Redirect URIs. Type the first redirect address, http://localhost:47321/callback, "
        "then press the + button beside it to get a new row for the next address, and so on for each "
        "address. Then press CREATE."),
    "client-details": QT_TR_NOOP(
        "After you press CREATE, Zoho shows the client's page, open at its tab Client Secret. It shows the "
        "Client ID, which begins with 1000., and the Client Secret, each in a box with a copy icon beside "
        "it. Press a copy icon to copy that value, then paste it into this wizard."),
    "self-client-code": QT_TR_NOOP(
        "A Self Client's page in Zoho's API console, open at its tab Generate Code. In Scope, type "
        "ZohoBooks.fullaccess.all; in Time Duration, choose 10 minutes; in Scope Description, type any "
        "description; then press CREATE. Zoho shows the generated code in a box with a copy icon: copy it "
        "and paste it into this wizard before those minutes run out."),
}

# name → a few words for the caption under the picture and its accessible name
TITLES: dict[str, str] = {
    "add-client": QT_TR_NOOP("Add Client, then the kind of client"),
    "server-form": QT_TR_NOOP("the redirect addresses and the + button"),
    "client-details": QT_TR_NOOP("the Client ID and Client Secret after Create"),
    "self-client-code": QT_TR_NOOP("a Self Client's Generate Code"),
}

SCALES = (1, 2)  # the PNGs there are: <name>.png, <name>@2x.png
MINIMUM_WIDTH = 120  # the narrowest a picture asks for: a narrow window shrinks it, never the other way round


def illustration_path(name: str, scale: int = 1) -> Path:
    """The PNG of illustration ``name`` drawn at ``scale`` times its natural size."""
    return resource_path("illustrations", f"{name}.png" if scale == 1 else f"{name}@{scale}x.png")


class Picture(QLabel):
    """The PNG, as wide as the layout allows up to its natural width, its aspect ratio kept; the
    sharper 2× PNG on a screen with more than one device pixel per logical pixel. A label with a
    pixmap is a graphic to assistive technology."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self._shown: tuple[int, int, float] | None = None  # the pixmap's logical width, height and ratio
        natural = QImageReader(str(illustration_path(name))).size()  # read from the header: decoded when shown
        self.natural = (natural.width(), natural.height())
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.setAlignment(QtCore.Qt.AlignmentFlag.AlignLeft | QtCore.Qt.AlignmentFlag.AlignTop)

    def image(self, scale: int) -> QImage:
        """The PNG for ``scale`` (a null image when it is missing), read when needed and not kept."""
        return QImage(str(illustration_path(self.name, scale)))

    @property
    def loaded(self) -> bool:
        return self.natural[0] > 0 and self.natural[1] > 0

    def source_for(self, ratio: float) -> QImage:
        """The PNG to scale from on a screen of device pixel ratio ``ratio``."""
        sharp = self.image(2) if ratio > 1 else QImage()
        return sharp if not sharp.isNull() else self.image(1)

    def shown_width(self, width: int) -> int:
        return max(0, min(width, self.natural[0]))

    def hasHeightForWidth(self) -> bool:
        return self.loaded

    def heightForWidth(self, width: int) -> int:
        if not self.loaded:
            return 0
        return round(self.shown_width(width) * self.natural[1] / self.natural[0])

    def sizeHint(self) -> QtCore.QSize:
        return QtCore.QSize(*self.natural)

    def minimumSizeHint(self) -> QtCore.QSize:
        width = min(MINIMUM_WIDTH, self.natural[0])
        return QtCore.QSize(width, self.heightForWidth(width))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.refresh()

    def event(self, event: QtCore.QEvent) -> bool:
        if event.type() == QtCore.QEvent.Type.DevicePixelRatioChange:  # moved to another screen
            self.refresh()
        return super().event(event)

    def refresh(self) -> None:
        """Scale the PNG to the label's width, for its screen's device pixels."""
        if not self.loaded:
            return
        width = self.shown_width(self.width())
        height = self.heightForWidth(width)
        ratio = self.devicePixelRatioF()
        if width <= 0 or height <= 0 or self._shown == (width, height, ratio):
            return
        source = self.source_for(ratio)
        pixels = QtCore.QSize(round(width * ratio), round(height * ratio))
        if source.size() != pixels:
            source = source.scaled(pixels, QtCore.Qt.AspectRatioMode.IgnoreAspectRatio,
                                   QtCore.Qt.TransformationMode.SmoothTransformation)
        pixmap = QPixmap.fromImage(source)
        pixmap.setDevicePixelRatio(ratio)
        self._shown = (width, height, ratio)
        self.setPixmap(pixmap)


class Illustration(QWidget):
    """An illustration of Zoho's API console, its caption under it, and its text alternative as
    the accessible name (short) and description (whole). When its PNG is missing, the whole
    alternative is shown as text instead."""

    def __init__(self, name: str, alternative: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self.alternative = alternative if alternative is not None else i18n.translate(ILLUSTRATIONS[name])
        title = i18n.translate(TITLES[name]) if name in TITLES else ""
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.picture = Picture(name)
        self.accessible_name = self.tr("Illustration: {title}").format(title=title) if title else self.tr(
            "Illustration")
        for widget in (self, self.picture):
            widget.setAccessibleName(self.accessible_name)
            widget.setAccessibleDescription(self.alternative)
        layout.addWidget(self.picture)
        if self.picture.loaded:
            caption = self.tr("Illustration of Zoho's API console: {title}.").format(title=title) if title else (
                self.tr("Illustration of Zoho's API console."))
        else:  # the words, in place of a picture that cannot be shown
            self.picture.hide()
            caption = self.alternative
        self.caption = paragraph(caption)
        self.caption.setTextFormat(QtCore.Qt.TextFormat.PlainText)
        layout.addWidget(self.caption)
