"""Requests of every kind against one real server: bad ones get an error or a timed-out close, and the
server keeps answering everyone else, concurrently and correctly."""

import json
import socket
import threading
import time

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from serverharness import exchange, make_home, needs_model, stop_servers, using_home

from nlsh import client, protocol
from nlsh.server import REQUEST_TIMEOUT_S
from training.prepare import nl2bash_dev_phrases

pytestmark = needs_model
KINDS = {"request", "input", "model", "server"}


@pytest.fixture(scope="module")
def served_home():
    home = make_home()
    with using_home(home):
        client.start_server()
    yield home
    stop_servers(home)


@pytest.fixture
def home(served_home, monkeypatch):
    monkeypatch.setenv("NLSH_HOME", str(served_home))
    return served_home


def _well_formed(reply: bytes) -> dict:
    assert reply.endswith(b"\n") and reply.count(b"\n") == 1 and reply.isascii()
    message = protocol.parse_reply(reply)
    if not message["ok"]:
        assert message["kind"] in KINDS and message["error"] and "\n" not in message["error"]
    return message


def _commands(home, phrase, k=3, request_id=None) -> list[str]:
    reply = _well_formed(exchange(home, protocol.request("translate", phrase=phrase, k=k, commands_only=True,
                                                         id=request_id)))
    assert reply["ok"] and reply.get("id") == request_id, reply
    return reply["commands"]


def _assert_still_serving(home):
    assert _commands(home, "list files in the current directory", k=1)


@pytest.mark.parametrize("line, kind, says", [
    (b"this is not json\n", "request", "not valid JSON"),
    (b"\xff\xfe\xfd\n", "request", "not UTF-8"),
    (b'["a", "list"]\n', "request", "JSON object"),
    (b'{"v":9,"op":"ping"}\n', "request", "protocol version 9"),
    (b'{"v":1,"op":"format_disk"}\n', "request", "unknown op"),
    (b'{"v":1,"op":"translate","phrase":5,"k":1}\n', "request", "string 'phrase'"),
    (b'{"v":1,"op":"translate","phrase":"ls","k":"3"}\n', "request", "'k'"),
    (b'{"v":1,"op":"translate","phrase":"ls","k":500}\n', "request", "'k'"),
    (b'{"v":1,"op":"translate","phrase":"   ","k":1}\n', "input", "empty phrase"),
    (b'{"v":1,"op":"translate","phrase":"' + b"a" * 1001 + b'","k":1}\n', "input", "too long"),
    (b'{"v":1,"op":"translate","phrase":"ls \\u0000","k":1}\n', "input", "NUL"),
    (b'{"v":1,"op":"translate","phrase":"ls \\ud800","k":1}\n', "input", "not valid UTF-8"),
])
def test_a_bad_request_gets_an_error_reply(home, line, kind, says):
    reply = _well_formed(exchange(home, line))
    assert reply["ok"] is False and reply["kind"] == kind and says in reply["error"]
    _assert_still_serving(home)


def test_a_huge_line_is_refused_and_the_connection_closed(home):
    with socket.socket(socket.AF_UNIX) as sock:
        sock.settimeout(10)
        sock.connect(str(home / "run" / "server.sock"))
        try:
            sock.sendall(b"x" * (protocol.MAX_LINE_BYTES * 4))
        except (BrokenPipeError, ConnectionResetError):
            pass  # the server may close before all of it is sent
        reply = sock.recv(65536)
    assert b"request too large" in reply
    _assert_still_serving(home)


def test_a_silent_client_is_closed_and_blocks_nobody(home):
    with socket.socket(socket.AF_UNIX) as silent:
        silent.settimeout(REQUEST_TIMEOUT_S + 5)
        silent.connect(str(home / "run" / "server.sock"))
        started = time.monotonic()
        _assert_still_serving(home)  # served while the silent one holds its connection
        assert time.monotonic() - started < REQUEST_TIMEOUT_S
        assert silent.recv(100) == b""  # closed, without a word
        assert time.monotonic() - started < REQUEST_TIMEOUT_S + 3


def test_half_a_request_then_silence_is_told_so(home):
    reply = _well_formed(exchange(home, b'{"v":1,"op":"pi', timeout=REQUEST_TIMEOUT_S + 5))
    assert reply["kind"] == "request" and "incomplete request" in reply["error"]
    _assert_still_serving(home)


def test_a_client_that_hangs_up_mid_request_does_no_harm(home):
    for _ in range(5):
        with socket.socket(socket.AF_UNIX) as sock:
            sock.connect(str(home / "run" / "server.sock"))
            sock.sendall(b'{"v":1,"op":"translate","phrase":"list')
    _assert_still_serving(home)


def test_several_requests_on_one_connection_are_answered_in_order(home):
    with socket.socket(socket.AF_UNIX) as sock:
        sock.settimeout(30)
        sock.connect(str(home / "run" / "server.sock"))
        sock.sendall(protocol.request("ping", id=1) + b"\n" + protocol.request("translate", phrase="show disk usage",
                                                                               k=2, commands_only=True, id=2))
        sock.shutdown(socket.SHUT_WR)
        replies = b""
        while chunk := sock.recv(65536):
            replies += chunk
    first, second = (_well_formed(line + b"\n") for line in replies.splitlines())
    assert (first["id"], second["id"]) == (1, 2) and first["pid"] and second["commands"]


def test_a_last_request_without_newline_is_answered_at_end_of_input(home):
    with socket.socket(socket.AF_UNIX) as sock:
        sock.settimeout(30)
        sock.connect(str(home / "run" / "server.sock"))
        sock.sendall(protocol.request("ping").rstrip(b"\n"))
        sock.shutdown(socket.SHUT_WR)
        assert _well_formed(sock.recv(65536))["ok"]


def test_twenty_concurrent_clients_each_get_their_own_answer(home):
    phrases = nl2bash_dev_phrases(20)
    expected = {phrase: _commands(home, phrase) for phrase in phrases}
    assert len({tuple(commands) for commands in expected.values()}) > 5  # answers that tell requests apart
    barrier = threading.Barrier(len(phrases))
    answers, errors = {}, []

    def ask(number, phrase):
        try:
            barrier.wait(timeout=30)
            answers[phrase] = _commands(home, phrase, request_id=f"client-{number}")
        except Exception as exc:  # collected and reported below; a thread cannot fail the test itself
            errors.append(exc)

    threads = [threading.Thread(target=ask, args=item) for item in enumerate(phrases)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert errors == [] and answers == expected


def test_translate_replies_carry_full_candidates(home):
    reply = _well_formed(exchange(home, protocol.request("translate", phrase="find files named notes.txt", k=3)))
    assert reply["ok"] and 1 <= len(reply["candidates"]) <= 3
    for candidate in reply["candidates"]:
        assert isinstance(candidate["command"], str) and 0 <= candidate["score"] <= 1
        assert all(p in candidate["command"] for p in candidate["placeholders"])


def test_ping_reports_the_figures_status_shows(home):
    reply = _well_formed(exchange(home, protocol.request("ping", id="p")))
    assert reply["id"] == "p" and reply["socket"] == str(home / "run" / "server.sock")
    assert reply["load_s"] > 0 and reply["requests"] >= 1 and reply["model"]


lines = st.binary(max_size=300).filter(lambda b: b"\n" not in b and b.strip())
near_valid = st.fixed_dictionaries({"v": st.sampled_from([1, 1, 1, 2, "1"]),
                                    "op": st.sampled_from(["translate", "translate", "ping", "pong"])},
                                   optional={"phrase": st.text(max_size=60) | st.integers(),
                                             "k": st.integers(-2, 25) | st.booleans(),
                                             "commands_only": st.booleans(), "id": st.text(max_size=5)})


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(lines)
def test_fuzzed_lines_over_the_socket_get_well_formed_replies(home, line):
    _well_formed(exchange(home, line + b"\n"))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(near_valid)
def test_fuzzed_requests_over_the_socket_get_well_formed_replies(home, message):
    assume(message["op"] != "stop")
    reply = _well_formed(exchange(home, json.dumps(message).encode() + b"\n"))
    if reply["ok"] and message["op"] == "translate":
        assert len(reply["commands" if message.get("commands_only") else "candidates"]) <= message.get("k", 1)


def test_still_serving_after_the_fuzzing(home):
    _assert_still_serving(home)
    assert client.status()["pid"]
