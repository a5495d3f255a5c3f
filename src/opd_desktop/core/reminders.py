"""Which reminders are due, as a plain function of the planned conversations,
the time and what has already been shown: the day before and an hour before
each conversation, and a one-line summary when the app starts."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

DAY_BEFORE = "day_before"
HOUR_BEFORE = "hour_before"
SUMMARY = "summary"


@dataclass(frozen=True)
class Planned:
    conversation_id: int
    person: str
    title: str  # "Conversation 4: The job"
    starts: dt.datetime


@dataclass(frozen=True)
class Reminder:
    kind: str
    key: str  # what has been shown: one reminder per kind, conversation and planned time
    title: str
    message: str
    conversation_id: int | None = None
    # The facts behind the words, for a screen that words them in the reader's language:
    starts: dt.datetime | None = None
    person: str = ""
    conversation_title: str = ""
    minutes: int = 0  # until it starts (the hour-before reminder)


def due_reminders(
    planned: Iterable[Planned],
    now: dt.datetime,
    shown: set[str],
    *,
    day_before: bool = True,
    hour_before: bool = True,
) -> list[Reminder]:
    """The reminders to show now and not shown yet. "The day before" is any
    time from 24 hours to one hour before; "an hour before" is the last hour.
    A conversation that has started gets none; a rescheduled one gets new ones."""
    found: list[Reminder] = []
    for item in planned:
        until = item.starts - now
        if until <= dt.timedelta(0):
            continue
        when = f"{item.starts:%H:%M}"
        minutes = max(1, round(until.total_seconds() / 60))
        if hour_before and until <= dt.timedelta(hours=1):
            kind, title = HOUR_BEFORE, f"In {minutes} minutes"
        elif day_before and dt.timedelta(hours=1) < until <= dt.timedelta(hours=24):
            day = "today" if item.starts.date() == now.date() else "tomorrow"
            kind, title = DAY_BEFORE, f"{day.capitalize()} at {when}"
        else:
            continue
        key = f"{kind}:{item.conversation_id}:{item.starts.isoformat()}"
        if key in shown:
            continue
        found.append(
            Reminder(
                kind,
                key,
                title,
                f"{item.title} with {item.person} at {when}",
                item.conversation_id,
                starts=item.starts,
                person=item.person,
                conversation_title=item.title,
                minutes=minutes,
            )
        )
    return found


def start_summary(today_count: int, needs_date_count: int, overdue_count: int = 0) -> str:
    """ "2 conversations today, 1 report needs a date"."""
    parts = [f"{today_count} conversation{'s' if today_count != 1 else ''} today"]
    if overdue_count:
        parts.append(f"{overdue_count} overdue")
    verb = "needs" if needs_date_count == 1 else "need"
    parts.append(f"{needs_date_count} report{'s' if needs_date_count != 1 else ''} {verb} a date")
    return ", ".join(parts)
