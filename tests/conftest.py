import pytest


@pytest.fixture(autouse=True)
def nlsh_home(tmp_path, monkeypatch):
    """Roots every per-user directory in a temp folder, so no test touches a real home."""
    home = tmp_path / "nlsh-home"
    monkeypatch.setenv("NLSH_HOME", str(home))
    return home
