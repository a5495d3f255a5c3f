"""OPD Desktop: a private companion for running the Optimizing Performance and
Development conversations with each direct report.

The version has one source, `pyproject.toml`. An installed copy (a wheel, an
editable install, the PyInstaller bundle, which carries the package metadata)
reads it from the package metadata; a bare source checkout reads pyproject."""

from __future__ import annotations

DISTRIBUTION = "opd-desktop"
APP_NAME = "OPD Desktop"
# The reverse-DNS id shared by the desktop entry, the AppStream metainfo, the
# icon name and the macOS bundle identifier.
APP_ID = "org.opddesktop.OPDDesktop"
UNKNOWN_VERSION = "0+unknown"


def _read_version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version(DISTRIBUTION)
    except PackageNotFoundError:
        return _version_from_pyproject()


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
