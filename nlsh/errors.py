"""One exception base for everything nlsh reports to a person, and the exit codes it maps to."""

from __future__ import annotations

import enum


class ExitStatus(enum.IntEnum):
    OK = 0
    FAILURE = 1
    USAGE = 2
    NOT_RUNNING = 3  # `nlsh server status` when no server runs, as LSB init scripts do
    MODEL = 4
    SERVER = 5
    INTERRUPTED = 130


class NlshError(Exception):
    """An error with a one-line message meant for the user; never shown as a traceback."""

    exit_status = ExitStatus.FAILURE


class InputError(NlshError):
    """The phrase or command given cannot be used (empty, too long, not text)."""

    exit_status = ExitStatus.USAGE


class ModelError(NlshError):
    """The model files are missing, unreadable or inconsistent."""

    exit_status = ExitStatus.MODEL


class ServerError(NlshError):
    """The resident translator could not be reached or answered with an error."""

    exit_status = ExitStatus.SERVER


class ConfigError(NlshError):
    """The user's configuration file cannot be read."""

    exit_status = ExitStatus.USAGE
