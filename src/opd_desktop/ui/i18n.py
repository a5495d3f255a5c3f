"""Translations: the catalogue lives in `resources/i18n/opd_desktop.ts`
(regenerate with `bash scripts/i18n.sh`); compiled `.qm` files beside it are
loaded for the system locale when one exists, otherwise the app stays in
English. `OPD_LANGUAGE` (e.g. `de`, or a path to a `.qm` file) overrides the
locale, for checking a translation."""

from __future__ import annotations

import logging
import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

log = logging.getLogger(__name__)

CATALOGUE = "opd_desktop"
LANGUAGE_ENV = "OPD_LANGUAGE"


def i18n_dir() -> Path:
    from opd_desktop.paths import resources_dir

    return resources_dir() / "i18n"


def language_code(locale: QLocale | None = None) -> str:
    """The two-letter language the UI shows ('en' when no translation is loaded)."""
    return (locale or QLocale.system()).name().split("_")[0] or "en"


def install_translator(app: QApplication, locale: QLocale | None = None) -> list[QTranslator]:
    """Load the app's and Qt's own translations for `locale` (default: the system's,
    or OPD_LANGUAGE). Returns the translators installed; none means English."""
    installed: list[QTranslator] = []
    override = os.environ.get(LANGUAGE_ENV, "").strip()
    if override.endswith(".qm"):
        translator = QTranslator(app)
        if translator.load(override):
            app.installTranslator(translator)
            installed.append(translator)
        else:
            log.warning("translation file could not be loaded")
        return installed
    if override:
        locale = QLocale(override)
    locale = locale or QLocale.system()
    if locale.language() in (QLocale.Language.English, QLocale.Language.C):
        return installed
    ours = QTranslator(app)
    if ours.load(locale, CATALOGUE, "_", str(i18n_dir())):
        app.installTranslator(ours)
        installed.append(ours)
        qt = QTranslator(app)  # Qt's own buttons (Cancel, Save …) in the same language
        if qt.load(locale, "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            app.installTranslator(qt)
            installed.append(qt)
    else:
        log.info("no translation for %s; the interface stays in English", locale.name())
    return installed


_IRREGULAR = {
    "person(s)": ("person", "people"),
    "entr(y/ies)": ("entry", "entries"),
    "need(s)": ("needs", "need"),  # "1 report needs", "2 reports need"
}


def english_plural(text: str, n: int) -> str:
    """Plurals written "%n page(s)" for lupdate read right in English without a
    translation loaded: "1 page", "2 pages", "1 person", "3 people". A loaded
    translation has its own plural forms and no "(s)" left ("(es)": "1 match", "2 matches")."""
    for marked, (one, many) in _IRREGULAR.items():
        text = text.replace(marked, one if n == 1 else many)
    return text.replace("(es)", "" if n == 1 else "es").replace("(s)", "" if n == 1 else "s")


def shown(text: str) -> str:
    """Text from core/ or services/ as a person reads it: translated when it was
    marked there (`core.i18n_marks`), the values filled in after translating;
    anything else (a name, a note) unchanged."""
    from opd_desktop.core.i18n_marks import Marked

    if not isinstance(text, Marked):
        return text
    translated = QCoreApplication.translate(text.context, text.template)
    if not (text.args or text.kwargs):
        return translated
    args = [shown(a) if isinstance(a, Marked) else a for a in text.args]  # a marked label inside a sentence
    kwargs = {k: shown(v) if isinstance(v, Marked) else v for k, v in text.kwargs.items()}
    try:
        return translated.format(*args, **kwargs)
    except (IndexError, KeyError, ValueError):  # a translation that lost a placeholder: say it in English
        log.warning("translation of %r does not fit its values", text.template)
        return str(text)


def error_text(error: BaseException) -> str:
    """The message of an error a person acts on (an OpdError), in their language when it was marked."""
    message = error.args[0] if len(error.args) == 1 and isinstance(error.args[0], str) else str(error)
    return shown(message)
