"""One window per vault file, whatever its name (issue 19): the lock is on the real file.

A window's hold (:func:`window_lock`) keeps every other process off the file — by its own
path, a symbolic link or a hard link — and the command line says so in one line; open
vaults (commands) share the file among themselves; a killed process holds nothing.
Real processes, real ``flock``.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from locator.storage import instance
from locator.storage.backup import backup_to, restore
from locator.storage.errors import VaultInUse
from locator.storage.instance import lock_folder, use_lock, window_lock
from locator.storage.vault import Vault
from tests.conftest import FAST_KDF

ROOT = Path(__file__).resolve().parent.parent
SECRET = "one window per vault, whatever its name"

#: ``locator ARGS`` in its own process, with the tests' fast key derivation
CLI = textwrap.dedent(f"""
    import sys
    import locator.storage.kdf as kdf
    kdf.DEFAULT_PARAMS = kdf.KdfParams(n={FAST_KDF.n}, r={FAST_KDF.r}, p={FAST_KDF.p})
    from locator.cli.main import main
    sys.exit(main(sys.argv[1:]))
""")

#: holds ``window`` or ``use`` on a path, says "held" (or "in use"), then sleeps
HOLDER = textwrap.dedent("""
    import sys, time
    from pathlib import Path
    from locator.storage.errors import VaultInUse
    from locator.storage.instance import use_lock, window_lock
    kind, path = sys.argv[1], Path(sys.argv[2])
    try:
        lock = window_lock(path) if kind == "window" else use_lock(path)
    except VaultInUse:
        print("in use", flush=True)
        sys.exit(3)
    print("held", flush=True)
    time.sleep(float(sys.argv[3]))
""")


def _env() -> dict[str, str]:
    return {**os.environ, "LOCATOR_PASSPHRASE": SECRET}


def cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", CLI, *args], env=_env(), cwd=ROOT,
                          capture_output=True, text=True, timeout=120)


def hold(kind: str, path: Path, seconds: float = 30.0) -> subprocess.Popen[str]:
    proc = subprocess.Popen([sys.executable, "-c", HOLDER, kind, str(path), str(seconds)],
                            env=_env(), cwd=ROOT, stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None
    assert proc.stdout.readline().strip() == "held"
    return proc


def stop(proc: subprocess.Popen[str], signal_number: int = signal.SIGKILL) -> int:
    if proc.poll() is None:
        os.kill(proc.pid, signal_number)
    code = proc.wait(timeout=20)
    if proc.stdout is not None:
        proc.stdout.close()
    return code


def holds(kind: str, path: Path) -> bool:
    """Whether another process can take ``kind`` on ``path`` now."""
    proc = subprocess.run([sys.executable, "-c", HOLDER, kind, str(path), "0"], env=_env(),
                          cwd=ROOT, capture_output=True, text=True, timeout=60)
    return proc.stdout.strip() == "held"


@pytest.fixture
def vault_file(tmp_path: Path) -> Path:
    path = tmp_path / "real" / "v.locator"
    path.parent.mkdir()
    Vault.create(path, SECRET).lock()
    return path


def _names(vault_file: Path) -> dict[str, Path]:
    """The vault by its path, a symbolic link, a hard link in another folder, and a path
    through a linked folder."""
    other = vault_file.parent.parent / "other"
    other.mkdir()
    symlink = other / "link.locator"
    symlink.symlink_to(vault_file)
    hard = other / "hard.locator"
    os.link(vault_file, hard)
    folder = vault_file.parent.parent / "folder-link"
    folder.symlink_to(vault_file.parent)
    return {"path": vault_file, "symlink": symlink, "hard link": hard,
            "linked folder": folder / vault_file.name}


def test_a_window_keeps_every_name_of_the_file_off(vault_file: Path) -> None:
    names = _names(vault_file)
    with window_lock(vault_file):
        for how, name in names.items():
            refused = cli("--vault", str(name), "list")
            assert refused.returncode == 1, how
            lines = refused.stderr.strip().splitlines()
            assert len(lines) == 1 and "open in another Locator window" in lines[0], how
            assert "Traceback" not in refused.stderr
            assert not holds("window", name), how  # nor a second window, by any name
        with Vault.open(vault_file, Vault.open_with_passphrase(vault_file, SECRET).key):
            pass  # the window's own process opens it
    for how, name in names.items():
        done = cli("--vault", str(name), "list")
        assert done.returncode == 0, (how, done.stderr)
        assert holds("window", name), how


def test_a_window_elsewhere_refuses_this_process(vault_file: Path) -> None:
    names = _names(vault_file)
    other = hold("window", names["hard link"])
    try:
        with pytest.raises(VaultInUse):
            Vault.open_with_passphrase(names["symlink"], SECRET)
        with pytest.raises(VaultInUse):
            window_lock(vault_file)
    finally:
        stop(other)
    # killed: the system dropped its lock, none is left stale
    window_lock(vault_file).release()


def test_commands_share_the_file_and_a_window_waits_for_them(vault_file: Path) -> None:
    with Vault.open_with_passphrase(vault_file, SECRET):
        assert cli("--vault", str(vault_file), "list").returncode == 0  # side by side
        assert not holds("window", vault_file)  # but no window while a command runs
    command = hold("use", vault_file, seconds=1.0)
    try:
        with pytest.raises(VaultInUse):
            window_lock(vault_file)
        started = time.monotonic()
        lock = window_lock(vault_file, wait=20)  # the command ends: the window comes in
        assert time.monotonic() - started < 20
        assert command.wait(timeout=20) == 0
    finally:
        stop(command)
    with lock:
        assert not holds("use", vault_file)


def test_the_window_holds_the_file_a_restore_put_there(vault_file: Path,
                                                       tmp_path: Path) -> None:
    key = Vault.open_with_passphrase(vault_file, SECRET).key
    with Vault.open(vault_file, key) as vault:
        copy = backup_to(vault, tmp_path / "copy.locator")
    window = window_lock(vault_file)
    try:
        before = os.stat(vault_file).st_ino
        restore(vault_file, copy, key)
        assert os.stat(vault_file).st_ino != before  # another file at the path now
        Vault.open(vault_file, key).lock()  # the window's process opens it: it follows
        hard = tmp_path / "hard-after.locator"
        os.link(vault_file, hard)
        assert not holds("use", hard)
    finally:
        window.release()
    assert holds("use", vault_file)


def test_a_killed_holder_leaves_nothing_held(vault_file: Path) -> None:
    proc = hold("window", vault_file)
    assert not holds("use", vault_file)
    assert stop(proc) == -signal.SIGKILL
    assert holds("window", vault_file) and holds("use", vault_file)


def test_the_lock_files_say_nothing(vault_file: Path) -> None:
    with window_lock(vault_file), use_lock(vault_file):
        files = sorted(lock_folder().iterdir())
        assert files, "no lock file"
        for file in files:
            assert file.read_bytes() == b""
            assert vault_file.stem not in file.name and "real" not in file.name
            assert file.stat().st_mode & 0o077 == 0
        assert lock_folder().stat().st_mode & 0o077 == 0
    assert instance.instance_name(vault_file) == instance.instance_name(
        _names(vault_file)["hard link"])
