"""Where nlsh keeps things: the shipped model, and the user's data, config, state and runtime dirs.

Setting NLSH_HOME puts every per-user directory under one folder, which is what tests do so they never
touch a real home.
"""

from __future__ import annotations

import os
import tempfile
from importlib import resources
from pathlib import Path

import platformdirs

APP = "nlsh"


def _home_override() -> Path | None:
    value = os.environ.get("NLSH_HOME")
    return Path(value) if value else None


def data_dir() -> Path:
    home = _home_override()
    return home / "data" if home else Path(platformdirs.user_data_dir(APP))


def config_dir() -> Path:
    home = _home_override()
    return home / "config" if home else Path(platformdirs.user_config_dir(APP))


def state_dir() -> Path:
    home = _home_override()
    return home / "state" if home else Path(platformdirs.user_state_dir(APP))


def runtime_dir() -> Path:
    """A private directory for the server's socket: the XDG runtime dir, else one under the temp dir."""
    home = _home_override()
    if home:
        return home / "run"
    if os.environ.get("XDG_RUNTIME_DIR"):
        return Path(platformdirs.user_runtime_dir(APP))
    return Path(tempfile.gettempdir()) / f"{APP}-{os.getuid()}"


def shipped_model_dir() -> Path:
    """The model that comes with nlsh: `models/` in a source checkout, `nlsh/shipped_model` when installed."""
    checkout = Path(__file__).resolve().parent.parent / "models"
    if (checkout / "model.json").exists():
        return checkout
    return Path(str(resources.files("nlsh") / "shipped_model"))


def user_model_dir() -> Path:
    """A personal model (from `training finetune`); used instead of the shipped one when present."""
    return data_dir() / "model"


def default_model_dir() -> Path:
    override = os.environ.get("NLSH_MODEL")
    if override:
        return Path(override)
    user = user_model_dir()
    if (user / "model.json").exists():
        return user
    return shipped_model_dir()
