"""The five kinds of API client Zoho's console offers, and the scope presets."""

from __future__ import annotations

from enum import StrEnum

FULL_ACCESS = ("ZohoBooks.fullaccess.all",)
READ_ONLY = (
    "ZohoBooks.settings.READ",
    "ZohoBooks.contacts.READ",
    "ZohoBooks.invoices.READ",
    "ZohoBooks.accountants.READ",
)
SCOPE_PRESETS = {"full": FULL_ACCESS, "read": READ_ONLY}


class ClientType(StrEnum):
    SERVER = "server"
    MOBILE = "mobile"
    CLIENT = "client"
    DEVICE = "device"
    SELF = "self"

    @property
    def label(self) -> str:
        return {
            "server": "Server-based",
            "mobile": "Mobile-based (mobile and desktop apps)",
            "client": "Client-based (JavaScript)",
            "device": "Non-browser (limited-input devices)",
            "self": "Self Client",
        }[self.value]

    @property
    def uses_browser_redirect(self) -> bool:
        return self in (ClientType.SERVER, ClientType.MOBILE, ClientType.CLIENT)

    @property
    def has_secret(self) -> bool:
        """Zoho's console shows a Client Secret for it: the app asks for it and sends it."""
        return self is not ClientType.CLIENT

    @property
    def secret_required(self) -> bool:
        """False for Mobile-based: Zoho's docs require its secret, yet a console may show none
        (docs/zoho-behaviour.md §7a)."""
        return self.has_secret and self is not ClientType.MOBILE


def parse_scopes(text: str) -> tuple[str, ...]:
    """A preset name ("full", "read") or a comma-separated list of Zoho scopes."""
    if text in SCOPE_PRESETS:
        return SCOPE_PRESETS[text]
    return tuple(s.strip() for s in text.split(",") if s.strip())
