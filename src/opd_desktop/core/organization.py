"""The fields that describe the organization and the department; they prefill
conversations 2 and 3 for every report."""

from __future__ import annotations

from opd_desktop.core.i18n_marks import QT_TRANSLATE_NOOP

ORGANIZATION_FIELDS: tuple[tuple[str, str], ...] = (
    ("mission", QT_TRANSLATE_NOOP("Organization", "Mission")),
    ("vision", QT_TRANSLATE_NOOP("Organization", "Vision")),
    ("values", QT_TRANSLATE_NOOP("Organization", "Values")),
    ("direction", QT_TRANSLATE_NOOP("Organization", "Direction")),
    ("priorities", QT_TRANSLATE_NOOP("Organization", "Priorities")),
    ("change_initiatives", QT_TRANSLATE_NOOP("Organization", "Change initiatives")),
    ("department_impact", QT_TRANSLATE_NOOP("Organization", "How the changes touch our department")),
)

DEPARTMENT_FIELDS: tuple[tuple[str, str], ...] = (
    ("strengths", QT_TRANSLATE_NOOP("Organization", "Strengths")),
    ("upcoming_changes", QT_TRANSLATE_NOOP("Organization", "Upcoming changes")),
    ("challenges", QT_TRANSLATE_NOOP("Organization", "Challenges")),
    ("metrics", QT_TRANSLATE_NOOP("Organization", "Performance metrics")),
    ("manager_expectations", QT_TRANSLATE_NOOP("Organization", "My expectations")),
    ("manager_priorities", QT_TRANSLATE_NOOP("Organization", "My priorities")),
    ("manager_challenges", QT_TRANSLATE_NOOP("Organization", "My challenges")),
    ("manager_as_person", QT_TRANSLATE_NOOP("Organization", "About me as a person")),
)

SCOPES = {"organization": ORGANIZATION_FIELDS, "department": DEPARTMENT_FIELDS}
