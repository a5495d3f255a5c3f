"""What a write changed: a topic per kind of data, plus the reports touched.

`Store.write(Topic.ACTION_ITEMS, report_id=7)` publishes the topic once the
transaction commits; screens subscribe to the topics they show. Topics are an
enum, so a renamed topic is an error where it is used, never a stale screen."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from enum import StrEnum


class Topic(StrEnum):
    REPORTS = "reports"
    CONVERSATIONS = "conversations"
    NOTES = "notes"
    ACTION_ITEMS = "action_items"
    IDEAS = "ideas"
    LEADERSHIP_FEEDBACK = "leadership_feedback"
    PROFILE = "profile"
    PLANS = "plans"
    METRICS = "metrics"
    ORGANIZATION = "organization"
    DEPARTMENT = "department"
    BACKUP = "backup"
    SETTINGS = "meta"


ANY_REPORT: frozenset[int] = frozenset()

# Which topic a write to a table publishes, for services that write whole tables
# (JSON import, handover, purge). Tables not named here (search index shadows,
# the migrations' own) change nothing a screen shows.
TABLE_TOPICS: dict[str, Topic] = {
    "reports": Topic.REPORTS,
    "conversations": Topic.CONVERSATIONS,
    "notes": Topic.NOTES,
    "action_items": Topic.ACTION_ITEMS,
    "ideas": Topic.IDEAS,
    "leadership_feedback": Topic.LEADERSHIP_FEEDBACK,
    "profile_entries": Topic.PROFILE,
    "plans": Topic.PLANS,
    "plan_goals": Topic.PLANS,
    "plan_actions": Topic.PLANS,
    "metric_definitions": Topic.METRICS,
    "metric_values": Topic.METRICS,
    "organization": Topic.ORGANIZATION,
    "department": Topic.DEPARTMENT,
    "meta": Topic.SETTINGS,
}


def topics_of_tables(tables) -> tuple[Topic, ...]:
    """The topics a write to these tables touches (each once)."""
    return tuple(dict.fromkeys(TABLE_TOPICS[t] for t in tables if t in TABLE_TOPICS))


class Changes(frozenset):
    """The topics one committed write touched (a frozenset of `Topic`), with the
    ids of the reports touched per topic; an empty set means "any report"."""

    touched: dict[Topic, frozenset[int]]

    def __new__(cls, touched: Mapping[Topic, Iterable[int]]) -> Changes:
        self = super().__new__(cls, touched.keys())
        self.touched = {Topic(topic): frozenset(ids) for topic, ids in touched.items()}
        return self

    @classmethod
    def of(cls, *topics: Topic, report_id: int | None = None) -> Changes:
        ids = ANY_REPORT if report_id is None else frozenset({report_id})
        return cls({Topic(topic): ids for topic in topics})

    def report_ids(self, topic: Topic) -> frozenset[int]:
        return self.touched.get(topic, ANY_REPORT)

    def touches(self, topics: Iterable[Topic], report_id: int | None = None) -> bool:
        """Whether any of `topics` changed, for `report_id` (None: for anyone)."""
        for topic in topics:
            if topic in self.touched:
                ids = self.touched[topic]
                if report_id is None or not ids or report_id in ids:
                    return True
        return False

    def merged(self, other: Changes) -> Changes:
        combined: dict[Topic, frozenset[int]] = dict(self.touched)
        for topic, ids in other.touched.items():
            if topic in combined:
                mine = combined[topic]
                combined[topic] = ANY_REPORT if not mine or not ids else mine | ids
            else:
                combined[topic] = ids
        return Changes(combined)


# Topics a service publishes that no screen shows yet: no page subscribes to
# them, and a test checks that this list and the pages agree.
UNSHOWN_TOPICS: frozenset[Topic] = frozenset({Topic.METRICS})  # the metrics capture is pending
