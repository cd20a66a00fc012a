"""A small shell parser: enough of sh and bash to see what a one-line command runs.

It reads quoting, pipelines, lists, subshells, groups, if/while/until/for/case, functions, command and
process substitution, redirections and here-documents into a tree, and resolves wrappers (sudo, env,
xargs, nohup, ...) to the utility that really runs. Nothing is expanded or executed: a word keeps its
parameter expansions as written. Text that bash would reject raises ParseError.
"""

from __future__ import annotations

import posixpath
import re
from dataclasses import dataclass, field, replace
from typing import Iterator, Union

from nlsh.errors import InputError

# Deeper nesting than this is not a command anyone types; the limit keeps recursion bounded.
MAX_DEPTH = 48

RESERVED = frozenset(
    "if then elif else fi do done case esac while until for select function in { } ! [[ ]]".split())
SHELLS = frozenset("sh bash zsh dash ksh mksh ash fish csh tcsh yash busybox".split())

_OPERATORS = ("&>>", ";;&", "<<<", "<<-", "&>", "&&", "||", ";;", ";&", "|&", "<<", "<>", "<&", ">>",
              ">&", ">|", ";", "&", "|", "(", ")", "<", ">")
_REDIRECTS = frozenset(("&>>", "&>", "<<<", "<<-", "<<", "<>", "<&", ">>", ">&", ">|", "<", ">"))
_ASSIGNMENT = re.compile(r"[A-Za-z_][A-Za-z0-9_]*(\[[^\]]*\])?\+?=")
_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_ANSI_C = {"n": "\n", "t": "\t", "r": "\r", "a": "\a", "b": "\b", "e": "\x1b", "E": "\x1b", "f": "\f",
           "v": "\v", "\\": "\\", "'": "'", '"': '"', "?": "?"}


class ParseError(InputError):
    """The text is not a command the shell could run (or is nested beyond MAX_DEPTH)."""

    def __init__(self, reason: str, position: int):
        super().__init__(f"{reason} (at character {position + 1})")
        self.reason = reason
        self.position = position


@dataclass
class Word:
    """One shell word: `text` has quotes removed and escapes resolved, expansions kept as written."""

    raw: str
    text: str
    start: int = 0
    quoted: bool = False
    expanded: bool = False  # holds $var, $( ), `...` or $(( )): its value is known only at run time
    glob: bool = False  # holds an unquoted * ? or [
    substitutions: list["Script"] = field(default_factory=list)


@dataclass
class Redirect:
    op: str
    target: Word
    fd: int | None = None
    heredoc: str | None = None

    @property
    def raw(self) -> str:
        fd = "" if self.fd is None else str(self.fd)
        return f"{fd}{self.op}{self.target.raw}"


@dataclass
class Wrapper:
    """A command that runs another one (sudo, env, xargs, ...), with its own options."""

    name: str
    words: list[Word]


@dataclass
class Nested:
    """Code a command runs from one of its arguments: `sh -c '...'`, `eval`, `find -exec`, `ssh host ...`."""

    how: str
    text: str
    script: "Script | None"
    error: ParseError | None = None


@dataclass
class SimpleCommand:
    text: str
    words: list[Word]
    assignments: list[Word] = field(default_factory=list)
    redirects: list[Redirect] = field(default_factory=list)
    wrappers: list[Wrapper] = field(default_factory=list)
    argv: list[Word] = field(default_factory=list)  # the utility that really runs, then its arguments
    nested: list[Nested] = field(default_factory=list)

    @property
    def program(self) -> str | None:
        return self.argv[0].text if self.argv else None

    @property
    def utility(self) -> str | None:
        """The utility's name; an absolute or relative path is reduced to its last component."""
        return utility_name(self.argv[0].text) if self.argv else None

    @property
    def args(self) -> list[Word]:
        return self.argv[1:]


@dataclass
class Compound:
    kind: str  # "( )", "{ }", "if", "while", "until", "for", "select", "case"
    text: str
    bodies: list["Script"]
    words: list[Word] = field(default_factory=list)  # loop values, case subject and patterns
    redirects: list[Redirect] = field(default_factory=list)


@dataclass
class FunctionDef:
    name: str
    text: str
    body: "Command"
    redirects: list[Redirect] = field(default_factory=list)


Command = Union[SimpleCommand, Compound, FunctionDef]


@dataclass
class Pipeline:
    commands: list[Command]
    negated: bool = False


@dataclass
class Script:
    """Pipelines joined by separators; `separators[i]` follows `pipelines[i]` (";", "&", "&&", "||", "")."""

    pipelines: list[Pipeline] = field(default_factory=list)
    separators: list[str] = field(default_factory=list)


def is_descriptor(text: str) -> bool:
    """Whether a redirection's number (`2>`, `>&1`) names a file descriptor: ASCII digits only, as bash reads
    them; "¹" passes str.isdigit(), and int() refuses it."""
    return text.isascii() and text.isdigit()


def utility_name(program: str) -> str:
    """`/usr/bin/rm` -> `rm`; a bare name stays as it is."""
    if "/" in program and not program.endswith("/"):
        return posixpath.basename(program)
    return program


def parse(source: str) -> Script:
    """Parse a command line (or several lines) into a Script; raise ParseError if the shell would."""
    if "\x00" in source:
        raise ParseError("contains a NUL byte", source.index("\x00"))
    return _Parser(source, 0, 0).parse_all()


# ---------------------------------------------------------------------------------------------------
# Lexer and parser


class _Token:
    __slots__ = ("kind", "value", "start", "end", "word", "fd")

    def __init__(self, kind, value, start, end, word=None, fd=None):
        self.kind = kind  # "word", "op", "newline", "eof"
        self.value = value
        self.start = start
        self.end = end
        self.word = word
        self.fd = fd


class _Parser:
    def __init__(self, source: str, pos: int, depth: int):
        if depth > MAX_DEPTH:
            raise ParseError("nested too deeply", pos)
        # depth counts every enclosing construct (substitution, block, bracket), so one limit bounds
        # the recursion of the parser and of everything that walks the tree it builds
        self.src = source
        self.pos = pos
        self.depth = depth
        self._peeked: _Token | None = None
        self._heredocs: list[tuple[Redirect, str, bool]] = []

    # -- lexing -------------------------------------------------------------------------------------

    def peek(self) -> _Token:
        if self._peeked is None:
            self._peeked = self._lex()
        return self._peeked

    def next(self) -> _Token:
        token = self.peek()
        self._peeked = None
        return token

    def _lex(self) -> _Token:
        src, n = self.src, len(self.src)
        i = self.pos
        while i < n:
            c = src[i]
            if c in " \t\r":
                i += 1
            elif c == "\\" and src.startswith("\\\n", i):
                i += 2
            elif c == "#":
                while i < n and src[i] != "\n":
                    i += 1
            else:
                break
        if i >= n:
            self.pos = n
            return _Token("eof", "", n, n)
        c = src[i]
        if c == "\n":
            self.pos = i + 1
            if self._heredocs:
                self._read_heredocs()
            return _Token("newline", "\n", i, i + 1)
        if c in "<>" and src.startswith("(", i + 1):
            return self._lex_word(i)
        if c in ";&|()<>":
            for op in _OPERATORS:
                if src.startswith(op, i):
                    self.pos = i + len(op)
                    return _Token("op", op, i, self.pos)
        j = i
        while j < n and is_descriptor(src[j]):
            j += 1
        if j > i and j < n and src[j] in "<>" and not src.startswith("(", j + 1):
            for op in _OPERATORS:
                if op in _REDIRECTS and src.startswith(op, j):
                    self.pos = j + len(op)
                    return _Token("op", op, i, self.pos, fd=int(src[i:j]))
        return self._lex_word(i)

    def _lex_word(self, start: int) -> _Token:
        src, n = self.src, len(self.src)
        i = start
        text: list[str] = []
        word = Word(raw="", text="", start=start)
        while i < n:
            c = src[i]
            if c in "<>" and src.startswith("(", i + 1):
                if i != start:
                    break
                end = self._substitution(i + 2, word, "process substitution")
                text.append(src[i:end])
                word.expanded = True
                i = end
                continue
            if c in " \t\r\n;&|()<>":
                break
            if c == "\\":
                if src.startswith("\n", i + 1):
                    i += 2
                    continue
                word.quoted = True
                text.append(src[i + 1:i + 2] or "\\")
                i += 2
            elif c == "'":
                end = src.find("'", i + 1)
                if end < 0:
                    raise ParseError("unterminated single quote", i)
                text.append(src[i + 1:end])
                word.quoted = True
                i = end + 1
            elif c == '"':
                i = self._double_quoted(i, text, word)
                word.quoted = True
            elif c == "$":
                i = self._dollar(i, text, word)
            elif c == "`":
                i = self._backtick(i, text, word)
            elif c in "?*+@!" and src.startswith("(", i + 1):
                # an extglob pattern such as !(*.txt): bash reads it as part of the word
                end = self._matching(i + 2, "(", ")", "pattern " + c + "(", i, word)
                text.append(src[i:end])
                word.glob = True
                i = end
            else:
                if c in "*?[":
                    word.glob = True
                text.append(c)
                i += 1
        self.pos = i
        word.raw = src[start:i]
        word.text = "".join(text)
        return _Token("word", word.raw, start, i, word=word)

    def _double_quoted(self, i: int, text: list[str], word: Word) -> int:
        src, n = self.src, len(self.src)
        opening = i
        i += 1
        while i < n:
            c = src[i]
            if c == '"':
                return i + 1
            if c == "\\" and i + 1 < n:
                nxt = src[i + 1]
                if nxt == "\n":
                    i += 2
                    continue
                text.append(nxt if nxt in '$`"\\' else "\\" + nxt)
                i += 2
            elif c == "$" and not src.startswith(("$'", '$"'), i):
                i = self._dollar(i, text, word)
            elif c == "`":
                i = self._backtick(i, text, word)
            else:
                text.append(c)
                i += 1
        raise ParseError("unterminated double quote", opening)

    def _dollar(self, i: int, text: list[str], word: Word) -> int:
        src, n = self.src, len(self.src)
        nxt = src[i + 1:i + 2]
        if nxt == "'":
            return self._ansi_c(i, text, word)
        if nxt == '"':
            word.quoted = True
            return self._double_quoted(i + 1, text, word)
        if src.startswith("$((", i):
            end = self._matching(i + 3, "(", ")", "arithmetic expansion $((", i, word, close_twice=True)
        elif nxt == "(":
            end = self._substitution(i + 2, word, "command substitution $(")
        elif nxt == "{":
            end = self._matching(i + 2, "{", "}", "parameter expansion ${", i, word)
        elif nxt and (nxt.isalnum() or nxt == "_"):
            end = i + 1
            if nxt.isdigit():
                end += 1
            else:
                while end < n and (src[end].isalnum() or src[end] == "_"):
                    end += 1
        elif nxt and nxt in "@*#?-$!":
            end = i + 2
        else:
            text.append("$")
            return i + 1
        text.append(src[i:end])
        word.expanded = True
        return end

    def _ansi_c(self, i: int, text: list[str], word: Word) -> int:
        src, n = self.src, len(self.src)
        opening = i
        i += 2
        word.quoted = True
        while i < n:
            c = src[i]
            if c == "'":
                return i + 1
            if c == "\\" and i + 1 < n:
                nxt = src[i + 1]
                if nxt in _ANSI_C:
                    text.append(_ANSI_C[nxt])
                    i += 2
                    continue
                digits = re.match(r"x[0-9a-fA-F]{1,2}|[0-7]{1,3}", src[i + 1:i + 4])
                if digits:
                    value = digits.group()
                    text.append(chr(int(value[1:], 16) if value[0] == "x" else int(value, 8)))
                    i += 1 + len(value)
                    continue
                text.append("\\" + nxt)
                i += 2
                continue
            text.append(c)
            i += 1
        raise ParseError("unterminated $'...' quote", opening)

    def _matching(self, i: int, opening: str, closing: str, what: str, start: int, word: Word,
                  close_twice: bool = False) -> int:
        """Index just past the bracket closing the one opened before `i`, skipping quoted text."""
        self._enter(start)
        src, n = self.src, len(self.src)
        depth = 1
        while i < n:
            c = src[i]
            if c == "\\":
                i += 2
                continue
            if c == "'" and opening == "{":
                end = src.find("'", i + 1)
                if end < 0:
                    raise ParseError("unterminated single quote", i)
                i = end + 1
                continue
            if c == '"':
                i = self._double_quoted(i, [], word)
                continue
            if c == "`":
                i = self._backtick(i, [], word)
                continue
            if c == "$" and src.startswith("(", i + 1) and not src.startswith("((", i + 1):
                i = self._substitution(i + 2, word, "command substitution $(")
                continue
            if c == opening:
                depth += 1
            elif c == closing:
                depth -= 1
                if depth == 0:
                    if close_twice and not src.startswith(closing, i + 1):
                        raise ParseError(f"unterminated {what}", start)
                    self.depth -= 1
                    return i + 2 if close_twice else i + 1
            i += 1
        raise ParseError(f"unterminated {what}", start)

    def _substitution(self, i: int, word: Word, what: str) -> int:
        """Parse the script of `$( ... )` or `<( ... )` starting at `i`; return the index past `)`."""
        inner = _Parser(self.src, i, self.depth + 1)
        script = inner.parse_script(frozenset(")"))
        token = inner.next()
        if token.kind != "op" or token.value != ")":
            raise ParseError(f"unterminated {what}", i - 2)
        word.substitutions.append(script)
        return token.end

    def _backtick(self, i: int, text: list[str], word: Word) -> int:
        src, n = self.src, len(self.src)
        inner: list[str] = []
        j = i + 1
        while j < n:
            c = src[j]
            if c == "`":
                break
            if c == "\\" and j + 1 < n and src[j + 1] in "`\\$":
                inner.append(src[j + 1])
                j += 2
                continue
            inner.append(c)
            j += 1
        else:
            raise ParseError("unterminated backquote", i)
        word.substitutions.append(_Parser("".join(inner), 0, self.depth + 1).parse_all())
        word.expanded = True
        text.append(src[i:j + 1])
        return j + 1

    def _read_heredocs(self) -> None:
        """Consume the bodies of the here-documents opened on the line just ended."""
        src = self.src
        for redirect, delimiter, strip_tabs in self._heredocs:
            lines = []
            while self.pos < len(src):
                end = src.find("\n", self.pos)
                end = len(src) if end < 0 else end
                line = src[self.pos:end]
                self.pos = min(end + 1, len(src))
                if (line.lstrip("\t") if strip_tabs else line) == delimiter:
                    break
                lines.append(line.lstrip("\t") if strip_tabs else line)
            redirect.heredoc = "\n".join(lines)
        self._heredocs = []

    # -- grammar ------------------------------------------------------------------------------------

    def parse_all(self) -> Script:
        script = self.parse_script(frozenset())
        token = self.peek()
        if token.kind != "eof":
            raise ParseError(f"unexpected {_shown(token)}", token.start)
        return script

    def _at(self, token: _Token, stops: frozenset) -> bool:
        if token.kind == "op":
            return token.value in stops
        return token.kind == "word" and _is_reserved(token) and token.value in stops

    def _skip_newlines(self) -> None:
        while self.peek().kind == "newline":
            self.next()

    def parse_script(self, stops: frozenset) -> Script:
        script = Script()
        self._skip_newlines()
        while True:
            token = self.peek()
            if token.kind == "eof" or self._at(token, stops):
                return script
            script.pipelines.append(self.parse_pipeline())
            token = self.peek()
            if token.kind == "op" and token.value in (";", "&", "&&", "||"):
                self.next()
                script.separators.append(token.value)
                if token.value in ("&&", "||"):
                    self._skip_newlines()
                    following = self.peek()
                    if following.kind == "eof" or self._at(following, stops):
                        raise ParseError(f"nothing after '{token.value}'", token.start)
                else:
                    self._skip_newlines()
            elif token.kind == "newline":
                script.separators.append(";")
                self._skip_newlines()
            else:
                script.separators.append("")
                if token.kind == "eof" or self._at(token, stops):
                    return script
                raise ParseError(f"unexpected {_shown(token)}", token.start)

    def parse_pipeline(self) -> Pipeline:
        pipeline = Pipeline([])
        token = self.peek()
        if token.kind == "word" and token.value == "!" and _is_reserved(token):
            self.next()
            pipeline.negated = True
        pipeline.commands.append(self.parse_command())
        while self.peek().kind == "op" and self.peek().value in ("|", "|&"):
            self.next()
            self._skip_newlines()
            pipeline.commands.append(self.parse_command())
        return pipeline

    def _enter(self, position: int) -> None:
        self.depth += 1
        if self.depth > MAX_DEPTH:
            raise ParseError("nested too deeply", position)

    def parse_command(self) -> Command:
        token = self.peek()
        if token.kind == "op" and token.value == "(" or token.kind == "word" and _is_reserved(token):
            self._enter(token.start)
            command = self._parse_command()
            self.depth -= 1
            return command
        return self._parse_command()

    def _parse_command(self) -> Command:
        token = self.peek()
        start = token.start
        if token.kind == "op" and token.value == "(" and self.src.startswith("((", start):
            self.next()
            header = Word("", "", start, expanded=True)
            self.pos = self._matching(start + 2, "(", ")", "arithmetic command ((", start, header,
                                      close_twice=True)
            header.raw = header.text = self.src[start:self.pos]
            return self._finish_compound(Compound("(( ))", "", [], [header]), start)
        if token.kind == "op" and token.value == "(":
            self.next()
            body = self._parse_body(frozenset(")"), "(")
            self._expect_op(")", "(", start)
            return self._finish_compound(Compound("( )", "", [body]), start)
        if token.kind == "word" and _is_reserved(token):
            keyword = token.value
            if keyword == "{":
                self.next()
                body = self._parse_body(frozenset("}"), "{")
                self._expect_word("}", "{", start)
                return self._finish_compound(Compound("{ }", "", [body]), start)
            if keyword == "if":
                return self._parse_if(start)
            if keyword in ("while", "until"):
                self.next()
                condition = self._parse_body(frozenset(["do"]), keyword)
                self._expect_word("do", keyword, start)
                body = self._parse_body(frozenset(["done"]), "do")
                self._expect_word("done", keyword, start)
                return self._finish_compound(Compound(keyword, "", [condition, body]), start)
            if keyword in ("for", "select"):
                return self._parse_for(start)
            if keyword == "case":
                return self._parse_case(start)
            if keyword == "function":
                self.next()
                name = self.next()
                if name.kind != "word":
                    raise ParseError("missing function name", name.start)
                if self.peek().kind == "op" and self.peek().value == "(":
                    self.next()
                    self._expect_op(")", "function", start)
                return self._parse_function_body(name.word.text, start)
            if keyword == "[[":
                return self._parse_conditional(start)
            raise ParseError(f"unexpected '{keyword}'", token.start)
        return self._parse_simple(start)

    def _parse_body(self, stops: frozenset, opener: str) -> Script:
        script = self.parse_script(stops)
        if not script.pipelines:
            token = self.peek()
            raise ParseError(f"empty '{opener}' block" if token.kind != "eof"
                             else f"unterminated '{opener}'", token.start)
        return script

    def _expect_op(self, op: str, opener: str, start: int) -> None:
        token = self.next()
        if token.kind != "op" or token.value != op:
            raise ParseError(f"'{opener}' is never closed with '{op}'", start)

    def _expect_word(self, word: str, opener: str, start: int) -> _Token:
        token = self.next()
        if token.kind != "word" or token.value != word or token.word.quoted:
            raise ParseError(f"'{opener}' is never closed with '{word}'", start)
        return token

    def _end(self) -> int:
        """Where the construct just read ends: before the token already looked at, if any."""
        return self._peeked.start if self._peeked else self.pos

    def _finish_compound(self, compound: Compound, start: int) -> Compound:
        compound.redirects = self._trailing_redirects()
        compound.text = self.src[start:self._end()].strip()
        return compound

    def _trailing_redirects(self) -> list[Redirect]:
        redirects = []
        while self.peek().kind == "op" and self.peek().value in _REDIRECTS:
            redirects.append(self._parse_redirect(self.next()))
        return redirects

    def _parse_if(self, start: int) -> Compound:
        self.next()
        bodies = []
        while True:
            bodies.append(self._parse_body(frozenset(["then"]), "if"))
            self._expect_word("then", "if", start)
            bodies.append(self._parse_body(frozenset(["elif", "else", "fi"]), "then"))
            token = self.next()
            if token.kind == "word" and token.value == "elif":
                continue
            if token.kind == "word" and token.value == "else":
                bodies.append(self._parse_body(frozenset(["fi"]), "else"))
                self._expect_word("fi", "if", start)
            elif token.kind != "word" or token.value != "fi":
                raise ParseError("'if' is never closed with 'fi'", start)
            return self._finish_compound(Compound("if", "", bodies), start)

    def _parse_for(self, start: int) -> Compound:
        keyword = self.next().value
        words: list[Word] = []
        rest = self.src[self.pos:].lstrip(" \t")
        if keyword == "for" and rest.startswith("(("):
            opening = len(self.src) - len(rest)
            header = Word("", "", opening, expanded=True)
            self.pos = self._matching(opening + 2, "(", ")", "for ((", start, header, close_twice=True)
            self._peeked = None
            header.raw = header.text = self.src[opening:self.pos]
            words.append(header)
        else:
            name = self.next()
            if name.kind != "word" or not _NAME.fullmatch(name.value):
                raise ParseError(f"'{keyword}' needs a variable name", name.start)
            self._skip_newlines()
            token = self.peek()
            if token.kind == "word" and token.value == "in":
                self.next()
                while self.peek().kind == "word":
                    words.append(self.next().word)
        token = self.peek()
        if token.kind == "op" and token.value == ";" or token.kind == "newline":
            self.next()
        self._skip_newlines()
        self._expect_word("do", keyword, start)
        body = self._parse_body(frozenset(["done"]), "do")
        self._expect_word("done", keyword, start)
        return self._finish_compound(Compound(keyword, "", [body], words), start)

    def _parse_case(self, start: int) -> Compound:
        self.next()
        subject = self.next()
        if subject.kind != "word":
            raise ParseError("'case' needs a word to match", subject.start)
        words = [subject.word]
        self._skip_newlines()
        self._expect_word("in", "case", start)
        bodies = []
        while True:
            self._skip_newlines()
            token = self.next()
            if token.kind == "word" and token.value == "esac":
                break
            if token.kind == "op" and token.value == "(":
                token = self.next()
            while True:
                if token.kind != "word":
                    raise ParseError("'case' is never closed with 'esac'", start)
                words.append(token.word)
                token = self.next()
                if token.kind == "op" and token.value == "|":
                    token = self.next()
                    continue
                if token.kind == "op" and token.value == ")":
                    break
                raise ParseError("a case pattern must end with ')'", token.start)
            bodies.append(self.parse_script(frozenset([";;", ";&", ";;&", "esac"])))
            token = self.peek()
            if token.kind == "op" and token.value in (";;", ";&", ";;&"):
                self.next()
            elif not (token.kind == "word" and token.value == "esac"):
                raise ParseError("'case' is never closed with 'esac'", start)
        return self._finish_compound(Compound("case", "", bodies, words), start)

    def _parse_conditional(self, start: int) -> SimpleCommand:
        words = [self.next().word]
        while True:
            token = self.next()
            if token.kind in ("eof", "newline"):
                raise ParseError("'[[' is never closed with ']]'", start)
            word = token.word or Word(token.value, token.value, token.start)
            words.append(word)
            if token.kind == "word" and token.value == "]]":
                break
        redirects = self._trailing_redirects()
        return SimpleCommand(self.src[start:self._end()].strip(), words, redirects=redirects, argv=list(words))

    def _parse_function_body(self, name: str, start: int) -> FunctionDef:
        self._skip_newlines()
        body = self.parse_command()
        if isinstance(body, SimpleCommand):
            raise ParseError(f"the body of function '{name}' must be a block such as {{ ...; }}", start)
        return FunctionDef(name, self.src[start:self._end()].strip(), body)

    def _parse_redirect(self, token: _Token) -> Redirect:
        target = self.next()
        if target.kind != "word":
            raise ParseError(f"missing file name after '{token.value}'", token.start)
        redirect = Redirect(token.value, target.word, token.fd)
        if token.value in ("<<", "<<-"):
            delimiter = target.word.text
            self._heredocs.append((redirect, delimiter, token.value == "<<-"))
        return redirect

    def _parse_simple(self, start: int) -> Command:
        words: list[Word] = []
        assignments: list[Word] = []
        redirects: list[Redirect] = []
        while True:
            token = self.peek()
            if token.kind == "word":
                self.next()
                word = token.word
                if not words and _ASSIGNMENT.match(word.raw):
                    if word.raw.endswith("=") and self._array_follows(token.end):
                        word = self._array_assignment(word)
                    assignments.append(word)
                    continue
                words.append(word)
                nxt = self.peek()
                if len(words) == 1 and not assignments and not redirects and nxt.kind == "op" \
                        and nxt.value == "(":
                    self.next()
                    self._expect_op(")", word.text + "(", start)
                    return self._parse_function_body(word.text, start)
            elif token.kind == "op" and token.value in _REDIRECTS:
                redirects.append(self._parse_redirect(self.next()))
            else:
                break
        if not (words or assignments or redirects):
            token = self.peek()
            raise ParseError("missing command" if token.kind == "eof" else f"unexpected {_shown(token)}",
                             token.start)
        text = self.src[start:self._end()].strip()
        return _simple_command(text, words, assignments, redirects, self.depth)

    def _array_follows(self, end: int) -> bool:
        token = self.peek()
        return token.kind == "op" and token.value == "(" and token.start == end

    def _array_assignment(self, word: Word) -> Word:
        self.next()
        parts = [word.raw + "("]
        while True:
            token = self.next()
            if token.kind == "op" and token.value == ")":
                break
            if token.kind != "word":
                raise ParseError("unterminated array assignment", word.start)
            word.substitutions.extend(token.word.substitutions)
            parts.append(token.word.raw)
        raw = parts[0] + " ".join(parts[1:]) + ")"
        return Word(raw, raw, word.start, True, True, False, word.substitutions)


def _shown(token: _Token) -> str:
    return {"newline": "newline", "eof": "end of input"}.get(token.kind, f"'{token.value}'")


def _is_reserved(token: _Token) -> bool:
    return token.value in RESERVED and not token.word.quoted and not token.word.expanded


# ---------------------------------------------------------------------------------------------------
# Wrappers: commands whose arguments are another command

# name -> (short options taking a value, long options taking a value, operands before the command)
_WRAPPERS = {
    "sudo": ("CDghpRrTtUu", {"--close-from", "--chdir", "--group", "--host", "--prompt", "--chroot",
                             "--role", "--type", "--command-timeout", "--other-user", "--user"}, 0),
    "doas": ("Cu", set(), 0),
    "pkexec": ("", {"--user"}, 0),
    "env": ("uCS", {"--unset", "--chdir", "--split-string"}, 0),
    "command": ("", set(), 0),
    "builtin": ("", set(), 0),
    "exec": ("a", set(), 0),
    "nohup": ("", set(), 0),
    "time": ("fo", {"--format", "--output"}, 0),
    "nice": ("n", {"--adjustment"}, 0),
    "ionice": ("cnpPu", {"--class", "--classdata", "--pid", "--pgid", "--uid"}, 0),
    "timeout": ("sk", {"--signal", "--kill-after"}, 1),
    "stdbuf": ("ioe", {"--input", "--output", "--error"}, 0),
    "setsid": ("", set(), 0),
    "chroot": ("", {"--groups", "--userspec"}, 1),
    "xargs": ("adEeIiLlnPs", {"--arg-file", "--delimiter", "--eof", "--replace", "--max-lines",
                              "--max-args", "--max-procs", "--max-chars", "--process-slot-var"}, 0),
    "torsocks": ("", set(), 0),
    "unbuffer": ("", set(), 0),
}
# xargs -i, -l and -e take their value only when attached (-i{}), never from the next word.
_ATTACHED_ONLY = {"xargs": "eil"}
PRIVILEGED = frozenset(("sudo", "doas", "pkexec"))


def _skip_options(words: list[Word], i: int, short_values: str, long_values: set, name: str) -> int:
    """Index of the first word after the options (and `--`) that start at words[i]."""
    attached_only = _ATTACHED_ONLY.get(name, "")
    while i < len(words):
        text = words[i].text
        if text == "--":
            return i + 1
        if not text.startswith("-") or text == "-":
            return i
        if text.startswith("--"):
            i += 1 if "=" in text or text not in long_values else 2
            continue
        if name == "nice" and text[1:].isdigit():
            i += 1
            continue
        i += 1
        for position, letter in enumerate(text[1:], 1):
            if letter in short_values:
                if position == len(text) - 1 and letter not in attached_only:
                    i += 1
                break
    return i


def _resolve(words: list[Word]) -> tuple[list[Wrapper], list[Word]]:
    """Split leading wrappers (sudo, env, xargs, ...) off the command they run."""
    wrappers: list[Wrapper] = []
    i = 0
    while i < len(words):
        name = utility_name(words[i].text)
        spec = _WRAPPERS.get(name)
        if spec is None or words[i].expanded:
            break
        short_values, long_values, operands = spec
        j = _skip_options(words, i + 1, short_values, long_values, name)
        if name == "env":
            while j < len(words) and _ASSIGNMENT.match(words[j].text):
                j += 1
        if name == "command" and any(w.text in ("-v", "-V") for w in words[i + 1:j]):
            break  # `command -v x` looks x up instead of running it
        if name in ("sudo", "doas") and any(w.text in ("-e", "--edit", "-l", "--list", "-v", "--validate",
                                                       "-k", "-K") for w in words[i + 1:j]):
            break
        j += operands
        if j >= len(words):
            break  # nothing left to run: the wrapper is the utility itself
        wrappers.append(Wrapper(name, words[i:j]))
        i = j
    return wrappers, words[i:]


def _simple_command(text, words, assignments, redirects, depth) -> SimpleCommand:
    wrappers, argv = _resolve(words)
    command = SimpleCommand(text, words, assignments, redirects, wrappers, argv)
    command.nested = _nested(command, depth)
    return command


def _parse_nested(how: str, text: str, depth: int) -> Nested:
    try:
        return Nested(how, text, _Parser(text, 0, depth + 1).parse_all())
    except ParseError as exc:
        return Nested(how, text, None, exc)


def _nested(command: SimpleCommand, depth: int) -> list[Nested]:
    """The code this command runs from its arguments, where the arguments hold it literally."""
    utility, args = command.utility, command.args
    if not utility:
        return []
    if utility in SHELLS or utility in ("su", "runuser"):
        code = _option_value(args, "-c", "--command" if utility in ("su", "runuser") else None)
        if code is not None and not code.expanded:
            return [_parse_nested(f"{utility} -c", code.text, depth)]
        return []
    if utility == "eval" and args and not any(w.expanded for w in args):
        return [_parse_nested("eval", " ".join(w.text for w in args), depth)]
    if utility == "watch":
        rest = args[_skip_options(args, 0, "nqd", {"--interval", "--differences"}, "watch"):]
        if rest and not any(w.expanded for w in rest):
            return [_parse_nested("watch", " ".join(w.text for w in rest), depth)]
        return []
    if utility == "ssh":
        i = _skip_options(args, 0, "BbcDEeFIiJLlmOopQRSWw", set(), "ssh")
        rest = args[i + 1:]
        if rest and not any(w.expanded for w in rest):
            return [_parse_nested(f"ssh {args[i].text}", " ".join(w.text for w in rest), depth)]
        return []
    if utility == "find":
        return _find_actions(args, depth)
    return []


def _option_value(args: list[Word], short: str, long: str | None) -> Word | None:
    """The word given to `-c` (also inside a bundle such as -lc) or `--command`."""
    letter = short[1]
    for i, word in enumerate(args):
        text = word.text
        if long and (text == long or text.startswith(long + "=")):
            if "=" in text:
                return Word(text, text.split("=", 1)[1], word.start)
            return args[i + 1] if i + 1 < len(args) else None
        if text.startswith("-") and not text.startswith("--") and letter in text[1:]:
            if text.endswith(letter):
                # sh -c CODE: the code is the first operand after the options, wherever -c stands
                for candidate in args[i + 1:]:
                    if not candidate.text.startswith("-") or candidate.text == "-":
                        return candidate
                return None
            if short == "-c" and long:
                return Word(text, text[text.index(letter) + 1:], word.start)
    return None


_FIND_GLOBALS = ("-H", "-L", "-P")


def find_paths(args: list[Word]) -> list[Word]:
    """The starting points of a `find` command (the words before its first expression)."""
    paths = []
    for word in args:
        text = word.text
        if text in _FIND_GLOBALS or text.startswith(("-D", "-O")) and not paths:
            continue
        if text.startswith("-") or text in ("(", "!", ")", ","):
            break
        paths.append(word)
    return paths


def _find_actions(args: list[Word], depth: int) -> list[Nested]:
    found = []
    i = 0
    while i < len(args):
        action = args[i].text
        if action in ("-exec", "-execdir", "-ok", "-okdir"):
            end = i + 1
            while end < len(args) and args[end].text not in (";", "+"):
                end += 1
            words = args[i + 1:end]
            if words:
                text = " ".join(w.raw for w in words)
                command = _simple_command(text, words, [], [], depth + 1)
                script = Script([Pipeline([command])], [""])
                found.append(Nested(f"find {action}", text, script))
            i = end
        i += 1
    return found


# ---------------------------------------------------------------------------------------------------
# Walking the tree


@dataclass(frozen=True)
class Context:
    """How a command is reached: the constructs around it, outermost first."""

    path: tuple[str, ...] = ()
    privileged: bool = False
    find: "SimpleCommand | None" = None  # inside find -exec: the find whose results `{}` stands for

    def inside(self, what: str, find: "SimpleCommand | None" = None) -> "Context":
        return Context(self.path + (what,), self.privileged, find or self.find)


def iter_pipelines(script: Script, context: Context = Context()) -> Iterator[tuple[Pipeline, Context]]:
    """Every pipeline in the script, nested ones (substitutions, bodies, sh -c, find -exec) included."""
    for pipeline in script.pipelines:
        yield pipeline, context
        for command in pipeline.commands:
            yield from _iter_command(command, context)


def command_context(command: SimpleCommand, context: Context) -> Context:
    """The context a command itself runs in: privileged once a wrapper such as sudo runs it."""
    if not context.privileged and any(w.name in PRIVILEGED for w in command.wrappers):
        return replace(context, privileged=True)
    return context


def _iter_command(command: Command, context: Context) -> Iterator[tuple[Pipeline, Context]]:
    if isinstance(command, FunctionDef):
        yield from _iter_command(command.body, context.inside(f"function {command.name}"))
        words = [r.target for r in command.redirects]
    elif isinstance(command, Compound):
        for body in command.bodies:
            yield from iter_pipelines(body, context.inside(command.kind))
        words = command.words + [r.target for r in command.redirects]
    else:
        # substitutions run in the calling shell, so they do not inherit this command's sudo
        words = command.assignments + command.words + [r.target for r in command.redirects]
        own = command_context(command, context)
        for nested in command.nested:
            if nested.script is not None:
                finder = command if nested.how.startswith("find ") else None
                yield from iter_pipelines(nested.script, own.inside(nested.how, finder))
    for word in words:
        for script in word.substitutions:
            yield from iter_pipelines(script, context.inside("substitution"))


def iter_commands(script: Script) -> Iterator[tuple[SimpleCommand, Context]]:
    """Every simple command in the script, with the context it runs in."""
    for pipeline, context in iter_pipelines(script):
        for command in pipeline.commands:
            if isinstance(command, SimpleCommand):
                yield command, command_context(command, context)


def iter_functions(script: Script) -> Iterator[FunctionDef]:
    for pipeline, _ in iter_pipelines(script):
        for command in pipeline.commands:
            if isinstance(command, FunctionDef):
                yield command


def quote_at(command: str, end: int) -> str | None:
    """The quote character that is open at position `end` of `command`, if any."""
    quote = None
    index = 0
    while index < end:
        char = command[index]
        if quote == "'":
            if char == "'":
                quote = None
        elif char == "\\":
            index += 1
        elif quote == '"':
            if char == '"':
                quote = None
        elif char in "'\"":
            quote = char
        index += 1
    return quote
