"""What the windows share: the region table, HTTP, the connection store, practice mode, the browser.

Importing this is cheap: the engine (requests, keyring, the practice server) loads when first
used, after the wizard has painted its first page.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING

from zoho_wizard.errors import WizardError

if TYPE_CHECKING:
    import requests

    from zoho_wizard.practice import PracticeZoho
    from zoho_wizard.store.profiles import ProfileStore
    from zoho_wizard.zoho.regions import Region

PRACTICE_PROFILE = "practice"


async def wait(seconds: float) -> None:
    import asyncio

    await asyncio.sleep(seconds)


def system_store() -> ProfileStore:
    from zoho_wizard.connection import default_store

    return default_store()


class AppContext:
    """The outside world, injected: tests swap the store factory, the browser opener, the wait between
    device polls (``sleep``) or the practice server."""

    def __init__(self, *, open_url: Callable[[str], bool], store_factory: Callable[[], ProfileStore] = system_store,
                 sleep: Callable[[float], Awaitable[None]] = wait) -> None:
        self.open_url = open_url
        self.sleep = sleep
        self._store_factory = store_factory
        self._store: ProfileStore | None = None
        self._http: requests.Session | None = None
        self.practice: PracticeZoho | None = None

    @property
    def http(self) -> requests.Session:
        if self._http is None:
            from zoho_wizard.web import session

            self._http = session()
        return self._http

    async def store(self) -> ProfileStore:
        """The store, opened off the event loop (a locked keychain can take its time)."""
        import asyncio

        if self._store is None:
            self._store = await asyncio.to_thread(self._store_factory)
        return self._store

    @property
    def opened_store(self) -> ProfileStore | None:
        """The store if it was opened already."""
        return self._store

    def regions(self) -> dict[str, Region]:
        from zoho_wizard.texts import QT_TR_NOOP, Text
        from zoho_wizard.zoho.regions import load_regions, with_overrides

        if self.practice is not None:
            return with_overrides(self.practice.region_urls(), Text(QT_TR_NOOP("The practice Zoho")))
        return load_regions()

    def start_practice(self, **options: object) -> PracticeZoho:
        if self.practice is None:
            from zoho_wizard.practice import PracticeZoho

            self.practice = PracticeZoho(**options).start()  # type: ignore[arg-type]
        return self.practice

    async def stop_practice(self) -> None:
        """Ends practice mode: the practice connection goes with the practice Zoho."""
        import asyncio

        from zoho_wizard.connection import disconnect

        if self.practice is None:
            return
        regions = self.regions()
        practice, self.practice = self.practice, None
        try:
            if self._store is not None:
                await asyncio.to_thread(disconnect, self._store, PRACTICE_PROFILE, self.http, regions)
        except WizardError:  # practice leftovers are not worth a word
            pass
        finally:
            await asyncio.to_thread(practice.stop)
