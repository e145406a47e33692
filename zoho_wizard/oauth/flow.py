"""Getting tokens for each kind of Zoho client, as one cancellable coroutine.

A face (terminal or wizard) passes one :class:`ConnectRequest` and a :class:`Face` that
shows what is happening; it gets a :class:`Grant` or a typed error back::

    grant = await obtain_grant(request, face, regions=load_regions(), session=requests.Session())

Cancelling the task stops the loopback catcher and the device polling at once.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from typing import Protocol

import requests

from zoho_wizard import errors
from zoho_wizard.oauth.authorize import DEFAULT_PORTS, REDIRECT_PATH, authorization_url, new_state, pkce_pair
from zoho_wizard.oauth.catcher import LoopbackCatcher, Redirect
from zoho_wizard.oauth.probe import Verdict, unregistered_redirect, verdicts
from zoho_wizard.oauth.tokens import DeviceCode, Pending, TokenEndpoint, TokenSet, token_error
from zoho_wizard.texts import ENGLISH, QT_TR_NOOP, Language, Text
from zoho_wizard.zoho.clients import FULL_ACCESS, ClientType, Route
from zoho_wizard.zoho.regions import Region, region_for_accounts_server, region_for_api_domain

LIVES_IN = QT_TR_NOOP("Your Zoho account lives in the {region} data center; continuing there.")
SLOW_DOWN_WINDOW = 30.0  # Zoho's slow_down: more than one poll in 30 seconds (docs/zoho-behaviour.md §7)


@dataclass(frozen=True)
class ConnectRequest:
    profile: str
    region: Region
    client_type: ClientType
    client_id: str
    client_secret: str | None = None
    scopes: tuple[str, ...] = FULL_ACCESS
    ports: tuple[int, ...] = DEFAULT_PORTS
    code: str | None = None  # a Self Client grant code
    timeout: float = 300.0
    language: Language = ENGLISH  # of the pages the browser shows after Zoho's redirect

    def __repr__(self) -> str:
        return (f"ConnectRequest(profile={self.profile!r}, region={self.region.code!r}, "
                f"client_type={self.client_type.value!r}, client_id={self.client_id!r})")


@dataclass(frozen=True)
class Grant:
    """Tokens, and the region the account turned out to live in."""

    tokens: TokenSet
    region: Region


class Face(Protocol):
    def progress(self, message: Text) -> None:
        """One line of plain progress."""

    def authorize(self, start_url: str, zoho_url: str) -> None:
        """Send the person to ``start_url`` (local, forwards to Zoho) or show ``zoho_url`` to open."""

    def device_code(self, code: DeviceCode) -> None:
        """Show the code to enter and the page to enter it on."""


def check_request(request: ConnectRequest) -> None:
    """Refuse what Zoho would refuse anyway, before anything is sent."""
    if not request.client_id or any(c.isspace() for c in request.client_id):
        raise errors.WrongClient(QT_TR_NOOP("The Client ID is empty or contains spaces."),
                                 QT_TR_NOOP("Copy the Client ID again from Zoho's API console and paste it."))
    kind = request.client_type.kind
    if kind.secret_required and not request.client_secret:
        raise errors.WrongSecret(QT_TR_NOOP("This kind of client needs its Client Secret, and none was given."),
                                 QT_TR_NOOP("Copy the Client Secret from Zoho's API console and paste it."))
    if kind.route is Route.PASTED_CODE and not request.code:
        raise errors.CodeExpired(
            QT_TR_NOOP("A Self Client needs the code generated in Zoho's API console, and none was given."),
            QT_TR_NOOP("Generate a code in Zoho's API console (Self Client, Generate Code) and paste it."))


class Broker:
    """Runs one flow against the region table, with an injected HTTP session, clock, and sleep (the
    device flow's wait between polls, which tests take over)."""

    def __init__(self, regions: Mapping[str, Region], session: requests.Session,
                 clock: Callable[[], float] = time.time,
                 sleep: Callable[[float], Awaitable[None]] = asyncio.sleep) -> None:
        self.regions = regions
        self.session = session
        self.clock = clock
        self.sleep = sleep

    def endpoint(self, region: Region) -> TokenEndpoint:
        return TokenEndpoint(region.accounts_url, self.session, self.clock)

    def trusted_api_domain(self, tokens: TokenSet, region: Region) -> TokenSet:
        """The API domain must be one of the table's; Zoho may leave it out (then: the region's)."""
        if not tokens.api_domain:
            return TokenSet(tokens.access_token, region.api_domain, tokens.expires_at,
                            tokens.refresh_token, tokens.scope)
        if region_for_api_domain(tokens.api_domain, self.regions) is None:
            raise errors.UntrustedServer()
        return tokens

    async def obtain(self, request: ConnectRequest, face: Face) -> Grant:
        check_request(request)
        route = request.client_type.kind.route
        if route is Route.DEVICE:
            grant = await self._device(request, face)
        elif route is Route.PASTED_CODE:
            grant = await self._self_client(request, face)
        else:
            grant = await self._browser(request, face)
        return Grant(self.trusted_api_domain(grant.tokens, grant.region), grant.region)

    async def _self_client(self, request: ConnectRequest, face: Face) -> Grant:
        face.progress(Text(QT_TR_NOOP("Exchanging the Self Client code with Zoho…")))
        try:
            tokens = await asyncio.to_thread(
                self.endpoint(request.region).exchange_code, client_id=request.client_id,
                client_secret=request.client_secret, code=(request.code or "").strip())
        except errors.CodeExpired:
            raise errors.CodeExpired(
                QT_TR_NOOP("The Self Client code has expired (it lasts the 3 to 10 minutes chosen when it was "
                           "generated) or was already used."),
                QT_TR_NOOP("Generate a new code in Zoho's API console (Self Client, Generate Code) and paste it "
                           "straight away."),
            ) from None
        return Grant(tokens, request.region)

    def _judge(self, request: ConnectRequest) -> Callable[[Redirect], None]:
        def judge(redirect: Redirect) -> None:
            params = redirect.params
            if "error" in params:
                raise token_error(params)
            server = params.get("accounts-server")
            if server is not None and region_for_accounts_server(server, self.regions) is None:
                raise errors.UntrustedServer()
            if not request.client_type.kind.refresh_token:
                if not params.get("access_token"):
                    raise errors.ZohoRefused(QT_TR_NOOP("Zoho's answer did not contain an access token."))
                if params.get("api_domain") and region_for_api_domain(params["api_domain"], self.regions) is None:
                    raise errors.UntrustedServer()
            elif not params.get("code"):
                raise errors.ZohoRefused(QT_TR_NOOP("Zoho's answer did not contain an authorization code."))
        return judge

    def _redirect_region(self, request: ConnectRequest, params: Mapping[str, str]) -> Region:
        """The region the account lives in: from ``accounts-server`` (already checked) or ``location``."""
        server = params.get("accounts-server")
        if server:
            region = region_for_accounts_server(server, self.regions)
            assert region is not None  # judged before
            return region
        return self.regions.get(params.get("location", ""), request.region)

    @staticmethod
    def _authorization_url(request: ConnectRequest, region: Region, redirect_uri: str, state: str,
                           challenge: str | None) -> str:
        return authorization_url(region.accounts_url, client_id=request.client_id, client_type=request.client_type,
                                 redirect_uri=redirect_uri, scopes=request.scopes, state=state,
                                 code_challenge=challenge)

    async def _check_client(self, request: ConnectRequest, redirect_uri: str, state: str, challenge: str | None,
                            face: Face) -> None:
        """Zoho's own error pages never reach the catcher: ask first, and say what they would have said.
        Whatever cannot be told for sure lets the flow go on."""
        face.progress(Text(QT_TR_NOOP("Checking the Client ID and the redirect address with Zoho…")))
        urls = {code: self._authorization_url(request, region, redirect_uri, state, challenge)
                for code, region in self.regions.items()}
        chosen = request.region
        verdict = (await verdicts({chosen.code: urls[chosen.code]}))[chosen.code]
        if verdict is Verdict.UNREGISTERED_REDIRECT:
            raise unregistered_redirect(chosen, redirect_uri)
        if verdict is not Verdict.UNKNOWN_CLIENT:
            return
        face.progress(Text(QT_TR_NOOP("Zoho does not know this Client ID here; asking Zoho's other data centers…")))
        others = await verdicts({code: url for code, url in urls.items() if code != chosen.code})
        homes = [code for code, answer in others.items() if answer in (Verdict.ACCEPTED, Verdict.UNREGISTERED_REDIRECT)]
        if homes:
            home = self.regions[homes[0]]
            raise errors.ClientInOtherRegion(home.code, Text(home.name), Text(chosen.name))
        if all(answer is Verdict.UNKNOWN_CLIENT for answer in others.values()):
            raise errors.UnknownClient()
        raise errors.WrongClient()

    async def _browser(self, request: ConnectRequest, face: Face) -> Grant:
        state = new_state()
        verifier, challenge = pkce_pair() if request.client_type.kind.pkce else (None, None)
        async with LoopbackCatcher(request.ports, state=state, path=REDIRECT_PATH, language=request.language,
                                   check=self._judge(request)) as catcher:
            zoho_url = self._authorization_url(request, request.region, catcher.redirect_uri, state, challenge)
            await self._check_client(request, catcher.redirect_uri, state, challenge, face)
            face.authorize(catcher.start_url(zoho_url), zoho_url)
            face.progress(Text(QT_TR_NOOP("Waiting for you to approve the connection in your browser…")))
            try:
                redirect = await asyncio.wait_for(catcher.wait(), request.timeout)
            except TimeoutError:
                raise errors.ConsentTimedOut() from None
        params = redirect.params
        region = self._redirect_region(request, params)
        if region != request.region:
            face.progress(Text(LIVES_IN, {"region": Text(region.name)}))
        if not request.client_type.kind.refresh_token:
            lifetime = float(params.get("expires_in", 3600))
            tokens = TokenSet(params["access_token"], params.get("api_domain") or region.api_domain,
                              self.clock() + lifetime)
            return Grant(tokens, region)
        face.progress(Text(QT_TR_NOOP("Zoho approved the connection; collecting the keys…")))
        tokens = await asyncio.to_thread(
            self.endpoint(region).exchange_code, client_id=request.client_id,
            client_secret=request.client_secret, code=params["code"],
            redirect_uri=catcher.redirect_uri, code_verifier=verifier)
        return Grant(tokens, region)

    async def _device(self, request: ConnectRequest, face: Face) -> Grant:
        region = request.region
        code = await asyncio.to_thread(self.endpoint(region).device_start,
                                       client_id=request.client_id, scopes=request.scopes)
        face.device_code(code)
        face.progress(Text(QT_TR_NOOP("Waiting for the code to be approved on Zoho's page…")))
        interval = max(code.interval, 1.0)
        deadline = self.clock() + min(code.expires_in, request.timeout)
        while True:
            await self.sleep(interval)
            if self.clock() > deadline:
                raise errors.DeviceCodeExpired()
            result = await asyncio.to_thread(
                self.endpoint(region).device_poll, client_id=request.client_id,
                client_secret=request.client_secret, device_code=code.device_code)
            if isinstance(result, TokenSet):
                return Grant(result, region)
            region, interval = self._next_poll(result, region, interval, face)

    def _next_poll(self, pending: Pending, region: Region, interval: float, face: Face) -> tuple[Region, float]:
        if pending.reason == "slow_down":  # kept for the rest of the flow
            return region, max(interval + 5, SLOW_DOWN_WINDOW)
        if pending.reason == "other_dc":
            other = self.regions.get(pending.user_location or "")
            if other is None:
                raise errors.UntrustedServer()
            face.progress(Text(LIVES_IN, {"region": Text(other.name)}))
            return other, interval
        return region, interval
