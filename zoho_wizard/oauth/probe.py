"""Asking Zoho about a client before the person waits in the browser (docs/zoho-behaviour.md §4).

A client registered in another data center, or a redirect address that is not registered,
stops on Zoho's own page and never comes back to the app. Fetched without cookies and without
following redirects, the authorization URL tells in advance: Zoho moves on to its sign-in, or
answers with one of those pages. Anything else is "could not tell", and the flow goes on::

    verdict = probe(url)                       # Verdict.ACCEPTED, UNKNOWN_CLIENT, ...
    homes = await homes_of(client_id, urls)    # the data centers that know a client ID
"""

from __future__ import annotations

import asyncio
import re
from collections.abc import Mapping
from concurrent.futures import ThreadPoolExecutor
from enum import Enum

import requests

from zoho_wizard import errors
from zoho_wizard.texts import QT_TR_NOOP, Text
from zoho_wizard.web import session
from zoho_wizard.zoho.regions import Region

TIMEOUT = 4.0  # for one request, and for asking every data center at once
PAGE_LIMIT = 256 * 1024

# Zoho's markup is not documented: a title or heading that starts with the page's name, or its sentence
_HEADING = r"<(?:title|h[1-3])\b[^>]*>\s*"
_UNKNOWN_CLIENT = re.compile(_HEADING + r"invalid\s+client\b|client\s+id\s+does\s+not\s+exist", re.IGNORECASE)
_UNREGISTERED_REDIRECT = re.compile(
    _HEADING + r"invalid\s+redirect[\s_-]*ur[il]\b|redirect[\s_-]*ur[il]\s+passed\s+does\s+not\s+match",
    re.IGNORECASE)


class Verdict(Enum):
    ACCEPTED = "accepted"  # Zoho moved on (to its sign-in)
    UNKNOWN_CLIENT = "unknown client"  # Zoho's "Invalid Client" page
    UNREGISTERED_REDIRECT = "unregistered redirect"  # Zoho's "Invalid Redirect Uri" page
    UNSURE = "could not tell"  # no network, or a page the app does not recognise


def probe(url: str, timeout: float = TIMEOUT) -> Verdict:
    """What Zoho answers ``url`` (an authorization URL) with, asked as a stranger would ask."""
    try:
        with session() as stranger, stranger.get(url, allow_redirects=False, timeout=timeout,
                                                          stream=True) as response:
            if response.is_redirect:
                return Verdict.ACCEPTED
            page = response.raw.read(PAGE_LIMIT, decode_content=True).decode("utf-8", "replace")
    except (requests.RequestException, OSError, ValueError):
        return Verdict.UNSURE
    return page_verdict(page)


def page_verdict(page: str) -> Verdict:
    """Which of Zoho's own error pages ``page`` is, if any."""
    if _UNREGISTERED_REDIRECT.search(page):
        return Verdict.UNREGISTERED_REDIRECT
    if _UNKNOWN_CLIENT.search(page):
        return Verdict.UNKNOWN_CLIENT
    return Verdict.UNSURE


async def verdicts(urls: Mapping[str, str], timeout: float = TIMEOUT) -> dict[str, Verdict]:
    """Every URL probed at once, each on its own thread; what has not answered within ``timeout``
    in all is UNSURE (its thread ends on its own, by the same timeout)."""
    loop = asyncio.get_running_loop()
    pool = ThreadPoolExecutor(max_workers=max(1, len(urls)), thread_name_prefix="zoho-probe")
    try:
        futures = {key: loop.run_in_executor(pool, probe, url, timeout) for key, url in urls.items()}
        if futures:
            await asyncio.wait(futures.values(), timeout=timeout)
    finally:
        pool.shutdown(wait=False, cancel_futures=True)
    for future in futures.values():
        future.cancel()
    return {key: future.result() if future.done() and not future.cancelled() else Verdict.UNSURE
            for key, future in futures.items()}


def unregistered_redirect(region: Region, redirect_uri: str) -> errors.WrongRedirectUri:
    return errors.WrongRedirectUri(
        QT_TR_NOOP("Zoho's {region} data center does not have the redirect address {address} registered for this "
                   "client."),
        QT_TR_NOOP("In Zoho's API console ({console}), open this client, add exactly {address} under Authorized "
                   "Redirect URIs and press Update; then connect again."),
        region=Text(region.name), address=redirect_uri, console=region.console_url)


ZOHO_PAGES = ("Invalid Client", "Invalid Redirect Uri")  # the titles of Zoho's own error pages


def error_pages(region: Region, redirect_uri: str) -> dict[str, errors.WizardError]:
    """What Zoho's own error pages, shown in the browser instead of its sign-in, mean: by their title."""
    return {
        "Invalid Client": errors.WrongClient(
            QT_TR_NOOP("Zoho's page said “Invalid Client”: the Zoho data center you signed in to does not know this "
                       "Client ID."),
            QT_TR_NOOP("Check that you registered the client in the {region} API console ({console}) and copied its "
                       "Client ID whole; if your Zoho account lives in another data center, choose that one, or "
                       "enable the client for it in the console (the client's Settings)."),
            region=Text(region.name), console=region.console_url),
        "Invalid Redirect Uri": unregistered_redirect(region, redirect_uri),
    }
