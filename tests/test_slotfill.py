"""Placeholders filled from values the phrase names by kind."""

import pytest

from nlsh.slotfill import fill


@pytest.mark.parametrize("command, phrase, expected", [
    ("tar -czf logs.tar.gz {{directory}}", "compress the logs folder into logs.tar.gz", "tar -czf logs.tar.gz logs"),
    ("unzip files.zip -d {{directory}}", "unzip files.zip into a folder named out", "unzip files.zip -d out"),
    ("git commit -am \"{{message}}\"", "commit everything with the message fix typo", "git commit -am 'fix typo'"),
    ("git commit -m '{{message}}'", "commit with message it's done", "git commit -m \"it's done\""),
    ("sudo usermod -aG sudo {{user}}", "add user alice to sudo", "sudo usermod -aG sudo alice"),
    ("git checkout {{branch}}", "switch to the dev branch", "git checkout dev"),
    ("echo \"hi {{user}}\"", "greet user bob", "echo \"hi bob\""),  # quotes that are not the placeholder's stay
    # no value named: the placeholder stays
    ("ls {{directory}}", "list the current folder", "ls {{directory}}"),
    ("touch {{file}}", "create a blank file", "touch {{file}}"),
    ("rm -r {{directory}}", "delete the folder", "rm -r {{directory}}"),
    ("cp {{file}} {{directory}}", "copy a file to a folder", "cp {{file}} {{directory}}"),
    # a kind nlsh does not fill from words, and a value the command already has
    ("kill {{pid}}", "kill process 42", "kill {{pid}}"),
    ("tar -czf logs.tar.gz logs {{directory}}", "compress the logs folder", "tar -czf logs.tar.gz logs {{directory}}"),
])
def test_fill(command, phrase, expected):
    assert fill(command, phrase) == expected
