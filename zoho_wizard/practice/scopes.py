"""Zoho OAuth scopes as the practice server understands them: parsing, plain words, checks."""

from __future__ import annotations

import re

BOOKS_MODULES = (
    "contacts", "settings", "estimates", "invoices", "customerpayments", "creditnotes", "projects",
    "expenses", "salesorders", "purchaseorders", "bills", "debitnotes", "vendorpayments", "banking",
    "accountants",
)
OPERATIONS = {"READ": "view", "CREATE": "create", "UPDATE": "change", "DELETE": "delete",
              "ALL": "view, create, change and delete"}
_MODULE_WORDS = {
    "customerpayments": "customer payments", "creditnotes": "credit notes",
    "salesorders": "sales orders", "purchaseorders": "purchase orders", "debitnotes": "debit notes",
    "vendorpayments": "vendor payments", "accountants": "accountant data (chart of accounts, journals)",
    "settings": "settings (organizations, items, taxes)",
}


class ScopeError(ValueError):
    """A scope text that Zoho would answer with ``invalid_scope``."""


def _books_parts(scope: str) -> tuple[str, str] | None:
    service, module, operation = scope.split(".")
    if service.lower() != "zohobooks":
        return None
    return module.lower(), operation.upper()


def _valid(scope: str) -> bool:
    if not re.fullmatch(r"[A-Za-z]+\.[A-Za-z]+\.[A-Za-z]+", scope):
        return False
    parts = _books_parts(scope)
    return parts is None or parts == ("fullaccess", "ALL") or (
        parts[0] in BOOKS_MODULES and parts[1] in OPERATIONS)


def read_scopes(text: str) -> tuple[str, ...]:
    """Scopes separated by commas (Zoho's way) or spaces; other Zoho services pass unchecked."""
    scopes = tuple(s for s in re.split(r"[,\s]+", text) if s)
    if not scopes or not all(_valid(s) for s in scopes):
        raise ScopeError("invalid_scope")
    return scopes


def describe(scope: str) -> str:
    parts = _books_parts(scope)
    if parts is None:
        return f"Another Zoho service: {scope}"
    if parts[0] == "fullaccess":
        return "Zoho Books: full access to everything in your organizations"
    module, operation = parts
    return f"Zoho Books: {OPERATIONS[operation]} {_MODULE_WORDS.get(module, module)}"


def allows(scopes: tuple[str, ...], module: str) -> bool:
    """Whether the scopes let a token read ``module`` of Zoho Books."""
    return any(_books_parts(s) in (("fullaccess", "ALL"), (module, "READ"), (module, "ALL"))
               for s in scopes)
