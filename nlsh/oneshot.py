"""`nlsh "phrase"`: one round of the REPL, asked as `Run? [y/N/e/?]`, or only printed for scripts."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

import click

from nlsh.config import load as load_config
from nlsh.errors import ExitStatus, InputError

if TYPE_CHECKING:
    from nlsh.repl import Translate


def run_once(phrase: str, *, assume_yes: bool = False, print_only: bool = False,
             translate: Translate | None = None) -> int:
    """Translate `phrase`, then print, ask or (with `assume_yes`) run; returns the exit status.

    `translate` defaults to the resident server's client.
    """
    settings = load_config()  # a broken config stops us before the model is loaded
    if translate is None:
        from nlsh.client import translate
    candidates = translate(phrase, 1)
    if not candidates:
        raise InputError("no command found for that phrase; try other words")
    command = candidates[0]["command"]
    on_terminal = sys.stdin.isatty() and sys.stdout.isatty()
    if print_only or not (on_terminal or assume_yes):
        click.echo(command)
        return ExitStatus.OK

    # prompt_toolkit is imported only here: `--print` in a script stays quick.
    from prompt_toolkit.output import create_output

    from nlsh.repl import Proposal, Repl, run_without_asking

    # The questions and notes go to stderr, so stdout carries only what the command itself prints.
    repl = Repl(translate, settings, source="oneshot", output=create_output(stdout=sys.stderr))
    if assume_yes:
        proposal = Proposal.of(command, repl.shell.cwd)
        if repl.needs_typed_yes(proposal):
            why = "; ".join(proposal.reasons) or proposal.level
            raise InputError(f"--yes refused for a {proposal.level}-level command ({why}): "
                             f"run without --yes to confirm it, or --print it")
        if proposal.placeholders:
            raise InputError(f"--yes cannot fill in {' '.join(proposal.placeholders)}: run without --yes")
        status = repl.converse(phrase, [command], run_without_asking)
    else:
        status = repl.converse(phrase, [command], repl.ask_run)
    return ExitStatus.OK if status is None else status
