""" "Ideas for the senior-management meeting": the manager's agenda, the ideas
waiting to be taken, grouped by who raised them (merged ideas carry every
employee's credit)."""

from __future__ import annotations

import datetime as dt

from opd_desktop.services import ideas
from opd_desktop.services.documents.layout import Built, DocumentInfo, Writer
from opd_desktop.services.documents.text import isolate
from opd_desktop.store.database import Store


def build_ideas_agenda(store: Store, today: dt.date | None = None) -> Built:
    day = today or dt.date.today()
    waiting = ideas.waiting_to_be_taken(store, day)
    writer = Writer(DocumentInfo(title="Ideas for senior management", person="The team", date=day))
    writer.title(
        "Optimizing Performance and Development",
        "Ideas for the senior-management meeting",
        f"{len(waiting)} idea{'s' if len(waiting) != 1 else ''} waiting to be taken, oldest first",
    )
    if not waiting:
        writer.add("No idea is waiting to be taken to senior management.", "muted")
        return writer.build()
    groups: dict[str, list[ideas.IdeaLine]] = {}
    for line in waiting:
        groups.setdefault(", ".join(isolate(n) for n in line.raised_by), []).append(line)
    for people, lines in groups.items():
        writer.heading(f"Raised by {people}", level=3)
        writer.table(
            ("#", "Idea", "Waiting"),
            [(str(line.idea.id), line.idea.text, f"{line.age_days} days") for line in lines],
            widths=(8, 74, 18),
        )
    writer.heading("After the meeting")
    writer.add(
        "Record each answer (adopted, declined with the reason, or parked) and share it back with "
        "the employee at your next conversation.",
        "muted",
    )
    return writer.build()
