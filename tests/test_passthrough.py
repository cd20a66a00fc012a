"""A line that is already a command comes back as typed (nlsh.passthrough)."""

import os
import stat

import pytest

from nlsh.passthrough import typed_command


@pytest.fixture
def mytool(tmp_path, monkeypatch):
    """A real program on PATH with subcommands, the way systemctl or docker has them."""
    program = tmp_path / "mytool"
    program.write_text("#!/bin/sh\n")
    program.chmod(program.stat().st_mode | stat.S_IXUSR)
    monkeypatch.setenv("PATH", f"{tmp_path}{os.pathsep}{os.environ['PATH']}")
    return "mytool"


@pytest.mark.parametrize("line", ["ls -la", "ps aux | grep nginx", "df -h > disk.txt", "ls && pwd",
                                  "export PATH=$PATH:/opt/bin", "cd /tmp; ls", "sudo ls -l /root",
                                  "grep -r 'the word' src"])
def test_a_line_with_shell_syntax_comes_back_as_typed(line):
    assert typed_command(line, []) == line


@pytest.mark.parametrize("line", ["ls -la but only directories", "find the biggest files -size +1G",
                                  "show me df -h", "frobnicate-nlsh-nowhere -x", "list files", "ls 'unclosed",
                                  "", "   "])
def test_a_request_is_not_taken_for_a_command(line):
    assert typed_command(line, ["ls -la"]) is None


def test_a_plain_line_is_a_command_when_the_model_proposes_it_and_training_knows_its_subcommand(mytool):
    proposed = ["mytool status web", "sudo mytool restart web"]
    assert typed_command("mytool restart web", proposed, {"mytool restart"}) == "sudo mytool restart web"
    assert typed_command("mytool restart web", proposed, lambda: {"mytool restart"}) == "sudo mytool restart web"


def test_a_plain_line_is_a_request_otherwise(mytool):
    proposed = ["mytool remove web", "mytool restart web", "mytool web"]
    assert typed_command("mytool remove web", proposed, {"mytool restart"}) is None  # no such subcommand
    assert typed_command("mytool reload web", proposed, {"mytool reload"}) is None  # the model proposes none
    assert typed_command("mytool web", proposed, {"mytool web"}) is None  # two words read as a request
