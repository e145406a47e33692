"""Making, keeping and ending a connection: the engine's entry points for both faces.

::

    connected = await connect(request, face, store=store, regions=load_regions(), http=requests.Session())
    session = ZohoSession(Connection(store, "default"))   # what open_connection() returns
    disconnect(store, "default", requests.Session())
"""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, replace
from urllib.parse import urlsplit

import requests

from zoho_wizard import errors
from zoho_wizard.books import Books, Organization
from zoho_wizard.oauth.flow import Broker, ConnectRequest, Face
from zoho_wizard.oauth.tokens import TokenEndpoint, TokenSet
from zoho_wizard.session import ZohoSession
from zoho_wizard.store.keychain import Keychain
from zoho_wizard.store.profiles import Profile, ProfileStore, Secrets
from zoho_wizard.texts import QT_TR_NOOP, Text
from zoho_wizard.web import session
from zoho_wizard.zoho.clients import ClientType
from zoho_wizard.zoho.regions import Region, load_regions, normalize_url, region_for_api_domain

REFRESH_MARGIN = 300.0  # refresh this many seconds before the access token expires
REFRESH_GAP = 60.0  # Zoho allows ten refreshes in ten minutes: at most one a minute when Zoho refuses a token


def default_store() -> ProfileStore:
    """Profiles in the platform's config folder, secrets in the system keychain (or a clear refusal),
    with what an interrupted save left in the keychain removed."""
    store = ProfileStore(Keychain.system())
    store.sweep()
    return store


def trusted(profile: Profile, regions: Mapping[str, Region]) -> Profile:
    """``profile``, if it names its data center's servers from the region table (overrides included);
    no secret is ever sent to a server that a changed settings file names."""
    region = regions.get(profile.region)
    if region is None or normalize_url(profile.accounts_url) != region.accounts_url:
        raise errors.UntrustedSettings(profile.name, urlsplit(profile.accounts_url).netloc or profile.accounts_url)
    if region_for_api_domain(profile.api_domain, regions) is None:
        raise errors.UntrustedSettings(profile.name, urlsplit(profile.api_domain).netloc or profile.api_domain)
    return profile


class Connection:
    """A saved connection that keeps its access token fresh.

    Thread-safe: concurrent callers share one refresh (Zoho allows ten per ten minutes). When Zoho
    refuses a token (code 57 also means "not allowed"), it is replaced only if it is over a minute
    old, and at most once a minute, so that calls outside the connection's scope never lock it out."""

    def __init__(self, store: ProfileStore, name: str, *, http: requests.Session | None = None,
                 clock: Callable[[], float] = time.time, regions: Mapping[str, Region] | None = None) -> None:
        self.store = store
        self.http = http or session()
        self.clock = clock
        self.regions = load_regions() if regions is None else regions
        self.profile = trusted(store.load(name), self.regions)
        self._secrets = store.secrets(self.profile)
        self._lock = threading.Lock()
        self._tried_at = float("-inf")  # the last refresh this process asked Zoho for

    @property
    def api_domain(self) -> str:
        return self.profile.api_domain

    def _valid(self, margin: float = 0.0) -> bool:
        return bool(self._secrets.access_token) and self.clock() < (self.profile.expires_at or 0.0) - margin

    def _recent(self, moment: float | None) -> bool:
        return self.clock() - (moment or 0.0) < REFRESH_GAP

    def access_token(self) -> str:
        with self._lock:
            if self._valid(REFRESH_MARGIN) or (self._valid() and self._recent(self._tried_at)):
                return self._secrets.access_token or ""
            return self._refresh()

    def refresh(self, stale: str) -> str:
        with self._lock:
            if self._secrets.access_token == stale:
                self._reload()
            if self._secrets.access_token != stale:  # another caller or process replaced it
                return self._secrets.access_token or ""
            if self._recent(self.profile.token_issued_at) or self._recent(self._tried_at):
                return stale
            return self._refresh(forced=True)

    def _reload(self) -> bool:
        """Take a token another process saved meanwhile; True if it is fresh."""
        latest = trusted(self.store.load(self.profile.name), self.regions)
        if (latest.generation, latest.expires_at) != (self.profile.generation, self.profile.expires_at):
            self.profile, self._secrets = latest, self.store.secrets(latest)
            return self._valid(REFRESH_MARGIN)
        return False

    def _refresh(self, forced: bool = False) -> str:
        with self.store.locked():  # one refresh at Zoho, whatever the number of processes
            return self._refresh_alone(forced)

    def _refresh_alone(self, forced: bool) -> str:
        if self._reload():
            return self._secrets.access_token or ""
        kind = ClientType(self.profile.client_type).kind
        if not kind.refresh_token:
            raise errors.ConnectionRevoked(
                QT_TR_NOOP("This connection was made with a Client-based client, whose access lasts one hour, and "
                           "that hour is over."),
                QT_TR_NOOP("Connect again (a Server-based client stays connected without this limit)."))
        if not self._secrets.refresh_token or (kind.secret_required and not self._secrets.client_secret):
            raise errors.KeysMissing()
        endpoint = TokenEndpoint(self.profile.accounts_url, self.http, self.clock)
        self._tried_at = self.clock()
        try:
            tokens = endpoint.refresh(client_id=self.profile.client_id, client_secret=self._secrets.client_secret,
                                      refresh_token=self._secrets.refresh_token)
        except errors.Throttled:
            if not forced and self._valid():
                return self._secrets.access_token or ""
            raise errors.Throttled(todo=QT_TR_NOOP("Wait about ten minutes (Zoho counts new access over ten "
                                                   "minutes), then try again.")) from None
        self.profile = self.store.set_access_token(self.profile, tokens.access_token, tokens.expires_at,
                                                   self.clock())
        self._secrets = replace(self._secrets, access_token=tokens.access_token)
        return tokens.access_token


class _GrantTokens:
    """The tokens of a connection not saved yet, for checking it before it replaces anything."""

    def __init__(self, tokens: TokenSet) -> None:
        self.api_domain = tokens.api_domain
        self._token = tokens.access_token

    def access_token(self) -> str:
        return self._token

    def refresh(self, stale: str) -> str:
        return self._token


@dataclass(frozen=True)
class Connected:
    profile: Profile
    organizations: list[Organization]
    keychain: str


def _revoke_quietly(accounts_url: str, token: str | None, http: requests.Session) -> bool:
    if not token:
        return True
    try:
        TokenEndpoint(accounts_url, http).revoke(token)
        return True
    except errors.WizardError:
        return False


async def connect(request: ConnectRequest, face: Face, *, store: ProfileStore, regions: Mapping[str, Region],
                  http: requests.Session, clock: Callable[[], float] = time.time,
                  sleep: Callable[[float], Awaitable[None]] = asyncio.sleep) -> Connected:
    """Obtain tokens, prove them on Zoho Books, then (and only then) save them over any old connection.
    What would stop the saving (the name, the settings folder, the keychain) is checked before consent."""
    await asyncio.to_thread(store.check_ready, request.profile)
    grant = await Broker(regions, http, clock, sleep).obtain(request, face)
    tokens, region = grant.tokens, grant.region
    face.progress(Text(QT_TR_NOOP("Checking the connection with Zoho Books…")))
    try:
        organizations = await asyncio.to_thread(Books(ZohoSession(_GrantTokens(tokens))).organizations)
    except errors.WizardError:
        await asyncio.to_thread(_revoke_quietly, region.accounts_url, tokens.refresh_token, http)
        raise
    chosen = next((o for o in organizations if o.is_default), organizations[0] if organizations else None)
    profile = Profile(
        name=request.profile, region=region.code, client_type=request.client_type.value,
        client_id=request.client_id, scopes=request.scopes, accounts_url=region.accounts_url,
        api_domain=tokens.api_domain, organization_id=chosen.organization_id if chosen else None,
        organization_name=chosen.name if chosen else None, expires_at=tokens.expires_at,
        token_issued_at=clock(), connected_at=clock())
    secrets = Secrets(request.client_secret, tokens.refresh_token, tokens.access_token)
    # Once saving starts it finishes, cancelled or not: the old connection is replaced whole and revoked.
    saved = await asyncio.shield(asyncio.to_thread(_replace, store, profile, secrets, http, face))
    return Connected(saved, organizations, store.keychain.name)


def _replace(store: ProfileStore, profile: Profile, secrets: Secrets, http: requests.Session, face: Face) -> Profile:
    """Save the new connection over the old one, then end the old one at Zoho. If the new one cannot
    be kept, it is ended at Zoho before the error is reported: no token outlives its connection."""
    try:
        with store.locked():
            try:
                old: Profile | None = store.load(profile.name)
            except errors.NoSuchProfile:
                old = None
            old_secrets = store.secrets(old) if old else None
            saved = store.save(profile, secrets)
    except errors.WizardError:
        _revoke_quietly(profile.accounts_url, secrets.refresh_token or secrets.access_token, http)
        raise
    if old and old_secrets and old_secrets.refresh_token:
        if _revoke_quietly(old.accounts_url, old_secrets.refresh_token, http):
            face.progress(Text(QT_TR_NOOP("The previous connection was ended at Zoho.")))
        else:
            face.progress(Text(QT_TR_NOOP("The previous connection could not be ended at Zoho; it will stop working "
                                          "on its own when Zoho replaces it.")))
    return saved


def disconnect(store: ProfileStore, name: str, http: requests.Session,
               regions: Mapping[str, Region] | None = None) -> None:
    """End the connection at Zoho, then remove it from this computer; if it cannot be ended at Zoho,
    nothing is removed and the error says how to remove it from this computer only (:func:`forget`)."""
    profile = trusted(store.load(name), load_regions() if regions is None else regions)
    secrets = store.secrets(profile)
    # a connection without a refresh token (Client-based) ends with its access token
    token = secrets.refresh_token if ClientType(profile.client_type).kind.refresh_token else secrets.access_token
    if not token:
        raise errors.NotEndedAtZoho(
            QT_TR_NOOP("This connection's keys are missing from the keychain, so the app cannot end it at Zoho, "
                       "and nothing was removed."),
            QT_TR_NOOP("Remove it from this computer only (“Remove from this computer only”; in a terminal: "
                       "zoho-wizard disconnect --forget), then end it in your Zoho account or delete the client in "
                       "Zoho's API console."))
    try:
        TokenEndpoint(profile.accounts_url, http).revoke(token)  # a token Zoho no longer knows is ended too
    except errors.NetworkError:
        raise errors.NotEndedAtZoho() from None
    except errors.WizardError as error:
        reason = Text(error.what, error.values)
        raise errors.NotEndedAtZoho(QT_TR_NOOP("Zoho did not end the connection, so nothing was removed: {reason}"),
                                    reason=reason) from None
    store.delete(name)


def forget(store: ProfileStore, name: str) -> None:
    """Remove the connection from this computer only: Zoho keeps it until it is removed there."""
    store.delete(name)


def open_connection(profile: str = "default") -> ZohoSession:
    """An authenticated ``requests`` session for a saved connection, refreshing itself.

    ::

        from zoho_wizard import open_connection
        s = open_connection("default")
        s.get("/books/v3/contacts", params={"organization_id": "..."}).json()
    """
    return ZohoSession(Connection(default_store(), profile))
