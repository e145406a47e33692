"""The loopback catcher, over real HTTP: requests in a thread, and raw sockets."""

from __future__ import annotations

import asyncio
import base64
import errno
import hashlib
import logging
import random
import re
import socket
import time
from collections.abc import Awaitable, Callable, Iterator
from contextlib import contextmanager, suppress
from typing import Any, TypeVar

import pytest
import requests

from tests.support import free_port
from zoho_wizard.errors import ConsentDenied, PortsBusy, WizardError
from zoho_wizard.oauth import catcher as catcher_module
from zoho_wizard.oauth.catcher import MAX_CONNECTIONS, LoopbackCatcher, Redirect
from zoho_wizard.texts import Language

STATE = "st4te-Secret_value"
CODE = "1000.c0de.s3cret"
GENUINE = {
    "state": STATE,
    "code": CODE,
    "location": "eu",
    "accounts-server": "https://accounts.zoho.eu",
}
GENUINE_QUERY = f"state={STATE}&code={CODE}&location=eu&accounts-server=https%3A%2F%2Faccounts.zoho.eu&"
FRAGMENT = {
    "access_token": "1000.t0ken.s3cret",
    "state": STATE,
    "expires_in": "3600",
    "api_domain": "https://www.zohoapis.eu",
}
FRAGMENT_BODY = f"access_token=1000.t0ken.s3cret&state={STATE}&expires_in=3600&api_domain=https%3A%2F%2Fwww.zohoapis.eu"

T = TypeVar("T")


def run(main: Callable[[], Awaitable[T]]) -> T:
    async def bounded() -> T:
        async with asyncio.timeout(8):
            return await main()

    return asyncio.run(bounded())


def catcher(**options: Any) -> LoopbackCatcher:
    options.setdefault("request_timeout", 2.0)
    return LoopbackCatcher(options.pop("ports", [free_port()]), state=STATE, **options)


def http(method: str, url: str, **options: Any) -> requests.Response:
    with requests.Session() as session:
        session.trust_env = False
        return session.request(method, url, timeout=5, allow_redirects=False, **options)


async def get(url: str) -> requests.Response:
    return await asyncio.to_thread(http, "GET", url)


async def post_fragment(c: LoopbackCatcher, body: str) -> requests.Response:
    headers = {"Content-Type": "application/x-www-form-urlencoded;charset=UTF-8"}
    return await asyncio.to_thread(http, "POST", c.redirect_uri, data=body.encode(), headers=headers)


def read_all(sock: socket.socket) -> bytes:
    chunks = []
    while chunk := sock.recv(65536):
        chunks.append(chunk)
    return b"".join(chunks)


def exchange(port: int, data: bytes, pause: float = 0.0) -> bytes:
    """Sends ``data`` (one byte at a time when ``pause`` is set), closes the sending side, reads the answer."""
    with socket.create_connection(("127.0.0.1", port), timeout=5) as sock:
        for piece in ([data[i:i + 1] for i in range(len(data))] if pause else [data]):
            sock.sendall(piece)
            time.sleep(pause)
        sock.shutdown(socket.SHUT_WR)
        return read_all(sock)


def raw_request(port: int, target: str, method: str = "GET", headers: str = "", body: bytes = b"") -> bytes:
    head = f"{method} {target} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n{headers}\r\n"
    return head.encode() + body


def status_of(answer: bytes) -> int:
    return int(answer.split(b" ", 2)[1])


def assert_safe_page(response: requests.Response) -> None:
    assert response.headers["Content-Type"] == "text/html; charset=utf-8"
    assert response.headers["Cache-Control"] == "no-store"
    assert response.headers["Referrer-Policy"] == "no-referrer"
    assert response.headers["Connection"] == "close"
    csp = response.headers["Content-Security-Policy"]
    assert "default-src 'none'" in csp
    for style in re.findall(r"<style>(.*?)</style>", response.text, re.DOTALL):
        digest = base64.b64encode(hashlib.sha256(style.encode()).digest()).decode()
        assert f"'sha256-{digest}'" in csp
    for nonce in re.findall(r'<script nonce="([^"]+)">', response.text):
        assert f"'nonce-{nonce}'" in csp
    assert response.text.count("<script") == len(re.findall(r"<script nonce=", response.text))
    assert '<html lang="en" dir="ltr">' in response.text
    for secret in (STATE, CODE, FRAGMENT["access_token"]):
        assert secret not in response.text


def non_loopback_addresses() -> list[tuple[socket.AddressFamily, str]]:
    found = set()
    for family, probe in ((socket.AF_INET, "192.0.2.1"), (socket.AF_INET6, "2001:db8::1")):
        with suppress(OSError), socket.socket(family, socket.SOCK_DGRAM) as sock:
            sock.connect((probe, 9))
            found.add((family, sock.getsockname()[0]))
    with suppress(OSError):
        found.update((info[0], info[4][0]) for info in socket.getaddrinfo(socket.gethostname(), None))
    return [(family, address) for family, address in found
            if address not in ("127.0.0.1", "::1") and not address.startswith(("127.", "fe80"))]


def ipv6_loopback() -> bool:
    try:
        with socket.socket(socket.AF_INET6) as sock:
            sock.bind(("::1", 0))
        return True
    except OSError:
        return False


@contextmanager
def blocked(host: str, port: int) -> Iterator[None]:
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family) as sock:
        sock.bind((host, port))
        sock.listen()
        yield


def test_query_redirect_is_caught(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="zoho_wizard")

    async def main() -> tuple[Redirect, requests.Response]:
        async with catcher() as c:
            assert c.redirect_uri == f"http://localhost:{c.port}/callback"
            waiter = asyncio.create_task(c.wait())
            response = await get(f"{c.redirect_uri}?{GENUINE_QUERY}")
            return await waiter, response

    redirect, response = run(main)
    assert redirect.params == GENUINE
    assert CODE not in repr(redirect)
    assert response.status_code == 200
    assert "Zoho has sent your approval to the app." in response.text
    assert "Zoho Books Connection Wizard" in response.text
    assert_safe_page(response)
    assert "waiting for Zoho's answer on port" in caplog.text
    assert STATE not in caplog.text and CODE not in caplog.text


def test_fragment_page_passes_the_fragment_back() -> None:
    async def main() -> tuple[requests.Response, requests.Response, Redirect]:
        async with catcher() as c:
            page = await get(c.redirect_uri)
            answer = await post_fragment(c, FRAGMENT_BODY)
            return page, answer, await c.wait()

    page, answer, redirect = run(main)
    assert page.status_code == 200
    assert_safe_page(page)
    assert "connect-src 'self'" in page.headers["Content-Security-Policy"]
    assert "location.hash" in page.text and "history.replaceState" in page.text
    assert "application/x-www-form-urlencoded" in page.text
    assert answer.status_code == 200 and "Zoho has sent your approval to the app." in answer.text
    assert_safe_page(answer)
    assert redirect.params == FRAGMENT


def test_pages_speak_the_persons_language() -> None:
    """The pages the browser shows after Zoho's redirect, in the app's language (here a marked
    English), right to left for Arabic, the failures' two sentences too."""
    marked = Language(code="ar", right_to_left=True, translate=lambda template, count=None: f"⟦{template}⟧")

    async def main() -> tuple[requests.Response, requests.Response, requests.Response]:
        async with catcher(language=marked) as c:
            fragment_page = await get(c.redirect_uri)
            foreign = await get(f"{c.redirect_uri}?state=other&code=1")
            caught = await get(f"{c.redirect_uri}?{GENUINE_QUERY}")
            await c.wait()
            return fragment_page, foreign, caught

    fragment_page, foreign, caught = run(main)
    for page in (fragment_page, foreign, caught):
        assert '<html lang="ar" dir="rtl">' in page.text
        assert "<title>" in page.text and "⟦Zoho Books Connection Wizard⟧</title>" in page.text
    assert "⟦Passing Zoho&#x27;s answer to the app…⟧" in fragment_page.text
    assert "⟦Not connected⟧" in foreign.text and "⟦This link is not from" in foreign.text
    assert "⟦Approved⟧" in caught.text and "⟦You can close this tab: the {app} finishes" not in caught.text
    assert "⟦You can close this tab: the ⟦Zoho Books Connection Wizard⟧ finishes" in caught.text


def test_fragment_page_nonce_changes() -> None:
    async def main() -> list[str]:
        async with catcher() as c:
            pages = [await get(f"{c.redirect_uri}?unrelated=1") for _ in range(2)]
            return [page.headers["Content-Security-Policy"] for page in pages]

    first, second = run(main)
    assert "script-src 'nonce-" in first and first != second


def test_empty_fragment_shows_failure_and_keeps_waiting() -> None:
    async def main() -> None:
        async with catcher() as c:
            answer = await post_fragment(c, "")
            assert answer.status_code == 400
            assert "without the details the app needs" in answer.text
            assert_safe_page(answer)
            waiter = asyncio.create_task(c.wait())
            await post_fragment(c, FRAGMENT_BODY)
            assert (await waiter).params == FRAGMENT

    run(main)


@pytest.mark.parametrize("query", [
    "state=wrong&code=1000.x",
    "code=1000.x",
    "error=access_denied",
    f"state={STATE}x&code=1000.x",
    "state=%C3%A9t%C3%A9&code=1000.x",
])
def test_foreign_state_is_refused_and_genuine_still_counts(query: str) -> None:
    async def main() -> None:
        async with catcher() as c:
            waiter = asyncio.create_task(c.wait())
            refused = await get(f"{c.redirect_uri}?{query}")
            assert refused.status_code == 400
            assert "not from the connection the app is making right now" in refused.text
            assert_safe_page(refused)
            assert not waiter.done()
            assert (await get(f"{c.redirect_uri}?{GENUINE_QUERY}")).status_code == 200
            assert (await waiter).params == GENUINE

    run(main)


def test_only_the_first_genuine_redirect_counts() -> None:
    async def main() -> None:
        async with catcher() as c:
            await get(f"{c.redirect_uri}?{GENUINE_QUERY}")
            again = await get(f"{c.redirect_uri}?state={STATE}&code=1000.other")
            assert again.status_code == 200 and "already received" in again.text
            assert (await c.wait()).params == GENUINE

    run(main)


def test_failing_check_shows_failure_and_wait_raises() -> None:
    def check(redirect: Redirect) -> None:
        if "error" in redirect.params:
            raise ConsentDenied()

    async def main() -> requests.Response:
        async with catcher(check=check) as c:
            waiter = asyncio.create_task(c.wait())
            response = await get(f"{c.redirect_uri}?state={STATE}&error=access_denied")
            with pytest.raises(ConsentDenied):
                await waiter
            with pytest.raises(ConsentDenied):
                await c.wait()
            return response

    response = run(main)
    assert response.status_code == 200
    assert "Not connected" in response.text
    assert f"<p>{ConsentDenied.what}</p>" in response.text.replace("&#x27;", "'")
    assert "Zoho has sent your approval" not in response.text
    assert_safe_page(response)


def test_check_bug_shows_generic_failure_and_reaches_wait() -> None:
    def check(redirect: Redirect) -> None:
        raise KeyError("accounts-server")

    async def main() -> requests.Response:
        async with catcher(check=check) as c:
            response = await get(f"{c.redirect_uri}?{GENUINE_QUERY}")
            with pytest.raises(KeyError):
                await c.wait()
            return response

    response = run(main)
    assert response.status_code == 200 and WizardError.what in response.text


def test_start_url_forwards_to_the_target() -> None:
    target = "https://accounts.zoho.com/oauth/v2/auth?client_id=1000.X&state=abc&scope=ZohoBooks.fullaccess.all"

    async def main() -> None:
        async with catcher() as c:
            url = c.start_url(target)
            assert re.fullmatch(rf"http://localhost:{c.port}/start/[\w-]{{16,}}", url)
            forward = await get(url)
            assert forward.status_code == 302 and forward.headers["Location"] == target
            assert (await get(f"http://localhost:{c.port}/start/guess")).status_code == 404
            with pytest.raises(ValueError):
                c.start_url("https://accounts.zoho.com/\r\nSet-Cookie: x=1")

    run(main)


def test_start_path_unknown_before_start_url() -> None:
    async def main() -> None:
        async with catcher() as c:
            assert (await get(f"http://localhost:{c.port}/start/")).status_code == 404

    run(main)


def test_addresses_need_a_bound_catcher() -> None:
    c = catcher()
    with pytest.raises(RuntimeError):
        _ = c.redirect_uri
    with pytest.raises(RuntimeError):
        c.start_url("https://accounts.zoho.com/oauth/v2/auth")
    with pytest.raises(ValueError):
        LoopbackCatcher([1], state="")


def _noise() -> list[tuple[str, Callable[[int], bytes], int]]:
    garbage = random.Random(7).randbytes(3000) + b"\r\n\r\n"
    return [
        ("other path", lambda p: raw_request(p, "/other?code=1"), 404),
        ("favicon", lambda p: raw_request(p, "/favicon.ico"), 404),
        ("root", lambda p: raw_request(p, "/"), 404),
        ("unknown method", lambda p: raw_request(p, "/callback", "DELETE"), 405),
        ("garbage", lambda p: garbage, 400),
        ("garbage line", lambda p: b"\x16\x03\x01 hello\r\n\r\n", 400),
        ("no host", lambda p: b"GET /callback HTTP/1.1\r\n\r\n", 400),
        ("foreign host", lambda p: f"GET /callback HTTP/1.1\r\nHost: evil.example:{p}\r\n\r\n".encode(), 400),
        ("two hosts", lambda p: raw_request(p, "/callback", headers=f"Host: 127.0.0.1:{p}\r\n"), 400),
        ("bad header", lambda p: raw_request(p, "/callback", headers="no colon here\r\n"), 400),
        ("folded header", lambda p: raw_request(p, "/callback", headers="X-A: 1\r\n  folded\r\n"), 400),
        ("absolute target", lambda p: f"GET http://x/callback HTTP/1.1\r\nHost: 127.0.0.1:{p}\r\n\r\n".encode(), 400),
        ("http/2 preface", lambda p: b"PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n", 400),
        ("oversized head", lambda p: raw_request(p, "/callback?" + "a" * 9000), 431),
        ("bad encoding", lambda p: raw_request(p, "/callback?state=%ff&code=1"), 400),
        ("too many fields", lambda p: raw_request(p, "/callback?" + "&".join(f"k{i}=1" for i in range(100))), 400),
        ("truncated", lambda p: raw_request(p, "/callback")[:20], 400),
        ("chunked post", lambda p: raw_request(p, "/callback", "POST", "Transfer-Encoding: chunked\r\n"), 501),
        ("post without length", lambda p: raw_request(p, "/callback", "POST"), 411),
        ("post length not a number", lambda p: raw_request(p, "/callback", "POST", "Content-Length: ²\r\n"), 400),
        ("post too large", lambda p: raw_request(p, "/callback", "POST", "Content-Length: 16385\r\n"), 413),
        ("post short body", lambda p: raw_request(p, "/callback", "POST", "Content-Length: 50\r\n", b"state="), 400),
        ("post not a form", lambda p: raw_request(
            p, "/callback", "POST", "Content-Type: application/json\r\nContent-Length: 2\r\n", b"{}"), 415),
    ]


@pytest.mark.parametrize(("request_bytes", "status"), [(build, status) for _, build, status in _noise()],
                         ids=[name for name, _, _ in _noise()])
def test_noise_gets_a_short_answer_and_the_genuine_redirect_still_counts(
        request_bytes: Callable[[int], bytes], status: int) -> None:
    async def main() -> None:
        async with catcher() as c:
            waiter = asyncio.create_task(c.wait())
            answer = await asyncio.to_thread(exchange, c.port, request_bytes(c.port))
            assert status_of(answer) == status
            assert b"\r\nConnection: close\r\n" in answer
            assert not waiter.done()
            assert (await get(f"{c.redirect_uri}?{GENUINE_QUERY}")).status_code == 200
            assert (await waiter).params == GENUINE

    run(main)


def test_largest_allowed_post_body_is_read() -> None:
    body = (FRAGMENT_BODY + "&padding=" + "p" * 16384)[:16384].encode()

    async def main() -> None:
        async with catcher() as c:
            form = f"Content-Type: application/x-www-form-urlencoded\r\nContent-Length: {len(body)}\r\n"
            answer = await asyncio.to_thread(exchange, c.port, raw_request(c.port, "/callback", "POST", form, body))
            assert status_of(answer) == 200
            assert (await c.wait()).params["access_token"] == FRAGMENT["access_token"]

    run(main)


def test_request_sent_byte_by_byte_is_answered() -> None:
    async def main() -> None:
        async with catcher() as c:
            request = raw_request(c.port, f"/callback?{GENUINE_QUERY}")
            answer = await asyncio.to_thread(exchange, c.port, request, 0.001)
            assert status_of(answer) == 200
            assert (await c.wait()).params == GENUINE

    run(main)


def drip(port: int, data: bytes, pause: float) -> tuple[float, bytes]:
    """A slow client: one byte per ``pause``; returns when the catcher drops it."""
    start = time.monotonic()
    with socket.create_connection(("127.0.0.1", port), timeout=5) as sock:
        try:
            for byte in data:
                sock.sendall(bytes([byte]))
                time.sleep(pause)
            return time.monotonic() - start, read_all(sock)
        except OSError:
            return time.monotonic() - start, b""


def wait_for_eof(sock: socket.socket) -> float:
    start = time.monotonic()
    sock.settimeout(5)
    with suppress(ConnectionResetError):
        assert sock.recv(1024) == b""
    return time.monotonic() - start


def test_slow_and_half_open_connections_are_dropped_after_the_timeout() -> None:
    timeout = 0.5

    async def main() -> None:
        async with catcher(request_timeout=timeout) as c:
            waiter = asyncio.create_task(c.wait())
            idle = socket.create_connection(("127.0.0.1", c.port))
            half = socket.create_connection(("127.0.0.1", c.port))
            half.sendall(raw_request(c.port, f"/callback?{GENUINE_QUERY}")[:30])
            slow = asyncio.create_task(asyncio.to_thread(drip, c.port, raw_request(c.port, "/callback"), 0.05))
            with idle, half:
                await asyncio.sleep(0.05)
                genuine = await get(f"{c.redirect_uri}?{GENUINE_QUERY}")
                assert genuine.status_code == 200
                assert (await waiter).params == GENUINE
                for held in await asyncio.gather(*(asyncio.to_thread(wait_for_eof, s) for s in (idle, half))):
                    assert timeout * 0.5 < held < timeout * 4
            elapsed, answer = await slow
            assert answer == b"" and elapsed < timeout * 4

    run(main)


def test_the_genuine_redirect_gets_in_past_three_hundred_held_connections() -> None:
    async def main() -> None:
        async with catcher(request_timeout=30) as c:
            held = []
            for n in range(300):  # a local process keeps them open, each half a request
                sock = await asyncio.to_thread(socket.create_connection, ("127.0.0.1", c.port))
                sock.sendall(raw_request(c.port, "/callback")[: n % 20])
                held.append(sock)
            await asyncio.sleep(0.1)
            started = time.monotonic()
            assert (await get(f"{c.redirect_uri}?{GENUINE_QUERY}")).status_code == 200
            assert time.monotonic() - started < 5
            dropped = held[:300 - MAX_CONNECTIONS]  # the idlest made room, and were closed
            for sock in (dropped[0], dropped[-1]):
                assert await asyncio.to_thread(wait_for_eof, sock) < 1
            for sock in held:
                sock.close()

    run(main)


def test_busy_first_port_moves_to_the_next() -> None:
    first, second = free_port(), free_port()

    async def main() -> None:
        with blocked("127.0.0.1", first):
            async with catcher(ports=[first, second]) as c:
                assert c.port == second
                assert c.redirect_uri == f"http://localhost:{second}/callback"
                assert (await get(f"{c.redirect_uri}?{GENUINE_QUERY}")).status_code == 200

    run(main)


@pytest.mark.skipif(not ipv6_loopback(), reason="no IPv6 loopback")
def test_port_busy_on_ipv6_only_moves_to_the_next() -> None:
    first, second = free_port(), free_port()

    async def main() -> None:
        with blocked("::1", first):
            async with catcher(ports=[first, second]) as c:
                assert c.port == second

    run(main)


def test_all_ports_busy_raises_ports_busy() -> None:
    first, second = free_port(), free_port()

    async def main() -> None:
        with blocked("127.0.0.1", first), blocked("127.0.0.1", second), pytest.raises(PortsBusy):
            async with catcher(ports=[first, second]):
                pass
        with pytest.raises(PortsBusy):
            async with catcher(ports=[]):
                pass

    run(main)


def test_listens_on_loopback_only() -> None:
    async def main() -> None:
        async with catcher() as c:
            bound = {sock.getsockname()[0] for server in c._servers for sock in server.sockets}
            assert bound == ({"127.0.0.1", "::1"} if ipv6_loopback() else {"127.0.0.1"})
            for family, address in non_loopback_addresses():
                with socket.socket(family) as sock:
                    sock.settimeout(2)
                    with pytest.raises(ConnectionRefusedError):
                        await asyncio.to_thread(sock.connect, (address, c.port))

    run(main)


@pytest.mark.skipif(not ipv6_loopback(), reason="no IPv6 loopback")
def test_requests_on_ipv6_loopback_work() -> None:
    async def main() -> None:
        async with catcher() as c:
            response = await get(f"http://[::1]:{c.port}/callback?{GENUINE_QUERY}")
            assert response.status_code == 200
            assert (await c.wait()).params == GENUINE

    run(main)


def test_without_ipv6_listens_on_ipv4_only(monkeypatch: pytest.MonkeyPatch) -> None:
    listen = catcher_module._listen

    def no_ipv6(family: socket.AddressFamily, host: str, port: int) -> socket.socket:
        if family == socket.AF_INET6:
            raise OSError(errno.EADDRNOTAVAIL, "Cannot assign requested address")
        return listen(family, host, port)

    monkeypatch.setattr(catcher_module, "_listen", no_ipv6)

    async def main() -> None:
        async with catcher() as c:
            assert [sock.getsockname()[0] for server in c._servers for sock in server.sockets] == ["127.0.0.1"]
            assert (await get(f"http://127.0.0.1:{c.port}/callback?{GENUINE_QUERY}")).status_code == 200

    run(main)


def test_wait_can_be_cancelled_and_timed_out() -> None:
    async def main() -> None:
        async with catcher() as c:
            waiter = asyncio.create_task(c.wait())
            await asyncio.sleep(0)
            waiter.cancel()
            with pytest.raises(asyncio.CancelledError):
                await waiter
            with pytest.raises(TimeoutError):
                await asyncio.wait_for(c.wait(), 0.05)
            assert (await get(f"{c.redirect_uri}?{GENUINE_QUERY}")).status_code == 200
            assert (await c.wait()).params == GENUINE

    run(main)


def test_exit_closes_everything_and_frees_the_port() -> None:
    async def main() -> None:
        c = catcher()
        async with c:
            port = c.port
            await get(f"{c.redirect_uri}?{GENUINE_QUERY}")
            idle = await asyncio.to_thread(socket.create_connection, ("127.0.0.1", port))
            half = await asyncio.to_thread(socket.create_connection, ("127.0.0.1", port))
            half.sendall(b"GET /callback?state=")
            await asyncio.sleep(0.05)
            leaving = time.monotonic()
        assert time.monotonic() - leaving < 0.5
        with idle, half:
            for sock in (idle, half):
                assert await asyncio.to_thread(wait_for_eof, sock) < 1
        assert asyncio.all_tasks() == {asyncio.current_task()}
        with pytest.raises(ConnectionRefusedError):
            await asyncio.to_thread(socket.create_connection, ("127.0.0.1", port))
        await c.__aexit__(None, None, None)
        async with catcher(ports=[port]) as again:
            assert again.port == port

    run(main)


def test_exit_on_cancel_while_waiting() -> None:
    port = free_port()

    async def wizard() -> None:
        async with catcher(ports=[port]) as c:
            await c.wait()

    async def main() -> None:
        task = asyncio.create_task(wizard())
        await asyncio.sleep(0.05)
        idle = await asyncio.to_thread(socket.create_connection, ("127.0.0.1", port))
        await asyncio.sleep(0.05)
        leaving = time.monotonic()
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task
        assert time.monotonic() - leaving < 0.5
        with idle:
            assert await asyncio.to_thread(wait_for_eof, idle) < 1
        assert asyncio.all_tasks() == {asyncio.current_task()}
        async with catcher(ports=[port]) as again:
            assert again.port == port

    run(main)
