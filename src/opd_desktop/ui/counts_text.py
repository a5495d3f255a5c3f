"""How many of each kind of record a backup or a handover file holds, in the
reader's language ("3 conversations, 1 note"): the services count tables, the
words are chosen here so each count is one translatable plural."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from opd_desktop.ui.i18n import english_plural

_WORDS: dict[str, Callable[[int], str]] = {
    "reports": lambda n: english_plural(QCoreApplication.translate("Counts", "%n report(s)", "", n), n),
    "conversations": lambda n: english_plural(
        QCoreApplication.translate("Counts", "%n conversation(s)", "", n), n
    ),
    "notes": lambda n: english_plural(QCoreApplication.translate("Counts", "%n note(s)", "", n), n),
    "action_items": lambda n: english_plural(
        QCoreApplication.translate("Counts", "%n action item(s)", "", n), n
    ),
    "ideas": lambda n: english_plural(QCoreApplication.translate("Counts", "%n idea(s)", "", n), n),
    "plans": lambda n: english_plural(QCoreApplication.translate("Counts", "%n plan(s)", "", n), n),
    "plan_goals": lambda n: english_plural(QCoreApplication.translate("Counts", "%n plan goal(s)", "", n), n),
    "plan_actions": lambda n: english_plural(
        QCoreApplication.translate("Counts", "%n plan action(s)", "", n), n
    ),
    "profile_entries": lambda n: english_plural(
        QCoreApplication.translate("Counts", "%n profile entr(y/ies)", "", n), n
    ),
    "leadership_feedback": lambda n: english_plural(
        QCoreApplication.translate("Counts", "%n leadership feedback request(s)", "", n), n
    ),
    "metric_definitions": lambda n: english_plural(
        QCoreApplication.translate("Counts", "%n metric(s)", "", n), n
    ),
    "metric_values": lambda n: english_plural(
        QCoreApplication.translate("Counts", "%n metric value(s)", "", n), n
    ),
}


def count_text(table: str, n: int) -> str:
    words = _WORDS.get(table)
    if words is not None:
        return words(n)
    return QCoreApplication.translate("Counts", "{count} × {table}").format(count=n, table=table)


def describe_counts(counts: dict[str, int], skip: tuple[str, ...] = ()) -> str:
    """'3 conversations, 1 note', or that there is nothing yet."""
    parts = [count_text(table, n) for table, n in counts.items() if n and table not in skip]
    separator = QCoreApplication.translate("Counts", ", ")
    return separator.join(parts) or QCoreApplication.translate("Counts", "no conversations yet")


def describe_handover(name: str, counts: dict[str, int], private_included: bool) -> str:
    """What a handover file holds, as the importing or handing-over manager reads it."""
    from opd_desktop.services.schema_map import ROOT_TABLE

    if private_included:
        template = QCoreApplication.translate(
            "Counts", "The record of {name}: {counts}. It INCLUDES the previous manager's private notes."
        )
    else:
        template = QCoreApplication.translate(
            "Counts", "The record of {name}: {counts}. The previous manager's private notes are not included."
        )
    return template.format(name=name, counts=describe_counts(counts, skip=(ROOT_TABLE,)))


def export_summary(counts: dict[str, int]) -> str:
    """'4 reports, 1,234 rows in 18 tables' for a full export."""
    people = counts.get("reports", 0)
    tables = len(counts)
    return QCoreApplication.translate("Counts", "{reports}, {rows} in {tables}").format(
        reports=count_text("reports", people),
        rows=english_plural(
            QCoreApplication.translate("Counts", "%n row(s)", "", sum(counts.values())), sum(counts.values())
        ),
        tables=english_plural(QCoreApplication.translate("Counts", "%n table(s)", "", tables), tables),
    )
