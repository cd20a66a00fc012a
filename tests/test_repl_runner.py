"""nlsh/runner.py against real shells: quoting of placeholder values, `cd`, exit statuses, Ctrl-C."""

import os
import signal
import subprocess
import sys
import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from nlsh.errors import InputError
from nlsh.runner import Shell, cd_argument, fill, user_shell


@settings(max_examples=60, deadline=None)
@given(value=st.text(alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"),
                     min_size=1, max_size=30))
@pytest.mark.parametrize("template", ["printf %s {{value}}", "printf %s '{{value}}'", 'printf %s "{{value}}"',
                                      "printf %s x{{value}}y"])
def test_a_filled_value_reaches_the_command_verbatim(template, value):
    command = fill(template, {"{{value}}": value})
    printed = subprocess.run(["/bin/sh", "-c", command], capture_output=True).stdout.decode("utf-8", "replace")
    expected = "x" + value + "y" if "x{{" in template else value
    assert printed == expected


def test_every_occurrence_of_a_placeholder_is_filled():
    assert fill("cp {{file}} {{file}}.bak", {"{{file}}": "a b"}) == "cp 'a b' 'a b'.bak"


@pytest.mark.parametrize(
    "command, argument",
    [("cd", ""), ("cd /tmp", "/tmp"), ("cd 'my dir'", "my dir"), ("cd -", "-"), ("cd ~/x", "~/x"),
     ("cd $HOME", "$HOME"), ("cd /tmp && ls", None), ("cd a b", None), ("cd $(pwd)", None),
     ("cd x; ls", None), ("cdrom", None), ("ls", None), ("cd 'unclosed", None), ("", None),
     ("echo cd x", None)],
)
def test_only_a_plain_cd_changes_the_session_directory(command, argument):
    assert cd_argument(command) == argument


def test_cd_moves_the_session_and_later_commands_run_there(tmp_path, capfd, monkeypatch):
    (tmp_path / "sub dir").mkdir()
    monkeypatch.setenv("HOME", str(tmp_path))
    shell = Shell(tmp_path)
    shell.run("cd 'sub dir'")
    assert shell.cwd == tmp_path / "sub dir"
    assert shell.run("pwd") == 0
    assert capfd.readouterr().out == f"{tmp_path / 'sub dir'}\n"
    shell.run("cd ..")
    assert shell.cwd == tmp_path
    shell.run("cd -")
    assert shell.cwd == tmp_path / "sub dir"
    shell.run("cd")
    assert shell.cwd == tmp_path
    assert os.getcwd() != str(tmp_path)  # the session's directory, not the process's


def test_cd_to_a_missing_directory_is_one_clear_error(tmp_path):
    shell = Shell(tmp_path)
    with pytest.raises(InputError, match="cd: no such directory: nowhere"):
        shell.run("cd nowhere")
    with pytest.raises(InputError, match="no previous directory"):
        shell.run("cd -")
    assert shell.cwd == tmp_path


def test_exit_statuses_are_reported_as_a_shell_would(tmp_path):
    shell = Shell(tmp_path)
    assert shell.run("true") == 0
    assert shell.run("exit 3") == 3
    assert shell.run("kill -TERM $$") == 128 + signal.SIGTERM


def test_a_command_with_a_placeholder_left_never_runs(tmp_path):
    with pytest.raises(InputError, match=r"\{\{file\}\} still needs a value"):
        Shell(tmp_path).run("touch ran; cat {{file}}")
    assert not (tmp_path / "ran").exists()


def test_commands_run_in_the_users_shell(tmp_path, monkeypatch, capfd):
    monkeypatch.setenv("SHELL", "/bin/bash")
    Shell(tmp_path).run('echo "${BASH_VERSION:+bash}"')
    assert capfd.readouterr().out == "bash\n"
    monkeypatch.setenv("SHELL", "/no/such/shell")
    assert user_shell() == "/bin/sh"


def test_ctrl_c_stops_the_command_not_the_session(tmp_path):
    # A session of its own, so the SIGINT sent to its process group (what the terminal does on Ctrl-C)
    # reaches only this helper and its child.
    script = (
        "from nlsh.runner import Shell\n"
        "import sys\n"
        "print('status', Shell().run('echo started; sleep 30'), flush=True)\n"
        "print('still here', flush=True)\n"
    )
    helper = subprocess.Popen([sys.executable, "-c", script], cwd=tmp_path, stdout=subprocess.PIPE, text=True,
                              start_new_session=True, env={**os.environ, "PYTHONPATH": os.getcwd()})
    assert helper.stdout.readline() == "started\n"
    time.sleep(0.2)
    started = time.monotonic()
    os.killpg(helper.pid, signal.SIGINT)
    out, _ = helper.communicate(timeout=10)
    assert out == f"status {128 + signal.SIGINT}\nstill here\n"
    assert helper.returncode == 0
    assert time.monotonic() - started < 5
