"""The 34 CliftonStrengths themes, for picking and ranking an employee's
results (top 5, or the full ranking of 34)."""

from __future__ import annotations

from opd_desktop.core.i18n_marks import QT_TRANSLATE_NOOP
from opd_desktop.errors import ValidationError

THEMES: tuple[str, ...] = (
    "Achiever",
    "Activator",
    "Adaptability",
    "Analytical",
    "Arranger",
    "Belief",
    "Command",
    "Communication",
    "Competition",
    "Connectedness",
    "Consistency",
    "Context",
    "Deliberative",
    "Developer",
    "Discipline",
    "Empathy",
    "Focus",
    "Futuristic",
    "Harmony",
    "Ideation",
    "Includer",
    "Individualization",
    "Input",
    "Intellection",
    "Learner",
    "Maximizer",
    "Positivity",
    "Relator",
    "Responsibility",
    "Restorative",
    "Self-Assurance",
    "Significance",
    "Strategic",
    "Woo",
)
TOP_COUNT = 5

_BY_KEY = {theme.casefold(): theme for theme in THEMES}


def check_ranking(themes: list[str]) -> list[str]:
    """The themes in rank order, spelled as Gallup spells them. A ranking is
    the top 5 or all 34, each theme once."""
    ranked: list[str] = []
    for name in themes:
        theme = _BY_KEY.get(name.strip().casefold())
        if theme is None:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "{name} is not a CliftonStrengths theme.").format(
                    name=repr(name)
                ),
                "themes",
            )
        if theme in ranked:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "{theme} is listed twice; each theme has one rank.").format(
                    theme=theme
                ),
                "themes",
            )
        ranked.append(theme)
    if len(ranked) not in (0, TOP_COUNT, len(THEMES)):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors", "Pick the top {TOP_COUNT} themes or rank all {len}; you have {len2}."
            ).format(TOP_COUNT=TOP_COUNT, len=len(THEMES), len2=len(ranked)),
            "themes",
        )
    return ranked
