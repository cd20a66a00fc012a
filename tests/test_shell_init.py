"""`nlsh init SHELL`: the rendered scripts, checked statically and in non-interactive shells."""

import shlex
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from nlsh.cli import cli
from nlsh.shellinit import render
from shellharness import REPO, missing_tools

HOOKCLIENT = REPO / "nlsh" / "hookclient.py"


def invoke(*args):
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


@pytest.mark.parametrize("shell", ["bash", "zsh"])
def test_init_writes_this_installation_into_the_script(shell):
    result = invoke("init", shell)
    assert result.exit_code == 0
    script = result.stdout
    assert "@NLSH_" not in script
    assert f"command {shlex.quote(sys.executable)} -I -S {shlex.quote(str(HOOKCLIENT))} 5 " in script


def test_init_default_keys_give_way_to_nlsh_key():
    assert "key=${NLSH_KEY:-'\\C-g'}" in invoke("init", "bash").stdout
    assert "key=${NLSH_KEY:-'^G'}" in invoke("init", "zsh").stdout


def test_init_key_option_is_bound_as_given():
    assert "key='\\C-x\\C-g'" in invoke("init", "bash", "--key", "\\C-x\\C-g").stdout
    assert "key='^X^G'" in invoke("init", "zsh", "--key", "^X^G").stdout


@pytest.mark.parametrize("key", ["", 'a"b', "a'b", "a\nb"])
def test_init_refuses_a_key_that_would_break_the_script(key):
    result = invoke("init", "bash", "--key", key)
    assert result.exit_code == 2
    assert result.stderr.startswith("nlsh: invalid key")
    assert result.stderr.count("\n") == 1


@pytest.mark.parametrize("shell", ["fish", "BASH", "/bin/bash", ""])
def test_init_unknown_shell_is_one_line_naming_the_supported_ones(shell):
    result = invoke("init", shell)
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr == f"nlsh: unsupported shell {shell!r}: supported shells are bash, zsh\n"


def test_init_from_the_command_line():
    """The way users run it: a separate process whose stdout is eval'ed."""
    result = subprocess.run([sys.executable, "-m", "nlsh", "init", "bash"], cwd=REPO, capture_output=True,
                            text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout == render("bash")


@pytest.mark.skipif(bool(missing_tools("shellcheck")), reason="shellcheck is not installed "
                    "(apt-get install shellcheck); .ci/run installs it")
@pytest.mark.parametrize("source", ["template", "rendered"])
def test_shellcheck_is_clean(source, tmp_path):
    if source == "template":
        path = REPO / "shell-integrations" / "nlsh.bash"
    else:
        path = tmp_path / "nlsh.bash"
        path.write_text(render("bash"))
    result = subprocess.run(["shellcheck", "--shell=bash", "--severity=style", str(path)],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout == ""


@pytest.mark.parametrize("shell", ["bash", "zsh"])
def test_rendered_script_parses(shell, tmp_path):
    if missing_tools(shell):
        pytest.skip(f"{shell} is not installed")
    path = tmp_path / f"nlsh.{shell}"
    path.write_text(render(shell, None))
    result = subprocess.run([shell, "-n", str(path)], capture_output=True, text=True, timeout=30)
    assert result.returncode == 0 and result.stderr == "", result.stderr


NON_INTERACTIVE_PROBE = {
    # Anything of ours that exists after sourcing would show up here.
    "bash": "source {script}; compgen -v __nlsh; compgen -A function __nlsh; echo done",
    "zsh": "source {script}; for n in ${{(M)${{(k)parameters}}:#__nlsh*}} ${{(M)${{(k)functions}}:#__nlsh*}}; do print $n; done; echo done",
}


@pytest.mark.parametrize("shell", ["bash", "zsh"])
def test_non_interactive_shell_gets_nothing(shell, tmp_path):
    if missing_tools(shell):
        pytest.skip(f"{shell} is not installed")
    script = tmp_path / f"nlsh.{shell}"
    script.write_text(render(shell))
    argv = ["bash", "--norc", "--noprofile", "-c"] if shell == "bash" else ["zsh", "-f", "-c"]
    result = subprocess.run(argv + [NON_INTERACTIVE_PROBE[shell].format(script=shlex.quote(str(script)))],
                            capture_output=True, text=True, timeout=30)
    assert (result.stdout, result.stderr) == ("done\n", "")


def test_scripts_ship_in_the_package():
    """pyproject maps shell-integrations/ to nlsh.shell; the names must match what shellinit reads."""
    assert sorted(p.name for p in (REPO / "shell-integrations").iterdir()) == ["nlsh.bash", "nlsh.zsh"]
    assert '"nlsh.shell" = "shell-integrations"' in Path(REPO / "pyproject.toml").read_text()
