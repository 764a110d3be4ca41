"""requirements.txt and environment.yml pin the same packages at the same versions, and the
pinned set keeps a kernel's start light."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
PIN = re.compile(r"^([A-Za-z0-9_.\-]+)==([^\s;#]+)$")


def canonical(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def pins(lines: list[str]) -> dict[str, str]:
    found = {}
    for line in lines:
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        match = PIN.match(line)
        assert match, f"not an exact pin: {line!r} (write name==version)"
        found[canonical(match.group(1))] = match.group(2)
    return found


def requirement_pins() -> dict[str, str]:
    return pins((ROOT / "requirements.txt").read_text().splitlines())


def conda_pins() -> dict[str, str]:
    env = yaml.safe_load((ROOT / "environment.yml").read_text())
    pip_section = next(d["pip"] for d in env["dependencies"] if isinstance(d, dict))
    return pins(pip_section)


def test_every_requirement_is_an_exact_pin() -> None:
    assert len(requirement_pins()) >= 15


def test_environment_yml_matches_requirements() -> None:
    req, conda = requirement_pins(), conda_pins()
    assert sorted(set(req) - set(conda)) == [], "in requirements.txt but not environment.yml"
    assert sorted(set(conda) - set(req)) == [], "in environment.yml but not requirements.txt"
    differ = {name: (req[name], conda[name]) for name in req if req[name] != conda[name]}
    assert differ == {}, "versions differ (requirements.txt, environment.yml)"


def test_installed_versions_are_the_pinned_ones() -> None:
    from importlib.metadata import PackageNotFoundError, version

    wrong = {}
    for name, pinned in requirement_pins().items():
        try:
            installed = version(name)
        except PackageNotFoundError:
            installed = None
        if installed != pinned:
            wrong[name] = (pinned, installed)
    assert wrong == {}, "run `make setup` to install the pinned versions"


def test_pin_parser_rejects_loose_pins() -> None:
    import pytest

    with pytest.raises(AssertionError):
        pins(["pandas>=2"])


def test_importing_altair_builds_no_uri_grammar() -> None:
    # Every chapter imports altair, which imports jsonschema; jsonschema's format checks then
    # import rfc3987-syntax when it is installed, and that builds its grammar (a second at
    # every kernel's start). The jsonschema pin keeps it out of the environment.
    probe = "import sys, altair; print(sorted(m for m in sys.modules if m.startswith('rfc3987')))"
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, timeout=120
    )
    assert done.stdout.strip() == "[]"
