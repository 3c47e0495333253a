"""Atomic file writes: an artifact is either completely written or not changed at all.

Each file is first written in full to a temporary name in the target folder (and flushed to disk), then renamed
over its target, so no reader ever sees half a file. The files of one artifact are committed together: if
anything fails or is interrupted (Ctrl-C included) before the last rename, the files already renamed are put
back as they were. Only a hard crash between two renames can leave the new weights beside the old program, and
the program's SHA-256 of its weights makes loading that pair fail with a clear error instead of running it.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable, Mapping
from pathlib import Path

from torchtpu_aot.errors import ArtifactExistsError, OutputPathError

# A file's content: its bytes, or a function that writes it to the (temporary) path it is given. Functions run
# in order, so a later one may use what an earlier one found out (the program records the weights' SHA-256),
# and large content goes to disk without ever being one bytes object.
Content = bytes | Callable[[Path], None]


def check_overwrite(paths: list[Path], overwrite: bool) -> None:
    """Refuse to write ``paths`` before any work is done: OutputPathError where a file cannot be written there (a
    folder in the way, no permission, a read-only file system), ArtifactExistsError if one exists and overwriting
    was not asked for."""
    folders = [str(p) for p in paths if p.is_dir()]
    if folders:
        raise OutputPathError(
            f"{', '.join(folders)} {'is a folder' if len(folders) == 1 else 'are folders'}, so the output cannot be "
            f"written there (--force does not replace folders); give a file path instead (to write into that "
            f"folder: {Path(folders[0]) / Path(folders[0]).name})."
        )
    existing = [str(p) for p in paths if p.exists() or p.is_symlink()]
    if existing and not overwrite:
        them = "it" if len(existing) == 1 else "them"
        raise ArtifactExistsError(
            f"{', '.join(existing)} already exist{'s' if len(existing) == 1 else ''}; nothing was written. "
            f"Pass --force (overwrite=True from Python) to replace {them}, or choose another output path."
        )
    for folder in {p.parent for p in paths}:
        check_writable_folder(folder)


def check_writable_folder(folder: Path) -> None:
    """OutputPathError unless files can be created in ``folder`` (or, if it does not exist yet, the folders up to
    it can be): a file created there and removed again is the only sure test (permissions, read-only mounts,
    quotas all answer it)."""
    existing = folder
    while not existing.exists() and existing != existing.parent:
        existing = existing.parent
    if not existing.is_dir():
        raise OutputPathError(f"{existing} is a file, not a folder, so nothing can be written under {folder}; "
                              "choose an output path in a folder.")
    try:
        fd, probe = tempfile.mkstemp(prefix=".torchtpu-write-check-", dir=existing)
        os.close(fd)
        os.unlink(probe)
    except OSError as e:
        reason = e.strerror or type(e).__name__
        raise OutputPathError(f"Cannot write in {existing} ({reason}); nothing was written. Choose an output path in "
                              "a folder you can write to.") from None


def write_atomic(path: Path, data: bytes) -> None:
    """Write one file atomically, replacing any existing one."""
    write_files_atomic({path: data}, overwrite=True)


def write_files_atomic(files: Mapping[Path, Content], *, overwrite: bool) -> None:
    """Write ``files`` (path -> bytes or writer function), in order, as one change: all of them or, on any
    failure, none."""
    paths = list(files)
    check_overwrite(paths, overwrite)
    temps: dict[Path, Path] = {}
    backups: dict[Path, tuple[bool, Path | None]] = {}  # target -> (existed, hard link to its previous content)
    try:
        for path, data in files.items():
            path.parent.mkdir(parents=True, exist_ok=True)
            temps[path] = _write_temp(path, data)
        for path in paths:
            backups[path] = (path.exists(), _backup(path))
            if overwrite:
                os.replace(temps[path], path)
            else:
                _link_new(temps[path], path)
            del temps[path]
    except BaseException:
        for path, (existed, backup) in reversed(list(backups.items())):
            with contextlib.suppress(OSError):
                if backup is not None and path.exists() and os.path.samefile(backup, path):
                    backup.unlink()  # never replaced (renaming a hard link onto itself would keep both names)
                elif backup is not None:
                    os.replace(backup, path)
                elif not existed and path not in temps:  # renamed into place by this call: remove it again
                    path.unlink()
        for tmp in temps.values():
            tmp.unlink(missing_ok=True)
        raise
    for _, backup in backups.values():
        if backup is not None:
            backup.unlink(missing_ok=True)
    for folder in {p.parent for p in paths}:
        _fsync_dir(folder)


def _write_temp(path: Path, data: Content) -> Path:
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        if callable(data):
            os.close(fd)
            data(Path(tmp))  # the writer opens the file itself
            fd = os.open(tmp, os.O_RDWR)
            try:
                os.fsync(fd)
            finally:
                os.close(fd)
        else:
            with os.fdopen(fd, "wb") as f:
                f.write(data)
                f.flush()
                os.fsync(f.fileno())
        os.chmod(tmp, 0o644)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return Path(tmp)


def _backup(path: Path) -> Path | None:
    """A hard link to ``path``'s current content under a temporary name (None if there is no file)."""
    if not path.exists():
        return None
    for _ in range(100):
        backup = path.parent / f".{path.name}.{os.urandom(6).hex()}.old"
        try:
            os.link(path, backup)
        except FileExistsError:
            continue
        except OSError:
            return None  # no hard links here (some network or FUSE file systems): the rename alone stays atomic
        return backup
    return None


def _link_new(tmp: Path, path: Path) -> None:
    """Move ``tmp`` to ``path`` only if ``path`` still does not exist (another writer may have created it)."""
    try:
        os.link(tmp, path)
    except FileExistsError:
        raise ArtifactExistsError(f"{path} appeared while the artifact was being written; nothing was overwritten. "
                                  "Pass --force to replace it.") from None
    except OSError:
        if path.exists():
            raise ArtifactExistsError(f"{path} appeared while the artifact was being written; nothing was "
                                      "overwritten. Pass --force to replace it.") from None
        os.replace(tmp, path)  # no hard links on this file system
        return
    tmp.unlink()


def _fsync_dir(folder: Path) -> None:
    """Make the renames themselves durable (POSIX); a no-op where folders cannot be opened."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
