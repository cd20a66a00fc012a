"""`nlsh doctor` against real trouble: a missing or broken model, a server that is down or cannot start, a
socket folder others can enter, a shell that does not load the Ctrl-G hook. Each is reported with its fix
and makes the exit status non-zero; a healthy setup passes."""

import os

import pytest
from serverharness import make_home, needs_model, run_nlsh, stop_servers, subprocess_env

from nlsh import paths


@pytest.fixture
def home(monkeypatch):
    path = make_home()  # short: the server's socket lives in it
    monkeypatch.setenv("NLSH_HOME", str(path))
    yield path
    stop_servers(path)


@pytest.fixture
def user_home(tmp_path):
    """A HOME whose .bashrc loads the hook, so only the problem a test makes is reported."""
    (tmp_path / ".bashrc").write_text('eval "$(nlsh init bash)"\n')
    return tmp_path


def doctor(home, user_home, **env):
    env = subprocess_env(home, **{"HOME": str(user_home), "SHELL": "/bin/bash", **env})
    env.pop("ZDOTDIR", None)
    result = run_nlsh(home, "doctor", env=env)
    lines = {line.split()[1]: line for line in result.stdout.splitlines() if line[:4] in ("ok  ", "warn", "FAIL")}
    fixes = [line.strip() for line in result.stdout.splitlines() if line.strip().startswith("fix: ")]
    return result, lines, fixes


def test_missing_model_is_reported_with_its_fix(home, user_home, tmp_path):
    result, lines, fixes = doctor(home, user_home, NLSH_MODEL=str(tmp_path / "nowhere"))
    assert result.returncode == 1
    assert lines["model"].startswith("FAIL") and "model.json missing" in lines["model"]
    assert "fix: unset NLSH_MODEL, or point it at a folder that holds model.json" in fixes
    assert "problem" in result.stdout.splitlines()[-1]


@needs_model
def test_broken_personal_model_points_back_to_the_shipped_one(home, user_home):
    personal = paths.user_model_dir()
    personal.mkdir(parents=True)
    (personal / "model.json").write_text("{not json")
    result, lines, fixes = doctor(home, user_home)
    assert result.returncode == 1 and lines["model"].startswith("FAIL") and "personal model" in lines["model"]
    assert any("nlsh model use shipped" in fix for fix in fixes)


@needs_model
def test_server_down_is_reported_with_how_to_start_it(home, user_home):
    result, lines, fixes = doctor(home, user_home)
    assert result.returncode == 1
    assert lines["model"].startswith("ok") and lines["shell"].startswith("ok")
    assert lines["server"].startswith("FAIL") and "not running" in lines["server"]
    assert any(fix.startswith("fix: nlsh server start") for fix in fixes)
    assert result.stdout.splitlines()[-1] == "1 problem found"


def test_a_server_that_cannot_start_is_reported_with_the_reason(home, user_home, tmp_path):
    env = subprocess_env(home, NLSH_MODEL=str(tmp_path / "nowhere"))
    assert run_nlsh(home, "server", "start", env=env).returncode == 4
    result, lines, fixes = doctor(home, user_home, NLSH_MODEL=str(tmp_path / "nowhere"))
    assert "its last start failed: cannot start: no model found" in lines["server"]
    assert any("server.log" in fix for fix in fixes)


@needs_model
def test_healthy_setup_passes(home, user_home):
    started = run_nlsh(home, "server", "start")
    assert started.returncode == 0, started.stderr
    result, lines, fixes = doctor(home, user_home)
    assert result.returncode == 0, result.stdout
    assert all(line.startswith("ok") for line in lines.values()) and not fixes
    assert "answered in" in lines["server"] and "mode 700" in lines["sockets"]
    assert result.stdout.splitlines()[-1] == "everything nlsh needs is in place"


@needs_model
def test_server_serving_another_model_is_reported(home, user_home, tmp_path):
    alias = tmp_path / "same-model-other-path"
    alias.symlink_to(paths.default_model_dir())
    assert run_nlsh(home, "server", "start", env=subprocess_env(home, NLSH_MODEL=str(alias))).returncode == 0
    result, lines, fixes = doctor(home, user_home)
    assert lines["server"].startswith("FAIL") and f"serves {alias}" in lines["server"]
    assert any("nlsh server stop" in fix for fix in fixes)


def test_socket_folder_others_can_enter_is_reported(home, user_home):
    runtime = home / "run"
    runtime.mkdir(mode=0o755)
    os.chmod(runtime, 0o755)
    result, lines, fixes = doctor(home, user_home)
    assert lines["sockets"].startswith("FAIL") and "mode 755" in lines["sockets"]
    assert f"fix: chmod 700 {runtime}" in fixes


@pytest.mark.parametrize("shell, rc", [("bash", ".bashrc"), ("zsh", ".zshrc")])
def test_hook_not_loaded_is_reported_with_the_line_to_add(home, tmp_path, shell, rc):
    user_home = tmp_path / "me"
    user_home.mkdir()
    (user_home / rc).write_text("alias ll='ls -l'\n")
    env = subprocess_env(home, HOME=str(user_home), SHELL=f"/usr/bin/{shell}")
    env.pop("ZDOTDIR", None)
    result = run_nlsh(home, "doctor", env=env)
    assert result.returncode == 1
    shell_line = next(line for line in result.stdout.splitlines() if line.split()[1:2] == ["shell"])
    assert shell_line.startswith("FAIL") and "Ctrl-G is not set up" in shell_line
    assert f"""fix: echo 'eval "$(nlsh init {shell})"' >> {user_home / rc}""" in result.stdout


def test_other_shells_get_a_note_not_a_failure(home, user_home):
    result, lines, _ = doctor(home, user_home, SHELL="/usr/bin/fish")
    assert lines["shell"].startswith("warn") and "bash and zsh" in lines["shell"]
