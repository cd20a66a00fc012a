"""Colours for a shell command on screen: utilities, options, strings, variables, operators, placeholders.

A display aid only, so a small scanner is enough: it never has to agree with a shell about meaning,
only keep every character of the command in order.
"""

from __future__ import annotations

import re

_TOKEN = re.compile(
    r"(?P<placeholder>\{\{[a-z0-9_]+\}\})"
    r"|(?P<string>'[^']*'?|\"(?:\\.|[^\"\\])*\"?)"
    r"|(?P<variable>\$\{[^}]*\}?|\$[A-Za-z_][A-Za-z0-9_]*|\$[?#@*!$0-9-])"
    r"|(?P<operator>\$\(|&&|\|\||[|;&<>()`]+)"
    r"|(?P<space>\s+)"
    r"|(?P<word>(?:\\.|[^\s|;&<>()`'\"$]|\$(?![({A-Za-z_?#@*!$0-9-]))+)"
    r"|(?P<other>.)",
    re.S,
)
_ASSIGNMENT = re.compile(r"[A-Za-z_][A-Za-z0-9_]*=")


def highlight(command: str) -> list[tuple[str, str]]:
    """prompt_toolkit formatted text for `command`, styled by `class:<kind>` names."""
    fragments = []
    expect_command = True
    for match in _TOKEN.finditer(command):
        kind, text = match.lastgroup, match.group()
        if kind == "word":
            if expect_command and not _ASSIGNMENT.match(text):
                kind, expect_command = "command", False
            elif text.startswith("-"):
                kind = "option"
            else:
                kind = "argument"
        elif kind == "operator":
            expect_command = not text.startswith((">", "<")) and ")" not in text
        elif kind in ("placeholder", "string", "variable"):
            expect_command = False
        fragments.append((f"class:{kind}" if kind not in ("space", "other") else "", text))
    return fragments
