"""Reading and saving what the manager writes about the organization and the
department."""

from __future__ import annotations

from opd_desktop.core.changes import Topic
from opd_desktop.core.dates import now_stamp
from opd_desktop.core.i18n_marks import QT_TRANSLATE_NOOP
from opd_desktop.core.organization import SCOPES
from opd_desktop.errors import ValidationError
from opd_desktop.services.text import clean_body
from opd_desktop.store.database import Store


def _fields(scope: str) -> dict[str, str]:
    if scope not in SCOPES:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "{scope} is neither organization nor department.").format(
                scope=repr(scope)
            ),
            "scope",
        )
    return dict(SCOPES[scope])


def read(store: Store, scope: str) -> dict[str, str]:
    """Every field of the scope, empty text where nothing is written yet."""
    fields = _fields(scope)
    stored = dict(store.execute(f"SELECT field, body FROM {scope}").fetchall())
    return {key: stored.get(key, "") for key in fields}


def save(store: Store, scope: str, values: dict[str, str]) -> None:
    fields = _fields(scope)
    unknown = set(values) - set(fields)
    if unknown:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Unknown {scope} field(s): {join}.").format(
                scope=scope, join=", ".join(sorted(unknown))
            ),
            "field",
        )
    stamp = now_stamp()
    with store.write(Topic(scope)) as db:
        for key, body in values.items():
            db.execute(
                f"INSERT INTO {scope}(field, body, updated_at) VALUES (?, ?, ?) "
                "ON CONFLICT(field) DO UPDATE SET body = excluded.body, "
                "updated_at = excluded.updated_at",
                [key, clean_body(body, fields[key].lower()), stamp],
            )
