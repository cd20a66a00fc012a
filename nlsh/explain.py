"""What a shell command does, part by part, and how risky it is. Nothing in the command is run.

Descriptions come from the glossary nlsh ships (nlsh/data/glossary.json, built by
`python -m training.glossary` from tldr pages and our core set) and from the local system: the whatis
line (`man -f`), the man page, or `UTILITY --help` where the glossary lacks an option. `--help` runs the
installed utility with that one argument, under a short timeout, and never for a command judged
dangerous, a program given by path, or a utility that might not honour it. A part nothing knows is
reported as unknown; nothing is made up.
"""

from __future__ import annotations

import functools
import json
import os
import re
import shutil
import subprocess
from dataclasses import dataclass, field
from importlib import resources

from nlsh import shellparse
from nlsh.errors import InputError, NlshError
from nlsh.risk import DANGER, Assessment, assess
from nlsh.shellparse import Compound, FunctionDef, ParseError, Script, SimpleCommand, Word

MAX_COMMAND_CHARS = 10_000
SYSTEM_TIMEOUT_S = 2.0

# How far explain may look beyond the glossary: not at all, read-only lookups (whatis, man pages),
# or also `UTILITY --help`.
OFFLINE, READ_ONLY, MAY_RUN = 0, 1, 2

GLOSSARY = "glossary"
MAN = "man"
HELP = "--help"
SHELL = "shell"

# Utilities whose `--help` might not be honoured, or that act before reading their options.
_NEVER_RUN = frozenset("""shutdown reboot poweroff halt init telinit kill killall killall5 pkill dd shred wipefs
    fdisk sfdisk gdisk sgdisk cfdisk parted blkdiscard mke2fs mkswap mkdosfs mkntfs crontab su sudo doas pkexec
    runuser login passwd yes sh bash zsh dash ksh mksh ash fish csh tcsh busybox""".split())

# Shell builtins and syntax our glossary has no page for, in our own words.
_BUILTINS = {
    ":": "does nothing and succeeds (the null command)",
    ".": "runs the commands in a file in the current shell (same as `source`)",
    "[[": "tests a condition (bash's extended test)",
    "true": "does nothing and succeeds",
    "false": "does nothing and fails",
}
_REDIRECTIONS = {
    ">": "writes {stream} to {target}, replacing what the file held",
    ">|": "writes {stream} to {target}, replacing it even when noclobber is set",
    ">>": "appends {stream} to {target}",
    "&>": "writes output and errors to {target}, replacing what the file held",
    "&>>": "appends output and errors to {target}",
    "<": "reads input from {target}",
    "<>": "opens {target} for reading and writing as {stream}",
    "<<": "feeds the lines that follow, up to {target}, as input (a here-document)",
    "<<-": "feeds the lines that follow, up to {target}, as input (a here-document)",
    "<<<": "feeds the word {target} as input (a here-string)",
    "<&": "reads input from descriptor {target}",
}
_STREAMS = {0: "input", 1: "output", 2: "errors"}
_SEPARATORS = {
    "|": "`|` sends the output of the command before it into the next one",
    "|&": "`|&` sends output and errors of the command before it into the next one",
    "&&": "`&&` runs the next command only if the one before it succeeded",
    "||": "`||` runs the next command only if the one before it failed",
    ";": "`;` runs commands one after another",
    "&": "`&` runs the command before it in the background",
    "!": "`!` inverts the exit status of the pipeline after it",
}
_CONSTRUCTS = {
    "( )": "`( ... )` runs commands in a subshell: changes such as cd stay inside it",
    "{ }": "`{ ...; }` groups commands in the current shell",
    "if": "`if ... then ... fi` runs a block only when a test succeeds",
    "while": "`while ... do ... done` repeats a block while a test succeeds",
    "until": "`until ... do ... done` repeats a block until a test succeeds",
    "for": "`for ... do ... done` runs a block once for each value",
    "select": "`select ... do ... done` asks the user to pick from a menu, then runs the block",
    "case": "`case ... esac` runs the block whose pattern matches",
    "(( ))": "`(( ... ))` evaluates arithmetic",
    "$( )": "`$( ... )` (or backquotes) runs a command and puts its output in its place",
    "<( )": "`<( ... )` passes a command's output as if it were a file",
    "function": "`name() { ...; }` defines a shell function",
}
_CONTEXTS = {
    "substitution": "inside a substitution",
    "( )": "inside a subshell",
    "{ }": "inside a group",
    "if": "inside an if",
    "while": "inside a while loop",
    "until": "inside an until loop",
    "for": "inside a for loop",
    "select": "inside a select menu",
    "case": "inside a case",
}


@dataclass
class Item:
    """One piece of a simple command: wrapper, utility, option, argument, assignment or redirection."""

    text: str
    kind: str
    description: str | None = None
    source: str | None = None
    names: list[str] = field(default_factory=list)  # every spelling of an option that means the same
    bundle: str | None = None  # the word an option letter was split from (`-xzvf`)

    def to_dict(self) -> dict:
        data = {"text": self.text, "kind": self.kind, "description": self.description, "source": self.source}
        if self.names:
            data["names"] = self.names
        if self.bundle:
            data["from"] = self.bundle
        return data


@dataclass
class Part:
    """One simple command of the line, with where it sits (pipeline step, substitution, loop ...)."""

    text: str
    context: list[str]
    items: list[Item]

    def to_dict(self) -> dict:
        return {"text": self.text, "context": self.context, "items": [i.to_dict() for i in self.items]}


@dataclass
class Explanation:
    command: str
    parts: list[Part]
    syntax: list[str]
    risk: Assessment
    error: str | None = None

    @property
    def unknown(self) -> list[str]:
        """Utilities nothing could describe."""
        return [i.text for p in self.parts for i in p.items if i.kind == "utility" and i.description is None]

    def to_dict(self) -> dict:
        data = {"command": self.command, "parts": [p.to_dict() for p in self.parts], "syntax": self.syntax,
                "risk": self.risk.level, "reasons": list(self.risk.reasons)}
        if self.error:
            data["error"] = self.error
        return data

    def render(self) -> str:
        lines = []
        if self.error:
            lines.append(f"cannot parse this command: {self.error}")
        for part in self.parts:
            where = f"  ({'; '.join(part.context)})" if part.context else ""
            lines.append(f"{part.text}{where}")
            width = min(24, max((len(_label(i)) for i in part.items), default=0))
            head_seen = False
            for item in part.items:
                head = item.kind in ("utility", "wrapper") or item.kind == "assignment" and not head_seen
                head_seen = head_seen or item.kind in ("utility", "wrapper")
                indent = "  " if head else "    "
                lines.append(f"{indent}{_label(item).ljust(width)}  {_describe(item)}")
        lines.extend(self.syntax)
        lines.append(f"risk: {self.risk.level}")
        lines.extend(f"  - {reason}" for reason in self.risk.reasons)
        return "\n".join(_printable(line) for line in lines)


def _printable(text: str) -> str:
    """Control characters from the command (newlines, escape sequences) shown escaped, never sent raw
    to the terminal."""
    if text.isprintable():
        return text
    return "".join(c if c.isprintable() else c.encode("unicode_escape").decode("ascii") for c in text)


def _label(item: Item) -> str:
    if item.kind == "option" and len(item.names) > 1:
        return ", ".join(item.names) if item.text in item.names else f"{item.text} ({', '.join(item.names)})"
    return item.text


def _describe(item: Item) -> str:
    if item.description is None:
        if item.kind == "utility":
            return "unknown: no description in nlsh's glossary or on this system"
        return "argument" if item.kind == "argument" else f"unknown {item.kind}"
    via = f"  [{item.source}]" if item.source not in (None, SHELL) else ""
    return f"{item.description}{via}"


def explain(command: str, *, system: bool = True) -> Explanation:
    """Describe `command` part by part, with its risk; `system=False` keeps to nlsh's own glossary.
    Raises InputError only for empty or oversized text."""
    if not command.strip():
        raise InputError("empty command: give the command to explain, e.g. nlsh explain 'ls -la'")
    if len(command) > MAX_COMMAND_CHARS:
        raise InputError(f"command too long ({len(command)} characters, at most {MAX_COMMAND_CHARS})")
    risk = assess(command)
    try:
        script = shellparse.parse(command)
    except ParseError as exc:
        return Explanation(command, [], [], risk, str(exc))
    lookups = OFFLINE if not system else READ_ONLY if risk.level == DANGER else MAY_RUN
    parts = [_part(cmd, context, lookups) for cmd, context in _commands_in_order(script)]
    return Explanation(command, parts, _syntax(script), risk)


# ---------------------------------------------------------------------------------------------------
# Walking the command


def _commands_in_order(script: Script):
    """Each simple command, with a readable context (pipeline step, substitution, loop, ...)."""
    for pipeline, context in shellparse.iter_pipelines(script):
        commands = pipeline.commands
        for index, command in enumerate(commands):
            if not isinstance(command, SimpleCommand):
                continue
            context = shellparse.command_context(command, context)
            where = [_CONTEXTS.get(p) or _nested_context(p) for p in context.path if p]
            if context.privileged:
                where.append("as root")
            if len(commands) > 1:
                where.append(f"step {index + 1} of {len(commands)} in a pipeline")
            yield command, [w for w in where if w]


def _nested_context(path: str) -> str:
    if path.startswith("function "):
        return f"body of {path}"
    if path.startswith("find "):
        return f"run by {path} for each file found"
    return f"run by {path}"


def _syntax(script: Script) -> list[str]:
    """One line for each piece of shell syntax the command uses, in a fixed order."""
    used: set[str] = set()
    for pipeline, _ in shellparse.iter_pipelines(script):
        if len(pipeline.commands) > 1:
            used.add("|")
        if pipeline.negated:
            used.add("!")
        for command in pipeline.commands:
            if isinstance(command, FunctionDef):
                used.add("function")
            elif isinstance(command, Compound):
                used.add(command.kind)
            else:
                for word in command.assignments + command.words:
                    if word.substitutions:
                        used.add("<( )" if word.raw[:2] in ("<(", ">(") else "$( )")
    for inner in _scripts(script):
        for separator in inner.separators:
            if separator in ("&&", "||", "&") or separator == ";" and len(inner.pipelines) > 1:
                used.add(separator)
    order = list(_SEPARATORS) + list(_CONSTRUCTS)
    return [(_SEPARATORS | _CONSTRUCTS)[key] for key in order if key in used]


def _scripts(script: Script):
    yield script
    for pipeline, _ in shellparse.iter_pipelines(script):
        for command in pipeline.commands:
            if isinstance(command, Compound):
                yield from command.bodies
            elif isinstance(command, FunctionDef) and isinstance(command.body, Compound):
                yield from command.body.bodies
            if isinstance(command, SimpleCommand):
                for word in command.words:
                    yield from word.substitutions
                for nested in command.nested:
                    if nested.script is not None:
                        yield nested.script


# ---------------------------------------------------------------------------------------------------
# Describing one simple command


def _part(command: SimpleCommand, context: list[str], lookups: int) -> Part:
    items: list[Item] = []
    for word in command.assignments:
        name = word.text.split("=", 1)[0].rstrip("+")
        scope = "for this command" if command.words else "in the current shell"
        items.append(Item(word.raw, "assignment", f"sets the variable {name} {scope}", SHELL))
    for wrapper in command.wrappers:
        items.extend(_utility_items(wrapper.name, wrapper.words[1:], lookups, "wrapper"))
    if command.argv:
        program = command.argv[0].text
        if "/" in program:
            lookups = min(lookups, READ_ONLY)  # a program given by path may be the user's script: never run it
        items.extend(_utility_items(program, command.args, lookups, "utility"))
    for redirect in command.redirects:
        items.append(_redirect_item(redirect))
    return Part(command.text, context, items)


def _utility_items(program: str, args: list[Word], lookups: int, kind: str) -> list[Item]:
    name = shellparse.utility_name(program)
    key, args = _glossary_key(name, args)
    entry = _entry(key)
    head = Item(program, kind, *_utility_description(name, key, entry, lookups))
    if key != name:
        head.text = f"{program} {key.split(' ', 1)[1]}"
    items = [head]
    ended = False
    for index, word in enumerate(args):
        text = word.text
        if name == "env" and not ended and re.match(r"[A-Za-z_]\w*=", text):
            variable = text.split("=", 1)[0]
            items.append(Item(word.raw, "assignment", f"sets the variable {variable} for the command", SHELL))
            continue
        if ended or not _looks_like_option(name, index, word):
            items.append(_argument_item(name, word))
            continue
        if text == "--":
            ended = True
            items.append(Item("--", "option", "ends the options: what follows are arguments", SHELL))
            continue
        items.extend(_option_items(name, key, entry, word, index, lookups))
    return items


def _looks_like_option(name: str, index: int, word: Word) -> bool:
    text = word.text
    if text.startswith("-") and len(text) > 1:
        return True
    if name == "tar" and index == 0 and text.isalpha():
        return True
    return name == "dd" and re.fullmatch(r"[a-z]+=.*", text) is not None


def _argument_item(name: str, word: Word) -> Item:
    text = word.text
    if name == "find" and text == "{}":
        return Item(word.raw, "argument", "replaced by each path that find found", SHELL)
    if name == "find" and text in (";", "+") and word.quoted:
        return Item(word.raw, "argument", "ends the command given to -exec", SHELL)
    placeholder = re.fullmatch(r"\{\{([a-z0-9_]+)\}\}", text)
    if placeholder:
        return Item(word.raw, "argument", f"placeholder: fill in the {placeholder.group(1).replace('_', ' ')}",
                    SHELL)
    if word.substitutions:
        return Item(word.raw, "argument", "replaced by the output of the command inside", SHELL)
    if word.expanded:
        return Item(word.raw, "argument", "expanded by the shell when the command runs", SHELL)
    if word.glob:
        return Item(word.raw, "argument", "a pattern the shell expands to the matching file names", SHELL)
    return Item(word.raw, "argument")


def _option_items(name: str, key: str, entry: dict | None, word: Word, index: int,
                  lookups: int) -> list[Item]:
    text = word.text
    if name == "tar" and index == 0 and not text.startswith("-"):
        text = "-" + text
    if text.startswith("--") or name == "dd":
        spelled = text.split("=", 1)[0] + ("=" if name == "dd" else "")
        found = _lookup(name, key, entry, text, lookups) or _lookup(name, key, entry, spelled, lookups)
        return [Item(word.raw, "option", *found) if found else Item(word.raw, "option")]
    letters = text[1:]
    whole = _lookup(name, key, entry, text, lookups) if len(letters) > 1 else None
    split = _split_bundle(name, key, entry, letters, lookups) if len(letters) > 1 else None
    if split is not None and (whole is None or all(i.kind == "option" for i in split)):
        for item in split:
            item.bundle = word.raw
        return split
    if whole is None and len(letters) == 1:
        whole = _lookup(name, key, entry, text, lookups)
    if whole:
        return [Item(word.raw, "option", *whole)]
    return [Item(word.raw, "option")]


def _split_bundle(name, key, entry, letters: str, lookups: int) -> list[Item] | None:
    """`-xzvf` as -x -z -v -f, and `-n5` or `-k2,2n` as an option with its value attached; None when
    the first letter is no known option."""
    items: list[Item] = []
    for position, letter in enumerate(letters):
        # after an option letter, digits are its value (-n5), never options of their own
        usable = letter.isalpha() or letter.isdigit() and not items
        found = _lookup(name, key, entry, "-" + letter, lookups) if usable else None
        if found is None:
            if not items:
                return None
            rest = letters[position:]
            items.append(Item(rest, "value", f"value for {items[-1].text}", SHELL))
            break
        items.append(Item("-" + letter, "option", *found))
    return items


def _lookup(name: str, key: str, entry: dict | None, spelling: str, lookups: int):
    """(description, source, names) of an option, from the glossary, else from the system."""
    flags = _flag_index(key)
    record = flags.get(spelling)
    if record is not None:
        names, text, word = record
        example = entry["texts"][text]
        description = f"{word} (as in: {example})" if word else f"as in: {example}"
        return description, GLOSSARY, names
    docs = _system_options(name, key, lookups)
    if spelling in docs:
        names, description, source = docs[spelling]
        return description, source, names
    return None


def _redirect_item(redirect: shellparse.Redirect) -> Item:
    fd = redirect.fd if redirect.fd is not None else 0 if redirect.op[0] == "<" else 1
    stream = _STREAMS.get(fd, f"descriptor {fd}")
    target = redirect.target.text
    op = redirect.op
    if op == ">&" and target == "-":
        description = f"closes {stream}"
    elif op == ">&" and shellparse.is_descriptor(target):
        description = f"sends {stream} to the same place as {_STREAMS.get(int(target), 'descriptor ' + target)}"
    else:
        # `>&file` is bash's older spelling of `&>file`
        description = _REDIRECTIONS["&>" if op == ">&" else op].format(stream=stream, target=target)
    return Item(redirect.raw, "redirection", description, SHELL)


# ---------------------------------------------------------------------------------------------------
# The glossary


@functools.lru_cache(maxsize=1)
def _glossary() -> dict:
    try:
        text = resources.files("nlsh").joinpath("data/glossary.json").read_text(encoding="utf-8")
        return json.loads(text)["utilities"]
    except (OSError, ValueError, KeyError) as exc:
        raise NlshError(f"nlsh's glossary is missing or damaged ({exc.__class__.__name__}): reinstall nlsh") \
            from None


def _entry(key: str) -> dict | None:
    return _glossary().get(key)


def _glossary_key(name: str, args: list[Word]) -> tuple[str, list[Word]]:
    """`git push ...` is described by the `git push` entry when the glossary has one."""
    if args and not args[0].text.startswith("-"):
        key = f"{name} {args[0].text}"
        if key in _glossary():
            return key, args[1:]
    return name, args


@functools.lru_cache(maxsize=256)
def _flag_index(key: str) -> dict:
    entry = _entry(key)
    index: dict = {}
    for record in entry["flags"] if entry else ():
        value = (record["names"], record["text"], record.get("word"))
        for spelling in record["names"]:
            index.setdefault(spelling, value)
    return index


def _utility_description(name: str, key: str, entry: dict | None, lookups: int) -> tuple[str | None, str | None]:
    """The whatis line where the system has one (it describes the utility, not one use of it), with the
    glossary's most common use; else whichever of the two exists."""
    whatis = _whatis(key.replace(" ", "-")) if lookups != OFFLINE else None
    example = entry["summary"] if entry else None
    if whatis and example:
        return f"{whatis}; e.g. {example}", f"{MAN}, {GLOSSARY}"
    if whatis:
        return whatis, MAN
    if example:
        return f"e.g. {example}", GLOSSARY
    if name in _BUILTINS:
        return _BUILTINS[name], SHELL
    return None, None


# ---------------------------------------------------------------------------------------------------
# The local system: read-only lookups, and `--help` under the rules in the module docstring

_SYSTEM_ENV = {"LC_ALL": "C", "LANG": "C", "MANPAGER": "cat", "PAGER": "cat", "GIT_PAGER": "cat",
               "MANWIDTH": "160", "TERM": "dumb", "GROFF_NO_SGR": "1"}


def _run(argv: list[str]) -> str:
    """Output of a lookup command, or "" when it is missing, fails or takes too long."""
    env = dict(os.environ, **_SYSTEM_ENV)
    try:
        done = subprocess.run(argv, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                              env=env, timeout=SYSTEM_TIMEOUT_S, check=False)
    except (OSError, subprocess.SubprocessError, ValueError):
        return ""
    return re.sub(r".\x08", "", done.stdout[:500_000].decode("utf-8", "replace"))


@functools.lru_cache(maxsize=256)
def _whatis(page: str) -> str | None:
    if not _safe_name(page) or shutil.which("man") is None:
        return None
    for line in _run(["man", "-f", page]).splitlines():
        match = re.match(r"(\S+)(?:, \S+)* \((\d\w*)\)\s+- (.+)", line.strip())
        if match and match.group(1) == page and match.group(2)[0] in "168":
            return match.group(3).strip()
    return None


@functools.lru_cache(maxsize=64)
def _system_options(name: str, key: str, lookups: int) -> dict:
    """Options documented by `NAME --help` (for plain utilities) or else by the man page."""
    if lookups == OFFLINE or not _safe_name(name):
        return {}
    docs: dict = {}
    runnable = lookups == MAY_RUN and key == name and name not in _NEVER_RUN and not name.startswith("mkfs")
    if runnable and shutil.which(name):
        docs = _option_docs(_run([name, "--help"]), HELP)
    if not docs and shutil.which("man"):
        page = key.replace(" ", "-")
        docs = _option_docs(_run(["man", page]), MAN) if _whatis(page) else {}
    return docs


def _safe_name(name: str) -> bool:
    return re.fullmatch(r"[A-Za-z0-9][\w.+-]*", name) is not None


_OPTION_SPEC = re.compile(r"(?<![\w-])(--?[A-Za-z0-9?][\w-]*|[a-z]+=)")


def _option_docs(text: str, source: str) -> dict:
    """spelling -> (names, first line of description, source) from --help or man page text."""
    docs: dict = {}
    lines = text.splitlines()
    for i, line in enumerate(lines):
        match = re.match(r"(\s*)(-\S.*|[a-z]+=\S*\s.*)$", line)
        if not match or len(match.group(1)) > 16:
            continue
        indent = len(match.group(1))
        pieces = re.split(r"\s{2,}|\t", match.group(2).strip(), maxsplit=1)
        spec, description = pieces[0], pieces[1] if len(pieces) > 1 else ""
        if not description:
            following = next((n for n in lines[i + 1:i + 3] if n.strip()), "")
            if len(following) - len(following.lstrip()) > indent and not following.lstrip().startswith("-"):
                description = following.strip()
        names = _OPTION_SPEC.findall(spec)
        if not description or not names or len(spec) > 80:
            continue
        for spelling in names:
            docs.setdefault(spelling, (names, _first_sentence(description), source))
    return docs


def _first_sentence(text: str, limit: int = 160) -> str:
    text = " ".join(text.split())
    end = text.find(". ")
    if 0 < end < limit:
        text = text[:end]
    elif len(text) > limit:
        text = text[:limit].rsplit(" ", 1)[0] + " ..."
    return text.rstrip(" .;,:")
