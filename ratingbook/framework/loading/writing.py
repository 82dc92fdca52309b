"""Writing a file the user named, so that nothing is lost: the one way commands write files.

:func:`replace_text` (and :func:`replace_files`, for files that belong together) writes the new text to a temporary file in the same folder as the
target, then renames it over the target (``os.replace``), so a reader, a crash or a full disk
never leaves half a file; the temporary file is removed on any failure, Ctrl-C included.

- **A symbolic link** is followed: its target is replaced and the link stays a link.
- **An existing file keeps its mode** (permissions). Its owner and group are those of whoever
  runs the command, as for any editor that saves by renaming.
- **A read-only file** (no write permission for its owner) is refused, and so is **a file with
  other hard links** (replacing it would leave the other names with the old text): both are
  rewritten only when asked (``force``; ``fmt --force``).
- **A folder that cannot be written** is a clean refusal, naming it.
"""

from __future__ import annotations

import errno
import os
import stat
import tempfile
from collections.abc import Sequence
from pathlib import Path

from ratingbook.framework.errors import InputError


def _refuse(path: Path, why: str) -> InputError:
    return InputError(f"{path}: {why}")


def _why(err: BaseException) -> str:
    """An error met while following links, in words."""
    if isinstance(err, RuntimeError) or getattr(err, "errno", None) == errno.ELOOP:
        return "it is a loop of symbolic links (a link that leads back to itself)"
    return str(getattr(err, "strerror", None) or err)


def create_text(path: Path, text: str) -> None:
    """Write a new file whole, never over an existing one: the text goes to a temporary file
    beside it, which is then linked to the name only if the name is free (``os.link`` fails
    if it is taken). A full disk or a crash leaves no file, so a second try is not refused as
    "already exists".

    Raises:
        InputError: the name is taken (by a file, a folder or a link), or the folder cannot be
            written, or the disk is full.
    """
    folder = path.parent
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    except OSError as err:
        raise _refuse(
            path, f"cannot be written: its folder {folder} does not allow it ({_why(err)})"
        ) from err
    taken = _refuse(path, "already exists; nothing was written (name another file with -o)")
    try:
        try:
            with os.fdopen(fd, "wb") as f:
                f.write(text.encode("utf-8"))
                f.flush()
                os.fsync(f.fileno())
            umask = os.umask(0)
            os.umask(umask)
            os.chmod(tmp, 0o666 & ~umask)
        except OSError as err:
            raise _refuse(path, f"cannot be written ({_why(err)}); nothing was written") from err
        try:
            os.link(tmp, path)
        except FileExistsError:
            raise taken from None
        except OSError as err:
            if err.errno not in (errno.EPERM, errno.ENOTSUP, errno.EOPNOTSUPP, errno.EXDEV):
                raise _refuse(
                    path, f"cannot be written ({_why(err)}); nothing was written"
                ) from err
            # A file system without hard links: the name is checked, then taken by renaming.
            if os.path.lexists(path):
                raise taken from None
            os.rename(tmp, path)
    finally:
        Path(tmp).unlink(missing_ok=True)


def replace_text(
    path: Path, text: str, *, force: bool = False, how_to_force: str = "use --force"
) -> Path:
    """Write ``text`` (UTF-8, line endings as given) to ``path`` whole; return the file written
    (a link's target).

    ``how_to_force`` ends the message of a refusal: how the user asks for it anyway.

    Raises:
        InputError: the file is read-only or has other hard links (without ``force``), is not
            a regular file, or its folder cannot be written.
    """
    return replace_files([(path, text.encode("utf-8"))], force=force, how_to_force=how_to_force)[0]


def _target(path: Path, force: bool, how_to_force: str) -> tuple[Path, int]:
    """The file to replace (a link's target) and the mode to give it; refusals raised."""
    try:
        target = path.resolve(strict=True) if path.is_symlink() else path
    except FileNotFoundError:  # a link to nothing: the file it names is made
        target = Path(os.path.realpath(path))
    except (OSError, RuntimeError) as err:  # RuntimeError: Python 3.11's word for a loop
        raise _refuse(path, f"cannot be written: {_why(err)}; it was not changed") from err
    try:
        info = target.stat()
    except FileNotFoundError:
        info = None
    except OSError as err:
        raise _refuse(path, f"cannot be written ({err.strerror})") from err
    if info is not None:
        if not stat.S_ISREG(info.st_mode):
            raise _refuse(path, "is not a regular file; it was not changed")
        if not force and not info.st_mode & stat.S_IWUSR:
            raise _refuse(
                path, f"is read-only; it was not changed (make it writable, or {how_to_force})"
            )
        if not force and info.st_nlink > 1:
            raise _refuse(
                path,
                f"has {info.st_nlink - 1} other hard link(s), which would keep the old text; "
                f"it was not changed ({how_to_force})",
            )
        return target, stat.S_IMODE(info.st_mode)
    umask = os.umask(0)
    os.umask(umask)
    return target, 0o666 & ~umask


def replace_files(
    contents: Sequence[tuple[Path, bytes]],
    *,
    force: bool = False,
    how_to_force: str = "use --force",
) -> list[Path]:
    """Write files that belong together (a table and its inspections file) whole: each is
    written to a temporary file beside it first, and only when all are written are they
    renamed over their targets, in the order given (so the last named is replaced last).
    Any failure before the renames leaves every target as it was. Returns the files written.

    Raises:
        InputError: as :func:`replace_text`, for any of the files.
    """
    targets = [(path, *_target(path, force, how_to_force), data) for path, data in contents]
    written: list[tuple[Path, Path, str]] = []  # (as named, target, temporary file)
    try:
        for path, target, mode, data in targets:
            folder = target.parent
            try:
                fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
            except OSError as err:
                raise _refuse(
                    path,
                    f"cannot be written: its folder {folder} does not allow it ({err.strerror})",
                ) from err
            written.append((path, target, tmp))
            try:
                with os.fdopen(fd, "wb") as f:
                    f.write(data)
                    f.flush()
                    os.fsync(f.fileno())
                os.chmod(tmp, mode)
            except OSError as err:
                raise _refuse(
                    path, f"cannot be written ({err.strerror}); it was not changed"
                ) from err
        for path, target, tmp in written:
            try:
                os.replace(tmp, target)
            except OSError as err:
                raise _refuse(
                    path, f"cannot be written ({err.strerror}); it was not changed"
                ) from err
    except BaseException:
        for _, _, tmp in written:
            Path(tmp).unlink(missing_ok=True)
        raise
    return [target for _, target, _ in written]
