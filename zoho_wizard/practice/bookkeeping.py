"""The practice Zoho Books: users, their organizations, a few records each, and the API rules.

Token checks happen in the server; :class:`PracticeBooks` answers for a user whose token passed them.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass
from typing import Any

from zoho_wizard.practice.scopes import allows

RATE_LIMIT = 100  # requests per minute per organization
PER_PAGE = 200
RATE_LIMITED = "You have made too many requests. Please try again after some time."
DAILY_LIMITS = {"Free": 1000, "Standard": 2000, "Professional": 5000}  # calls a day by plan
HIGHER_PLAN_LIMIT = 10000
DAILY_LIMITED = "You have reached the maximum number of API calls allowed for the day."
DAY = 86400


@dataclass(frozen=True)
class PracticeOrganization:
    organization_id: str
    name: str
    contact_name: str
    email: str
    is_default_org: bool
    plan_name: str
    language_code: str
    fiscal_year_start_month: int
    account_created_date: str
    time_zone: str
    is_org_active: bool
    currency_id: str
    currency_code: str
    currency_symbol: str
    currency_format: str
    price_precision: int


@dataclass(frozen=True)
class PracticeUser:
    email: str
    name: str
    region: str
    organizations: tuple[PracticeOrganization, ...]


@dataclass(frozen=True)
class _Currency:
    symbol: str
    format: str
    factor: int  # how much bigger prices look in this currency than in dollars
    taxes: tuple[tuple[str, float], ...]


_CURRENCIES = {
    "USD": _Currency("$", "1,234,567.89", 1, (("Sales Tax", 8.25),)),
    "EUR": _Currency("€", "1.234.567,89", 1, (("MwSt 19%", 19.0), ("MwSt 7%", 7.0))),
    "INR": _Currency("₹", "12,34,567.89", 80, (("GST18", 18.0), ("GST5", 5.0))),
    "CAD": _Currency("$", "1,234,567.89", 1, (("GST", 5.0), ("HST", 13.0))),
    "CNY": _Currency("¥", "1,234,567.89", 7, (("VAT", 13.0),)),
    "AED": _Currency("AED", "1,234,567.89", 4, (("VAT 5%", 5.0),)),
}
_CUSTOMERS = ("Bright Lane Cafe", "Northwind Traders", "Maple & Oak Interiors", "Blue Harbor Dental",
              "Summit Cycle Works", "Green Field Farms", "Riverside Print Shop", "Cedar Hill School")
_ITEMS = (("Consulting hour", "Advice and planning, per hour", 120.0),
          ("Website maintenance", "Monthly updates and backups", 450.0),
          ("Annual support plan", "Phone and e-mail support for a year", 1200.0),
          ("Training session", "Half-day workshop on site", 300.0))
_ACCOUNTS = (("Petty Cash", "cash"), ("Undeposited Funds", "cash"),
             ("Accounts Receivable", "accounts_receivable"), ("Sales", "income"),
             ("Office Supplies", "expense"), ("Accounts Payable", "accounts_payable"))
_INVOICE_STATUSES = (("paid", 0.0), ("sent", 1.0), ("overdue", 1.0))
_EXPENSES = (("Office Supplies", "Printer paper and toner", 86.4),
             ("Travel Expense", "Train tickets to a client meeting", 54.0),
             ("IT and Internet Expenses", "Monthly accounting add-on subscription", 29.0))


def _org(organization_id: str, name: str, user: tuple[str, str], *, default: bool, plan: str,
         language: str, fiscal_month: int, created: str, time_zone: str, currency: str,
         ) -> PracticeOrganization:
    money = _CURRENCIES[currency]
    return PracticeOrganization(
        organization_id, name, user[0], user[1], default, plan, language, fiscal_month, created,
        time_zone, True, f"{organization_id}000001", currency, money.symbol, money.format, 2)


def _user(name: str, email: str, region: str, *orgs: PracticeOrganization) -> PracticeUser:
    return PracticeUser(email, name, region, orgs)


_ALEX = ("Alex Morgan", "alex.morgan@example.com")
_LENA = ("Lena Vogel", "lena.vogel@example.de")
_PRIYA = ("Priya Sharma", "priya.sharma@example.in")
_CHLOE = ("Chloe Tremblay", "chloe.tremblay@example.ca")
_WEI = ("Wei Zhang", "wei.zhang@example.cn")
_OMAR = ("Omar Haddad", "omar.haddad@example.ae")

DEFAULT_USERS: tuple[PracticeUser, ...] = (
    _user(*_ALEX, "us",
          _org("10234695", "Morgan Design Studio", _ALEX, default=True, plan="Standard",
               language="en", fiscal_month=0, created="2021-03-15",
               time_zone="America/New_York", currency="USD"),
          _org("10234701", "Harbor Street Bakery", _ALEX, default=False, plan="Free",
               language="en", fiscal_month=0, created="2023-08-02",
               time_zone="America/Chicago", currency="USD")),
    _user(*_LENA, "eu",
          _org("20087731", "Vogel Handwerk GmbH", _LENA, default=True, plan="Professional",
               language="de", fiscal_month=0, created="2020-11-09",
               time_zone="Europe/Berlin", currency="EUR")),
    _user(*_PRIYA, "in",
          _org("60012845519", "Sharma Textiles Pvt Ltd", _PRIYA, default=True, plan="Standard",
               language="en", fiscal_month=3, created="2022-04-01",
               time_zone="Asia/Kolkata", currency="INR")),
    _user(*_CHLOE, "ca",
          _org("110000457", "Tremblay Outdoor Supply", _CHLOE, default=True, plan="Premium",
               language="en", fiscal_month=0, created="2024-01-22",
               time_zone="America/Toronto", currency="CAD")),
    _user(*_WEI, "cn",
          _org("30055102", "Zhang Trading Co", _WEI, default=True, plan="Standard",
               language="zh", fiscal_month=0, created="2022-06-30",
               time_zone="Asia/Shanghai", currency="CNY")),
    _user(*_OMAR, "ae",
          _org("70004182", "Haddad Trading LLC", _OMAR, default=True, plan="Professional",
               language="en", fiscal_month=0, created="2023-02-14",
               time_zone="Asia/Dubai", currency="AED")),
)


class BooksError(Exception):
    def __init__(self, status: int, code: int, message: str, headers: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.status, self.code, self.message = status, code, message
        self.headers = headers or {}


def _daily_allowance(plan_name: str) -> int:
    return DAILY_LIMITS.get(plan_name, HIGHER_PLAN_LIMIT)


def _limit_headers(limit: int, remaining: int, reset: int) -> dict[str, str]:
    return {"X-Rate-Limit-Limit": str(limit), "X-Rate-Limit-Remaining": str(remaining),
            "X-Rate-Limit-Reset": str(reset)}


def _records(org: PracticeOrganization, key: str) -> list[dict[str, Any]]:
    money = _CURRENCIES[org.currency_code]
    first = int(org.organization_id) % len(_CUSTOMERS)
    customers = [_CUSTOMERS[(first + n) % len(_CUSTOMERS)] for n in range(3)]

    def record_id(n: int) -> str:
        return f"{org.organization_id}{n:05d}"

    if key == "contacts":
        return [{"contact_id": record_id(100 + n), "contact_name": name, "company_name": name,
                 "contact_type": "customer", "status": "active", "currency_code": org.currency_code,
                 "email": "accounts@" + "".join(c for c in name.lower() if c.isalnum()) + ".example",
                 "outstanding_receivable_amount": _INVOICE_STATUSES[n][1] * _ITEMS[n][2] * money.factor}
                for n, name in enumerate(customers)]
    if key == "items":
        return [{"item_id": record_id(200 + n), "name": name, "description": text, "status": "active",
                 "rate": rate * money.factor, "product_type": "service", "sku": f"SRV-{n + 1:03d}"}
                for n, (name, text, rate) in enumerate(_ITEMS)]
    if key == "invoices":
        return [{"invoice_id": record_id(300 + n), "invoice_number": f"INV-{n + 1:06d}",
                 "customer_id": record_id(100 + n), "customer_name": customers[n], "status": status,
                 "date": f"2024-0{n + 4}-10", "due_date": f"2024-0{n + 5}-10",
                 "currency_code": org.currency_code, "total": _ITEMS[n][2] * money.factor,
                 "balance": owed * _ITEMS[n][2] * money.factor}
                for n, (status, owed) in enumerate(_INVOICE_STATUSES)]
    if key == "chartofaccounts":
        return [{"account_id": record_id(400 + n), "account_name": name, "account_type": kind,
                 "is_active": True, "currency_code": org.currency_code}
                for n, (name, kind) in enumerate(_ACCOUNTS)]
    if key == "expenses":
        return [{"expense_id": record_id(600 + n), "date": f"2024-0{n + 4}-18", "account_name": account,
                 "paid_through_account_name": "Petty Cash", "description": text, "status": "nonbillable",
                 "currency_code": org.currency_code, "total": amount * money.factor,
                 "reference_number": f"EXP-{n + 1:04d}"}
                for n, (account, text, amount) in enumerate(_EXPENSES)]
    return [{"tax_id": record_id(500 + n), "tax_name": name, "tax_percentage": rate,
             "tax_type": "tax", "is_default_tax": n == 0}
            for n, (name, rate) in enumerate(money.taxes)]


# path under /books/v3 → (key of the list in the answer, scope module it needs, report name)
_LISTS = {
    "contacts": ("contacts", "contacts", "Contacts"),
    "invoices": ("invoices", "invoices", "Invoices"),
    "items": ("items", "settings", "Items"),
    "chartofaccounts": ("chartofaccounts", "accountants", "Chart of Accounts"),
    "settings/taxes": ("taxes", "settings", "Taxes"),
    "expenses": ("expenses", "expenses", "Expenses"),
}


class PracticeBooks:
    """Answers Books API reads for a user, with Zoho's per-organization minute and daily limits."""

    def __init__(self, users: Sequence[PracticeUser], clock: Callable[[], float]) -> None:
        self._users = users
        self._clock = clock
        self._calls: dict[str, list[float]] = {}
        self._daily: dict[str, tuple[int, int]] = {}  # organization ID → (day, calls used that day)

    def answer(self, path: str, params: dict[str, str], email: str,
               scopes: tuple[str, ...]) -> tuple[dict[str, Any], dict[str, str]]:
        """The body, and the rate-limit headers of a call that names an organization."""
        user = next(u for u in self._users if u.email == email)
        if path == "organizations":
            self._require(scopes, "settings")
            return {"code": 0, "message": "success",
                    "organizations": [asdict(o) for o in user.organizations]}, {}
        if path not in _LISTS:
            raise BooksError(404, 5, "Invalid URL Passed")
        key, module, report = _LISTS[path]
        self._require(scopes, module)
        org = self._organization(params.get("organization_id", ""), user)
        headers = self._count_call(org)
        records = _records(org, key)
        return {"code": 0, "message": "success", key: records,
                "page_context": {"page": 1, "per_page": PER_PAGE, "has_more_page": False,
                                 "report_name": report, "applied_filter": "Status.All"}}, headers

    @staticmethod
    def _require(scopes: tuple[str, ...], module: str) -> None:
        if not allows(scopes, module):
            raise BooksError(401, 57, "You are not authorized to perform this operation")

    def _organization(self, organization_id: str, user: PracticeUser) -> PracticeOrganization:
        if not organization_id:
            raise BooksError(400, 2, "Invalid value passed for organization_id")
        owners = [(u, o) for u in self._users for o in u.organizations
                  if o.organization_id == organization_id]
        if not owners:
            raise BooksError(404, 1002, "Organization does not exist.")
        mine = [o for u, o in owners if u.email == user.email]
        if not mine:
            raise BooksError(400, 6041, f"This user is not associated with the organization {organization_id}.")
        return mine[0]

    def use_daily_allowance(self, organization_id: str, leave: int) -> None:
        org = next((o for u in self._users for o in u.organizations if o.organization_id == organization_id),
                   None)
        if org is None:
            raise ValueError(f"No practice organization {organization_id!r}.")
        allowance = _daily_allowance(org.plan_name)
        if not 0 <= leave <= allowance:
            raise ValueError(f"Leave 0 to {allowance} calls.")
        self._daily[organization_id] = (int(self._clock() // DAY), allowance - leave)

    def _count_call(self, org: PracticeOrganization) -> dict[str, str]:
        """Count a call against both limits; its headers, or :class:`BooksError` when over one."""
        now = self._clock()
        today = int(now // DAY)
        day, used = self._daily.get(org.organization_id, (today, 0))
        used = used if day == today else 0
        allowance = _daily_allowance(org.plan_name)
        reset = math.ceil(DAY - now % DAY)  # until midnight UTC
        if used >= allowance:
            raise BooksError(429, 45, DAILY_LIMITED, _limit_headers(allowance, 0, reset))
        recent = [t for t in self._calls.get(org.organization_id, []) if t > now - 60]
        if len(recent) >= RATE_LIMIT:
            wait = max(1, math.ceil(recent[0] + 60 - now))  # until the oldest call leaves the minute
            raise BooksError(429, 45, RATE_LIMITED, _limit_headers(RATE_LIMIT, 0, wait))
        self._calls[org.organization_id] = [*recent, now]
        self._daily[org.organization_id] = (today, used + 1)
        return _limit_headers(allowance, allowance - used - 1, reset)
