import pytest


@pytest.fixture(autouse=True)
def nlsh_home(tmp_path, monkeypatch):
    """Roots every per-user directory in a temp folder, so no test touches a real home, and stops the
    resident server that front ends start on demand there, so no test leaves one running."""
    home = tmp_path / "nlsh-home"
    monkeypatch.setenv("NLSH_HOME", str(home))
    yield home
    if (home / "run" / "server.lock").exists():
        from nlsh import client

        monkeypatch.setenv("NLSH_HOME", str(home))  # a test may have pointed it elsewhere meanwhile
        client.stop()
