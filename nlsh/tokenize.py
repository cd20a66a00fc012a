"""Tokenizers shared by training and the runtime, so both see a phrase and a command the same way.

A phrase becomes a list of source tokens. Each keeps its original spelling (what the decoder copies) and
a lookup key (what the encoder embeds): lowercased for words, a shape class such as `<path>` for
literals the vocabulary has never seen, so the model knows "a path goes here" without knowing the path.

A command becomes pieces: flags (`-name`), placeholders (`{{file}}`), letter runs, digit runs and single
symbols, each marked with whether a space came before it. A literal that also occurs in the phrase
(a file name, a path, a quoted string) stays one piece, so the decoder can copy it in one step and
reproduce it verbatim.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

SPACE = "\u2581"  # marks a command piece that follows a space, as in SentencePiece

# A single quote opens or closes a string only away from letters: "what's" and "don't" are contractions.
# `this' (GNU and TeX style, frequent in NL2Bash) is tried before `this`, which would otherwise run from
# one such quote to the next.
_QUOTED = re.compile(r"\"([^\"]+)\"|(?<![A-Za-z0-9])'([^']+)'(?![A-Za-z0-9])|`([^`']+)'(?![A-Za-z0-9])|`([^`]+)`"
                     r"|\u201c([^\u201d]+)\u201d|\u2018([^\u2019]+)\u2019")
_CONTRACTION = re.compile(r"^[A-Za-z]+['\u2019][A-Za-z]+$")
_EDGE_PUNCT_LEAD = "([{<"
_EDGE_PUNCT_TRAIL = ",;:?!)]}>"
_NUMBER_UNIT = re.compile(r"^(\d+(?:\.\d+)?)([A-Za-z]{1,3})$")
_URL = re.compile(r"^[a-z][a-z0-9+.-]*://", re.I)
_IP = re.compile(r"^\d{1,3}(\.\d{1,3}){3}(/\d+)?(:\d+)?$")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+$")
_FILE = re.compile(r"^[\w.+~-]*\w\.[A-Za-z0-9]{1,8}$")
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")  # a stray Ctrl key in the line; tabs and newlines are spaces anyway

_PIECE = re.compile(
    r"\{\{[a-z0-9_]+\}\}"  # placeholder
    r"|(?<![^\s])--?[A-Za-z0-9][A-Za-z0-9_-]*"  # a flag, only at the start of a word
    r"|[A-Za-z_]+|\d+|\S"
)


@dataclass(frozen=True)
class SourceToken:
    text: str  # as typed; what a copy reproduces
    key: str  # what the encoder looks up
    quoted: bool = False


def shape(text: str) -> str:
    """A coarse class for a token the vocabulary lacks."""
    if _URL.match(text):
        return "<url>"
    if _IP.match(text):
        return "<ip>"
    if _EMAIL.match(text):
        return "<email>"
    if "/" in text:
        return "<path>"
    if _FILE.match(text):
        return "<file>"
    if text.isdigit():
        return "<num>"
    if any(c.isdigit() for c in text):
        return "<alnum>"
    if text.isalpha():
        return "<word>"
    return "<sym>"


def _strip_edges(chunk: str) -> tuple[str, str, str]:
    start, end = 0, len(chunk)
    while start < end and chunk[start] in _EDGE_PUNCT_LEAD:
        start += 1
    while end > start and (chunk[end - 1] in _EDGE_PUNCT_TRAIL or
                           # a sentence's final period, but not the dot of ".txt" or "..".
                           (chunk[end - 1] == "." and end - start > 1 and chunk[end - 2] not in "./")):
        end -= 1
    dots = end
    while dots > start and chunk[dots - 1] == ".":
        dots -= 1
    if end - dots >= 3 and dots > start and chunk[dots - 1].isalpha():  # "files..." trails off
        end = dots
    return chunk[:start], chunk[start:end], chunk[end:]


def _plain_tokens(text: str) -> list[SourceToken]:
    tokens = []
    for chunk in text.split():
        lead, core, trail = _strip_edges(chunk)
        for ch in lead:
            tokens.append(SourceToken(ch, ch))
        if core:
            unit = _NUMBER_UNIT.match(core)
            if unit:  # "100MB": the number is what commands reuse ("+100M")
                tokens.append(SourceToken(unit.group(1), unit.group(1).lower()))
                tokens.append(SourceToken(unit.group(2), unit.group(2).lower()))
            else:
                tokens.append(SourceToken(core, core.lower()))
        for ch in trail:
            # "!" says nothing a command needs, and 4 of 47,000 training phrases have one: a model that
            # meets one copies it into the command ("...readable form!" -> `df -h !`)
            if ch != "!":
                tokens.append(SourceToken(ch, ch))
    return tokens


def tokenize_phrase(phrase: str) -> list[SourceToken]:
    """Split a phrase into tokens; a quoted string is one token (its quotes dropped)."""
    return list(_tokens(phrase))  # a fresh list: callers may extend it, the cached tuple stays


@lru_cache(maxsize=2048)  # one translation tokenizes its phrase and each candidate several times over
def _tokens(phrase: str) -> tuple[SourceToken, ...]:
    phrase = _CONTROL.sub(" ", phrase)
    tokens: list[SourceToken] = []
    pos = 0
    for match in _QUOTED.finditer(phrase):
        tokens.extend(_plain_tokens(phrase[pos:match.start()]))
        inner = next(g for g in match.groups() if g is not None).strip()
        if inner:
            tokens.append(SourceToken(inner, "<quoted>", quoted=True))
        pos = match.end()
    tokens.extend(_plain_tokens(phrase[pos:]))
    return tuple(tokens)


NEIGHBOUR_SEP = SourceToken("<sep>", "<sep>")


def model_source(phrase: str, neighbours: list[str] | None = None) -> list[SourceToken]:
    """What the encoder reads: the phrase, then (retrieve-and-edit) similar examples' commands, each after
    a <sep>, nearest first.

    The neighbours' pieces are source tokens like any other, so the pointer can copy a utility or a flag
    from them; their literals were already replaced by this phrase's (retrieval.adapt).
    """
    tokens = tokenize_phrase(phrase)
    if neighbours is None:
        return tokens
    literals = [t.text for t in tokens if is_literal(t)]
    for command in neighbours:
        tokens.append(NEIGHBOUR_SEP)
        for piece in tokenize_command(command, literals):
            tokens.append(SourceToken(piece.lstrip(SPACE), "c:" + piece))
    return tokens


def is_literal(token: SourceToken) -> bool:
    """Tokens a command should reproduce exactly when it uses them: not plain dictionary words."""
    text = token.text
    if token.key.startswith("c:") or token is NEIGHBOUR_SEP:
        return False
    if token.quoted:
        return True
    if not any(c.isalnum() for c in text) and text != ".." and not any(c in text for c in "/~"):
        return False  # "...", "--", "?!": punctuation, not a value (but "..", "~/" and "/" are places)
    return len(text) >= 2 and not text.isalpha() and not _CONTRACTION.match(text)


# Words that make a hyphenated compound describe something ("gzip-compressed", "tab-separated", "non-ASCII")
# rather than name it ("feature-login", "my-app", "build-essential").
_MODIFIER_HEADS = frozenset(
    "style level based safe byte line wide like sensitive insensitive readable compatible specific only first "
    "separated delimited aware friendly free type width length order case character characters".split())
_MODIFIER_PREFIXES = frozenset(
    "non multi pre re self semi case zero one single double word byte line tab comma space colon".split())
_LETTER_COMPOUND = re.compile(r"[A-Za-z]+(?:-[A-Za-z]+)+")


def is_descriptive_compound(text: str) -> bool:
    """An unquoted word like "gzip-compressed" or "zero-based": a description a phrase uses as a plain word."""
    if not _LETTER_COMPOUND.fullmatch(text):
        return False
    parts = text.lower().split("-")
    return parts[-1].endswith("ed") or parts[-1] in _MODIFIER_HEADS or parts[0] in _MODIFIER_PREFIXES


def tokenize_command(command: str, literals: list[str] = ()) -> list[str]:
    """Split a command into pieces; each literal from the phrase that occurs in it stays one piece."""
    spans: list[tuple[int, int]] = []
    for literal in sorted(set(literals), key=len, reverse=True):
        for match in re.finditer(re.escape(literal), command):
            s, e = match.span()
            if not any(s < oe and os < e for os, oe in spans):
                spans.append((s, e))
    spans.sort()
    pieces: list[str] = []

    def emit(text: str, offset: int) -> None:
        for m in _PIECE.finditer(text):
            glued = (offset + m.start() > 0) and not command[offset + m.start() - 1].isspace()
            pieces.append(m.group() if glued else SPACE + m.group())

    pos = 0
    for s, e in spans:
        emit(command[pos:s], pos)
        glued = s > 0 and not command[s - 1].isspace()
        pieces.append(command[s:e] if glued else SPACE + command[s:e])
        pos = e
    emit(command[pos:], pos)
    return pieces


def detokenize(pieces: list[str]) -> str:
    out = []
    for piece in pieces:
        if piece.startswith(SPACE):
            out.append(" " + piece[1:])
        else:
            out.append(piece)
    return "".join(out).strip()


PLACEHOLDER = re.compile(r"\{\{[a-z0-9_]+\}\}")


def placeholders(command: str) -> list[str]:
    return PLACEHOLDER.findall(command)


# tldr writes the keys pressed inside an interactive program as `<q>`, `<Ctrl c>`, `:wq<Enter>`: such a
# line is no shell command, and a model that learned it proposes `<Space>` to a shell.
_KEY_PRESS = re.compile(
    r"<(?:(?:Left|Right)?(?:Ctrl|Alt|Shift|Meta|Super|Cmd)(?:[ +-][^<>]{1,20})?|Space|Enter|Return|Esc|Escape|Tab|"
    r"Backspace|Delete|Del|Insert|Home|End|PageUp|PageDown|Arrow[A-Za-z]+|F\d{1,2}|[^=\s])>"
)


def names_key_presses(command: str) -> bool:
    return bool(_KEY_PRESS.search(command))
