"""What the app ships and under which licence, for Help → About: the Python
packages (read from their installed metadata, which the PyInstaller bundle
carries too), the DejaVu fonts, the icon, and Qt/PySide6 under the LGPLv3
with where to get their source. Plain Python: the dialog only lays it out."""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

from opd_desktop import DISTRIBUTION
from opd_desktop.paths import fonts_dir, resources_dir

log = logging.getLogger(__name__)

QT_SOURCE = "https://download.qt.io/official_releases/qt/"
PYSIDE_SOURCE = "https://download.qt.io/official_releases/QtForPython/"
PYSIDE_REPOSITORY = "https://code.qt.io/cgit/pyside/pyside-setup.git/"
DEJAVU_SOURCE = "https://dejavu-fonts.github.io/"
_NAME = re.compile(r"^\s*([A-Za-z0-9][A-Za-z0-9._-]*)")
_URL_KEYS = ("homepage", "home", "source", "repository", "source code")


@dataclass(frozen=True)
class PackageLicence:
    name: str
    version: str
    licence: str
    url: str


def _licence_of(meta: metadata.PackageMetadata) -> str:
    expression = meta.get("License-Expression")
    if expression:
        return expression.strip()
    classifiers = [
        value.split("::")[-1].strip()
        for value in meta.get_all("Classifier") or []
        if value.startswith("License ::") and value.count("::") >= 2
    ]
    free_text = (meta.get("License") or "").strip()
    if free_text and "\n" not in free_text and len(free_text) <= 60:
        return free_text
    if classifiers:
        return ", ".join(classifiers)
    return "see the package's licence file"


def _url_of(meta: metadata.PackageMetadata) -> str:
    urls: dict[str, str] = {}
    for entry in meta.get_all("Project-URL") or []:
        label, _, url = entry.partition(",")
        urls[label.strip().lower()] = url.strip()
    for key in _URL_KEYS:
        if urls.get(key):
            return urls[key]
    return (meta.get("Home-page") or "").strip()


def _runtime_requirements(dist: metadata.Distribution) -> list[str]:
    """Names this distribution needs at run time (extras such as `test` left out)."""
    names = []
    for requirement in dist.requires or []:
        if "extra ==" in requirement.replace("extra==", "extra =="):
            continue
        match = _NAME.match(requirement)
        if match:
            names.append(match.group(1))
    return names


def shipped_packages(root: str = DISTRIBUTION) -> list[PackageLicence]:
    """Every package the app runs on, found from its own requirements down,
    sorted by name; packages not installed on this platform are skipped."""
    seen: dict[str, PackageLicence] = {}
    pending = [root]
    while pending:
        name = pending.pop()
        key = re.sub(r"[-_.]+", "-", name).lower()
        if key in seen:
            continue
        try:
            dist = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            log.debug("package %s is not installed here", name)
            continue
        meta = dist.metadata
        seen[key] = PackageLicence(
            name=meta.get("Name") or name,
            version=dist.version,
            licence=_licence_of(meta),
            url=_url_of(meta),
        )
        pending.extend(_runtime_requirements(dist))
    seen.pop(re.sub(r"[-_.]+", "-", root).lower(), None)
    return sorted(seen.values(), key=lambda package: package.name.lower())


def licence_text(name: str) -> str:
    """A licence text shipped with the app: `dejavu`, `lgpl-3.0` or `gpl-3.0`."""
    files = {
        "dejavu": fonts_dir() / "DejaVu-LICENSE.txt",
        "lgpl-3.0": resources_dir() / "licenses" / "LGPL-3.0.txt",
        "gpl-3.0": resources_dir() / "licenses" / "GPL-3.0.txt",
    }
    path: Path = files[name]
    try:
        return path.read_text(encoding="utf-8")
    except OSError:
        log.warning("licence file %s is missing", path.name)
        return f"(The licence file {path.name} is missing from this installation.)"
