"""Every failure a person can meet, as a typed error that carries two plain sentences.

``what`` says what happened, ``todo`` says what to do now; both are English templates (see
``texts.py``) filled in with the error's ``values``. Faces show the sentences, never a traceback::

    try:
        connect(request)
    except WizardError as error:
        what, todo = error.sentences()            # English; the Qt face passes its translate
"""

from __future__ import annotations

import time

from zoho_wizard.texts import QT_TR_NOOP, Text, Translate, english


class WizardError(Exception):
    what = QT_TR_NOOP("Something went wrong.")
    todo = QT_TR_NOOP("Try again; if it keeps happening, ask your IT contact for help.")

    def __init__(self, what: str | None = None, todo: str | None = None, **values: object) -> None:
        if what is not None:
            self.what = what
        if todo is not None:
            self.todo = todo
        self.values = values
        super().__init__(" ".join(self.sentences()))

    def sentences(self, translate: Translate = english) -> tuple[str, str]:
        return Text(self.what, self.values).render(translate), Text(self.todo, self.values).render(translate)


class SettingsError(WizardError):
    """A configuration file (regions override, settings) is unreadable or malformed."""


class SetupFileError(SettingsError):
    """The setup file IT prepared (setup.py) cannot be used as it is. ``locked``: the file says the
    person may not change what it gives, so the app cannot be set up by hand either."""

    locked = False


class UntrustedSettings(SettingsError):
    """A saved connection names servers outside the region table: nothing is sent to them."""

    def __init__(self, name: str, host: str) -> None:
        super().__init__(
            QT_TR_NOOP("The saved connection “{name}” names a server that is not one of Zoho's known data centers "
                       "({host}), so the app sent nothing there."),
            QT_TR_NOOP("The settings file was changed outside the app: connect again, or remove this connection "
                       "from this computer only (“Remove from this computer only”; in a terminal: zoho-wizard "
                       "disconnect --forget)."), name=name, host=host)


class NetworkError(WizardError):
    what = QT_TR_NOOP("The app could not reach Zoho.")
    todo = QT_TR_NOOP("Check that this computer is connected to the internet, then try again.")


class UntrustedCertificate(NetworkError):
    what = QT_TR_NOOP("The app reached a server that could not prove it is Zoho: this computer does not trust its certificate.")
    todo = QT_TR_NOOP("If your company's network inspects secure connections (a proxy), ask your IT contact to install its certificate on this computer; otherwise check the network and try again.")


class UntrustedServer(WizardError):
    what = QT_TR_NOOP("Zoho's answer pointed to a server that is not one of Zoho's known data centers, so the app stopped without sending your details there.")
    todo = QT_TR_NOOP("Start the connection again; if this happens again, show this message to your IT contact.")


class PortsBusy(WizardError):
    what = QT_TR_NOOP("Another program on this computer is using every port the app can listen on for Zoho's answer.")
    todo = QT_TR_NOOP("Close programs you do not need (or restart the computer), then try again.")


class PortNotAllowed(PortsBusy):
    what = QT_TR_NOOP("This computer does not allow the app to listen on the port chosen for Zoho's answer (ports below 1024 need administrator rights).")
    todo = QT_TR_NOOP("Choose a port from 1024 to 65535 with --port (and register its redirect address in Zoho's API console), or leave --port out.")


class ConsentTimedOut(WizardError):
    what = QT_TR_NOOP("The app waited for your approval in the browser, but it did not arrive in time.")
    todo = QT_TR_NOOP("Start again and press Accept on Zoho's page; if Zoho showed its own error page instead (“Invalid Client” or “Invalid Redirect Uri”), check the data center and the redirect addresses registered in Zoho's API console first.")


class ConsentDenied(WizardError):
    what = QT_TR_NOOP("Zoho reports that access was not allowed: the request was denied, or too many requests were made in a short time.")
    todo = QT_TR_NOOP("Start again and press Accept on Zoho's page; if you did press Accept, wait ten minutes and try again.")


class CodeExpired(WizardError):
    what = QT_TR_NOOP("The code from Zoho has expired or has already been used.")
    todo = QT_TR_NOOP("Start the connection again (for a Self Client, generate a new code in Zoho's API console) and finish within two minutes.")


class WrongClient(WizardError):
    what = QT_TR_NOOP("Zoho does not recognise this Client ID in the data center you chose.")
    todo = QT_TR_NOOP("Check the data center first (it must be the one where you registered the client), then copy the Client ID again.")


class ClientInOtherRegion(WrongClient):
    """Zoho's page said "Invalid Client", and another data center knows the Client ID: ``region`` is its code."""

    def __init__(self, code: str, name: Text, chosen: Text) -> None:
        super().__init__(QT_TR_NOOP("This Client ID belongs to Zoho's {name} data center, not to {chosen}, the one "
                                    "chosen."),
                         QT_TR_NOOP("Choose {name} as the data center and connect again."),
                         code=code, name=name, chosen=chosen)
        self.region = code


class UnknownClient(WrongClient):
    what = QT_TR_NOOP("Zoho does not know this Client ID in any of its data centers: it was copied wrong, or the client was deleted.")
    todo = QT_TR_NOOP("Copy the Client ID again from Zoho's API console (all of it); if the client is no longer listed there, create a new one.")


class WrongSecret(WizardError):
    what = QT_TR_NOOP("Zoho says the Client Secret is wrong.")
    todo = QT_TR_NOOP("Copy the Client Secret again from Zoho's API console, without spaces, and paste it.")


class WrongRedirectUri(WizardError):
    what = QT_TR_NOOP("Zoho says the redirect URI does not match the one registered for your client.")
    todo = QT_TR_NOOP("In Zoho's API console, register exactly the redirect URI the app shows (same port, same path, 'localhost'), then try again.")


class WrongScope(WizardError):
    what = QT_TR_NOOP("Zoho does not accept the permissions (scopes) the app asked for.")
    todo = QT_TR_NOOP("Choose one of the app's permission presets and try again.")


class Throttled(WizardError):
    what = QT_TR_NOOP("Zoho is limiting how often this connection may ask for new access, because there were too many requests in a short time.")
    todo = QT_TR_NOOP("Wait about ten minutes, then try again; the app keeps using the access it already has.")


class DailyLimitReached(WizardError):
    """Zoho Books' daily allowance of API calls is spent until ``resets_at`` (epoch seconds)."""

    def __init__(self, resets_at: float, limit: int | None, now: float) -> None:
        minutes = max(1, round((resets_at - now) / 60))
        wait = (Text(QT_TR_NOOP("%n hour(s)"), count=round(minutes / 60)) if minutes >= 90
                else Text(QT_TR_NOOP("%n minute(s)"), count=minutes))
        super().__init__(
            QT_TR_NOOP("Zoho Books has used up today's allowance of API calls for this organization ({calls} a day "
                       "on its plan).") if limit else
            QT_TR_NOOP("Zoho Books has used up today's allowance of API calls for this organization."),
            QT_TR_NOOP("It starts again at {time} (in about {wait}); try again then, or ask your Zoho Books "
                       "administrator about a plan with a larger allowance."),
            calls=Text(QT_TR_NOOP("%Ln call(s)"), count=limit), time=time.strftime("%H:%M", time.localtime(resets_at)),
            wait=wait)
        self.resets_at = resets_at


class ZohoRefused(WizardError):
    what = QT_TR_NOOP("Zoho refused the request.")
    todo = QT_TR_NOOP("Start the connection again; if it keeps happening, show this message to your IT contact.")


class DeviceCodeExpired(WizardError):
    what = QT_TR_NOOP("The code shown for your device expired before it was approved.")
    todo = QT_TR_NOOP("Start again and enter the new code on Zoho's page within a few minutes.")


class KeysMissing(WizardError):
    what = QT_TR_NOOP("This connection's keys are missing from the keychain (they were removed, or never saved), so it cannot be renewed.")
    todo = QT_TR_NOOP("Connect again to make a fresh connection.")


class SecretNoLongerValid(WrongSecret):
    what = QT_TR_NOOP("Zoho no longer accepts this connection's Client Secret: it was changed, or the client was deleted, in Zoho's API console.")
    todo = QT_TR_NOOP("Connect again with the Client Secret that Zoho's API console shows now.")


class ConnectionRevoked(WizardError):
    what = QT_TR_NOOP("Zoho no longer accepts this connection: it was disconnected or replaced elsewhere.")
    todo = QT_TR_NOOP("Connect again to create a fresh connection.")


class NotEndedAtZoho(WizardError):
    what = QT_TR_NOOP("The app could not reach Zoho to end the connection there, so nothing was removed.")
    todo = QT_TR_NOOP("Check this computer's internet connection and try again; or remove the connection from this computer only (“Remove from this computer only”; in a terminal: zoho-wizard disconnect --forget), and Zoho keeps it until it is removed in your Zoho account.")


class NoSuchProfile(WizardError):
    what = QT_TR_NOOP("There is no saved connection with that name.")
    todo = QT_TR_NOOP("Connect first, or check the connection (profile) name.")


class KeychainUnavailable(WizardError):
    what = QT_TR_NOOP("No secure keychain is available on this computer, and the app never stores secrets in a plain file.")
    todo = QT_TR_NOOP("On Linux, install and unlock a keychain (GNOME Keyring or KWallet, e.g. 'apt install gnome-keyring'); on Windows and macOS, sign in to your user account normally.")


class KeychainLocked(WizardError):
    what = QT_TR_NOOP("The system keychain did not answer: it is probably locked or waiting for your password.")
    todo = QT_TR_NOOP("Unlock your keychain (look for a password prompt), then try again.")


class BooksError(WizardError):
    """Zoho Books answered with an error; ``status``, ``code`` and ``message`` are Zoho's own."""

    def __init__(self, what: str, todo: str, *, status: int = 0, code: int | None = None,
                 message: str = "") -> None:
        super().__init__(what, todo, message=message)
        self.status = status
        self.code = code
        self.message = message
