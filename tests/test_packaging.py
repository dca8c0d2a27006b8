"""The wheel holds what the installed service needs: every subpackage and every data file.

``scripts/smoke-wheel.sh`` (run by .ci/run) installs the wheel and runs it; this test says at
once, and by name, which folder or file setup.cfg would leave out (the migration versions
were once left out, and 'ingestd db upgrade' failed on every installed system).
"""

from __future__ import annotations

import configparser
import fnmatch
from pathlib import Path

from tests.cli import REPO


def _setup() -> tuple[dict[str, Path], set[str], dict[str, list[str]]]:
    cfg = configparser.ConfigParser()
    cfg.read(REPO / "setup.cfg")
    mapping = {}
    for line in cfg["options"]["package_dir"].strip().splitlines():
        package, _, folder = (part.strip() for part in line.partition("="))
        mapping[package] = REPO / folder
    packages = set(cfg["options"]["packages"].split())
    data = {k: v.split() for k, v in cfg["options.package_data"].items()}
    return mapping, packages, data


def _folder_packages(mapping: dict[str, Path]) -> dict[str, Path]:
    found = {}
    for package, folder in mapping.items():
        for init in folder.rglob("__init__.py"):
            relative = init.parent.relative_to(folder)
            name = ".".join([package, *relative.parts])
            found[name] = init.parent
    return found


def test_every_subpackage_is_listed():
    mapping, packages, _ = _setup()
    missing = sorted(set(_folder_packages(mapping)) - packages)
    assert not missing, f"setup.cfg [options] packages lacks {missing}"


def test_every_data_file_is_package_data():
    mapping, _, data = _setup()
    missing = []
    for package, folder in _folder_packages(mapping).items():
        for path in folder.iterdir():
            if path.is_dir() and not (path / "__init__.py").exists() and path.name != "__pycache__":
                files = [p for p in path.rglob("*") if p.is_file() and "__pycache__" not in p.parts]
            elif path.is_file() and path.suffix not in (".py", ".pyc"):
                files = [path]
            else:
                continue
            for file in files:
                relative = str(file.relative_to(folder))
                if not any(fnmatch.fnmatch(relative, pattern) for pattern in data.get(package, [])):
                    missing.append(f"{package}: {relative}")
    assert not missing, f"setup.cfg [options.package_data] lacks {missing}"
