"""The kernel a submission runs in: an IPython kernel with an audit hook that blocks and logs.

Started as ``python -m newsframes.grading.guard -f CONNECTION_FILE`` with its working folder
inside a fresh sandbox folder (``$NEWSFRAMES_SANDBOX``). Before any student code runs, a
Python audit hook (:pep:`578`) is installed that refuses, and appends one JSON line to
``guard.log`` in the sandbox for, each of these:

- reading a file in a folder marked as the grader's (a ``.grader-only`` file in it or above);
- writing, creating, moving or deleting anything outside the sandbox (``/dev`` excepted);
- starting another program (``subprocess``, ``os.system``, ``os.exec*``, ``os.spawn*``), except
  this same Python with the sandbox's environment: it runs ``sitecustomize`` from the sandbox,
  which installs the same hook (lesson 7 runs ``python -m newsframes validate``);
- loading native code with ``ctypes``, which could go around the hook.

This is a tripwire for honest mistakes and casual attempts, not a security boundary: the
kernel runs as the grader's own user, and Python code can reach the hook's state. See the
README ("Grading") for what it does and does not stop.
"""

from __future__ import annotations

import json
import os
import sys
from typing import Any

MARKER = ".grader-only"
LOG_NAME = "guard.log"
SANDBOX_VAR = "NEWSFRAMES_SANDBOX"
SITE_FOLDER = "site"  # on the sandbox's PYTHONPATH: its sitecustomize installs the hook
_WRITE_FLAGS = os.O_WRONLY | os.O_RDWR | os.O_APPEND | os.O_CREAT | os.O_TRUNC
# audit events that change the file system, with the positions of their path arguments
_CHANGES = {
    "os.remove": (0,),
    "os.rmdir": (0,),
    "os.mkdir": (0,),
    "os.rename": (0, 1),
    "os.link": (0, 1),
    "os.symlink": (1,),
    "os.chmod": (0,),
    "os.chown": (0,),
    "os.truncate": (0,),
    "os.utime": (0,),
    "shutil.rmtree": (0,),
    "shutil.copyfile": (1,),
    "shutil.copytree": (1,),
    "shutil.move": (0, 1),
}
_PROGRAMS = ("subprocess.Popen", "os.system", "os.exec", "os.posix_spawn", "os.spawn", "os.fork")
_NATIVE = ("ctypes.dlopen",)  # a new library; the kernel itself looks up symbols in loaded ones


def _inside(path: str, root: str) -> bool:
    return path == root or path.startswith(root.rstrip(os.sep) + os.sep)


def _lists_grader_folder(path: Any, grader_only: Any) -> bool:
    if not isinstance(path, str | bytes | os.PathLike):
        return False
    return bool(grader_only(os.path.join(os.path.realpath(os.fsdecode(path)), "x")))


def _guarded_python(args: tuple[Any, ...], python: str, sandbox: str) -> bool:
    """Whether a ``subprocess.Popen`` starts this Python, guarded in turn by ``sitecustomize``."""
    executable, argv, _cwd, env = (*args, None, None, None, None)[:4]
    words = [argv] if isinstance(argv, str | bytes | os.PathLike) else list(argv or [])
    program = executable if executable is not None else (words[0] if words else "")
    if isinstance(program, str | bytes | os.PathLike):
        program = os.path.realpath(os.fsdecode(program))
    if program != python or any(os.fsdecode(w) in ("-I", "-S", "-E") for w in words[1:]):
        return False
    if env is None:
        env = os.environ
    site = os.path.join(sandbox, SITE_FOLDER)
    return (
        env.get(SANDBOX_VAR) == sandbox and env.get("PYTHONPATH", "").split(os.pathsep)[0] == site
    )


def make_hook(sandbox: str, log_fd: int, python: str = "") -> Any:
    """The audit hook for a sandbox folder, logging to ``log_fd``; ``python`` may be started."""
    sandbox = os.path.realpath(sandbox)
    log_path = os.path.join(sandbox, LOG_NAME)
    marked: dict[str, bool] = {}

    def grader_only(path: str) -> bool:
        folder = os.path.dirname(path)
        seen = []
        while folder not in marked:
            seen.append(folder)
            if os.path.exists(os.path.join(folder, MARKER)):
                marked[folder] = True
                break
            parent = os.path.dirname(folder)
            if parent == folder:
                marked[folder] = False
                break
            folder = parent
        answer = marked[folder]
        for each in seen:
            marked[each] = answer
        return answer

    def refuse(kind: str, target: Any) -> None:
        line = json.dumps({"kind": kind, "target": str(target)}) + "\n"
        os.write(log_fd, line.encode())
        raise PermissionError(f"not allowed while grading: {kind} {target}")

    def may_write(path: Any) -> bool:
        if isinstance(path, int):
            return True
        real = os.path.realpath(os.fsdecode(path))
        if real == log_path:
            return False
        return _inside(real, sandbox) or _inside(real, "/dev")

    def hook(event: str, args: tuple[Any, ...]) -> None:
        if event == "open":
            path, _mode, flags = args
            if path is None or isinstance(path, int):
                return
            if isinstance(flags, int) and flags & _WRITE_FLAGS:
                if not may_write(path):
                    refuse("write", path)
            elif grader_only(os.path.realpath(os.fsdecode(path))):
                refuse("read", path)
        elif event in _CHANGES:
            for position in _CHANGES[event]:
                if position < len(args) and not may_write(args[position]):
                    refuse("write", args[position])
        elif event == "subprocess.Popen" and _guarded_python(args, python, sandbox):
            return
        elif event.startswith(_PROGRAMS):
            refuse("run", args[0] if args else event)
        elif event in _NATIVE:
            refuse("native", args[0] if args else event)
        elif event == "os.listdir" and args and _lists_grader_folder(args[0], grader_only):
            refuse("read", args[0])

    return hook


_installed: list[bool] = []


def install() -> None:
    """Install the hook in this process, once, when it runs in a sandbox (``$NEWSFRAMES_SANDBOX``).

    Called by the sandbox's ``sitecustomize`` at the start of every Python process there, the
    kernel included, after loading what would otherwise be loaded behind the hook's back.
    """
    sandbox = os.environ.get(SANDBOX_VAR)
    if not sandbox or _installed:
        return
    import ctypes  # noqa: F401 - its import opens the interpreter as a library
    import platform

    platform.uname().processor  # noqa: B018 - runs `uname -p` once, now, and keeps the answer
    log_fd = os.open(os.path.join(sandbox, LOG_NAME), os.O_WRONLY | os.O_APPEND | os.O_CREAT)
    sys.addaudithook(make_hook(sandbox, log_fd, os.path.realpath(sys.executable)))
    _installed.append(True)


SITECUSTOMIZE = "from newsframes.grading.guard import install\n\ninstall()\n"


def main() -> None:
    """Run the IPython kernel, guarded (``sitecustomize`` has installed the hook already)."""
    from ipykernel import kernelapp

    # the imported module, not this __main__ copy, knows whether sitecustomize installed it
    from newsframes.grading import guard

    guard.install()
    kernelapp.launch_new_instance()


if __name__ == "__main__":
    main()
