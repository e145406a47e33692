"""The loopback catcher: receives Zoho's OAuth redirect on this computer, on asyncio.

It listens on 127.0.0.1 and ::1 only, answers the browser with plain pages, passes a URL
fragment (implicit grant) back through a small page, and hands over the first redirect
that carries the right one-time ``state``::

    async with LoopbackCatcher(range(53682, 53690), state=state, check=check) as catcher:
        url = authorization_url(..., redirect_uri=catcher.redirect_uri, state=state)
        open_browser(catcher.start_url(url))
        redirect = await asyncio.wait_for(catcher.wait(), timeout=600)
    code = redirect.params["code"]
"""

from __future__ import annotations

import asyncio
import base64
import errno
import hashlib
import hmac
import logging
import re
import secrets
import socket
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache
from http import HTTPStatus
from string import Template
from types import TracebackType
from urllib.parse import parse_qsl

from zoho_wizard import APP_NAME
from zoho_wizard.errors import PortNotAllowed, PortsBusy, WizardError
from zoho_wizard.resources import resource_path
from zoho_wizard.texts import ENGLISH, QT_TR_NOOP, Language, Text

HEAD_LIMIT = 8 * 1024
BODY_LIMIT = 16 * 1024
MAX_CONNECTIONS = 32
MAX_FIELDS = 64

_log = logging.getLogger(__name__)

_NO_IPV6 = {errno.EADDRNOTAVAIL, errno.EAFNOSUPPORT}
_ANSWER_KEYS = {"state", "code", "error", "access_token"}
_SINGLE_HEADERS = {"host", "content-length", "content-type", "transfer-encoding"}
_FORM = "application/x-www-form-urlencoded"
_HTML = "text/html; charset=utf-8"
_REQUEST_LINE = re.compile(r"([A-Z]+) (/[!-~]*) HTTP/1\.[01]")
_HEADER = re.compile(r"([!#$%&'*+.^_`|~0-9A-Za-z-]+):[ \t]*([^\x00-\x08\x0a-\x1f\x7f]*?)[ \t]*")
_TARGET = re.compile(r"https?://[!-~]+")

# what html.escape does, without the named-entity table it loads (some 0.7 MB the app never uses)
_ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#x27;"})

# The pages' sentences, in the person's language (``Language.translate``); {app} is the app's name.
_NOT_CONNECTED = QT_TR_NOOP("Not connected")
_CONNECTED = (
    QT_TR_NOOP("Approved"),
    QT_TR_NOOP("Zoho has sent your approval to the app."),
    QT_TR_NOOP("You can close this tab: the {app} finishes the connection where you started it (its window, or "
               "the terminal)."),
)
_FOREIGN = (
    _NOT_CONNECTED,
    QT_TR_NOOP("This link is not from the connection the app is making right now."),
    QT_TR_NOOP("Go back to where you started the {app} (its window, or the terminal) and continue there, or start "
               "the connection again."),
)
_ALREADY = (
    QT_TR_NOOP("Already finished"),
    QT_TR_NOOP("The app has already received Zoho's answer for this connection."),
    QT_TR_NOOP("You can close this tab and go back to where you started the {app} (its window, or the terminal)."),
)
_EMPTY = (
    _NOT_CONNECTED,
    QT_TR_NOOP("Zoho's answer reached this computer without the details the app needs."),
    QT_TR_NOOP("Go back to where you started the {app} (its window, or the terminal) and start the connection "
               "again."),
)
_FRAGMENT = {  # the page that passes an answer in the URL's fragment on to the app
    "waiting": QT_TR_NOOP("Passing Zoho's answer to the app…"),
    "gone": QT_TR_NOOP("The app is no longer waiting for Zoho's answer. Go back to the {app} and start the "
                       "connection again."),
    "noscript": QT_TR_NOOP("This page needs JavaScript to pass Zoho's answer to the app. Turn on JavaScript for "
                           "this page (or use another browser), then start the connection again."),
}


@dataclass(frozen=True)
class Redirect:
    """The genuine redirect's parameters (query string, or the POSTed URL fragment)."""

    params: dict[str, str]

    def __repr__(self) -> str:
        return f"Redirect(keys={sorted(self.params)})"


class LoopbackCatcher:
    def __init__(self, ports: Sequence[int], *, state: str, path: str = "/callback",
                 check: Callable[[Redirect], None] = lambda r: None,
                 request_timeout: float = 10.0, language: Language = ENGLISH) -> None:
        if not state:
            raise ValueError("the catcher needs a state to compare redirects with")
        if not path.startswith("/") or "?" in path or "#" in path:
            raise ValueError("the redirect path must start with '/' and carry no query or fragment")
        self.port = 0
        self._ports = ports
        self._state = state.encode()
        self._path = path
        self._check = check
        self._request_timeout = request_timeout
        self._language = language
        self._start_path = f"/start/{secrets.token_urlsafe(16)}"
        self._start_target: str | None = None
        self._hosts: set[str] = set()
        self._servers: list[asyncio.Server] = []
        self._clients: dict[asyncio.Task[None], None] = {}  # oldest first
        self._dropped: set[asyncio.Task[None]] = set()  # cancelled to make room, not ended yet
        self._closing = False
        self._finished = asyncio.Event()
        self._outcome: Redirect | Exception | None = None

    @property
    def redirect_uri(self) -> str:
        return f"{self._origin}{self._path}"

    def start_url(self, target: str) -> str:
        """A local address that forwards the browser to ``target`` (the authorization URL)."""
        if not _TARGET.fullmatch(target):
            raise ValueError("the start page can only forward to an http(s) address")
        self._start_target = target
        return f"{self._origin}{self._start_path}"

    async def wait(self) -> Redirect:
        """The genuine redirect; raises what ``check`` raised about it."""
        await self._finished.wait()
        if isinstance(self._outcome, Exception):
            raise self._outcome
        assert self._outcome is not None
        return self._outcome

    async def __aenter__(self) -> LoopbackCatcher:
        sockets = _bind(self._ports)
        self.port = sockets[0].getsockname()[1]
        self._hosts = {f"{host}:{self.port}" for host in ("localhost", "127.0.0.1", "[::1]")}
        self._closing = False
        try:
            for sock in sockets:
                self._servers.append(await asyncio.start_server(self._accept, sock=sock, limit=HEAD_LIMIT))
        except BaseException:
            await self.__aexit__(None, None, None)
            for sock in sockets:
                sock.close()
            raise
        _log.info("waiting for Zoho's answer on port %d (%s)", self.port,
                  " and ".join(sock.getsockname()[0] for sock in sockets))
        return self

    async def __aexit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                        traceback: TracebackType | None) -> None:
        self._closing = True
        for server in self._servers:
            server.close()
        clients = [*self._clients, *self._dropped]
        for task in clients:
            task.cancel()
        await asyncio.gather(*clients, return_exceptions=True)
        for server in self._servers:
            await server.wait_closed()
        self._servers.clear()

    @property
    def _origin(self) -> str:
        if not self.port:
            raise RuntimeError("the catcher is not listening; use it in 'async with'")
        return f"http://localhost:{self.port}"

    def _accept(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        if self._closing:
            writer.transport.abort()
            return
        if len(self._clients) >= MAX_CONNECTIONS:  # the idlest makes room: a genuine redirect always gets in
            oldest = next(iter(self._clients))
            del self._clients[oldest]
            oldest.cancel()
            self._dropped.add(oldest)
            oldest.add_done_callback(self._dropped.discard)
        task = asyncio.create_task(self._serve(reader, writer))
        self._clients[task] = None
        task.add_done_callback(lambda done: self._clients.pop(done, None))

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            async with asyncio.timeout(self._request_timeout):
                writer.write(await self._answer(reader))
                await writer.drain()
        except (TimeoutError, ConnectionError):
            pass  # slow, half-open or vanished clients are simply dropped
        except Exception:
            _log.exception("the catcher could not answer a request")
        finally:
            writer.close()

    async def _answer(self, reader: asyncio.StreamReader) -> bytes:
        try:
            return self._route(await _read_request(reader))
        except _Reject as reject:
            return _plain(reject.status)

    def _route(self, request: _Request) -> bytes:
        if request.headers.get("host", "").lower() not in self._hosts:
            return _plain(HTTPStatus.BAD_REQUEST)
        if request.method not in ("GET", "POST"):
            return _plain(HTTPStatus.METHOD_NOT_ALLOWED)
        path, _, query = request.target.partition("?")
        if path == self._path:
            return self._callback(request, query)
        if request.method == "GET" and self._start_target and hmac.compare_digest(path, self._start_path):
            return _response(HTTPStatus.FOUND, location=self._start_target)
        return _plain(HTTPStatus.NOT_FOUND)

    def _callback(self, request: _Request, query: str) -> bytes:
        if request.method == "GET":
            params = _form(query.encode())
        elif request.headers.get("content-type", "").partition(";")[0].strip().lower() == _FORM:
            params = _form(request.body)
        else:
            return _plain(HTTPStatus.UNSUPPORTED_MEDIA_TYPE)
        if _ANSWER_KEYS.isdisjoint(params):
            if request.method == "GET":
                return _fragment_page(self._language)
            return _page(self._language, HTTPStatus.BAD_REQUEST, *_in(self._language, *_EMPTY))
        return self._receive(params)

    def _receive(self, params: dict[str, str]) -> bytes:
        if not hmac.compare_digest(params.get("state", "").encode(), self._state):
            return _page(self._language, HTTPStatus.BAD_REQUEST, *_in(self._language, *_FOREIGN))
        if self._finished.is_set():
            return _page(self._language, HTTPStatus.OK, *_in(self._language, *_ALREADY))
        redirect = Redirect(params)
        try:
            self._check(redirect)
        except Exception as error:
            self._finish(error)
            shown = error if isinstance(error, WizardError) else WizardError()
            sentences = (s.translate(_ESCAPES) for s in shown.sentences(self._language.translate))
            return _page(self._language, HTTPStatus.OK, *_in(self._language, _NOT_CONNECTED), *sentences)
        self._finish(redirect)
        return _page(self._language, HTTPStatus.OK, *_in(self._language, *_CONNECTED), ok=True)

    def _finish(self, outcome: Redirect | Exception) -> None:
        self._outcome = outcome
        self._finished.set()


@dataclass(frozen=True)
class _Request:
    method: str
    target: str
    headers: dict[str, str]
    body: bytes


class _Reject(Exception):
    def __init__(self, status: HTTPStatus) -> None:
        super().__init__(status)
        self.status = status


def _bind(ports: Sequence[int]) -> list[socket.socket]:
    """Listening sockets on 127.0.0.1 and ::1 (or 127.0.0.1 alone without IPv6) on the first usable port."""
    refusals = set()
    for port in ports:
        try:
            ipv4 = _listen(socket.AF_INET, "127.0.0.1", port)
        except OSError as error:
            refusals.add(error.errno)
            continue
        try:
            return [ipv4, _listen(socket.AF_INET6, "::1", ipv4.getsockname()[1])]
        except OSError as error:
            if error.errno in _NO_IPV6:
                return [ipv4]
            ipv4.close()
    raise PortNotAllowed() if refusals == {errno.EACCES} else PortsBusy()


def _listen(family: socket.AddressFamily, host: str, port: int) -> socket.socket:
    sock = socket.socket(family, socket.SOCK_STREAM)
    try:
        if sys.platform == "win32":
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_EXCLUSIVEADDRUSE, 1)
        else:
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        if family == socket.AF_INET6:
            sock.setsockopt(socket.IPPROTO_IPV6, socket.IPV6_V6ONLY, 1)
        sock.bind((host, port))
        sock.listen()
    except OSError:
        sock.close()
        raise
    return sock


async def _read_request(reader: asyncio.StreamReader) -> _Request:
    try:
        head = await reader.readuntil(b"\r\n\r\n")
    except asyncio.LimitOverrunError:
        raise _Reject(HTTPStatus.REQUEST_HEADER_FIELDS_TOO_LARGE) from None
    except asyncio.IncompleteReadError:
        raise _Reject(HTTPStatus.BAD_REQUEST) from None
    line, *fields = head[:-4].decode("latin-1").split("\r\n")
    request_line = _REQUEST_LINE.fullmatch(line)
    if request_line is None:
        raise _Reject(HTTPStatus.BAD_REQUEST)
    headers: dict[str, str] = {}
    for field in fields:
        header = _HEADER.fullmatch(field)
        if header is None:
            raise _Reject(HTTPStatus.BAD_REQUEST)
        name = header[1].lower()
        if name in headers and name in _SINGLE_HEADERS:
            raise _Reject(HTTPStatus.BAD_REQUEST)
        headers[name] = header[2]
    if "transfer-encoding" in headers:
        raise _Reject(HTTPStatus.NOT_IMPLEMENTED)
    method, target = request_line.groups()
    return _Request(method, target, headers, await _read_body(reader, headers) if method == "POST" else b"")


async def _read_body(reader: asyncio.StreamReader, headers: dict[str, str]) -> bytes:
    length = headers.get("content-length")
    if length is None:
        raise _Reject(HTTPStatus.LENGTH_REQUIRED)
    if not (length.isascii() and length.isdigit()):
        raise _Reject(HTTPStatus.BAD_REQUEST)
    if int(length) > BODY_LIMIT:
        raise _Reject(HTTPStatus.REQUEST_ENTITY_TOO_LARGE)
    try:
        return await reader.readexactly(int(length))
    except asyncio.IncompleteReadError:
        raise _Reject(HTTPStatus.BAD_REQUEST) from None


def _form(data: bytes) -> dict[str, str]:
    try:
        return dict(parse_qsl(data.decode(), keep_blank_values=True, errors="strict",
                              max_num_fields=MAX_FIELDS))
    except ValueError:
        raise _Reject(HTTPStatus.BAD_REQUEST) from None


@cache
def _template(name: str) -> Template:
    return Template(resource_path("pages", name).read_text(encoding="utf-8"))


@cache
def _style_sources() -> str:
    """CSP hash sources for result.html's inline styles (they stay valid inside the fragment page)."""
    styles = re.findall(r"<style>(.*?)</style>", _template("result.html").template, re.DOTALL)
    return " ".join(
        f"'sha256-{base64.b64encode(hashlib.sha256(style.encode()).digest()).decode()}'" for style in styles
    )


def _csp(script_nonce: str | None = None) -> str:
    policy = (f"default-src 'none'; style-src {_style_sources()}; base-uri 'none'; "
              "form-action 'none'; frame-ancestors 'none'")
    if script_nonce:
        policy += f"; script-src 'nonce-{script_nonce}'; connect-src 'self'"
    return policy


def _response(status: HTTPStatus, body: bytes = b"", *, content_type: str = "text/plain; charset=utf-8",
              csp: str | None = None, location: str | None = None) -> bytes:
    lines = [
        f"HTTP/1.1 {status.value} {status.phrase}",
        f"Content-Type: {content_type}",
        f"Content-Length: {len(body)}",
        "Connection: close",
        "Cache-Control: no-store",
        "Referrer-Policy: no-referrer",
        "X-Content-Type-Options: nosniff",
        f"Content-Security-Policy: {csp or _csp()}",
    ]
    if location:
        lines.append(f"Location: {location}")
    return ("\r\n".join(lines) + "\r\n\r\n").encode("ascii") + body


def _plain(status: HTTPStatus) -> bytes:
    return _response(status, f"{status.phrase}\n".encode())


def _in(language: Language, *templates: str) -> list[str]:
    """The pages' sentences in ``language``, HTML-escaped."""
    return [Text(template, {"app": Text(APP_NAME)}).render(language.translate).translate(_ESCAPES)
            for template in templates]


def _page(language: Language, status: HTTPStatus, title: str, what: str, todo: str, *, ok: bool = False) -> bytes:
    """A result page: its title and two sentences, translated and escaped."""
    page = _template("result.html").substitute(
        kind="success" if ok else "failure", lang=language.code, dir="rtl" if language.right_to_left else "ltr",
        app=_in(language, APP_NAME)[0], title=title, what=what, todo=todo)
    return _response(status, page.encode(), content_type=_HTML)


def _fragment_page(language: Language) -> bytes:
    nonce = secrets.token_urlsafe(16)
    page = _template("fragment.html").substitute(
        nonce=nonce, lang=language.code, dir="rtl" if language.right_to_left else "ltr", app=_in(language, APP_NAME)[0],
        **dict(zip(_FRAGMENT, _in(language, *_FRAGMENT.values()), strict=True)))
    return _response(HTTPStatus.OK, page.encode(), content_type=_HTML, csp=_csp(nonce))
