"""A person at the practice consent page, without a browser: opens the page and presses
Accept or Deny, then follows the redirect back to the app. For tests, benchmarks and the
screenshot script (the end-to-end tests use a real browser)::

    consent(start_url)                       # as the first practice user, Accept
    location = consent(url, follow=False)    # only the redirect Zoho answers with
"""

from __future__ import annotations

import re
import urllib.error
import urllib.request
from urllib.parse import urlencode, urljoin


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args: object, **kwargs: object) -> None:
        return None


def _open(url: str, data: bytes | None, follow: bool) -> tuple[str, str]:
    """(final URL or Location, body)"""
    opener = urllib.request.build_opener() if follow else urllib.request.build_opener(_NoRedirect)
    try:
        with opener.open(url, data=data, timeout=30) as response:
            return response.geturl(), response.read().decode("utf-8", "replace")
    except urllib.error.HTTPError as error:
        location = error.headers.get("Location")
        return (location or url), error.read().decode("utf-8", "replace")


def consent(url: str, decision: str = "accept", *, email: str | None = None, follow: bool = True) -> str:
    """Answer the consent page at ``url``; returns the page landed on, or with ``follow=False``
    the Location the practice Zoho redirected to."""
    page_url, page = _open(url, None, follow=True)
    request_id = re.search(r'name="request_id" value="([^"]+)"', page)
    if request_id is None:  # answered straight away (an error redirect, or no consent page)
        return page
    action = re.search(r'<form method="post" action="([^"]+)"', page)
    users = re.findall(r'<option value="([^"]+)"', page)
    assert action is not None and users, "not a practice consent page"
    form = urlencode({"request_id": request_id.group(1), "user": email or users[0], "decision": decision})
    landed, body = _open(urljoin(page_url, action.group(1)), form.encode(), follow)
    return body if follow else landed
