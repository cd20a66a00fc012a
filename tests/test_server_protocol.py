"""The request parser and reply encoder, fuzzed: every input is either a Request or a BadRequest."""

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from nlsh import hookclient, protocol
from nlsh.protocol import BadRequest, parse_request

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=30),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=10), children, max_size=4),
    max_leaves=12)
near_requests = st.fixed_dictionaries(
    {}, optional={"v": st.sampled_from([1, 2, "1", True, None, 1.0]), "op": st.sampled_from(
        ["translate", "ping", "stop", "TRANSLATE", "", 7]), "phrase": json_values | st.text(max_size=50),
        "k": st.sampled_from([0, 1, 5, 20, 21, -1, True, 2.5, "3", None]), "id": json_values,
        "commands_only": json_values})


def _parsed_or_refused(line: bytes):
    try:
        request = parse_request(line)
    except BadRequest as exc:
        assert str(exc) and "\n" not in str(exc)
        reply = json.loads(protocol.error_reply("request", str(exc)))
        assert reply == {"v": 1, "ok": False, "kind": "request", "error": str(exc)}
        return None
    assert request.op in protocol.OPS
    if request.op == "translate":
        assert isinstance(request.phrase, str) and 1 <= request.k <= protocol.MAX_K
    return request


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=200))
def test_arbitrary_bytes_never_crash_the_parser(data):
    _parsed_or_refused(data)


@settings(max_examples=300, deadline=None)
@given(json_values)
def test_arbitrary_json_never_crashes_the_parser(value):
    _parsed_or_refused(json.dumps(value).encode())


@settings(max_examples=500, deadline=None)
@given(near_requests)
def test_requests_near_the_valid_ones_are_parsed_or_refused_exactly(message):
    request = _parsed_or_refused(json.dumps(message).encode())
    valid = (message.get("v") == 1 and message.get("v") is not True and message.get("op") in protocol.OPS)
    if request is None:
        return
    assert valid
    if request.op == "translate":
        assert request.phrase == message["phrase"] and request.k == message.get("k", 1)


@pytest.mark.parametrize("line, problem", [
    (b"", "not valid JSON"),
    (b"{", "not valid JSON"),
    (b"\xff\xfe", "not UTF-8"),
    (b"[1, 2]", "JSON object"),
    (b"[" * 100_000, "too large"),
    (b"[" * 50_000, "not valid JSON"),  # nesting deep enough to exhaust the recursion limit
    (b'{"op": "ping"}', "protocol version None"),
    (b'{"v": 2, "op": "ping"}', "protocol version 2"),
    (b'{"v": 1, "op": "reboot"}', "unknown op 'reboot'"),
    (b'{"v": 1, "op": "translate"}', "string 'phrase'"),
    (b'{"v": 1, "op": "translate", "phrase": "ls", "k": 0}', "'k'"),
    (b'{"v": 1, "op": "translate", "phrase": "ls", "k": true}', "'k'"),
    (b'{"v": 1, "op": "translate", "phrase": "ls", "k": 21}', "'k'"),
    (b'{"v": 1, "op": "translate", "phrase": "ls", "commands_only": 1}', "commands_only"),
    (b'{"v": 1, "op": "ping", "id": [1]}', "id must be"),
    (b'{"v": 1, "op": "log"}', "object 'entry'"),
    (b'{"v": 1, "op": "log", "entry": {"phrase": "x", "proposed": ["ls"], "command": "ls", "cwd": "/"}}',
     "'exit_status'"),
    (b'{"v": 1, "op": "log", "entry": {"phrase": "x", "proposed": [], "command": "ls", "exit_status": 0, '
     b'"cwd": "/"}}', "'proposed'"),
    (b'{"v": 1, "op": "log", "entry": {"phrase": "x", "proposed": ["ls"], "chosen": 1, "command": "ls", '
     b'"exit_status": 0, "cwd": "/"}}', "'chosen'"),
    (b'{"v": 1, "op": "log", "entry": {"phrase": " ", "proposed": ["ls"], "command": "ls", "exit_status": 0, '
     b'"cwd": "/"}}', "non-empty"),
    (b'{"v": 1, "op": "log", "entry": {"phrase": "x", "proposed": ["ls"], "command": "ls \\udcff", '
     b'"exit_status": 0, "cwd": "/"}}', "UTF-8"),
])
def test_bad_requests_are_named(line, problem):
    with pytest.raises(BadRequest, match=problem.replace("(", r"\(")):
        parse_request(line)


def test_a_valid_request_round_trips():
    line = protocol.request("translate", phrase="list files ünïcode", k=3, id="a1")
    assert line.endswith(b"\n") and line.isascii()
    assert parse_request(line.rstrip(b"\n")) == protocol.Request("translate", "list files ünïcode", 3, False, "a1")


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text(), max_size=6), st.one_of(st.none(), st.text(max_size=20), st.integers()))
def test_the_hook_client_reads_every_commands_reply(commands, request_id):
    reply = protocol.ok_reply(request_id, commands=commands).decode("ascii")
    assert hookclient.parse_reply(reply) == commands


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(["input", "model", "server", "request"]), st.text(min_size=1))
def test_the_hook_client_reads_every_error_reply(kind, message):
    with pytest.raises(hookclient.Failure) as failure:
        hookclient.parse_reply(protocol.error_reply(kind, message).decode("ascii"))
    assert str(failure.value) == f"nlsh: {message}"
    assert failure.value.status == {"input": 2, "model": 4}.get(kind, 5)


@pytest.mark.parametrize("reply", ['{"v":2,"ok":true,"commands":["ls"]}\n', "garbage\n", '{"v":1,"ok":true}\n'])
def test_the_hook_client_refuses_replies_it_cannot_read(reply):
    with pytest.raises(hookclient.Failure, match="protocol version|unreadable"):
        hookclient.parse_reply(reply)


def test_a_log_request_keeps_the_fields_history_needs():
    line = protocol.request("log", entry={"phrase": "show disk", "proposed": ["df -h", "du -sh"], "chosen": None,
                                          "command": "df -h /", "exit_status": 1, "cwd": "/tmp", "extra": 1})
    assert parse_request(line.rstrip(b"\n")).entry == {
        "phrase": "show disk", "proposed": ["df -h", "du -sh"], "chosen": None, "command": "df -h /",
        "exit_status": 1, "cwd": "/tmp"}
