"""How the app talks to Zoho over the web.

- Certificates are checked against the operating system's trust store (``truststore``, as pip
  does), so a company proxy that inspects secure connections works once IT has installed its
  certificate on the computer; proxies come from the system's settings (``requests`` reads them).
- A whole answer has a deadline, not only each read: a server that sends one byte at a time cannot
  hold a call past it (``requests``' own timeout restarts with every byte).

::

    http = session()
    response = http.post(url, data=data, stream=True, timeout=READ_TIMEOUT)
    read_by(response, time.monotonic() + 30)   # the body, or requests.Timeout
"""

from __future__ import annotations

import ssl
import time
from typing import Any

import requests
import truststore
from requests.adapters import HTTPAdapter

READ_TIMEOUT = 10.0  # the longest wait for any one piece of an answer
CHUNK = 64 * 1024


class SystemTrust(HTTPAdapter):
    """HTTPS with the certificates this computer trusts."""

    def init_poolmanager(self, *args: Any, **kwargs: Any) -> None:
        kwargs["ssl_context"] = truststore.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
        super().init_poolmanager(*args, **kwargs)

    def proxy_manager_for(self, *args: Any, **kwargs: Any) -> Any:
        kwargs["ssl_context"] = truststore.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
        return super().proxy_manager_for(*args, **kwargs)


def trusting(http: requests.Session) -> requests.Session:
    """``http``, its HTTPS checked against the system's trust store."""
    http.mount("https://", SystemTrust())
    return http


def session() -> requests.Session:
    return trusting(requests.Session())


def read_by(response: requests.Response, end: float) -> None:
    """Read ``response``'s body (asked for with ``stream=True``) before the monotonic time ``end``."""
    body = bytearray()
    try:
        while chunk := response.raw.read1(CHUNK, decode_content=True):
            body += chunk
            if time.monotonic() > end:
                raise requests.Timeout("Zoho's answer did not arrive whole in time")
    except BaseException:
        response.close()
        raise
    response.raw.release_conn()  # read to its end: the connection serves the next call
    response._content = bytes(body)  # kept as requests keeps a body it has read
    response._content_consumed = True  # type: ignore[attr-defined]
