import pytest
from hypothesis import given
from hypothesis import strategies as st

from nlsh.highlight import highlight


def kinds(command):
    return [(style.removeprefix("class:"), text) for style, text in highlight(command) if text.strip()]


@given(st.text())
def test_every_character_is_kept_in_order(command):
    assert "".join(text for _, text in highlight(command)) == command


@pytest.mark.parametrize(
    "command, expected",
    [
        ("ls -la", [("command", "ls"), ("option", "-la")]),
        ('grep -r "a b" . | wc -l', [("command", "grep"), ("option", "-r"), ("string", '"a b"'),
                                    ("argument", "."), ("operator", "|"), ("command", "wc"), ("option", "-l")]),
        ("X=1 make && echo $HOME", [("argument", "X=1"), ("command", "make"), ("operator", "&&"),
                                    ("command", "echo"), ("variable", "$HOME")]),
        ("cat {{file}} > out", [("command", "cat"), ("placeholder", "{{file}}"), ("operator", ">"),
                                ("argument", "out")]),
        ("echo $(date)", [("command", "echo"), ("operator", "$("), ("command", "date"), ("operator", ")")]),
    ],
)
def test_parts_of_a_command_get_their_kind(command, expected):
    assert kinds(command) == expected
