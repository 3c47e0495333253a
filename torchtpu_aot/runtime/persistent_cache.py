"""JAX's persistent compilation cache in a directory: a fresh process loads the programs an earlier one compiled
instead of compiling them again (warm starts).

JAX keeps one cache directory per process, fixed once the first program is compiled with it, so ``enable``
accepts one directory per process: asking again for the same one does nothing, asking for another raises
TorchTPUError (run a separate process per cache directory). The cache holds compiled executables that JAX loads
and runs: anyone who can write to the directory can run code in the processes using it, so a directory others
can write to is refused.

On jax 0.10.2 the CPU backend caches too; nothing beyond the three config options below is needed.
"""

from __future__ import annotations

import os
import stat
import tempfile
import threading
from pathlib import Path

import jax

from torchtpu_aot.errors import TorchTPUError

ENV_VAR = "TORCHTPU_CACHE_DIR"

_lock = threading.Lock()
_enabled: Path | None = None


def enable_from(path: str | os.PathLike | None) -> Path | None:
    """Turn the cache on in ``path``, or in $TORCHTPU_CACHE_DIR when ``path`` is None; neither: nothing happens.
    Returns the directory in use (None if none)."""
    if path is None:
        path = os.environ.get(ENV_VAR) or None
    return None if path is None else enable(path)


def enable(path: str | os.PathLike) -> Path:
    """Make JAX keep every compiled program in ``path`` (created if missing) and look there before compiling.
    Idempotent for the same directory; a different one in the same process raises TorchTPUError."""
    global _enabled
    directory = Path(path).expanduser().resolve()
    with _lock:
        if _enabled == directory:
            return directory
        configured = jax.config.jax_compilation_cache_dir
        current = _enabled or (Path(configured).expanduser().resolve() if configured else None)
        if current is not None and current != directory:
            raise TorchTPUError(
                f"JAX's persistent compilation cache is already in {current} for this process, so it cannot move to "
                f"{directory}: JAX keeps one cache directory per process. Use the same directory for every program "
                f"of a process (--cache-dir or ${ENV_VAR}), or run a separate process per directory.")
        _check_usable(directory)
        jax.config.update("jax_enable_compilation_cache", True)
        jax.config.update("jax_compilation_cache_dir", str(directory))
        # Cache every program, however quick to compile or small (JAX's defaults skip those under 1 s).
        jax.config.update("jax_persistent_cache_min_compile_time_secs", 0)
        jax.config.update("jax_persistent_cache_min_entry_size_bytes", 0)
        _enabled = directory
        return directory


def current() -> Path | None:
    """The directory enabled through this module in this process, if any."""
    return _enabled


def _check_usable(directory: Path) -> None:
    what = f"The compilation cache directory {directory}"
    if directory.exists() and not directory.is_dir():
        raise TorchTPUError(f"{what} is not a directory; pass a directory (--cache-dir or ${ENV_VAR}).")
    try:
        directory.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise TorchTPUError(f"{what} cannot be created ({e.strerror or e}); pass a directory you can create and "
                            f"write to (--cache-dir or ${ENV_VAR}).") from None
    if directory.stat().st_mode & stat.S_IWOTH:
        raise TorchTPUError(f"{what} is writable by every user, and JAX runs the compiled programs it finds there; "
                            "use a directory only you can write to (e.g. ~/.cache/torchtpu).")
    try:
        with tempfile.NamedTemporaryFile(dir=directory, prefix=".torchtpu-write-check-"):
            pass
    except OSError as e:
        raise TorchTPUError(f"{what} is not writable ({e.strerror or e}); pass a directory you can write to "
                            f"(--cache-dir or ${ENV_VAR}).") from None
