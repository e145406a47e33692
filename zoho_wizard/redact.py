"""Redaction for anything written as diagnostics: tokens, codes and secrets never leave in a report.

::

    redact("refresh_token=1000.0a1b... failed")  # 'refresh_token=[hidden] failed'
"""

from __future__ import annotations

import re

_PATTERNS = (
    re.compile(r"(?i)\b((?:access_|refresh_|device_|user_)?(?:token|code|secret|state|password)"
               r"[\"']?\s*[=:]\s*[\"']?)[^\s&\"',}]+"),
    re.compile(r"\b1000\.[0-9A-Za-z._-]{16,}"),  # Zoho tokens and codes
    re.compile(r"\b[0-9a-f]{32,}\b"),  # secrets and other long hex
    re.compile(r"(?i)(Zoho-oauthtoken|Bearer)\s+\S+"),
)


def redact(text: str) -> str:
    for pattern in _PATTERNS:
        text = pattern.sub(lambda m: (m.group(1) if m.lastindex else "") + "[hidden]", text)
    return text
