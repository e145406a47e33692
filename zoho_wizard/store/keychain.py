"""The system keychain, where a connection's secrets live, with every call behind a timeout.

A locked keychain can wait forever for a password prompt, so each call runs in a daemon
thread and gives up with ``KeychainLocked`` after ``timeout`` seconds. ``Keychain.system()``
refuses stores that are not really secure (keyring's fail and null backends, plain files)::

    keychain = Keychain.system()
    print("Secrets are kept in", keychain.name)
    keychain.set("acme/3f9c.../refresh_token", token)
    token = keychain.get("acme/3f9c.../refresh_token")
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from concurrent.futures import Future
from typing import TypeVar

import keyring
from keyring.backend import KeyringBackend
from keyring.backends import chainer, fail, null
from keyring.errors import InitError, KeyringLocked, NoKeyringError, PasswordDeleteError, PasswordSetError

from zoho_wizard.errors import KeychainLocked, KeychainUnavailable
from zoho_wizard.texts import QT_TR_NOOP

try:
    from secretstorage.exceptions import ItemNotFoundException, LockedException, PromptDismissedException

    _LOCKED: tuple[type[Exception], ...] = (KeyringLocked, LockedException, PromptDismissedException)
    _GONE: tuple[type[Exception], ...] = (ItemNotFoundException,)
except ImportError:  # no Secret Service on Windows and macOS
    _LOCKED = (KeyringLocked,)
    _GONE = ()

T = TypeVar("T")

SECRET_SERVICE = "GNOME Keyring / KWallet (Secret Service)"
_NAMES = {
    "keyring.backends.SecretService": SECRET_SERVICE,
    "keyring.backends.libsecret": SECRET_SERVICE,
    "keyring.backends.kwallet": "KWallet",
    "keyring.backends.macOS": "macOS Keychain",
    "keyring.backends.Windows": "Windows Credential Manager",
}


def _secure(backend: KeyringBackend) -> bool:
    """False for keyring's fail, null and chainer backends and for keyrings.alt's (plain) files."""
    insecure = (fail.Keyring, null.Keyring, chainer.ChainerBackend)
    return not isinstance(backend, insecure) and not type(backend).__module__.startswith("keyrings.alt")


class Keychain:
    SERVICE = "zoho-wizard"

    def __init__(self, backend: KeyringBackend, *, timeout: float = 10.0) -> None:
        self._backend = backend
        self._timeout = timeout
        self.name: str = _NAMES.get(type(backend).__module__, backend.name)

    @classmethod
    def system(cls, *, timeout: float = 10.0) -> Keychain:
        """The keychain keyring chose for this computer, or ``KeychainUnavailable`` if it is not secure."""
        backend = keyring.get_keyring()
        inside = backend.backends if isinstance(backend, chainer.ChainerBackend) else [backend]
        secure = [candidate for candidate in inside if _secure(candidate)]
        if not secure:
            raise KeychainUnavailable()
        return cls(secure[0], timeout=timeout)

    def __repr__(self) -> str:
        return f"Keychain({self.name!r})"

    def get(self, key: str) -> str | None:
        return self._call(self._read, key)

    def _read(self, service: str, key: str) -> str | None:
        try:
            return self._backend.get_password(service, key)
        except _GONE:  # found, then removed by another process before it could be read
            return None

    def set(self, key: str, value: str) -> None:
        self._call(self._backend.set_password, key, value)

    def delete(self, key: str) -> None:
        """Remove ``key``; a key that is not there is fine."""
        try:
            self._call(self._backend.delete_password, key)
        except KeychainLocked as error:
            if not isinstance(error.__cause__, PasswordDeleteError) or self.get(key) is not None:
                raise

    def _call(self, method: Callable[..., T], key: str, *values: str) -> T:
        future: Future[T] = Future()

        def run() -> None:
            try:
                future.set_result(method(self.SERVICE, key, *values))
            except BaseException as error:  # handed to the waiting caller
                future.set_exception(error)

        threading.Thread(target=run, name="keychain", daemon=True).start()
        try:
            return future.result(timeout=self._timeout)
        except TimeoutError:
            raise KeychainLocked() from None
        except _LOCKED as error:
            raise KeychainLocked() from error
        except (PasswordSetError, PasswordDeleteError) as error:
            raise KeychainLocked(
                QT_TR_NOOP("The system keychain refused to save or remove one of the connection's secrets."),
                QT_TR_NOOP("Unlock your keychain (look for a password prompt) and allow the app to use it, then try "
                           "again."),
            ) from error
        except (NoKeyringError, InitError) as error:
            raise KeychainUnavailable() from error
        except Exception as error:
            raise KeychainUnavailable(
                QT_TR_NOOP("The system keychain ({keychain}) reported an error, so the app could not use the "
                           "connection's secrets."),
                QT_TR_NOOP("Make sure your keychain is running and unlocked, then try again; if it keeps happening, "
                           "ask your IT contact for help."),
                keychain=self.name,
            ) from error
