"""The personal model `training finetune` installs in the user's data dir, and the switch back to the shipped one.

nlsh uses `data_dir()/model` whenever it holds a model (nlsh.paths.default_model_dir), so switching to
the shipped model renames that folder aside to `model.off`, and switching back renames it again: both
models stay on disk and nothing else needs to know.
"""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

from nlsh import paths
from nlsh.errors import InputError, ModelError

CHOICES = ("shipped", "personal")
NO_PERSONAL_HINT = "no personal model yet: build one with `python -m training finetune`"


def off_dir() -> Path:
    return paths.data_dir() / "model.off"


def install(staging: Path) -> Path:
    """Move a finished model folder (a sibling of the user model dir) into place and make it the one in use.

    A folder is renamed, never written in place, so a reader sees the old model or the new one, whole.
    """
    target = paths.user_model_dir()
    old = target.with_name(target.name + ".old")
    shutil.rmtree(old, ignore_errors=True)
    if target.exists():
        target.rename(old)
    staging.rename(target)
    shutil.rmtree(old, ignore_errors=True)
    shutil.rmtree(off_dir(), ignore_errors=True)  # a new personal model supersedes one switched off
    return target


def use(which: str) -> Path:
    """Make `which` ("shipped" or "personal") the model nlsh loads; returns its folder."""
    active, parked = paths.user_model_dir(), off_dir()
    if which == "shipped":
        if (active / "model.json").exists():
            shutil.rmtree(parked, ignore_errors=True)
            active.rename(parked)
        return paths.shipped_model_dir()
    if which != "personal":
        raise InputError(f"unknown model {which!r}: choose {' or '.join(CHOICES)}")
    if not (active / "model.json").exists():
        if not (parked / "model.json").exists():
            raise ModelError(NO_PERSONAL_HINT)
        shutil.rmtree(active, ignore_errors=True)
        parked.rename(active)
    return active


def describe() -> dict:
    """Which model nlsh loads now and why, and what is known of the personal one."""
    active, parked = paths.user_model_dir(), off_dir()
    personal = active if (active / "model.json").exists() else parked if (parked / "model.json").exists() else None
    if os.environ.get("NLSH_MODEL"):
        in_use = "NLSH_MODEL"
    else:
        in_use = "personal" if personal == active else "shipped"
    info = {"in_use": in_use, "path": str(paths.default_model_dir()),
            "personal": str(personal) if personal else None, "finetune": None}
    if personal:
        try:
            info["finetune"] = json.loads((personal / "model.json").read_text(encoding="utf-8")).get("finetune")
        except (OSError, ValueError):
            pass  # an unreadable personal model is reported when it is loaded, with its fix
    return info
