"""Every command's --help works and reads well, and click's shell completion works for `nlsh`."""

import subprocess
import sys

import click
import pytest
from click.testing import CliRunner
from serverharness import REPO

from nlsh.cli import cli


def _commands(group: click.Group, path=()):
    for name, command in group.commands.items():
        yield path + (name,), command
        if isinstance(command, click.Group):
            yield from _commands(command, path + (name,))


COMMANDS = list(_commands(cli))


def test_every_command_is_covered():
    names = {" ".join(path) for path, _ in COMMANDS}
    assert {"translate", "explain", "server start", "server stop", "server status", "init", "history", "doctor",
            "model show", "model use"} <= names


@pytest.mark.parametrize("path", [()] + [p for p, _ in COMMANDS], ids=lambda p: " ".join(p) or "nlsh")
def test_help_works_and_reads_well(path):
    result = CliRunner().invoke(cli, [*path, "--help"], prog_name="nlsh", catch_exceptions=False)
    assert result.exit_code == 0
    text = result.output
    assert text.startswith(f"Usage: nlsh {' '.join(path)}".rstrip())
    description = text.split("\n\n")[1].strip()
    assert description and description[0].isupper() and description.endswith("."), description
    # listings of subcommands show whole sentences, never one cut short with "..."
    assert "..." not in text.split("Commands:")[-1] if "Commands:" in text else True
    command = cli if not path else dict(COMMANDS)[path]
    for param in command.params:
        if isinstance(param, click.Option) and param.name != "help":
            assert param.help and param.help.endswith((".", ")")), f"{param.name} needs a help line"
    # -h is the short form everywhere
    assert CliRunner().invoke(cli, [*path, "-h"], prog_name="nlsh").output == text


def _complete(words: str, env_var="_NLSH_COMPLETE", mode="bash_complete"):
    env = {"COMP_WORDS": words, "COMP_CWORD": str(len(words.split()) - (not words.endswith(" "))),
           env_var: mode, "PATH": "/usr/bin:/bin"}
    return subprocess.run([sys.executable, "-c", "from nlsh.cli import main; main()"], env=env, cwd=REPO,
                          capture_output=True, text=True, timeout=60)


def test_shell_completion_scripts_and_answers():
    for shell in ("bash", "zsh", "fish"):
        script = _complete("nlsh", mode=f"{shell}_source")
        assert script.returncode == 0 and "_NLSH_COMPLETE" in script.stdout, shell
    assert _complete("nlsh ser").stdout.split() == ["plain,server"]
    assert _complete("nlsh server st").stdout.split() == ["plain,start", "plain,status", "plain,stop"]
    assert _complete("nlsh model use ").stdout.split() == ["plain,shipped", "plain,personal"]


def test_training_cli_help():
    for args in ([], ["finetune"], ["build"]):
        result = subprocess.run([sys.executable, "-m", "training", *args, "--help"], cwd=REPO, capture_output=True,
                                text=True, timeout=60)
        assert result.returncode == 0 and result.stdout.startswith("usage: python -m training")
    finetune_help = subprocess.run([sys.executable, "-m", "training", "finetune", "--help"], cwd=REPO,
                                   capture_output=True, text=True, timeout=60).stdout
    assert "--base" in finetune_help and "--force" in finetune_help
