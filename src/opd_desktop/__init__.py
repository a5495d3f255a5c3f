"""OPD Desktop: a private companion for running the Optimizing Performance and
Development conversations with each direct report.

The version has one source, `pyproject.toml`. An installed copy (a wheel, an
editable install, the PyInstaller bundle, which carries the package metadata)
reads it from its installed package metadata; a source checkout that was never
installed reads pyproject."""

from __future__ import annotations

DISTRIBUTION = "opd-desktop"
APP_NAME = "OPD Desktop"
# The reverse-DNS id shared by the desktop entry, the AppStream metainfo, the
# icon name and the macOS bundle identifier.
APP_ID = "org.opddesktop.OPDDesktop"
UNKNOWN_VERSION = "0+unknown"


def _read_version() -> str:
    return _version_from_dist_info() or _version_from_importlib() or _version_from_pyproject()


def _version_from_dist_info() -> str | None:
    """The `Version:` of our `*.dist-info/METADATA` found on `sys.path`: the
    common case, read directly because `importlib.metadata` costs tens of
    milliseconds of start-up (it imports the email parser and sockets)."""
    import os
    import sys

    prefix = DISTRIBUTION.replace("-", "_") + "-"
    for entry in sys.path:
        try:
            names = os.listdir(entry or ".")
        except OSError:
            continue
        for name in names:
            if name.startswith(prefix) and name.endswith(".dist-info"):
                try:
                    with open(os.path.join(entry, name, "METADATA"), encoding="utf-8") as handle:
                        for line in handle:
                            if line.startswith("Version:"):
                                return line.split(":", 1)[1].strip()
                            if not line.strip():
                                break  # end of the headers
                except OSError:
                    continue
    return None


def _version_from_importlib() -> str | None:
    """Any other way the package may be installed (eggs, zips, custom finders)."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version(DISTRIBUTION)
    except PackageNotFoundError:
        return None


def _version_from_pyproject() -> str:
    """The version written in pyproject.toml when running from a checkout
    that was never installed; a plain marker when even that is missing."""
    import tomllib
    from pathlib import Path

    pyproject = Path(__file__).resolve().parents[2] / "pyproject.toml"
    try:
        with pyproject.open("rb") as handle:
            return str(tomllib.load(handle)["project"]["version"])
    except (OSError, KeyError, tomllib.TOMLDecodeError):
        return UNKNOWN_VERSION


__version__ = _read_version()
