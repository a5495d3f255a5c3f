"""Importing a filled-in worksheet: every answer goes where its guide says.

- profile:* and career:* → the employee's profile (conversations 1 and 5);
- ideas → the ideas loop, one idea per line, from that conversation;
- leadership_feedback → the feedback on the manager's leadership;
- note:<item> → that agenda item's note, shared (the employee wrote it);
- plan:* → goals and actions of the draft plan, proposed by the employee; what
  the manager already has is never overwritten;
- summary:employee → what the employee accomplished and learned (conversation 7);
- plan:commitments → what the employee commits to, on the draft plan.

The whole import is one transaction, so a worksheet is imported completely or
not at all; importing the same worksheet again changes nothing."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from opd_desktop.core.audience import first_name
from opd_desktop.core.guides import GuideSet, WorksheetSection, default_guides
from opd_desktop.core.i18n_marks import QT_TRANSLATE_NOOP
from opd_desktop.core.models import Conversation, FeedbackStatus, Owner
from opd_desktop.errors import OpdError
from opd_desktop.services import conversations, followthrough, notes, plans, profile, reports, series_summary
from opd_desktop.services.documents.worksheet_check import CheckedWorksheet, check_worksheet
from opd_desktop.services.documents.worksheet_read import WorksheetError, printable
from opd_desktop.store.database import Store

_BULLETS = re.compile(r"^[\s•·\-*–—]+")
_NUMBERING = re.compile(r"^\d{1,2}[.)]\s+")  # "1. " or "2) " before an entry
TOPICS = ("profile", "ideas", "leadership_feedback", "notes", "plans")

_COUNT_LABELS = {
    "preference": ("preference", "preferences"),
    "strength": ("strength", "strengths"),
    "aspiration": ("aspiration", "aspirations"),
    "value": ("value", "values"),
    "career": ("role", "roles"),
    "clifton_theme": ("CliftonStrengths theme", "CliftonStrengths themes"),
    "idea": ("idea", "ideas"),
    "feedback": ("leadership feedback", "leadership feedback"),
    "note": ("note", "notes"),
    "goal": ("plan goal", "plan goals"),
    "action": ("plan action", "plan actions"),
    "summary": ("series summary answer", "series summary answers"),
    "commitments": ("commitment", "commitments"),
}


@dataclass
class ImportResult:
    added: dict[str, int] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)

    def count(self, kind: str, amount: int = 1) -> None:
        self.added[kind] = self.added.get(kind, 0) + amount

    @property
    def summary(self) -> str:
        parts = []
        for kind, count in self.added.items():
            if count:
                one, many = _COUNT_LABELS.get(kind, (kind, kind))
                parts.append(f"{count} {one if count == 1 else many}")
        text = "Imported " + (", ".join(parts) if parts else "nothing new") + "."
        return text + ("" if not self.warnings else " " + " ".join(self.warnings))


def import_worksheet(
    store: Store,
    report_id: int,
    path: Path,
    guides: GuideSet | None = None,
    *,
    expected_conversation_id: int | None = None,
) -> ImportResult:
    """Read a filled-in worksheet back; refuses anything that is not this
    report's worksheet of a conversation this version knows (and, when given,
    of `expected_conversation_id`), with one line that names the file."""
    guides = guides or default_guides()
    report = reports.get_report(store, report_id)
    checked = check_worksheet(store, report, Path(path), guides)
    if expected_conversation_id is not None and checked.conversation.id != expected_conversation_id:
        wanted = conversations.get_conversation(store, expected_conversation_id)
        raise WorksheetError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{printable} is the worksheet for {label}, not for {label2}; import it from {label}.",
            ).format(
                printable=printable(Path(path).name),
                label=_label(checked.conversation),
                label2=_label(wanted),
            )
        )
    result = ImportResult()
    if checked.cleaned_fields:
        result.warnings.append(f"Control characters were removed from {', '.join(checked.cleaned_fields)}.")
    try:
        with store.write(*TOPICS):
            _Importer(store, report, checked, result).run()
    except WorksheetError:
        raise
    except OpdError as exc:
        raise WorksheetError(
            QT_TRANSLATE_NOOP("Errors", "{printable}: nothing was imported: {exc}").format(
                printable=printable(Path(path).name), exc=exc
            )
        ) from exc
    return result


def _label(conversation: Conversation) -> str:
    return f"conversation {conversation.number}" if conversation.number else "the check-in"


def _lines(text: str) -> list[str]:
    """One entry per line, bullets and numbering stripped."""
    found = []
    for line in text.splitlines():
        line = _NUMBERING.sub("", _BULLETS.sub("", line)).strip()
        if line:
            found.append(" ".join(line.split()))
    return found


def _same(a: str, b: str) -> bool:
    return " ".join(a.split()).casefold() == " ".join(b.split()).casefold()


def _merge(existing: str, addition: str) -> str | None:
    """The text with `addition` appended, or None when it is already there."""
    if not addition.strip() or " ".join(addition.split()).casefold() in " ".join(existing.split()).casefold():
        return None
    return f"{existing.rstrip()}\n\n{addition}" if existing.strip() else addition


def _month(text: str) -> dt.date | None:
    text = text.strip()
    for pattern in ("%Y-%m-%d", "%Y-%m", "%Y"):
        try:
            return dt.datetime.strptime(text, pattern).date()
        except ValueError:
            continue
    return None


class _Importer:
    def __init__(self, store: Store, report, checked: CheckedWorksheet, result: ImportResult) -> None:
        self.store = store
        self.report = report
        self.checked = checked
        self.conversation = checked.conversation
        self.result = result
        self.first = first_name(report.name)
        self._profile_seen: set[tuple[str, str]] | None = None
        self._plan: plans.Plan | None = None

    def run(self) -> None:
        sheet = self.checked.sheet
        handlers: dict[str, Callable[[str, str], None]] = {
            "ideas": self.ideas,
            "leadership_feedback": self.leadership,
            "summary:employee": self.summary,
            "plan:commitments": self.commitments,
            "profile:clifton": self.clifton,
        }
        note_blocks: dict[str, list[str]] = {}
        for section in sheet.sections:
            if section.repeat > 1:
                for index in range(1, section.repeat + 1):
                    self.group(section, index)
                continue
            for form_field in section.fields:
                text = self.checked.answers.get(section.pdf_name(form_field, 1), "")
                if not text:
                    continue
                if form_field.note_item:
                    note_blocks.setdefault(form_field.note_item, []).append(
                        f"{form_field.label} ({self.first}’s worksheet):\n{text}"
                    )
                elif form_field.into.startswith("profile:") and form_field.into != "profile:clifton":
                    for line in _lines(text):
                        self.profile_entry(form_field.into.removeprefix("profile:"), line)
                else:
                    handlers[form_field.into](text, form_field.label)
        for item, blocks in note_blocks.items():
            self.note(item, blocks)

    # notes -------------------------------------------------------------------

    def note(self, item: str, blocks: list[str]) -> None:
        current = notes.get_note(self.store, self.conversation.id, item)
        body = current.body if current else ""
        changed = False
        for block in blocks:
            merged = _merge(body, block)
            if merged is not None:
                body, changed = merged, True
        if not changed:
            return
        # The employee wrote it, so it is shared; a private note the manager
        # already wrote on this item stays private (and says so).
        keep_private = bool(current and current.private and current.body.strip())
        notes.save_note(self.store, self.conversation.id, item, body, private=keep_private)
        self.result.count("note")
        if keep_private:
            self.result.warnings.append(
                f"{self.first}’s answers were added to your private note on “{item.replace('_', ' ')}”; "
                "mark it shared if they may see it."
            )

    # profile -----------------------------------------------------------------

    def _seen(self) -> set[tuple[str, str]]:
        if self._profile_seen is None:
            self._profile_seen = {
                (e.kind, e.text.casefold()) for e in profile.entries(self.store, self.report.id)
            }
        return self._profile_seen

    def profile_entry(self, kind: str, text: str, **extra) -> None:
        if (kind, text.casefold()) in self._seen():
            return
        profile.add_entry(self.store, self.report.id, kind, text, **extra)
        self._seen().add((kind, text.casefold()))
        self.result.count(kind)

    def clifton(self, text: str, _label: str) -> None:
        themes = [t for t in (part.strip() for part in text.replace(";", ",").split(",")) if t]
        current = [e.text.casefold() for e in profile.entries(self.store, self.report.id, "clifton_theme")]
        if current == [t.casefold() for t in themes]:
            return
        try:
            profile.set_clifton_themes(self.store, self.report.id, themes)
        except OpdError as exc:
            self.result.warnings.append(f"CliftonStrengths themes were not imported: {exc} They are: {text}.")
            return
        self.result.count("clifton_theme", len(themes))

    # follow-through ------------------------------------------------------------

    def ideas(self, text: str, _label: str) -> None:
        known = [i.text for i in followthrough.ideas(self.store, self.report.id)]
        for line in _lines(text):
            if any(_same(line, k) for k in known):
                continue
            followthrough.capture_idea(self.store, self.report.id, line, self.conversation.id)
            known.append(line)
            self.result.count("idea")

    def leadership(self, text: str, _label: str) -> None:
        entries = followthrough.leadership_feedback(self.store, self.report.id)
        if any(_merge(e.employee_said, text) is None for e in entries if e.employee_said):
            return
        waiting = [e for e in entries if e.status == FeedbackStatus.REQUESTED]
        if waiting:
            entry = waiting[-1]
        else:
            entry = followthrough.request_leadership_feedback(
                self.store,
                self.report.id,
                f"How could I lead better? ({self.first} answered on the worksheet.)",
                self.conversation.id,
            )
        followthrough.record_leadership_feedback(
            self.store,
            entry.id,
            employee_said=text,
            manager_response=entry.manager_response,
            commitments=entry.commitments,
        )
        self.result.count("feedback")

    # series summary and commitments ------------------------------------------

    def summary(self, text: str, _label: str) -> None:
        current = series_summary.read(self.store, self.report.id)["summary_employee"]
        merged = _merge(current, text)
        if merged is None:
            return
        final = series_summary.final_conversation(self.store, self.report.id)
        notes.save_note(self.store, final.id, "summary_employee", merged, private=False)
        self.result.count("summary")

    def commitments(self, text: str, label: str) -> None:
        plan = plans.current_plan(self.store, self.report.id)
        if plan is not None and plan.status == "draft":
            merged = _merge(plan.employee_commitments, text)
            if merged is not None:
                plans.set_commitments(self.store, plan.id, employee=merged)
                self.result.count("commitments")
            return
        final = series_summary.final_conversation(self.store, self.report.id)
        current = notes.get_note(self.store, final.id, "summary_agreement")
        merged = _merge(current.body if current else "", f"{label} ({self.first}’s worksheet):\n{text}")
        if merged is not None:
            notes.save_note(self.store, final.id, "summary_agreement", merged, private=False)
            self.result.count("commitments")

    # repeated sections: career roles and plan goals ---------------------------

    def group(self, section: WorksheetSection, index: int) -> None:
        values = {f.into: self.checked.answers.get(section.pdf_name(f, index), "") for f in section.fields}
        if "career:role" in values:
            self.career(values, index)
        elif "plan:goal" in values:
            self.goal(values, index)

    def career(self, values: dict[str, str], index: int) -> None:
        role = " ".join(values.get("career:role", "").split())
        if not role:
            return
        start_text, end_text = values.get("career:from", ""), values.get("career:to", "")
        start, end = _month(start_text), _month(end_text)
        detail = values.get("career:highlights", "")
        unread = [t for t, d in ((start_text, start), (end_text, end)) if t.strip() and d is None]
        if unread:
            detail = (
                (detail + "\n" if detail else "")
                + "Dates as written: "
                + " – ".join(t.strip() for t in unread)
            )
            self.result.warnings.append(
                f"Role {index}: dates “{', '.join(unread)}” were kept as text (use YYYY-MM)."
            )
        if start and end and end < start:
            start, end = end, start
        self.profile_entry(
            "career",
            role,
            detail=detail,
            learned=values.get("career:learned", ""),
            start_date=start,
            end_date=end,
        )

    def draft_plan(self) -> plans.Plan:
        if self._plan is None:
            plan = plans.current_plan(self.store, self.report.id)
            if plan is None:
                plan = plans.start_plan(self.store, self.report.id)
            elif plan.status != "draft":
                plan = plans.revise(self.store, self.report.id)
                self.result.warnings.append(
                    f"The plan was final, so {self.first}’s proposals are in a new draft, "
                    f"version {plan.version}."
                )
            self._plan = plan
        return plans.get_plan(self.store, self._plan.id)

    def goal(self, values: dict[str, str], index: int) -> None:
        title = " ".join(values.get("plan:goal", "").split())
        actions = _lines(values.get("plan:actions", ""))
        why = values.get("plan:why", "")
        support = values.get("plan:support", "")
        by_text = values.get("plan:by", "").strip()
        if not title:
            if actions or why or support:
                self.result.warnings.append(f"Goal {index} has no goal written, so it was left out.")
            return
        by = _month(by_text) if by_text else None
        if by_text and by is None:
            why = (why + "\n" if why else "") + f"By: {by_text}"
            self.result.warnings.append(
                f"Goal {index}: “{by_text}” is not a date (use YYYY-MM-DD); kept as text."
            )
        plan = self.draft_plan()
        goal = next((g for g in plan.goals if _same(g.title, title)), None)
        if goal is None:
            goal = plans.add_goal(
                self.store, plan.id, title, why=why, target_date=by, proposed_by=Owner.EMPLOYEE
            )
            self.result.count("goal")
        else:
            self.fill_gaps(goal, why, by, index)
        known = [a.text for a in goal.actions]
        for position, action in enumerate(actions):
            if any(_same(action, k) for k in known):
                continue
            plans.add_action(
                self.store,
                goal.id,
                action,
                Owner.EMPLOYEE,
                support_needed=support if position == 0 else "",
                proposed_by=Owner.EMPLOYEE,
            )
            known.append(action)
            self.result.count("action")
        if support and not actions:
            current = next(g for g in plans.get_plan(self.store, plan.id).goals if g.id == goal.id)
            merged = _merge(current.why, f"Support needed: {support}")
            if merged is not None:
                self._update_goal(current, why=merged)

    def fill_gaps(self, goal: plans.PlanGoal, why: str, by: dt.date | None, index: int) -> None:
        """A goal the plan already has: empty parts are filled in; what the
        manager wrote stays, and a different answer is mentioned, not written."""
        new_why = goal.why or why
        new_by = goal.target_date or by
        if (why and not _same(why, goal.why) and goal.why) or (
            by and goal.target_date and by != goal.target_date
        ):
            self.result.warnings.append(
                f"Goal {index} (“{printable(goal.title, 40)}”) is already in the plan; its existing "
                "wording and date were kept."
            )
        if new_why != goal.why or new_by != goal.target_date:
            self._update_goal(goal, why=new_why, target_date=new_by)

    def _update_goal(self, goal: plans.PlanGoal, **changes) -> None:
        values = {
            "title": goal.title,
            "why": goal.why,
            "success_measure": goal.success_measure,
            "target_date": goal.target_date,
            "profile_entry_id": goal.profile_entry_id,
        }
        values.update(changes)
        plans.update_goal(self.store, goal.id, **values)
