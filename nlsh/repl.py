"""The interactive session: a phrase in, a proposed command out, and nothing runs until the person says so.

One round: translate the phrase, show the best command (highlighted, with its risk and how many
alternatives there are), then let the keys in `keybindings` decide: run, edit, next, explain or skip.
The one-shot `nlsh "phrase"` plays the same round with a `Run? [y/N/e/?]` question instead of keys.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

from prompt_toolkit import PromptSession, print_formatted_text
from prompt_toolkit.application import Application
from prompt_toolkit.auto_suggest import AutoSuggestFromHistory
from prompt_toolkit.formatted_text import FormattedText
from prompt_toolkit.history import FileHistory, ThreadedHistory
from prompt_toolkit.layout import Layout, Window
from prompt_toolkit.layout.controls import FormattedTextControl
from prompt_toolkit.styles import Style

from nlsh import history
from nlsh.cli import validate_phrase
from nlsh.config import Config
from nlsh.config import load as load_config
from nlsh.errors import ExitStatus, NlshError
from nlsh.highlight import highlight
from nlsh.keybindings import Action, action_bindings
from nlsh.runner import Shell, cd_argument, fill
from nlsh.tokenize import placeholders

Translate = Callable[[str, int], list[dict]]


@dataclass(frozen=True)
class Proposal:
    """A command as the person is about to judge it."""

    command: str
    level: str
    reasons: list[str]
    placeholders: list[str]

    @classmethod
    def of(cls, command: str, cwd: Path) -> Proposal:
        from nlsh.risk import assess

        assessment = assess(command, cwd=str(cwd))
        return cls(command, assessment.level, list(assessment.reasons), list(dict.fromkeys(placeholders(command))))


class Repl:
    """One person's session: its prompts, its shell (and so its directory) and its log entries."""

    def __init__(self, translate: Translate | None = None, config: Config | None = None, *, input=None,
                 output=None, shell: Shell | None = None, source: str = "repl"):
        if translate is None:
            from nlsh.client import translate
        self.translate = translate
        self.config = config or load_config()
        self.input, self.output = input, output
        self.shell = shell or Shell()
        self.source = source
        self.style = Style.from_dict(self.config.colors)

    @cached_property
    def _sessions(self) -> tuple[PromptSession, PromptSession]:
        """The phrase prompt (with history and suggestions), and a plain one for answers and edits.

        Built on first use: `nlsh --yes` without a terminal never prompts, and must not open one.
        """
        path = history.phrases_path()
        path.parent.mkdir(parents=True, exist_ok=True)
        # Ctrl-Z at a prompt suspends nlsh to the shell, as in any terminal program; `fg` brings it back.
        common = {"style": self.style, "input": self.input, "output": self.output, "enable_suspend": True}
        phrases = PromptSession(history=ThreadedHistory(FileHistory(str(path))),
                                auto_suggest=AutoSuggestFromHistory(), **common)
        # Edits and placeholder values are not phrases: keep them out of the phrase history.
        answers = PromptSession(**common)
        return phrases, answers

    @property
    def session(self) -> PromptSession:
        return self._sessions[0]

    @property
    def answers(self) -> PromptSession:
        return self._sessions[1]

    def run(self) -> int:
        """Prompt until Ctrl-D. Ctrl-C clears the line; no error ends the session."""
        while True:
            try:
                line = self.session.prompt(self._prompt_message())
            except KeyboardInterrupt:
                continue
            except EOFError:
                return ExitStatus.OK
            try:
                self.handle(line)
            except NlshError as exc:
                self.say([("class:failure", f"nlsh: {exc}")])
            except KeyboardInterrupt:
                self.say("")
            except Exception as exc:  # a bug in one round must not take the session, and its cwd, with it
                self.say([("class:failure", f"nlsh: unexpected error: {exc!r}")])

    def _prompt_message(self) -> FormattedText:
        cwd, home = str(self.shell.cwd), os.path.expanduser("~")
        if cwd == home or cwd.startswith(home.rstrip("/") + "/"):
            cwd = "~" + cwd[len(home):]
        return FormattedText([("class:prompt", f"nlsh {cwd}> ")])

    def handle(self, line: str) -> int | None:
        """One line from the prompt; returns the exit status of what ran, None if nothing did."""
        line = line.strip()
        if not line:
            return None
        if line.startswith("!"):
            return self.run_typed(line[1:].strip())
        if cd_argument(line) is not None:
            return self.run_typed(line)
        phrase = validate_phrase(line)
        commands = list(dict.fromkeys(c["command"] for c in self.translate(phrase, self.config.alternatives)))
        if not commands:
            self.say([("class:failure", "nlsh: no command found for that phrase; try other words")])
            return None
        return self.converse(phrase, commands, self.choose)

    def run_typed(self, command: str) -> int | None:
        """A command the person typed: nothing to judge, but placeholders and danger still ask."""
        return self.converse(None, [command], run_without_asking) if command else None

    def converse(self, phrase: str | None, commands: list[str],
                 choose: Callable[[Proposal, int, int], Action]) -> int | None:
        """Show proposals until one runs or the person declines; returns the exit status, None if none ran."""
        index, command, edited = 0, commands[0], False
        while True:
            proposal = Proposal.of(command, self.shell.cwd)
            action = choose(proposal, index, len(commands))
            if action in (Action.NEXT, Action.PREVIOUS):
                index = (index + (1 if action is Action.NEXT else -1)) % len(commands)
                command, edited = commands[index], False
            elif action is Action.EXPLAIN:
                self.explain(command)
            elif action is Action.EDIT:
                changed = (self.ask([("class:hint", "edit> ")], default=command) or "").strip()
                if changed and changed != command:
                    command, edited = changed, True
            elif action is Action.RUN and proposal.placeholders:
                # Filled in, the command goes round again: the person confirms what will really run.
                command = self.ask_values(proposal)
                if command is None:
                    return self.decline(phrase, commands, proposal.command, edited)
            elif action is Action.RUN and (not self.needs_typed_yes(proposal) or self.typed_yes(proposal)):
                return self.execute(phrase, commands, index, command, edited)
            else:
                return self.decline(phrase, commands, command, edited)

    def decline(self, phrase, commands, command, edited) -> None:
        self.say([("class:hint", "not run")])
        self.log(phrase, commands, None, command, edited, "skip", None)

    def choose(self, proposal: Proposal, index: int, count: int) -> Action:
        """The REPL's way to judge a proposal: single keys, from `keybindings`."""
        control = FormattedTextControl(self.card(proposal, index, count), show_cursor=False)
        app = Application(layout=Layout(Window(control, dont_extend_height=True, wrap_lines=True)),
                          key_bindings=action_bindings(), style=self.style, input=self.input,
                          output=self.output, erase_when_done=True)
        return app.run()

    def ask_run(self, proposal: Proposal, index: int, count: int) -> Action:
        """The one-shot's way to judge a proposal: a `Run? [y/N/e/?]` question answered with a line."""
        self.say(self.card(proposal, index, count, keys=False))
        default_yes = self.config.confirm_default == "yes" and proposal.level == "safe"
        question = f"Run? [{'Y/n' if default_yes else 'y/N'}/e/?] "
        while True:
            answer = self.ask(question)
            if answer is None:
                return Action.SKIP
            answer = answer.strip().lower()
            if answer in ("y", "yes") or (not answer and default_yes):
                return Action.RUN
            if answer in ("", "n", "no"):
                return Action.SKIP
            if answer in ("e", "?"):
                return Action.EDIT if answer == "e" else Action.EXPLAIN
            self.say([("class:hint", "answer y (run), n (don't), e (edit) or ? (explain)")])

    def card(self, proposal: Proposal, index: int, count: int, keys: bool = True) -> FormattedText:
        """The proposal on screen: the command, its risk badge, the alternatives, the reasons, the keys."""
        lines = [("", "  "), *highlight(proposal.command), ("", "  "),
                 (f"class:{proposal.level}", f"[{proposal.level}]")]
        if count > 1:
            lines.append(("class:hint", f"  {index + 1} of {count}"))
        for reason in proposal.reasons:
            lines += [("", "\n    "), (f"class:{proposal.level}", reason)]
        if keys:
            run = "Enter run"
            if proposal.placeholders:
                run = "Enter fill in " + " ".join(proposal.placeholders)
            elif self.needs_typed_yes(proposal):
                run = "Enter run (asks you to type yes)"
            alternatives = " · Tab next" if count > 1 else ""
            lines.append(("class:hint", f"\n  {run} · e edit{alternatives} · ? explain · n skip"))
        return FormattedText(lines)

    def needs_typed_yes(self, proposal: Proposal) -> bool:
        return proposal.level == "danger" or (proposal.level == "caution" and self.config.confirm_caution == "yes")

    def typed_yes(self, proposal: Proposal) -> bool:
        """Ask for `yes` spelled out; anything else, Ctrl-C included, means no."""
        for reason in proposal.reasons:
            self.say([(f"class:{proposal.level}", f"  {reason}")])
        answer = self.ask([(f"class:{proposal.level}", f"{proposal.level}: "),
                           ("", "type yes to run "), *highlight(proposal.command), ("", ": ")])
        return (answer or "").strip().lower() == "yes"

    def ask_values(self, proposal: Proposal) -> str | None:
        """Ask a value for each placeholder; None if one is left empty or cancelled."""
        values = {}
        for name in proposal.placeholders:
            value = self.ask([("class:placeholder", name), ("", " = ")])
            if not value:
                return None
            values[name] = value
        return fill(proposal.command, values)

    def explain(self, command: str) -> None:
        from nlsh.explain import explain

        self.say(explain(command).render())

    def execute(self, phrase: str | None, commands: list[str], index: int | None, command: str,
                edited: bool) -> int:
        """Run a confirmed command, show its exit status, log it; returns the status."""
        cwd = self.shell.cwd
        self.say([("class:hint", "$ "), *highlight(command)])
        try:
            status = self.shell.run(command)
        except NlshError as exc:
            self.say([("class:failure", f"nlsh: {exc}")])
            status = int(ExitStatus.FAILURE)
        note = " (interrupted)" if status == ExitStatus.INTERRUPTED else ""
        self.say([("class:hint" if status == 0 else "class:failure", f"[exit {status}{note}]")])
        self.log(phrase, commands, index, command, edited, "run", status, cwd)
        return status

    def log(self, phrase, commands, index, command, edited, action, status, cwd: Path | None = None):
        history.append({"source": self.source, "cwd": str(cwd or self.shell.cwd), "phrase": phrase,
                        "proposed": commands, "chosen": index, "command": command, "edited": edited,
                        "action": action, "exit_status": status}, keep=self.config.history_limit)

    def ask(self, message, default: str = "") -> str | None:
        """A line from the person; None for Ctrl-C or Ctrl-D."""
        try:
            return self.answers.prompt(message, default=default)
        except (KeyboardInterrupt, EOFError):
            return None

    def say(self, text: str | list[tuple[str, str]]) -> None:
        """Print a line of plain text or of (style, text) fragments."""
        text = FormattedText(text) if isinstance(text, list) else text
        print_formatted_text(text, style=self.style, output=self.output)


def run_without_asking(proposal: Proposal, index: int, count: int) -> Action:
    """For a command already chosen (a `!` line, `nlsh --yes`): only placeholders and danger still ask."""
    return Action.RUN
