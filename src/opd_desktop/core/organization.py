"""The fields that describe the organization and the department; they prefill
conversations 2 and 3 for every report."""

from __future__ import annotations

ORGANIZATION_FIELDS: tuple[tuple[str, str], ...] = (
    ("mission", "Mission"),
    ("vision", "Vision"),
    ("values", "Values"),
    ("direction", "Direction"),
    ("priorities", "Priorities"),
    ("change_initiatives", "Change initiatives"),
    ("department_impact", "How the changes touch our department"),
)

DEPARTMENT_FIELDS: tuple[tuple[str, str], ...] = (
    ("strengths", "Strengths"),
    ("upcoming_changes", "Upcoming changes"),
    ("challenges", "Challenges"),
    ("metrics", "Performance metrics"),
    ("manager_expectations", "My expectations"),
    ("manager_priorities", "My priorities"),
    ("manager_challenges", "My challenges"),
    ("manager_as_person", "About me as a person"),
)

SCOPES = {"organization": ORGANIZATION_FIELDS, "department": DEPARTMENT_FIELDS}
