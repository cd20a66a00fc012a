"""`nlsh translate` and nlsh.client: through the server, auto-starting it, and in-process when it cannot run."""

import json

import pytest
from serverharness import make_home, needs_model, run_nlsh, server_pids, stop_servers, subprocess_env

from nlsh import client, paths, protocol
from nlsh.errors import InputError, ModelError

pytestmark = needs_model


@pytest.fixture
def home(monkeypatch):
    path = make_home()
    monkeypatch.setenv("NLSH_HOME", str(path))
    monkeypatch.setattr(client, "_notified", False)
    yield path
    stop_servers(path)


def test_translate_goes_through_the_server_and_matches_in_process(home):
    phrase = "list all files sorted by size"
    through_server = client.translate(phrase, 3)
    assert client.status()["translations"] == 1
    in_process = client.translate(phrase, 3, model_dir=client.status()["model"])
    assert through_server == in_process
    assert client.status()["translations"] == 1


def test_after_the_model_changes_on_disk_the_answer_comes_from_a_fresh_server(home, tmp_path, monkeypatch, capsys):
    import shutil

    model = tmp_path / "model"
    shutil.copytree(paths.shipped_model_dir(), model, ignore=shutil.ignore_patterns("*.pt"))
    monkeypatch.setenv("NLSH_MODEL", str(model))
    phrase = "which files have i changed in git"  # the channel table puts `git diff --name-only` first
    assert client.translate(phrase, 1)[0]["command"] == "git diff --name-only"
    first = client.status()["pid"]
    meta = json.loads((model / "model.json").read_text())
    del meta["files"]["channel"]
    (model / "model.json.new").write_text(json.dumps(meta))
    (model / "model.json.new").replace(model / "model.json")
    assert client.translate(phrase, 1)[0]["command"] == "git diff"
    assert client.status()["pid"] != first
    assert capsys.readouterr().err == ""  # through a server, not the in-process fallback


def test_the_cli_json_line_keeps_its_shape_through_the_server(home):
    result = run_nlsh(home, "translate", "--json", "-k", "2", "find files named notes.txt")
    assert result.returncode == 0 and result.stderr == ""
    line = json.loads(result.stdout)
    assert set(line) == {"query", "candidates"} and line["query"] == "find files named notes.txt"
    assert 1 <= len(line["candidates"]) <= 2 and {"command", "score", "placeholders"} <= set(line["candidates"][0])
    assert len(server_pids(home)) == 1  # auto-started, and left running for the next front end


def test_the_cli_reports_bad_phrases_per_line_and_goes_on(home):
    result = run_nlsh(home, "translate", "--json", input="list files\n   \nshow the date\n")
    first, bad, last = (json.loads(line) for line in result.stdout.splitlines())
    assert first["candidates"] and last["candidates"]
    assert bad["error"].startswith("empty phrase") and bad["candidates"] == []


def test_the_cli_prints_commands_one_per_line(home):
    result = run_nlsh(home, "translate", "-k", "3", "count lines in all python files")
    assert result.returncode == 0 and result.stderr == ""
    lines = result.stdout.splitlines()
    assert 1 <= len(lines) <= 3 and lines == [c["command"] for c in client.translate(
        "count lines in all python files", 3)]


def test_model_option_translates_in_process_without_a_server(home):
    model_dir = str(paths.default_model_dir())
    result = run_nlsh(home, "translate", "--model", model_dir, "list files")
    assert result.returncode == 0 and result.stderr == ""
    assert result.stdout.strip() == client.translate("list files", 1, model_dir=model_dir)[0]["command"]
    assert not (home / "run").exists() and server_pids(home) == []


def test_falls_back_in_process_with_one_notice_when_the_server_cannot_start(home, capsys):
    (home / "run").write_text("not a directory")
    first = client.translate("list files", 2)
    second = client.translate("show disk usage", 1)
    assert first and second and server_pids(home) == []
    notice = capsys.readouterr().err
    assert notice.count("\n") == 1 and notice.startswith("nlsh: the server could not start: ")
    assert notice.rstrip().endswith("; translating in-process")


def test_the_cli_falls_back_too(home):
    (home / "run").write_text("not a directory")
    result = run_nlsh(home, "translate", "list files")
    assert result.returncode == 0 and result.stdout.strip()
    assert result.stderr.count("\n") == 1 and "translating in-process" in result.stderr


def test_errors_the_server_reports_are_raised_as_they_would_be_in_process(home):
    with pytest.raises(InputError, match="empty phrase"):
        client.translate("  ", 1)
    client.start_server()
    with pytest.raises(InputError, match="NUL"):
        client.request(protocol.request("translate", phrase="ls \0", k=1))


def test_a_missing_model_is_one_clear_error_not_a_fallback(home, tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("NLSH_MODEL", str(tmp_path / "nowhere"))
    with pytest.raises(ModelError, match="no model found"):
        client.translate("list files", 1)
    assert capsys.readouterr().err == ""
    result = run_nlsh(home, "translate", "list files", env=subprocess_env(home, NLSH_MODEL=str(tmp_path / "nowhere")))
    assert result.returncode == 4 and result.stderr.count("\n") == 1 and "no model found" in result.stderr
