"""The five kinds of API client Zoho's console offers, as data, and the scope presets.

Everything the app does differently for a kind of client is read from its :class:`ClientKind`
record: how tokens are obtained, PKCE, the secret, the refresh token, what Zoho's console calls it
and asks for, and the advice a person reads when choosing. Adding a kind is one record::

    kind = ClientType("mobile").kind
    kind.route is Route.REDIRECT_CODE and kind.pkce  # True
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum, StrEnum

from zoho_wizard.texts import QT_TR_NOOP

FULL_ACCESS = ("ZohoBooks.fullaccess.all",)
READ_ONLY = (
    "ZohoBooks.settings.READ",
    "ZohoBooks.contacts.READ",
    "ZohoBooks.invoices.READ",
    "ZohoBooks.accountants.READ",
)
SCOPE_PRESETS = {"full": FULL_ACCESS, "read": READ_ONLY}


class Route(Enum):
    """How a kind of client gets its tokens."""

    REDIRECT_CODE = "the browser brings a code back to the app, exchanged for tokens"
    REDIRECT_TOKEN = "the browser brings an access token back to the app (no refresh token)"
    DEVICE = "the person enters a code on Zoho's page while the app polls"
    PASTED_CODE = "the person generates a code in Zoho's console and pastes it"


class Secret(Enum):
    NONE = "Zoho's console shows no Client Secret"
    OPTIONAL = "asked for and sent, yet a console may show none (docs/zoho-behaviour.md §7a)"
    REQUIRED = "asked for, required and sent"


class ConsoleField(Enum):
    """A value Zoho's API console asks for when the client is created."""

    NAME = "Client Name"
    HOMEPAGE = "Homepage URL"
    REDIRECT_URIS = "Authorized Redirect URIs"
    JAVASCRIPT_DOMAIN = "JavaScript Domain"


@dataclass(frozen=True)
class ClientKind:
    name: str  # in the app's words
    choice: str  # the wizard's choice, first-time readers in mind
    advice: str  # when to choose it and what it needs
    console_name: str  # the button in Zoho's console (Add Client)
    route: Route
    secret: Secret
    pkce: bool = False
    console_fields: tuple[ConsoleField, ...] = (ConsoleField.NAME, ConsoleField.HOMEPAGE, ConsoleField.REDIRECT_URIS)

    @property
    def uses_browser_redirect(self) -> bool:
        return self.route in (Route.REDIRECT_CODE, Route.REDIRECT_TOKEN)

    @property
    def has_secret(self) -> bool:
        """Zoho's console shows a Client Secret for it: the app asks for it and sends it."""
        return self.secret is not Secret.NONE

    @property
    def secret_required(self) -> bool:
        return self.secret is Secret.REQUIRED

    @property
    def refresh_token(self) -> bool:
        """Zoho gives a refresh token, so the connection lasts; otherwise the access token is all there is."""
        return self.route is not Route.REDIRECT_TOKEN


class ClientType(StrEnum):
    """The kinds in the order a person should consider them, the recommended one first; the value
    is what a saved connection and ``--client-type`` hold."""

    SERVER = "server"
    SELF = "self"
    DEVICE = "device"
    MOBILE = "mobile"
    CLIENT = "client"

    @property
    def kind(self) -> ClientKind:
        return KINDS[self]

    @property
    def label(self) -> str:
        return self.kind.name


KINDS = {
    ClientType.SERVER: ClientKind(
        QT_TR_NOOP("Server-based"), QT_TR_NOOP("Server-based (recommended)"),
        QT_TR_NOOP("You sign in through your browser once and the app stays connected. Needs the Client ID, the "
                   "Client Secret and the redirect addresses the next page shows."),
        "Server-based Applications", Route.REDIRECT_CODE, Secret.REQUIRED),
    ClientType.SELF: ClientKind(
        QT_TR_NOOP("Self Client"), QT_TR_NOOP("Self Client"),
        QT_TR_NOOP("No browser sign-in: you generate a short-lived code in Zoho's console and paste it here. Suits "
                   "one company's own scripts. Needs the Client ID, the Client Secret and that code."),
        "Self Client", Route.PASTED_CODE, Secret.REQUIRED, console_fields=()),
    ClientType.DEVICE: ClientKind(
        QT_TR_NOOP("Non-browser (limited-input devices)"), QT_TR_NOOP("Non-browser"),
        QT_TR_NOOP("For a computer without a browser: the app shows a code that you enter on Zoho's page from any "
                   "phone or computer. Needs the Client ID and the Client Secret."),
        "Non-browser Applications", Route.DEVICE, Secret.REQUIRED,
        console_fields=(ConsoleField.NAME, ConsoleField.HOMEPAGE)),
    ClientType.MOBILE: ClientKind(
        QT_TR_NOOP("Mobile-based (mobile and desktop apps)"), QT_TR_NOOP("Mobile-based (mobile and desktop apps)"),
        QT_TR_NOOP("Like Server-based, with an extra one-time check (PKCE). Needs the Client ID, the Client Secret "
                   "if the console shows one, and the redirect addresses the next page shows."),
        "Mobile-based Applications", Route.REDIRECT_CODE, Secret.OPTIONAL, pkce=True),
    ClientType.CLIENT: ClientKind(
        QT_TR_NOOP("Client-based (JavaScript)"), QT_TR_NOOP("Client-based (JavaScript)"),
        QT_TR_NOOP("Gives access for one hour only, then you connect again. Choose it only if your IT contact "
                   "asked for it. Needs the Client ID and the redirect addresses the next page shows."),
        "Client-based Applications", Route.REDIRECT_TOKEN, Secret.NONE,
        console_fields=(ConsoleField.NAME, ConsoleField.HOMEPAGE, ConsoleField.REDIRECT_URIS,
                        ConsoleField.JAVASCRIPT_DOMAIN)),
}


def parse_scopes(text: str) -> tuple[str, ...]:
    """A preset name ("full", "read") or a comma-separated list of Zoho scopes."""
    if text in SCOPE_PRESETS:
        return SCOPE_PRESETS[text]
    return tuple(s.strip() for s in text.split(",") if s.strip())
