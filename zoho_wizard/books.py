"""Zoho Books through a :class:`~zoho_wizard.session.ZohoSession`: the organizations, and the
read-only calls of ``zoho/calls.py`` that prove a connection works::

    books = Books(ZohoSession(connection))
    for org in books.organizations():
        print(org.name, books.fetch("contacts", org.organization_id).count)
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import Any

from zoho_wizard.errors import BooksError
from zoho_wizard.session import ZohoSession
from zoho_wizard.texts import QT_TR_NOOP
from zoho_wizard.zoho.calls import BOOKS, Product


@dataclass(frozen=True)
class Organization:
    organization_id: str
    name: str
    is_default: bool = False


@dataclass(frozen=True)
class BooksResult:
    """One Books call, for a person to read: what came back, and how."""

    kind: str
    status: int
    code: int | None
    message: str
    elapsed: float
    records: list[dict[str, Any]] = field(default_factory=list)
    raw: str = ""

    @property
    def count(self) -> int:
        return len(self.records)


def books_error(status: int, code: int | None, message: str) -> BooksError:
    """Two plain sentences for a Zoho Books error answer."""
    if code == 57:  # with a token fresh enough: the call is outside the scope or the person's role
        what = (QT_TR_NOOP("Zoho Books did not allow this connection to do that (Zoho said: {message}).") if message
                else QT_TR_NOOP("Zoho Books did not allow this connection to do that."))
        todo = QT_TR_NOOP("A connection may do only what its permissions (chosen when connecting, for example "
                          "read-only) and your role in Zoho Books allow: connect again with full access, or ask your "
                          "Zoho Books administrator for a role that allows it.")
    elif code == 14 or status == 401:
        what = QT_TR_NOOP("Zoho Books refused this connection: it may belong to another data center, or lack "
                          "permission for this.")
        todo = QT_TR_NOOP("Connect again, choosing the data center where your Zoho Books account lives and full "
                          "access.")
    elif status == 429:
        what = QT_TR_NOOP("Zoho Books is limiting requests: too many were made in the last minute, or today's "
                          "allowance is used up.")
        todo = QT_TR_NOOP("Wait a minute and try again; the daily allowance starts again tomorrow.")
    elif status >= 500:
        what = QT_TR_NOOP("Zoho Books had a problem on its side.")
        todo = QT_TR_NOOP("Try again in a few minutes.")
    elif code == 6041:
        what = QT_TR_NOOP("Your Zoho user is not a member of this organization.")
        todo = QT_TR_NOOP("Choose another organization, or ask its administrator to invite you.")
    else:
        what = (QT_TR_NOOP("Zoho Books could not answer this request (Zoho said: {message}).") if message
                else QT_TR_NOOP("Zoho Books could not answer this request."))
        todo = QT_TR_NOOP("Check that Zoho Books is set up for this organization and data center, then try again.")
    return BooksError(what, todo, status=status, code=code, message=message)


class Books:
    """The calls of ``product`` (Zoho Books, or one whose API has the same shape)."""

    def __init__(self, session: ZohoSession, product: Product = BOOKS) -> None:
        self.session = session
        self.product = product

    def _get(self, kind: str, path: str, params: dict[str, str] | None = None) -> tuple[BooksResult, dict[str, Any]]:
        started = time.perf_counter()
        response = self.session.get(f"{self.product.api_path}{path}", params=params)
        elapsed = time.perf_counter() - started
        try:
            body = response.json()
        except ValueError:
            body = None
        if not isinstance(body, dict):
            if response.status_code == 200:  # a success only in name
                raise BooksError(QT_TR_NOOP("Zoho Books sent an answer the app does not understand (HTTP 200)."),
                                 QT_TR_NOOP("Try again in a few minutes; if it keeps happening, show this message to "
                                            "your IT contact."), status=response.status_code)
            body = {}
        code = body.get("code") if isinstance(body.get("code"), int) else None
        message = str(body.get("message") or "")
        if response.status_code != 200 or code not in (0, None):
            raise books_error(response.status_code, code, message)
        return BooksResult(kind, response.status_code, code, message, elapsed, raw=response.text), body

    def organizations(self) -> list[Organization]:
        _, body = self._get("organizations", "/organizations")
        return [
            Organization(str(org["organization_id"]), str(org.get("name") or org["organization_id"]),
                         bool(org.get("is_default_org")))
            for org in body.get("organizations") or []
        ]

    def fetch(self, kind: str, organization_id: str) -> BooksResult:
        """One read-only call (the key of one of the product's calls) for one organization."""
        call = self.product.call(kind)
        result, body = self._get(kind, call.path, {"organization_id": organization_id})
        records = body.get(call.list_key) or []
        return BooksResult(result.kind, result.status, result.code, result.message, result.elapsed,
                           records if isinstance(records, list) else [], result.raw)
