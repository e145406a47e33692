"""The read-only calls that prove a connection works, as data: one record per call, grouped by Zoho
product. A new call is one :class:`ReadCall`; a product whose API has the Books shape (organizations,
then lists per organization, as Zoho Invoice under ``/invoice/v3``) is one :class:`Product`::

    call = BOOKS.call("invoices")
    call.path, call.list_key        # "/invoices", "invoices": what to ask, where the answer holds them
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from zoho_wizard.texts import ENGLISH, QT_TR_NOOP, Language

Record = Mapping[str, Any]


def named_by(key: str) -> Callable[[Record, Language], str]:
    def name(record: Record, language: Language = ENGLISH) -> str:
        return str(record.get(key) or "")

    return name


def invoice_name(record: Record, language: Language = ENGLISH) -> str:
    """An invoice by number, customer and amount (written as the reader's language writes amounts)."""
    number = str(record.get("invoice_number") or "")
    if not record.get("customer_name"):
        return number
    try:
        amount = language.amount(float(record.get("total") or 0))
    except (TypeError, ValueError):
        amount = str(record.get("total"))
    money = (f"{record['currency_symbol']}{amount}" if record.get("currency_symbol")
             else f"{record.get('currency_code') or ''} {amount}".strip())
    return f"{number} ({record['customer_name']}, {money})"


@dataclass(frozen=True)
class ReadCall:
    key: str
    label: str  # the button, in business words
    path: str  # under the product's API path
    list_key: str  # where Zoho's answer holds the records
    counted: str  # how many came back, "%n" the count
    name: Callable[[Record, Language], str]  # how a person names one record


@dataclass(frozen=True)
class Product:
    name: str
    api_path: str
    calls: tuple[ReadCall, ...]

    def call(self, key: str) -> ReadCall:
        return next(call for call in self.calls if call.key == key)


BOOKS = Product("Zoho Books", "/books/v3", (
    ReadCall("contacts", QT_TR_NOOP("Contacts"), "/contacts", "contacts", QT_TR_NOOP("%n contact(s)"),
             named_by("contact_name")),
    ReadCall("invoices", QT_TR_NOOP("Invoices"), "/invoices", "invoices", QT_TR_NOOP("%n invoice(s)"),
             invoice_name),
    ReadCall("items", QT_TR_NOOP("Items"), "/items", "items", QT_TR_NOOP("%n item(s)"), named_by("name")),
    ReadCall("chartofaccounts", QT_TR_NOOP("Chart of accounts"), "/chartofaccounts", "chartofaccounts",
             QT_TR_NOOP("%n account(s)"), named_by("account_name")),
    ReadCall("taxes", QT_TR_NOOP("Taxes"), "/settings/taxes", "taxes", QT_TR_NOOP("%n tax(es)"),
             named_by("tax_name")),
))
