"""Kernels for the book's notebooks that talk to Jupyter over local sockets, encrypted.

A kernel started the usual way listens on five TCP ports that its launcher picked free a
moment before. When several notebooks start at once (the book build runs two, the tests two
more), another process can take one of those ports first, and the kernel dies with "Address
already in use". This provisioner gives each kernel Unix-domain sockets in a folder of its
own instead (the ``ipc`` transport, POSIX only), which no other process can take, and removes
the folder when the kernel stops.

ipykernel also warns about plain TCP once per notebook ("Kernel is running over TCP without
encryption"). jupyter_client can give each kernel CurveZMQ keys, but only when asked; this
provisioner asks. The Makefile selects it for every kernel it starts
(``JUPYTER_DEFAULT_PROVISIONER_NAME``); pyproject.toml registers it under that name.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path
from typing import Any

from jupyter_client.provisioning import LocalProvisioner

NAME = "crossing-lines-encrypted"


class EncryptedLocalProvisioner(LocalProvisioner):
    """A local kernel on sockets of its own, with CurveZMQ keys when its kernel spec says it
    supports them."""

    _socket_folder: Path | None = None

    async def pre_launch(self, **kwargs: Any) -> dict[str, Any]:
        manager = self.parent
        if manager is not None and os.name == "posix" and manager.transport == "tcp":
            if self._socket_folder is None:  # a restart keeps the kernel's folder
                self._socket_folder = Path(tempfile.mkdtemp(prefix="newsframes-kernel-"))
            manager.transport = "ipc"
            manager.ip = str(self._socket_folder / "kernel")
            manager.cache_ports = False  # ports are socket file suffixes here, not TCP ports
        # "auto": keys for kernels whose spec lists "curve" in supported_encryption
        # (ipykernel writes it); any other kernel starts as before.
        kwargs.setdefault("transport_encryption", "auto")
        result: dict[str, Any] = await super().pre_launch(**kwargs)
        return result

    async def cleanup(self, restart: bool = False) -> None:
        await super().cleanup(restart=restart)
        if not restart and self._socket_folder is not None:
            shutil.rmtree(self._socket_folder, ignore_errors=True)
            self._socket_folder = None
