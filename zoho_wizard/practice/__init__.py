"""The practice Zoho: a local stand-in for Zoho accounts and Zoho Books (see :mod:`.server`)."""

from zoho_wizard.practice.bookkeeping import PracticeOrganization, PracticeUser
from zoho_wizard.practice.server import DEFAULT_CLIENT_NAMES, PracticeZoho
from zoho_wizard.practice.state import DEFAULT_REDIRECT_URIS, REGIONS, PracticeClient

__all__ = ["DEFAULT_CLIENT_NAMES", "DEFAULT_REDIRECT_URIS", "REGIONS", "PracticeClient",
           "PracticeOrganization", "PracticeUser", "PracticeZoho"]
