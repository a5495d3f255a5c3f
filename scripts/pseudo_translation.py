"""Make a pseudo-translation of the UI catalogue, to check that screens fit
longer text: every string wrapped in brackets and lengthened by 30 %.

Run: .venv/bin/python scripts/pseudo_translation.py OUT_DIR
Then: OPD_LANGUAGE=OUT_DIR/opd_desktop_pseudo.qm opd-desktop
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path
from xml.etree import ElementTree

ROOT = Path(__file__).resolve().parents[1]
SRC = ROOT / "src" / "opd_desktop"  # ui/ translates; core/ and services/ mark (QT_TRANSLATE_NOOP)
_KEEP = re.compile(r"(%n|%\d|&(?=\w)|<[^>]+>|\{[^}]*\})")  # placeholders, mnemonics, markup


def tool(name: str) -> str:
    found = shutil.which(name) or str(Path(sys.executable).parent / name)
    if not Path(found).exists():
        raise SystemExit(f"{name} is not installed; run bash scripts/setup.sh test")
    return found


def pseudo(text: str) -> str:
    """'[Ŝåvé ~~~]': accented, 30 % longer, bracketed; placeholders and markup kept."""
    accents = str.maketrans("aeiouAEIOUcnsyz", "åéîøüÅÉÎØÜçñšýž")
    parts = _KEEP.split(text)
    body = "".join(part if _KEEP.fullmatch(part) else part.translate(accents) for part in parts)
    visible = len(_KEEP.sub("", text))
    extra = max(1, round(visible * 0.3))
    # The padding comes in words of up to 6 (a real language's words wrap; one run of 40 "~" would not).
    padding = " ".join("~" * min(6, extra - start) for start in range(0, extra, 6))
    return f"[{body}{padding}]"


def extract(catalogue: Path) -> Path:
    forms = sorted(str(p) for p in (ROOT / "forms").glob("*.ui"))
    sources = sorted(str(p) for p in SRC.rglob("*.py")) + forms
    subprocess.run(
        [tool("pyside6-lupdate"), *sources, "-ts", str(catalogue)], check=True, capture_output=True
    )
    return catalogue


def pseudo_catalogue(source: Path, target: Path) -> Path:
    tree = ElementTree.parse(source)
    root = tree.getroot()
    root.set("language", "eo")
    for message in root.iter("message"):
        text = message.findtext("source") or ""
        translation = message.find("translation")
        translation.attrib.pop("type", None)
        translation.text = None
        for child in list(translation):
            translation.remove(child)
        if message.get("numerus") == "yes":
            for _ in range(2):
                ElementTree.SubElement(translation, "numerusform").text = pseudo(text)
        else:
            translation.text = pseudo(text)
    tree.write(target, encoding="utf-8", xml_declaration=True)
    return target


def build(out: Path) -> Path:
    out.mkdir(parents=True, exist_ok=True)
    ts = pseudo_catalogue(extract(out / "opd_desktop.ts"), out / "opd_desktop_pseudo.ts")
    qm = out / "opd_desktop_pseudo.qm"
    subprocess.run([tool("pyside6-lrelease"), str(ts), "-qm", str(qm)], check=True, capture_output=True)
    return qm


if __name__ == "__main__":
    print(build(Path(sys.argv[1] if len(sys.argv) > 1 else "pseudo")))
