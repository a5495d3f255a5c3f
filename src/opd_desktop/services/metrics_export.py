"""The metrics CSV for HR: one row per metric value and per computed measure,
with a pseudonymous report id and no names, notes or free text except metric
names. Columns are documented in docs/metrics-export.md.

The pseudonym is an HMAC-SHA256 of the report's id with a secret kept in the
database (`meta`), so it is stable across exports from this data folder and
cannot be turned back into a name without the secret."""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import hmac
import io
import secrets

from opd_desktop.core import measures as core_measures
from opd_desktop.core import metric_rules
from opd_desktop.services import measures
from opd_desktop.store.database import Store

SECRET_KEY = "export_pseudonym_secret"
COLUMNS = (
    "kind",
    "report",
    "scope",
    "metric",
    "unit",
    "direction",
    "date",
    "value",
    "baseline",
    "change",
    "target",
    "is_baseline",
)
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _secret(store: Store) -> bytes:
    found = store.meta(SECRET_KEY)
    if not found:
        found = secrets.token_hex(32)
        store.set_meta(SECRET_KEY, found)
    return bytes.fromhex(found)


def pseudonym(secret: bytes, report_id: int | None) -> str:
    if report_id is None:
        return ""
    digest = hmac.new(secret, f"report:{report_id}".encode(), hashlib.sha256).hexdigest()
    return f"r-{digest[:16]}"


def escape_text(value: str) -> str:
    """A text cell a spreadsheet would run as a formula gets a leading apostrophe."""
    return "'" + value if value.startswith(FORMULA_STARTS) else value


def _number(value: float | None) -> float | str:
    if value is None:
        return ""
    rounded = round(value, 4)
    return int(rounded) if rounded == int(rounded) else rounded


def rows(store: Store, today: dt.date | None = None) -> list[dict[str, object]]:
    secret = _secret(store)
    day = today or dt.date.today()
    found: list[dict[str, object]] = []
    definitions = {
        r[0]: r
        for r in store.execute(
            "SELECT id, name, template, higher_is_better, report_id, target FROM metric_definitions"
        )
    }
    firsts: dict[tuple[int, int | None], float] = {}
    for metric_id, report_id, measured_on, value in store.execute(
        "SELECT metric_id, report_id, measured_on, value FROM metric_values "
        "WHERE replaced_at IS NULL AND deleted_at IS NULL ORDER BY metric_id, report_id, measured_on, id"
    ):
        _, name, template, higher, owner, target = definitions[metric_id]
        # units are typed by the manager (free text): only the templates' fixed units go out
        unit = metric_rules.template(template).unit if template else ""
        key = (metric_id, report_id)
        first = key not in firsts
        baseline = firsts.setdefault(key, value)
        found.append(
            {
                "kind": "metric_value",
                "report": pseudonym(secret, report_id),
                "scope": "report" if owner is not None else "team",
                "metric": escape_text(name),
                "unit": escape_text(unit),
                "direction": "higher_is_better" if higher else "lower_is_better",
                "date": measured_on,
                "value": _number(value),
                "baseline": _number(baseline),
                "change": _number(value - baseline),
                "target": _number(target),
                "is_baseline": 1 if first else 0,
            }
        )
    report_ids = [r for (r,) in store.execute("SELECT id FROM reports WHERE archived_at IS NULL ORDER BY id")]
    for report_id in report_ids:
        found += _measure_rows(measures.compute(store, report_id, day), pseudonym(secret, report_id), day)
    found += _measure_rows(measures.compute(store, None, day), "", day, scope="team")
    return found


def _measure_rows(
    computed: list[core_measures.Measure], report: str, day: dt.date, scope: str = "report"
) -> list[dict[str, object]]:
    return [
        {
            "kind": "measure",
            "report": report,
            "scope": scope,
            "metric": m.key,
            "unit": m.unit,
            "direction": "",
            "date": day.isoformat(),
            "value": _number(m.value),
            "baseline": "",
            "change": "",
            "target": "",
            "is_baseline": "",
        }
        for m in computed
    ]


def to_csv(store: Store, today: dt.date | None = None) -> bytes:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=COLUMNS, quoting=csv.QUOTE_MINIMAL, lineterminator="\n")
    writer.writeheader()
    for row in rows(store, today):
        writer.writerow(row)
    return buffer.getvalue().encode("utf-8")
