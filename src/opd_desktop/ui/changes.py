"""One way to refresh: pages subscribe to the change topics they show.

The bus hears every committed write of the store (`Changes`: topics with the
reports touched), collects them until the event loop is free (or until an
action asks for `flush()`), and hands each subscribed page the changes that
concern it. A visible page refreshes at once; a hidden one is marked stale and
refreshes when it is next shown. A page never hears a topic it did not ask for,
and no page calls another page's refresh."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

from opd_desktop.core.changes import Changes, Topic
from opd_desktop.store.database import Store

log = logging.getLogger(__name__)


class Subscription(QObject):
    """One page's interest: its topics, the report it shows (if one) and how it refreshes."""

    def __init__(
        self,
        widget: QWidget,
        topics: Iterable[Topic],
        refresh: Callable[[], None],
        report_id: Callable[[], int | None] | None,
        stale: bool,
    ) -> None:
        super().__init__(widget)
        self.widget = widget
        self.topics = frozenset(Topic(t) for t in topics)
        self.refresh = refresh
        self.report_id = report_id or (lambda: None)
        self.stale = stale
        self.refreshes = 0  # how often it refreshed (tests read it)
        widget.installEventFilter(self)

    def concerns(self, changes: Changes) -> bool:
        return changes.touches(self.topics, self.report_id())

    def deliver(self, changes: Changes) -> None:
        if not self.concerns(changes):
            return
        if self.widget.isVisible():
            self._refresh()
        else:
            self.stale = True

    def _refresh(self) -> None:
        self.stale = False
        self.refreshes += 1
        self.refresh()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and self.stale:
            self._refresh()
        return False


class ChangeBus(QObject):
    def __init__(self, store: Store, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.subscriptions: list[Subscription] = []
        self._pending = Changes({})
        self._scheduled = False
        self._closed = False
        store.subscribe(self._heard)

    def subscribe(
        self,
        widget: QWidget,
        topics: Iterable[Topic],
        refresh: Callable[[], None],
        *,
        report_id: Callable[[], int | None] | None = None,
        stale: bool = False,
    ) -> Subscription:
        """`widget` refreshes through `refresh` when one of `topics` changes
        (for `report_id()`, when given). `stale=True`: load on first show."""
        subscription = Subscription(widget, topics, refresh, report_id, stale)
        self.subscriptions.append(subscription)
        widget.destroyed.connect(lambda *_: self._drop(subscription))
        return subscription

    def _drop(self, subscription: Subscription) -> None:
        if subscription in self.subscriptions:
            self.subscriptions.remove(subscription)

    def topics_handled(self) -> frozenset[Topic]:
        return frozenset().union(*(s.topics for s in self.subscriptions))

    def _heard(self, changes: Changes) -> None:
        self._pending = self._pending.merged(changes)
        if not self._scheduled:
            self._scheduled = True
            QTimer.singleShot(0, self.flush)

    def flush(self) -> None:
        """Deliver what has been heard so far (an action calls this when it is done)."""
        self._scheduled = False
        changes, self._pending = self._pending, Changes({})
        if self._closed or not changes:
            return
        for subscription in list(self.subscriptions):
            if subscription in self.subscriptions:  # a refresh may have dropped it
                subscription.deliver(changes)

    def refresh_all(self) -> None:
        """Every page renders again (after a theme switch: rich text carries its colours):
        visible pages at once, hidden ones when next shown."""
        if self._closed:
            return
        for subscription in list(self.subscriptions):
            if subscription not in self.subscriptions:
                continue
            if subscription.widget.isVisible():
                subscription._refresh()
            else:
                subscription.stale = True

    @property
    def closed(self) -> bool:
        return self._closed

    def close(self) -> None:
        """The store is about to close: hear and deliver nothing more."""
        self._closed = True
        self.store.unsubscribe(self._heard)
