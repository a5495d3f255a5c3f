"""The full database check behind `opd check` and the daily backup: SQLite's
complete integrity check plus the full-text index's own check, summed up in
plain words. (Start-up runs the integrity check on its own, before opening.)"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field

from opd_desktop.core.changes import Topic
from opd_desktop.store import health
from opd_desktop.store.database import Store

log = logging.getLogger(__name__)

CHECK_ERROR = "check_last_error"  # meta key: the last failed check, for the status bar


@dataclass(frozen=True)
class CheckReport:
    structure_problems: list[str] = field(default_factory=list)
    search_index_problem: str | None = None

    @property
    def healthy(self) -> bool:
        return not self.structure_problems and self.search_index_problem is None

    def headline(self) -> str:
        """One sentence for the status bar or a log-free record."""
        if self.healthy:
            return "The database is healthy."
        if self.structure_problems:
            return (
                f"The database check found {len(self.structure_problems)} problem(s) in the data; "
                "run 'opd check' and restore the latest good backup."
            )
        return "The search index does not match the notes; run 'opd check --rebuild-search-index'."

    def lines(self) -> list[str]:
        structure = (
            "OK"
            if not self.structure_problems
            else f"{len(self.structure_problems)} problem(s) found"
            + (" (first ones shown)" if len(self.structure_problems) >= health.MAX_REPORTED_PROBLEMS else "")
        )
        out = [f"Data (SQLite integrity_check): {structure}"]
        out += [f"  - {problem}" for problem in self.structure_problems]
        search = "OK" if self.search_index_problem is None else f"damaged ({self.search_index_problem})"
        out.append(f"Search index (full-text check): {search}")
        if self.healthy:
            out.append("Healthy.")
        elif self.structure_problems:
            out.append(
                "Not healthy: the data itself is damaged. Restore the latest good backup "
                "(opd restore FILE); the current file is kept as a pre-restore copy."
            )
        else:
            out.append(
                "Not healthy: only the search index is damaged; the notes are intact. "
                "Rebuild it with: opd check --rebuild-search-index"
            )
        return out


def check_store(store: Store) -> CheckReport:
    return CheckReport(health.integrity_problems(store.conn), health.search_index_problem(store.conn))


def rebuild_search_index(store: Store) -> None:
    from opd_desktop.store.search_index_sql import refill_search_index

    with store.write(Topic.NOTES) as db:
        refill_search_index(db)  # contentless: emptied and filled again


def record(store: Store, report: CheckReport) -> None:
    """Remember the outcome for the status bar (cleared when healthy again)."""
    message = "" if report.healthy else report.headline()
    if (store.meta(CHECK_ERROR) or "") != message:
        store.set_meta(CHECK_ERROR, message)
    if not report.healthy:
        log.warning(
            "database check failed: %d structure problem(s), search index %s",
            len(report.structure_problems),
            "damaged" if report.search_index_problem else "ok",
        )


def check_and_record(store: Store) -> CheckReport:
    report = check_store(store)
    record(store, report)
    return report


def last_failure(store: Store) -> str:
    return store.meta(CHECK_ERROR) or ""
