"""The `nlsh` command: option parsing and printing only; the work happens in the modules it calls."""

from __future__ import annotations

import json
import os
import sys

import click

from nlsh import __version__
from nlsh.errors import ExitStatus, InputError, NlshError, ServerError

MAX_PHRASE_CHARS = 1000


def validate_phrase(phrase: str) -> str:
    """The checks every front end applies to a phrase before it reaches the model."""
    phrase = phrase.strip()
    if not phrase:
        raise InputError("empty phrase: type what you want to do, e.g. 'list files by size'")
    if len(phrase) > MAX_PHRASE_CHARS:
        raise InputError(f"phrase too long ({len(phrase)} characters, at most {MAX_PHRASE_CHARS})")
    if "\x00" in phrase:
        raise InputError("phrase contains a NUL byte")
    return phrase


ONE_SHOT_FLAGS = ("-y", "--yes", "-p", "--print")


class NlshGroup(click.Group):
    """Turns every NlshError into one line on stderr and its exit status, never a traceback."""

    def parse_args(self, ctx, args):
        # `nlsh list big files` is one round of the REPL: the words from the first one that is not a
        # subcommand make the phrase, and the one-shot flags may come before or after it.
        words = [arg for arg in args if not arg.startswith("-")]
        if words and words[0] not in self.commands:
            start = args.index(words[0])
            ctx.meta["nlsh.phrase"] = [arg for arg in args[start:] if arg not in ONE_SHOT_FLAGS]
            args = args[:start] + [arg for arg in args[start:] if arg in ONE_SHOT_FLAGS]
        return super().parse_args(ctx, args)

    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except NlshError as exc:
            click.echo(f"nlsh: {exc}", err=True)
            ctx.exit(int(exc.exit_status))
        except KeyboardInterrupt:
            click.echo("", err=True)
            ctx.exit(int(ExitStatus.INTERRUPTED))


@click.group(cls=NlshGroup, context_settings={"help_option_names": ["-h", "--help"]},
             invoke_without_command=True, subcommand_metavar="[PHRASE]... | COMMAND [ARGS]...")
@click.version_option(__version__, prog_name="nlsh")
@click.option("-y", "--yes", "assume_yes", is_flag=True,
              help="With a PHRASE: run the command without asking (refused for danger-level commands).")
@click.option("-p", "--print", "print_only", is_flag=True, help="With a PHRASE: only print the command.")
@click.pass_context
def cli(ctx, assume_yes, print_only):
    """Turn what you want to do, in plain words, into a shell command. Offline.

    With no arguments, opens an interactive session; `nlsh "list big files"` proposes one command and
    asks before running it (without a terminal it only prints it).
    """
    if ctx.invoked_subcommand is not None:
        return
    phrase = ctx.meta.get("nlsh.phrase")
    if phrase:
        from nlsh.oneshot import run_once

        ctx.exit(run_once(validate_phrase(" ".join(phrase)), assume_yes=assume_yes, print_only=print_only))
    if assume_yes or print_only:
        raise InputError("--yes and --print need a PHRASE, e.g. nlsh --print 'list big files'")
    if not (sys.stdin.isatty() and sys.stdout.isatty()):
        raise InputError("the interactive session needs a terminal; pass a PHRASE or use `nlsh translate`")
    from nlsh.repl import Repl

    ctx.exit(Repl().run())


@cli.command()
@click.argument("phrase", nargs=-1)
@click.option("-k", "--candidates", "k", default=1, show_default=True, type=click.IntRange(1, 20),
              help="How many alternative commands to return, best first.")
@click.option("--json", "as_json", is_flag=True,
              help="One JSON line per phrase; with no PHRASE, read phrases from stdin, one per line.")
@click.option("--model", "model_dir", type=click.Path(file_okay=False), default=None,
              help="Translate in-process with this model directory instead of asking the server.")
def translate(phrase, k, as_json, model_dir):
    """Translate PHRASE (or each line of stdin) into shell commands."""
    from nlsh import client

    if phrase:
        phrases = [" ".join(phrase)]
    elif not sys.stdin.isatty():
        phrases = _stdin_lines()
    else:
        raise InputError("no phrase given: pass one as an argument or pipe phrases on stdin")

    failed = False
    for raw in phrases:
        try:
            if isinstance(raw, bytes):
                raise InputError("phrase is not valid UTF-8 text")
            text = validate_phrase(raw)
            candidates = client.translate(text, k, model_dir)
        except InputError as exc:
            failed = True
            if not as_json:
                click.echo(f"nlsh: {exc}", err=True)
                continue
            click.echo(json.dumps({"query": raw if isinstance(raw, str) else repr(raw), "error": str(exc),
                                   "candidates": []}), nl=True)
            sys.stdout.flush()
            continue
        if as_json:
            click.echo(json.dumps({"query": text, "candidates": candidates}, ensure_ascii=False))
            sys.stdout.flush()
        elif not candidates:
            failed = True
            click.echo(f"nlsh: no command found for {text!r}; try other words", err=True)
        else:
            for candidate in candidates:
                click.echo(candidate["command"])
    if failed and phrase:
        sys.exit(int(ExitStatus.USAGE))


@cli.command(context_settings={"ignore_unknown_options": True, "allow_interspersed_args": False},
             short_help="Explain a command part by part and rate its risk.")
@click.option("--json", "as_json", is_flag=True, help="Print the explanation as one JSON object.")
@click.option("--glossary-only", is_flag=True,
              help="Use only nlsh's own glossary: no man pages, no `UTILITY --help`.")
@click.argument("command", nargs=-1, required=True, type=click.UNPROCESSED)
def explain(command, as_json, glossary_only):
    """Explain COMMAND part by part and judge how risky it is; nothing is run.

    Quote the command so it arrives whole: nlsh explain 'tar -xzvf backup.tar.gz -C /opt'
    """
    import shlex

    from nlsh.explain import explain as explain_command

    result = explain_command(command[0] if len(command) == 1 else shlex.join(command), system=not glossary_only)
    if as_json:
        click.echo(json.dumps(result.to_dict(), ensure_ascii=False))
        if result.error:
            sys.exit(int(ExitStatus.USAGE))
    elif result.error:
        raise InputError(f"cannot explain: {result.error}; risk: {result.risk.level}")
    else:
        click.echo(result.render())


@cli.group(short_help="Start, stop or check the resident translator.")
def server():
    """Start, stop or check the resident translator that keeps the model loaded for every front end."""


@server.command("start")
@click.option("--foreground", is_flag=True, help="Stay attached and log to stderr too; Ctrl-C stops it.")
@click.option("--idle-timeout", type=click.IntRange(min=1), default=None, metavar="SECONDS",
              help="Exit after this long without a request (default: idle_timeout in the config).")
def server_start(foreground, idle_timeout):
    """Start the server (in the background unless --foreground)."""
    if foreground:
        from nlsh.server import run_foreground

        return run_foreground(idle_timeout)
    from nlsh import client

    info = client.status()
    state = "already running"
    if not info:
        client.start_server(idle_timeout)
        info, state = client.status(timeout=client.REPLY_WAIT_S), "started"
    if info is None:
        raise ServerError("the server started but stopped again; see `nlsh server status`")
    click.echo(f"nlsh server {state}: pid {info['pid']}, model loaded in {info['load_s']:.2f} s")


@server.command("stop")
def server_stop():
    """Stop the server and wait until it has exited."""
    from nlsh import client

    pid = client.stop()
    click.echo(f"nlsh server stopped (pid {pid})" if pid else "nlsh server is not running")


@server.command("status", short_help="Show the running server's pid, model and uptime.")
@click.pass_context
def server_status(ctx):
    """Show pid, socket, model, uptime and requests served; exit status 3 when not running."""
    from nlsh import client

    info = client.status()
    if info is None:
        click.echo("nlsh server is not running")
        ctx.exit(int(ExitStatus.NOT_RUNNING))
    minutes, seconds = divmod(int(info["uptime_s"]), 60)
    click.echo(f"pid: {info['pid']}\nsocket: {info['socket']}\n"
               f"model: {info['model']} (loaded in {info['load_s']:.2f} s)\n"
               f"uptime: {minutes // 60}h{minutes % 60:02d}m{seconds:02d}s\n"
               f"requests served: {info['requests']} ({info['translations']} translations)\n"
               f"idle timeout: {info['idle_timeout_s']:g} s")


@cli.command(short_help="Show what nlsh proposed and what you ran.")
@click.option("-n", "--limit", default=20, show_default=True, type=click.IntRange(min=0),
              help="How many of the latest entries to show (0: all).")
@click.option("--json", "as_json", is_flag=True, help="The entries as logged, one JSON object per line.")
def history(limit, as_json):
    """Show what nlsh proposed, what you edited, and what ran with which exit status."""
    from nlsh import history as log

    entries = log.read()
    for entry in entries[-limit:] if limit else entries:
        click.echo(json.dumps(entry, ensure_ascii=False) if as_json else log.describe(entry))


@cli.command(short_help="Print the Ctrl-G integration for bash or zsh.")
@click.argument("shell")
@click.option("--key", default=None,
              help=r"Key to bind instead of Ctrl-G, in the shell's syntax (bash '\C-x', zsh '^X'); "
                   "wins over NLSH_KEY.")
def init(shell, key):
    """Print the Ctrl-G integration for SHELL (bash, zsh); add `eval "$(nlsh init SHELL)"` to your rc file."""
    from nlsh.shellinit import render

    click.echo(render(shell, key), nl=False)


@cli.command(short_help="Check the setup and say how to fix each problem.")
def doctor():
    """Check the model, the server, the socket folder and the Ctrl-G setup, and say how to fix each problem."""
    from nlsh.doctor import FAIL, render, run_checks

    checks = run_checks()
    click.echo(render(checks))
    if any(check.status == FAIL for check in checks):
        sys.exit(int(ExitStatus.FAILURE))


@cli.group(short_help="Show or switch the model: shipped or personal.")
def model():
    """Show which model nlsh uses, or switch between the shipped one and your fine-tuned one."""


@model.command("show", short_help="Say which model is in use and where.")
def model_show():
    """Say which model is in use, where it is, and how a personal one was fine-tuned."""
    from nlsh.personal import describe

    info = describe()
    click.echo(f"in use: {info['in_use']} ({info['path']})")
    click.echo(f"personal model: {info['personal'] or 'none (python -m training finetune makes one)'}")
    tuned = info["finetune"]
    if tuned:
        scores = tuned["nl2bash_dev_nlc2cmd@1"]
        click.echo(f"fine-tuned on {tuned['pairs']} phrases from your log, {tuned['adapter_parameters']:,} "
                   f"adapter parameters; NLC2CMD@1 on {tuned['nl2bash_dev_phrases']} NL2Bash dev phrases "
                   f"{scores['personal']:.3f} (base {scores['base']:.3f})")


@model.command("use", short_help="Switch to the shipped or your personal model.")
@click.argument("which", type=click.Choice(["shipped", "personal"]))
def model_use(which):
    """Use the SHIPPED model or your PERSONAL (fine-tuned) one from now on; both stay on disk."""
    from nlsh import client
    from nlsh.personal import use

    path = use(which)
    click.echo(f"nlsh now uses the {which} model ({path})")
    if os.environ.get("NLSH_MODEL"):
        click.echo(f"note: NLSH_MODEL={os.environ['NLSH_MODEL']} is set and wins over both", err=True)
    if client.stop():
        click.echo("stopped the running server; it loads this model on its next start")


def _stdin_lines():
    """Lines of stdin as str, or as bytes where a line is not valid UTF-8 (reported, not fatal)."""
    for line in sys.stdin.buffer:
        line = line.rstrip(b"\r\n")
        try:
            yield line.decode("utf-8")
        except UnicodeDecodeError:
            yield line


def main():
    cli(prog_name="nlsh")


if __name__ == "__main__":
    main()
