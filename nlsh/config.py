"""The user's settings, read from `config.toml` in the config dir; every setting has a default.

    alternatives = 3          # candidates the REPL offers (Tab cycles through them)
    key_binding = "ctrl-g"    # the shell hook's key (`nlsh init`)
    idle_timeout = 1800       # seconds the resident server waits for a request before exiting
    history_limit = 10000     # entries log.jsonl keeps; past it the oldest go (0 keeps all)

    [confirm]
    default = "no"            # a bare Enter at the one-shot's `Run?` for a safe command: "no" or "yes"
    caution = "enter"         # what a caution-level command needs: "enter", or "yes" typed out

    [colors]                  # prompt_toolkit style strings, e.g. "ansired bold", "#ff8800 underline"
    command = "bold"

Danger-level commands always need `yes` typed out; no setting changes that.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from nlsh import paths
from nlsh.errors import ConfigError

DEFAULT_COLORS = {
    "prompt": "ansiblue bold",
    "command": "bold",
    "option": "ansiyellow",
    "string": "ansigreen",
    "argument": "",
    "operator": "ansimagenta",
    "variable": "ansicyan",
    "placeholder": "reverse",
    "safe": "ansigreen",
    "caution": "ansiyellow bold",
    "danger": "ansired bold",
    "hint": "ansibrightblack",
    "failure": "ansired",
}

_KEY_PATTERN = re.compile(r"(ctrl|alt)-[a-z]")


@dataclass(frozen=True)
class Config:
    alternatives: int = 3
    key_binding: str = "ctrl-g"
    idle_timeout: int = 1800
    history_limit: int = 10_000
    confirm_default: str = "no"
    confirm_caution: str = "enter"
    colors: dict[str, str] = field(default_factory=lambda: dict(DEFAULT_COLORS))

    def shell_key(self, shell: str) -> str:
        """`key_binding` in the key syntax of `shell` (readline's for bash, bindkey's for zsh)."""
        modifier, letter = self.key_binding.split("-")
        if shell == "zsh":
            return f"^{letter.upper()}" if modifier == "ctrl" else f"^[{letter}"
        return f"\\C-{letter}" if modifier == "ctrl" else f"\\e{letter}"


def config_path() -> Path:
    return paths.config_dir() / "config.toml"


def load(path: Path | None = None) -> Config:
    """The settings in `path` (default: the user's config file) over the defaults; no file, all defaults."""
    path = path or config_path()
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return Config()
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"cannot read {path}: {exc}") from None
    try:
        table = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: {_located(str(exc))}") from None
    return _Reader(path, text).config(table)


def _located(message: str) -> str:
    """tomllib's "problem (at line 3, column 5)" turned around, so the line comes first."""
    match = re.search(r"\s*\(at line (\d+), column \d+\)$", message)
    if not match:
        return message
    return f"line {match.group(1)}: {message[:match.start()]}"


class _Reader:
    """Checks each setting's type and range, and names the line of the first one that is wrong."""

    def __init__(self, path: Path, text: str):
        self.path = path
        self.lines = text.splitlines()

    def config(self, table: dict) -> Config:
        self._known(table, None, {"alternatives", "key_binding", "idle_timeout", "history_limit", "confirm",
                                 "colors"})
        confirm = self._table(table, "confirm")
        self._known(confirm, "confirm", {"default", "caution"})
        colors = self._table(table, "colors")
        self._known(colors, "colors", set(DEFAULT_COLORS))
        defaults = Config()
        return Config(
            alternatives=self._integer(table, None, "alternatives", defaults.alternatives, 1, 10),
            key_binding=self._key(table),
            idle_timeout=self._integer(table, None, "idle_timeout", defaults.idle_timeout, 1, 7 * 24 * 3600),
            history_limit=self._integer(table, None, "history_limit", defaults.history_limit, 0, 10_000_000),
            confirm_default=self._choice(confirm, "confirm", "default", defaults.confirm_default, ("no", "yes")),
            confirm_caution=self._choice(confirm, "confirm", "caution", defaults.confirm_caution,
                                         ("enter", "yes")),
            colors={**DEFAULT_COLORS, **{name: self._style(colors, name) for name in colors}},
        )

    def _error(self, section: str | None, key: str, problem: str) -> ConfigError:
        return ConfigError(f"{self.path}: line {self._line_of(section, key)}: {problem}")

    def _line_of(self, section: str | None, key: str) -> int:
        """The line that sets `key` in `[section]`, found by scanning: tomllib keeps no positions."""
        current = None
        key_line = re.compile(rf"\s*(\"{re.escape(key)}\"|'{re.escape(key)}'|{re.escape(key)})\s*[=.]")
        for number, line in enumerate(self.lines, start=1):
            header = re.match(r"\s*\[\s*([^\]]+?)\s*\]", line)
            if header:
                current = header.group(1).strip("\"'")
                if section is None and current == key:
                    return number
            elif current == section and key_line.match(line):
                return number
        # An inline table or dotted key: point at the line that names the section instead.
        return self._line_of(None, section) if section else 1

    def _known(self, table: dict, section: str | None, names: set[str]) -> None:
        for key in table:
            if key not in names:
                where = f"[{section}]" if section else "the top level"
                raise self._error(section, key, f"unknown setting {key!r} in {where}; known: "
                                                f"{', '.join(sorted(names))}")

    def _table(self, table: dict, name: str) -> dict:
        value = table.get(name, {})
        if not isinstance(value, dict):
            raise self._error(None, name, f"{name!r} must be a table, written [{name}]")
        return value

    def _integer(self, table, section, key, default, low, high) -> int:
        value = table.get(key, default)
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            raise self._error(section, key, f"{key} must be a whole number from {low} to {high}, got {value!r}")
        return value

    def _choice(self, table, section, key, default, choices) -> str:
        value = table.get(key, default)
        if value not in choices:
            raise self._error(section, key, f"{key} must be one of {', '.join(map(repr, choices))}, got {value!r}")
        return value

    def _key(self, table) -> str:
        value = table.get("key_binding", Config().key_binding)
        if not isinstance(value, str) or not _KEY_PATTERN.fullmatch(value.lower()):
            raise self._error(None, "key_binding",
                              f"key_binding must look like \"ctrl-g\" or \"alt-g\", got {value!r}")
        return value.lower()

    def _style(self, colors: dict, name: str) -> str:
        from prompt_toolkit.styles import Style

        value = colors[name]
        try:
            if not isinstance(value, str):
                raise ValueError("not a string")
            Style([("x", value)])
        except ValueError as exc:
            raise self._error("colors", name, f"color {name}: {value!r} is not a style ({exc})") from None
        return value
