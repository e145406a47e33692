"""Redaction for anything written as diagnostics: tokens, codes and secrets never leave in a report.

::

    redact("refresh_token=1000.0a1b... failed")  # 'refresh_token=[hidden] failed'
"""

from __future__ import annotations

import re

_SECRET_NAME = r"[\w.-]*?(?:token|code|secret|state|password|passwd|verifier|credential|api_?key)s?"
_QUOTE = r"(?:[\"']|%22|%27)?"
_SEPARATOR = rf"{_QUOTE}\s*(?:=|:|%3[Dd]|%3[Aa])(?:\s|%20|\+)*{_QUOTE}"  # also URL-encoded: %3D is =, %22 is \"
_RUN = r"(?:[\w+-]|%2[Bb])"
_PATTERNS = (
    # any value under a secret-named key, whatever it looks like
    re.compile(rf"(?i)\b({_SECRET_NAME}{_SEPARATOR})[^\s&\"',;}}\]]+"),
    re.compile(r"(?i)\b1000(?:\.|%2E)[0-9a-z._%-]{16,}"),  # Zoho tokens and codes, plain or URL-encoded
    re.compile(r"(?i)(Zoho-oauthtoken|Bearer|Basic)(?:\s|%20|\+)+\S+"),
    # long random-looking runs, letters and digits mixed (hex, base64, its "+" and "=" maybe URL-encoded), 24
    # characters or more; "/" ends a run, so that file paths in a traceback stay readable
    re.compile(rf"(?<![\w+-])(?={_RUN}*?\d)(?={_RUN}*?[A-Za-z]){_RUN}{{24,}}(?:=|%3[Dd]){{0,2}}(?![\w+=-])"),
)


def redact(text: str) -> str:
    for pattern in _PATTERNS:
        text = pattern.sub(lambda m: (m.group(1) if m.lastindex else "") + "[hidden]", text)
    return text
