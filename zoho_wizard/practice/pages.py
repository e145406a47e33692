"""The HTML pages of the practice Zoho, each under a banner that says it is not the real Zoho."""

from __future__ import annotations

from collections.abc import Iterable
from html import escape

from zoho_wizard.practice.bookkeeping import PracticeUser
from zoho_wizard.practice.scopes import describe
from zoho_wizard.practice.state import CLIENT_TYPES, REDIRECTING_TYPES, REGIONS, PracticeClient

BANNER = "Practice Zoho — not the real Zoho"
_CSS = """
body{font-family:system-ui,-apple-system,"Segoe UI",sans-serif;margin:0;background:#f3f5f8;
  color:#1d2733;line-height:1.45}
.banner{background:#8a1c12;color:#fff;padding:.6em 1em;font-weight:600;text-align:center}
main{max-width:58em;margin:2em auto;background:#fff;padding:1.5em 2em;border-radius:8px;
  box-shadow:0 1px 4px #0002}
h1{font-size:1.4em;margin-top:0} h2{font-size:1.1em;margin-top:1.6em}
table{border-collapse:collapse;width:100%}
th,td{border-bottom:1px solid #dde3ea;padding:.4em;text-align:left;vertical-align:top;font-size:.9em}
code{background:#eef2f7;padding:.1em .3em;border-radius:3px;word-break:break-all}
label{display:block;margin:.9em 0 .2em;font-weight:600}
input,select,textarea{width:100%;padding:.45em;box-sizing:border-box;font:inherit;
  border:1px solid #aab4c0;border-radius:4px}
button{padding:.5em 1.4em;margin:1.2em .5em 0 0;border-radius:4px;border:1px solid #1a5fb4;
  background:#fff;color:#1a5fb4;font:inherit;cursor:pointer}
button.primary{background:#1a5fb4;color:#fff}
.note{color:#55606d;font-size:.9em}
.message{background:#fff4d6;border-left:4px solid #d99a00;padding:.6em .8em}
.code{font-size:1.1em;padding:.8em;background:#eef2f7}
"""


def page(title: str, body: str) -> str:
    return (f'<!doctype html><html lang="en"><head><meta charset="utf-8">'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">'
            f"<title>{escape(title)} · {BANNER}</title><style>{_CSS}</style></head><body>"
            f'<div class="banner">{BANNER}</div><main><h1>{escape(title)}</h1>{body}</main></body></html>')


def notice(title: str, text: str) -> str:
    return page(title, f"<p>{escape(text)}</p>")


def _user_select(users: Iterable[PracticeUser]) -> str:
    options = "".join(f'<option value="{escape(u.email)}">{escape(u.name)} ({escape(u.email)}) — '
                      f"home data center: {REGIONS[u.region]}</option>" for u in users)
    return f'<label for="user">Sign in as</label><select id="user" name="user">{options}</select>'


_DECIDE = ('<button id="accept" class="primary" type="submit" name="decision" value="accept">Accept</button>'
           '<button id="deny" type="submit" name="decision" value="deny">Deny</button>')


def _message(text: str) -> str:
    return f'<p class="message" role="alert">{escape(text)}</p>' if text else ""


def consent_page(action: str, request_id: str, client_name: str, scopes: Iterable[str],
                 users: Iterable[PracticeUser]) -> str:
    wanted = "".join(f'<li>{escape(describe(s))} <span class="note">({escape(s)})</span></li>'
                     for s in scopes)
    return page("Allow access?", (
        f"<p><strong>{escape(client_name)}</strong> would like to:</p><ul>{wanted}</ul>"
        f'<form method="post" action="{escape(action)}">'
        f'<input type="hidden" name="request_id" value="{escape(request_id)}">'
        f"{_user_select(users)}{_DECIDE}</form>"
        '<p class="note">These are practice people and organizations; nothing real is shared.</p>'))


def device_page(action: str, user_code: str, users: Iterable[PracticeUser], message: str = "") -> str:
    return page("Connect a device", (
        f"{_message(message)}<p>Enter the code your app shows, then choose who you are.</p>"
        f'<form method="post" action="{escape(action)}">'
        f'<label for="user_code">Code</label><input id="user_code" name="user_code" '
        f'value="{escape(user_code)}" autocomplete="off" placeholder="ABCD-EFGH">'
        f"{_user_select(users)}{_DECIDE}</form>"))


def _client_row(client: PracticeClient) -> str:
    uris = "<br>".join(f"<code>{escape(u)}</code>" for u in client.redirect_uris) or "—"
    secret = f"<code>{escape(client.client_secret)}</code>" if client.client_secret else "—"
    return (f'<tr id="{escape(client.client_id)}"><td>{CLIENT_TYPES[client.client_type]}</td>'
            f"<td>{escape(client.name)}</td><td><code>{escape(client.client_id)}</code></td>"
            f"<td>{secret}</td><td>{uris}</td></tr>")


def console_page(console_path: str, accounts_url: str, clients: Iterable[PracticeClient],
                 users: Iterable[PracticeUser], message: str = "", code: str = "") -> str:
    types = "".join(f'<option value="{t}">{CLIENT_TYPES[t]}</option>'
                    for t in (*REDIRECTING_TYPES, "device"))
    minutes = "".join(f'<option value="{m}">{m} minutes</option>' for m in range(3, 11))
    made = (f"<p>Your grant code (exchange it at <code>{escape(accounts_url)}</code> before it "
            f'expires):</p><p id="code" class="code"><code>{escape(code)}</code></p>') if code else ""
    return page("API Console", (
        f"{_message(message)}<h2>Your clients</h2><table><tr><th>Type</th><th>Name</th>"
        f"<th>Client ID</th><th>Client Secret</th><th>Redirect URIs</th></tr>"
        f'{"".join(_client_row(c) for c in clients)}</table>'
        f'<h2>Add a client</h2><form method="post" action="{escape(console_path)}/clients">'
        f'<label for="client_type">Client type</label><select id="client_type" name="client_type">{types}</select>'
        '<label for="name">Client name</label><input id="name" name="name" required>'
        '<label for="homepage_url">Homepage URL</label>'
        '<input id="homepage_url" name="homepage_url" value="https://example.com" required>'
        '<label for="redirect_uris">Authorized redirect URIs (one per line)</label>'
        '<textarea id="redirect_uris" name="redirect_uris" rows="3"></textarea>'
        '<button class="primary" type="submit">Create</button></form>'
        f"<h2>Self Client: generate a code</h2>{made}"
        f'<form method="post" action="{escape(console_path)}/self-client">'
        '<label for="scope">Scope</label><input id="scope" name="scope" value="ZohoBooks.fullaccess.all">'
        f'<label for="minutes">Time duration</label><select id="minutes" name="minutes">{minutes}</select>'
        f'{_user_select(users)}<button class="primary" type="submit">Create</button></form>'))


def index_page(urls: dict[str, dict[str, str]], users: Iterable[PracticeUser]) -> str:
    regions = "".join(f'<tr><td>{code}</td><td>{name}</td><td><code>{escape(urls[code]["accounts_url"])}</code></td>'
                      f'<td><a href="{escape(urls[code]["console_url"])}">console</a></td></tr>'
                      for code, name in REGIONS.items())
    people = "".join(f"<tr><td>{escape(u.name)}</td><td>{escape(u.email)}</td><td>{REGIONS[u.region]}</td>"
                     f'<td>{escape(", ".join(o.name for o in u.organizations))}</td></tr>' for u in users)
    return page("Practice Zoho", (
        "<p>A pretend Zoho accounts server and Zoho Books for rehearsing a connection.</p>"
        "<h2>Data centers</h2><table><tr><th>Code</th><th>Name</th><th>Accounts server</th><th></th></tr>"
        f"{regions}</table><h2>People</h2><table><tr><th>Name</th><th>E-mail</th>"
        f"<th>Home data center</th><th>Organizations</th></tr>{people}</table>"))
