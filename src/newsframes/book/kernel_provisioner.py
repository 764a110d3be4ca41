"""Kernels for the book's notebooks that talk to Jupyter over an encrypted connection.

A kernel started the usual way listens on TCP without encryption, and ipykernel says so
with one warning per notebook ("Kernel is running over TCP without encryption"): 22 lines
of a clean ``make book`` log. jupyter_client can give each kernel CurveZMQ keys, but only
when asked; this provisioner asks. The Makefile selects it for every kernel it starts
(``JUPYTER_DEFAULT_PROVISIONER_NAME``); pyproject.toml registers it under that name.
"""

from __future__ import annotations

from typing import Any

from jupyter_client.provisioning import LocalProvisioner

NAME = "crossing-lines-encrypted"


class EncryptedLocalProvisioner(LocalProvisioner):
    """A local kernel with CurveZMQ keys, when its kernel spec says it supports them."""

    async def pre_launch(self, **kwargs: Any) -> dict[str, Any]:
        # "auto": keys for kernels whose spec lists "curve" in supported_encryption
        # (ipykernel writes it); any other kernel starts as before.
        kwargs.setdefault("transport_encryption", "auto")
        result: dict[str, Any] = await super().pre_launch(**kwargs)
        return result
