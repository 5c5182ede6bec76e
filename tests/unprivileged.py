"""Run a check as an ordinary user: root ignores file permissions, so as root (CI) the checked operation
runs in a child process that drops to the unprivileged user "nobody", in a folder that user owns."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

IS_ROOT = os.name == "posix" and os.geteuid() == 0


def _nobody() -> tuple[int, int]:
    import pwd

    entry = pwd.getpwnam("nobody")
    return entry.pw_uid, entry.pw_gid


def _drop() -> None:  # pragma: no cover - runs in the child
    uid, gid = _nobody()
    os.setgroups([])
    os.setgid(gid)
    os.setuid(uid)


def run_unprivileged(
    args: list[str], env: dict[str, str] | None = None, **kwargs
) -> subprocess.CompletedProcess:
    """``subprocess.run(args)`` as an ordinary user (dropping from root when needed: with ``setpriv`` when
    it is installed, else by ``os.setuid`` in the child before it runs ``args``)."""
    setpriv = shutil.which("setpriv") if IS_ROOT else None
    if setpriv:
        args = [setpriv, "--reuid=nobody", "--regid=nogroup", "--clear-groups", *args]
    return subprocess.run(
        args,
        capture_output=True,
        text=True,
        env=env,
        timeout=180,
        preexec_fn=_drop if IS_ROOT and not setpriv else None,  # noqa: PLW1509 - no threads before exec
        **kwargs,
    )


def run_casetafel(*args: str, home: Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    """The ``casetafel`` command as an ordinary user, with ``home`` as its data folder."""
    full = dict(os.environ, CASETAFEL_HOME=str(home), PYTHONIOENCODING="utf-8", **(env or {}))
    full.pop("PYTHONDONTWRITEBYTECODE", None)
    full["PYTHONDONTWRITEBYTECODE"] = "1"
    return run_unprivileged([sys.executable, "-m", "casetafel", *args], env=full, cwd=tempfile.gettempdir())


@contextmanager
def user_folder() -> Iterator[Path]:
    """A folder the ordinary user owns (under the system's temporary folder when running as root)."""
    folder = Path(tempfile.mkdtemp(prefix="casetafel-test-"))
    try:
        if IS_ROOT:
            os.chmod(folder, 0o755)
            uid, gid = _nobody()
            os.chown(folder, uid, gid)
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def give_to_user(path: Path) -> None:
    """Hand ``path`` and all it holds to the ordinary user (when running as root)."""
    if not IS_ROOT:
        return
    uid, gid = _nobody()
    for root, dirs, files in os.walk(path):
        os.chown(root, uid, gid)
        for name in dirs + files:
            os.chown(os.path.join(root, name), uid, gid, follow_symlinks=False)
