"""The terminal face: ``zoho-wizard connect|status|token|test|disconnect|practice|setup``.

Every failure a person can meet ends in two plain sentences on standard error and a
non-zero exit status, never a traceback.
"""

from __future__ import annotations

import argparse
import asyncio
import getpass
import json
import sys
import time
import webbrowser
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn
from urllib.parse import parse_qs, urlsplit

from zoho_wizard import __version__, errors, setup
from zoho_wizard.oauth.authorize import DEFAULT_PORTS
from zoho_wizard.texts import QT_TR_NOOP, Text, english
from zoho_wizard.zoho.calls import BOOKS
from zoho_wizard.zoho.clients import SCOPE_PRESETS, ClientType, Route, parse_scopes
from zoho_wizard.zoho.regions import DEFAULT_REGIONS, ENV_VAR, Region, load_regions

if TYPE_CHECKING:
    from zoho_wizard.oauth.tokens import DeviceCode

# The engine (requests, keyring) is imported by the commands that use it, so that quick
# commands stay quick.


def say(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


class TerminalFace:
    def __init__(self, open_browser: bool) -> None:
        self.open_browser = open_browser

    def progress(self, message: Text) -> None:
        say(str(message))

    def authorize(self, start_url: str, zoho_url: str) -> None:
        if self.open_browser and webbrowser.open(start_url):
            say("Your browser is opening Zoho's page. Sign in there and press Accept.")
            say(f"If no browser window appeared, open this address yourself:\n  {start_url}")
        else:
            say(f"Open this address in a browser on this computer, sign in and press Accept:\n  {zoho_url}")
        redirect_uri = parse_qs(urlsplit(zoho_url).query).get("redirect_uri", ["?"])[0]
        say("If Zoho shows its own error page instead, press Ctrl+C: “Invalid Client” means the Client ID is wrong "
            "or registered in another data center (--region); “Invalid Redirect Uri” means the client in Zoho's "
            f"API console needs the redirect URI {redirect_uri}.")

    def device_code(self, code: DeviceCode) -> None:
        say(f"On any device, open {code.verification_url}\nand enter this code:  {code.user_code}")
        if self.open_browser and code.verification_url_complete:
            webbrowser.open(code.verification_url_complete)


def read_secret(client_type: ClientType, given: str | None = None) -> str | None:
    """The Client Secret: ``given`` (by the setup file), else typed (or piped in); none for a kind
    of client that has none."""
    if not client_type.kind.has_secret:
        return None
    if given:
        return given
    if sys.stdin.isatty():
        hint = "" if client_type.kind.secret_required else " (press Enter only if Zoho's console showed none)"
        secret = getpass.getpass(f"Client Secret{hint}: ")
    else:
        secret = sys.stdin.readline()
    return secret.strip() or None


def cmd_connect(args: argparse.Namespace) -> int:
    from zoho_wizard.connection import connect, default_store
    from zoho_wizard.oauth.flow import ConnectRequest
    from zoho_wizard.web import session

    regions = load_regions()
    found = setup.current(regions)
    values = setup.merged(found, {"region": args.region, "client_type": args.client_type,
                                  "client_id": args.client_id, "scope": args.scope, "profile": args.profile})
    missing = [f"--{key.replace('_', '-')}" for key in ("region", "client_type", "client_id") if not values[key]]
    if missing:
        raise errors.WizardError(QT_TR_NOOP("The data center, the kind of client and the Client ID are needed, "
                                            "and no setup file gives {missing}."),
                                 QT_TR_NOOP("Add {missing} to the command, or ask your IT contact for a setup file "
                                            "('zoho-wizard setup check' shows what one gives)."),
                                 missing=" ".join(missing))
    store = default_store()  # refuse before any consent when there is no keychain
    client_type = ClientType(str(values["client_type"]))
    code = args.code
    if client_type.kind.route is Route.PASTED_CODE and not code and sys.stdin.isatty():
        code = input("Self Client code (from Zoho's API console): ")
    ports = (args.port,) if args.port else DEFAULT_PORTS
    secret = found.client_secret if found is not None and found.client_id == values["client_id"] else None
    request = ConnectRequest(
        profile=values["profile"] or "default", region=regions[str(values["region"])], client_type=client_type,
        client_id=str(values["client_id"]).strip(), client_secret=read_secret(client_type, secret),
        scopes=parse_scopes(values["scope"] or "full"), ports=ports, code=code, timeout=args.timeout)
    try:
        connected = asyncio.run(connect(request, TerminalFace(not args.no_browser), store=store,
                                        regions=regions, http=session()))
    except errors.ClientInOtherRegion as error:
        error.todo = QT_TR_NOOP("Run the same command again with --region {code}.")
        raise
    profile = connected.profile
    print(f"Connected: Zoho Books in {regions[profile.region].name} ({profile.region}), profile '{profile.name}'.")
    for org in connected.organizations:
        mark = "  (used by default)" if org.organization_id == profile.organization_id else ""
        print(f"  Organization: {org.name} [{org.organization_id}]{mark}")
    if not connected.organizations:
        print("  No Zoho Books organization was found for this account.")
    if not client_type.kind.refresh_token:
        print(f"This kind of client ({client_type.label}) gives access for one hour only; connect again after that.")
    print(f"Secrets are stored in: {connected.keychain}.")
    return 0


def _until(expires_at: float | None) -> str:
    if not expires_at:
        return "unknown"
    minutes = int((expires_at - time.time()) // 60)
    when = time.strftime("%Y-%m-%d %H:%M", time.localtime(expires_at))
    return f"{when} (in {minutes} minutes)" if minutes >= 0 else f"{when} (expired; renewed on next use)"


def cmd_status(args: argparse.Namespace) -> int:
    from zoho_wizard.connection import default_store

    store = default_store()
    p = store.load(args.profile)
    region = DEFAULT_REGIONS.get(p.region)
    rows = [
        ("Profile", p.name),
        ("Region", f"{region.name if region else p.region} ({p.region})"),
        ("Client type", ClientType(p.client_type).label),
        ("Client ID", p.client_id),
        ("Organization", f"{p.organization_name} [{p.organization_id}]" if p.organization_id else "none"),
        ("Scopes", ", ".join(p.scopes)),
        ("Access token valid until", _until(p.expires_at)),
        ("Secrets stored in", store.keychain.name),
        ("Settings file", str(store.path)),
    ]
    for label, value in rows:
        print(f"{label + ':':26}{value}")
    return 0


def cmd_token(args: argparse.Namespace) -> int:
    from zoho_wizard.connection import Connection, default_store

    print(Connection(default_store(), args.profile).access_token())
    return 0


def cmd_test(args: argparse.Namespace) -> int:
    from zoho_wizard.books import Books
    from zoho_wizard.connection import Connection, default_store
    from zoho_wizard.session import ZohoSession

    books = Books(ZohoSession(Connection(default_store(), args.profile), on_wait=lambda text: say(str(text))))
    organizations = books.organizations()
    print(f"Zoho Books answered: {english(QT_TR_NOOP('%n organization(s)'), len(organizations))}.")
    contacts = BOOKS.call("contacts")
    for org in organizations:
        result = books.fetch(contacts.key, org.organization_id)
        print(f"  {org.name} [{org.organization_id}]: {english(contacts.counted, result.count)} "
              f"(HTTP {result.status}, {result.elapsed * 1000:.0f} ms)")
    return 0


def cmd_disconnect(args: argparse.Namespace) -> int:
    from zoho_wizard.connection import default_store, disconnect, forget
    from zoho_wizard.web import session

    if args.forget:
        forget(default_store(), args.profile)
        print(f"Removed from this computer: the connection '{args.profile}' was not ended at Zoho, which keeps it "
              "until it is removed there (in your Zoho account, or by deleting the client in Zoho's API console).")
        return 0
    disconnect(default_store(), args.profile, session())
    print(f"Disconnected: the connection '{args.profile}' was ended at Zoho and removed from this computer.")
    return 0


def cmd_practice(args: argparse.Namespace) -> int:
    from platformdirs import user_config_path

    from zoho_wizard.practice import PracticeZoho

    try:
        server = PracticeZoho(args.port)
    except OSError:
        raise errors.PortsBusy(QT_TR_NOOP("Port {port} is already in use on this computer."),
                               QT_TR_NOOP("Choose another port with --port, or leave it out to use any free port."),
                               port=args.port) from None
    path = user_config_path("zoho-wizard") / "practice-regions.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(server.region_urls(), indent=2), encoding="utf-8")
    print(f"Practice Zoho (not the real Zoho) is running at {server.base_url}")
    print(f"Its API console: {server.base_url}/us/console/")
    print(f"To use it, run this in another terminal first:\n  export {ENV_VAR}={path}")
    print("Practice clients (Client ID / Client Secret):")
    for client in server.clients.values():
        print(f"  {client.client_type:7} {client.client_id}  {client.client_secret or '-'}")
    client = server.client_of_type(ClientType.SERVER.value)
    prepared = setup.write(path.with_name("practice-setup.json"), {
        "region": "us", "client_type": client.client_type, "client_id": client.client_id,
        "client_secret": client.client_secret, "profile": "practice", "contact": "the practice Zoho"}, DEFAULT_REGIONS)
    print(f"To rehearse a setup file from IT (the wizard and 'connect' then need only the sign-in), also:\n"
          f"  export {setup.ENV_VAR}={prepared.path}")
    print("Press Ctrl+C to stop.", flush=True)
    server.serve_forever()
    return 0


def describe_setup(found: setup.Setup, regions: Mapping[str, Region]) -> list[str]:
    """What a setup file gives and what the wizard will do with it, as lines (never the secret)."""
    region = regions.get(found.region or "")
    kind = found.client_type
    lines = [f"Setup file: {found.path} ("
             + ("locked: the person cannot change these)" if found.locked else "defaults the person may change)"),
             f"  Data center:     {f'{region.name} ({region.code})' if region else '-'}",
             f"  Kind of client:  {f'{kind.label} ({kind.value})' if kind else '-'}",
             f"  Client ID:       {found.client_id or '-'}",
             f"  Client Secret:   {'given (not shown)' if found.client_secret else '-'}",
             f"  Scope:           {found.scope or '-'}",
             f"  Connection name: {found.profile or '-'}",
             f"  Contact:         {found.contact or '-'}"]
    if found.ready:
        lines.append("The wizard will: say the connection was prepared, go straight to the sign-in at Zoho, "
                     "then test the connection" + ("." if found.locked else "; 'Change the settings' leads to "
                                                   "the usual pages, filled in."))
        lines.append("In a terminal: zoho-wizard connect" + (" --code CODE" if kind and kind.kind.route is
                                                             Route.PASTED_CODE else ""))
    else:
        missing = [key for key, value in (("region", found.region), ("client_type", kind),
                                          ("client_id", found.client_id)) if not value]
        if kind and kind.kind.secret_required and not found.client_secret:
            missing.append("client_secret")
        lines.append(f"The wizard will: fill in what the file gives and ask for the rest ({', '.join(missing)}).")
    if found.secret_readable_by_others():
        lines.append("Warning: this file holds a Client Secret that others on this computer can read. Prefer a "
                     f"file for each person ({setup.user_file()}, readable by its owner only), or a kind of client "
                     "that needs no secret where Zoho allows it.")
    return lines


def cmd_setup_check(args: argparse.Namespace) -> int:
    regions = load_regions()
    path = Path(args.file) if args.file else setup.find()
    if path is None:
        print("No setup file: the wizard asks for everything. Looked for:")
        for candidate in setup.candidates():
            print(f"  {candidate}")
        return 0
    print("\n".join(describe_setup(setup.read(path, regions), regions)))
    return 0


def cmd_setup_write(args: argparse.Namespace) -> int:
    regions = load_regions()
    values = {key: getattr(args, key) for key in setup.KEYS if getattr(args, key, None)}
    if args.client_type and ClientType(args.client_type).kind.has_secret:
        secret = read_secret(ClientType(args.client_type))
        if secret:
            values["client_secret"] = secret
    path = Path(args.file) if args.file else setup.user_file()
    written = setup.write(path, values, regions)
    print(f"Written: {path}")
    print("\n".join(describe_setup(written, regions)))
    return 0


def port_number(text: str) -> int:
    port = int(text)
    if not 1 <= port <= 65535:
        raise argparse.ArgumentTypeError(f"{port} is not a port number (1 to 65535)")
    return port


def seconds(text: str) -> float:
    value = float(text)
    if not 0 < value < float("inf"):
        raise argparse.ArgumentTypeError(f"{text} is not a number of seconds above zero")
    return value


class Parser(argparse.ArgumentParser):
    """Argument errors in two sentences, like every other failure (and exit status 2, as argparse's)."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"The command line was not understood: {message}.\n"
                     f"Run '{self.prog} --help' to see what it takes.\n")


def parser() -> argparse.ArgumentParser:
    top = Parser(prog="zoho-wizard", description="Connect Zoho Books to your company's tools. "
                                  "Without a command, zoho-wizard opens the setup wizard.")
    top.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = top.add_subparsers(dest="command", metavar="COMMAND")

    def command(name: str, help: str, func: object, profile: bool = True) -> argparse.ArgumentParser:
        sub = commands.add_parser(name, help=help, description=help)
        sub.set_defaults(func=func)
        if profile:
            sub.add_argument("--profile", help="connection name (default: the setup file's, else default)")
        return sub

    def client_options(sub: argparse.ArgumentParser, given: str) -> None:
        sub.add_argument("--region", choices=list(DEFAULT_REGIONS), help=f"your Zoho data center{given}")
        sub.add_argument("--client-type", choices=[t.value for t in ClientType],
                         help="the kind of client registered in Zoho's API console: " + "; ".join(
                             f"{t.value} = {t.label}" for t in ClientType) + given)
        sub.add_argument("--client-id", help=f"the Client ID Zoho's API console shows (1000.…){given}")
        sub.add_argument("--profile", help=f"connection name (default: default){given}")

    from_setup = " (unless the setup file gives it)"
    c = command("connect", "Connect to Zoho Books and save the connection. A setup file (see 'setup check') "
                           "gives what its options leave out.", cmd_connect, profile=False)
    client_options(c, from_setup)
    c.add_argument("--scope", help="'full' (default), 'read' (read-only), or comma-separated Zoho scopes"
                                   f"{from_setup}")
    c.add_argument("--port", type=port_number, help=f"local port for Zoho's answer (default: {DEFAULT_PORTS[0]}, "
                                            "then the next ones)")
    c.add_argument("--no-browser", action="store_true", help="print the address to open instead of opening it")
    c.add_argument("--code", help="the Self Client code from Zoho's API console")
    c.add_argument("--timeout", type=seconds, default=300.0, help="seconds to wait for approval (default: 300)")
    command("status", "Show a saved connection (never a secret).", cmd_status)
    command("token", "Print a valid access token, renewing it when needed.", cmd_token)
    command("test", "Call Zoho Books with a saved connection and show what it finds.", cmd_test)
    d = command("disconnect", "End a connection at Zoho and remove it from this computer.", cmd_disconnect)
    d.add_argument("--forget", action="store_true",
                   help="remove it from this computer only, without ending it at Zoho (when Zoho cannot be reached)")
    p = command("practice", "Run the practice Zoho on this computer.", cmd_practice, profile=False)
    p.add_argument("--port", type=port_number, default=0, help="port to listen on (default: any free port)")
    s = command("setup", "Check or write a setup file: it fills in everything but the sign-in, in the wizard "
                         "and for 'connect'.", None, profile=False)
    s.set_defaults(func=lambda args, shown=s: shown.print_help() or 0)  # without a step: what the steps are
    steps = s.add_subparsers(dest="step", metavar="STEP")
    check = steps.add_parser("check", help="say what a setup file gives and what the wizard will do with it",
                             description="Say what a setup file gives, and what the wizard will do with it.")
    check.add_argument("file", nargs="?", help="the file (default: the one the app finds: $ZOHO_WIZARD_SETUP, "
                                               "yours, then the system's)")
    check.set_defaults(func=cmd_setup_check)
    write = steps.add_parser("write", help="write a setup file (the Client Secret is read from standard input)",
                             description="Write a setup file from these options; the Client Secret, for a kind "
                                         "of client that has one, is asked for or read from standard input.")
    write.add_argument("file", nargs="?", help=f"where (default: {setup.user_file()})")
    client_options(write, "")
    write.add_argument("--scope", choices=list(SCOPE_PRESETS), help="'full' or 'read'")
    write.add_argument("--locked", action="store_true", help="the person cannot change what the file gives")
    write.add_argument("--contact", help="who prepared it, as the wizard shows it (e.g. 'Maria, IT, ext. 214')")
    write.set_defaults(func=cmd_setup_write)
    return top


def default_profile() -> str:
    """The connection a command uses without --profile: the setup file's, else "default" (a damaged
    setup file is told by 'connect' and 'setup check', not by every command)."""
    try:
        found = setup.current(load_regions())
    except errors.WizardError:
        return "default"
    return found.profile if found is not None and found.profile else "default"


def main(argv: Sequence[str] | None = None) -> int:
    args = parser().parse_args(argv)
    if not args.command:
        parser().print_help()
        return 0
    try:
        if args.command not in ("connect", "practice", "setup") and args.profile is None:
            args.profile = default_profile()
        return int(args.func(args))
    except errors.WizardError as error:
        say("\n".join(error.sentences()))
        return 1
    except KeyboardInterrupt:
        say("Stopped. Nothing was changed.")
        return 130
    except Exception as error:  # noqa: BLE001 - the last guard: a person never sees a traceback
        say(f"The app met a problem it did not expect ({type(error).__name__}).\n"
            "Nothing was changed; please try again, and if it happens again, report it to your IT contact.")
        return 70


if __name__ == "__main__":
    sys.exit(main())
