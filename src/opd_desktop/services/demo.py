"""A realistic demo team, so a manager can explore the app before entering
real people. Dates are relative to today so the demo always looks current."""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass
from pathlib import Path

from opd_desktop.core.changes import Topic
from opd_desktop.core.guides import default_guides
from opd_desktop.core.i18n_marks import QT_TRANSLATE_NOOP
from opd_desktop.errors import OpdError
from opd_desktop.services import (
    conversations,
    followthrough,
    ideas,
    metrics,
    notes,
    organization,
    plans,
    profile,
    reports,
)
from opd_desktop.store.database import Store, database_path, open_store

log = logging.getLogger(__name__)

DEMO_FLAG = "demo"


@dataclass(frozen=True)
class DemoMetrics:
    engagement: int
    enps: int
    risk: int


@dataclass(frozen=True)
class DemoPerson:
    name: str
    role: str
    team: str
    held: int  # how many of the seven conversations are behind them
    skipped: tuple[int, ...] = ()


TEAM = (
    DemoPerson("Zoë Martin", "Senior Data Analyst", "Insights", 7),
    DemoPerson("Łukasz Żółć", "Software Engineer", "Platform", 5),
    DemoPerson("Дмитрий Соколов", "QA Lead", "Platform", 3),
    DemoPerson("محمد الأحمد", "Customer Success Manager", "Customers", 2),
    DemoPerson("Şükrü Yılmaz", "Sales Operations Analyst", "Customers", 3, skipped=(2,)),
    DemoPerson("张伟", "Product Designer", "Insights", 1),
    DemoPerson("Aoife Ní Bhriain", "Support Engineer", "Customers", 0),
)

ORGANIZATION = {
    "mission": "Help small clinics spend less time on paperwork and more time with patients.",
    "vision": "Every clinic in the region runs on software its staff enjoys using.",
    "values": "Patients first. Say it plainly. Finish what we start. Learn in the open.",
    "direction": "Move from a single product to a platform that partners can build on.",
    "priorities": "1. Reliability above new features this year.\n2. Enter two new regions.\n"
    "3. Halve onboarding time for new clinics.",
    "change_initiatives": "Cloud migration (Q1–Q3); new pricing model; regional support hubs.",
    "department_impact": "Our team owns the migration of reporting and takes on second-line "
    "support for the new regions.",
}

DEPARTMENT = {
    "strengths": "Deep product knowledge, calm under pressure, excellent relationships with clinics.",
    "upcoming_changes": "Two new hires in spring; the support rota moves to the regional hubs.",
    "challenges": "Too many urgent requests; knowledge sits with few people.",
    "metrics": "Ticket resolution time, customer satisfaction (CSAT), release defects.",
    "manager_expectations": "Raise problems early, share what you learn, keep promises to clinics.",
    "manager_priorities": "A stable migration, growing people into leads, fewer late nights.",
    "manager_challenges": "Balancing hiring with delivery; I am still learning the platform side.",
    "manager_as_person": "Former nurse turned engineer; cycles to work; two teenagers; "
    "prefers a quick call to a long email.",
}

NOTES = {
    1: {
        "preferences": "Does best work with a clear goal and freedom on the how. "
        "Wants written context before meetings.",
        "strengths": "Explains complex things simply; colleagues come to them with questions.",
        "aspirations": "Would like to lead a small project within a year.",
        "desired_experience": "More ownership, fewer interruptions, a mentor outside the team.",
    },
    2: {
        "mission_vision_values": "Connects strongly with 'patients first'; asked how pricing fits.",
        "challenges_changes": "Worried the migration will crowd out product work.",
    },
    3: {
        "manager_expectations": "Agreed to flag risks in the weekly stand-up rather than 1:1s.",
        "leadership_feedback_request": "Asked what I could do better; will answer next time.",
    },
    4: {
        "recognition": "Thanked them for the release checklist that cut defects by a third.",
        "challenges_solutions": "Brainstormed a rota for interruptions; try it for a month.",
    },
    5: {
        "career_history": "Started in clinic reception, moved to support, then engineering.",
        "goals_first_steps": "Goal 1: lead the reporting migration. Goal 2: present at a meetup.",
    },
    6: {"immediate_goals": "Two goals agreed with clear measures; draft plan started."},
    7: {"series_summary": "Both felt the series built trust; wants to keep monthly check-ins."},
}

# What a good recap reads like: written to the employee, what we covered, what
# we agreed and who does what next — nothing the manager noted for themselves.
RECAPS = {
    1: "Thank you for an open first conversation. We talked about how you like to work: a clear "
    "goal, freedom on the how, and written context before meetings. Your strengths as you see "
    "them: explaining complex things simply and being the person colleagues ask. You would like "
    "to lead a small project within a year.\nAgreed: I will send context in writing before our "
    "meetings; you will think about which project could be a first step.",
    2: "We went through where the organization is heading and how our work connects to "
    "'patients first'. Your question about how the new pricing fits is on my list to take "
    "upward; I will bring back the answer.\nAgreed: you will read the migration plan summary "
    "before our next conversation.",
    3: "We talked about the department's strengths and challenges and what I expect of the team: "
    "raise problems early, share what you learn, keep promises to clinics. You will flag risks "
    "in the weekly stand-up. I asked you what I could do better as your manager; we take that "
    "up first next time.",
    4: "You told me what helps and what gets in the way. I committed to fewer priority changes "
    "in the middle of a sprint and to explaining the reasons when they do happen. We agreed to "
    "try an interruption rota for a month, and you will block two focus mornings a week.",
    5: "We traced your path from clinic reception through support to engineering and what each "
    "step taught you. Two goals came out of it: lead the reporting migration, and present at a "
    "meetup. Next time we turn them into a development plan with first steps and dates.",
    6: "We agreed your development plan: two goals with clear measures, first actions and the "
    "support you need from me. I will share the final version before conversation 7.",
    7: "We looked back on the seven conversations together and agreed how to keep going: "
    "check-ins every three weeks, progress on each plan goal every time.",
}

# One note per conversation that was taken together on screen and marked shared.
SHARED_NOTE_KEYS = {4: "challenges_solutions", 5: "goals_first_steps"}

SERIES_SUMMARY = {
    "summary_employee": "Took ownership of the release checklist and the reporting migration plan; "
    "learned to say no to low-value requests and to ask for help earlier.",
    "summary_manager": "Understood what energises Zoë and changed how I hand out work; learned to "
    "explain the reasons behind team decisions.",
    "summary_agreement": "Check-ins every three weeks, progress on each plan goal at every check-in, "
    "and an honest word from either side when something slips.",
}

METRIC_STEPS = {1: 0, 4: 1, 7: 2}

PREP_NOTE = "Private: ask about workload first; they mentioned being tired last week."


def is_demo(store: Store) -> bool:
    return store.meta(DEMO_FLAG) == "1"


def has_real_data(store: Store) -> bool:
    count = store.execute("SELECT count(*) FROM reports").fetchone()[0]
    return count > 0 and not is_demo(store)


def create_demo(data_dir: Path, today: dt.date | None = None) -> Store:
    """Fill `data_dir` with the demo team. Refuses a folder holding real data;
    a previous demo is replaced."""
    store = open_store(data_dir)
    if has_real_data(store):
        store.close()
        raise OpdError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{data_dir} holds real data; the demo never writes over it. Choose an empty folder with --data-dir.",  # noqa: E501
            ).format(data_dir=data_dir)
        )
    if is_demo(store):
        store.close()
        path = database_path(store.data_dir)
        for suffix in ("", "-wal", "-shm"):
            Path(str(path) + suffix).unlink(missing_ok=True)
        store = open_store(data_dir)
    day = today or dt.date.today()
    with store.write(
        Topic.REPORTS,
        Topic.CONVERSATIONS,
        Topic.NOTES,
        Topic.IDEAS,
        Topic.ACTION_ITEMS,
        Topic.PLANS,
        Topic.METRICS,
        Topic.PROFILE,
        Topic.ORGANIZATION,
        Topic.DEPARTMENT,
    ):
        store.set_meta(DEMO_FLAG, "1")
        organization.save(store, "organization", ORGANIZATION)
        organization.save(store, "department", DEPARTMENT)
        engagement = metrics.define_from_template(store, "engagement", target=4, agreed_in=1)
        enps = metrics.define_from_template(store, "enps", agreed_in=1)
        risk = metrics.define_metric(
            store,
            "Retention risk",
            "score 1–5",
            "The manager's honest estimate of how likely the person is to leave within a year.",
            higher_is_better=False,
            agreed_in=1,
        )
        series = DemoMetrics(engagement.id, enps.id, risk.id)
        for index, person in enumerate(TEAM):
            _add_person(store, person, index, day, series)
    log.info("demo team written to %s", data_dir)
    return store


def _at(day: dt.date, hour: int = 10) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hour, 0))


def _record_metrics(
    store: Store, series: DemoMetrics, report_id: int, step: int, index: int, day: dt.date, cid: int | None
) -> None:
    """Values that tell a story: engagement and NPS rise, retention risk falls
    as the series goes on (step 0 is the baseline at conversation 1)."""
    spread = (index % 3) * 0.2
    values = (
        (series.engagement, min(5.0, 2.9 + spread + 0.45 * step)),
        (series.enps, min(10.0, 5.0 + index % 2 + 1.2 * step)),
        (series.risk, max(1.0, 3.0 + index % 2 - 0.7 * step)),
    )
    for metric_id, value in values:
        metrics.record_value(store, metric_id, round(value, 1), day, report_id, "", cid, today=day)


def _add_person(store: Store, person: DemoPerson, index: int, today: dt.date, series: DemoMetrics) -> None:
    guides = default_guides()
    start = today - dt.timedelta(days=14 * (person.held + 1) + 3 * index)
    report = reports.add_report(
        store,
        person.name,
        person.role,
        person.team,
        start - dt.timedelta(days=400 + 90 * index),
        at=_at(start - dt.timedelta(days=7)),
    )
    journey = conversations.journey(store, report.id)
    day = start
    for conversation in journey[: person.held + len(person.skipped)]:
        number = conversation.number or 0
        if number in person.skipped:
            conversations.skip(store, conversation.id, "Moved to the next topic during a busy month.")
            continue
        conversations.schedule(store, conversation.id, _at(day))
        conversations.hold(store, conversation.id, day)
        if number in METRIC_STEPS:  # baseline in 1, then again in 4 and 7
            _record_metrics(store, series, report.id, METRIC_STEPS[number], index, day, conversation.id)
        if number < person.held:
            conversations.complete(store, conversation.id)
        guide = guides.for_number(number)
        for key, body in NOTES.get(number, {}).items():
            if any(item.key == key for item in guide.agenda):
                shared = SHARED_NOTE_KEYS.get(number) == key
                notes.save_note(store, conversation.id, key, body, private=not shared)
        notes.save_note(store, conversation.id, notes.PREP_KEY, PREP_NOTE, private=True)
        conversations.save_wrap_up(
            store,
            conversation.id,
            summary=f"Good conversation about {guide.short_title.lower()}.",
            next_steps="Follow up on the action items before the next conversation.",
            recap=RECAPS.get(number, ""),
        )
        _follow_through(store, report.id, conversation.id, number, day, index)
        day += dt.timedelta(days=14)
    _schedule_next(store, report.id, person, today, index)
    if person.held >= 4:
        # Further along, most early items have been dealt with.
        for item in followthrough.action_items(store, report.id, open_only=True)[:2]:
            followthrough.set_action_status(store, item.id, "done", at=_at(day - dt.timedelta(days=10)))
    if person.held >= 5:
        _profile(store, report.id)
    if 5 <= person.held < 7:
        draft = plans.start_plan(store, report.id)
        goal = plans.add_goal(
            store, draft.id, "Own the release checklist", "Builds on the aspiration to lead a small project"
        )
        plans.add_action(store, goal.id, "Shadow the current release owner", "employee")
    if person.held >= 7:
        _final_plan(store, report.id, today)
        from opd_desktop.services import series_summary

        for key, text in SERIES_SUMMARY.items():
            series_summary.save(store, report.id, key, text)
        _closing_outcomes(store, report.id, series, index, today)


def _closing_outcomes(store: Store, report_id: int, series: DemoMetrics, index: int, today: dt.date) -> None:
    """After the series: a check-in value, a kept commitment, a goal achieved,
    and a metric agreed for this report alone in conversation 4."""
    from opd_desktop.services import outcomes

    checkin = next(c for c in conversations.journey(store, report_id) if c.number is None)
    day = today - dt.timedelta(days=10)
    _record_metrics(store, series, report_id, 3, index, day, checkin.id)
    for feedback in followthrough.leadership_feedback(store, report_id):
        if feedback.commitments:
            outcomes.set_commitment_status(store, feedback.id, "kept", day)
    plan = plans.current_plan(store, report_id)
    if plan is not None and len(plan.goals) > 1:
        outcomes.set_goal_outcome(store, plan.goals[1].id, "achieved", day)
    turnaround = metrics.define_metric(
        store,
        "Report turnaround",
        "days",
        "Working days from a clinic's request to the finished report.",
        higher_is_better=False,
        report_id=report_id,
        target=3,
        agreed_in=4,
    )
    four = conversations.series_conversation(store, report_id, 4)
    start = four.held_on or today - dt.timedelta(days=60)
    for step, value in enumerate((6, 5, 4, 3.5)):
        when = min(start + dt.timedelta(days=21 * step), today)
        metrics.record_value(store, turnaround.id, value, when, report_id, today=today)


def _follow_through(
    store: Store, report_id: int, conversation_id: int, number: int, day: dt.date, index: int
) -> None:
    at = _at(day, 11)
    if number == 1:
        done = followthrough.add_action_item(
            store,
            report_id,
            "Share the team's onboarding notes",
            "employee",
            day + dt.timedelta(days=7),
            conversation_id,
            at=at,
        )
        followthrough.set_action_status(store, done.id, "done", at=at + dt.timedelta(days=5))
        followthrough.add_action_item(
            store,
            report_id,
            "Find a mentor outside the team",
            "manager",
            day + dt.timedelta(days=21),
            conversation_id,
            at=at,
        )
    if number == 2:
        texts = [
            "Publish a monthly 'what changed' note for clinics",
            "Pair new hires with a clinic for their first week",
            "Offer a self-service data export",
            "Run a quarterly open Q&A with the leadership team",
        ]
        for step, text in enumerate(texts[: 1 + index % 4]):
            idea = followthrough.capture_idea(store, report_id, text, conversation_id, at=at)
            if step >= 1:
                followthrough.take_idea_to_management(
                    store, idea.id, day + dt.timedelta(days=2), "Leadership team"
                )
            if step >= 2:
                adopted = step == 3 or index % 2 == 0
                ideas.answer(
                    store,
                    idea.id,
                    "adopted" if adopted else "parked",
                    "Good idea; piloting it in the new regions first."
                    if adopted
                    else "Worth doing, but not before the migration is finished.",
                    day + dt.timedelta(days=9),
                )
            if step >= 3:
                followthrough.share_idea_back(store, idea.id, day + dt.timedelta(days=13))
            if step == 0 and index == 1:  # the same idea as Zoë's: one idea, both credited
                first = followthrough.ideas(store)[0]
                ideas.merge(store, idea.id, first.id)
            if step == 0 and index == 2:
                ideas.drop(store, idea.id, "Already covered by the clinic newsletter.")
    if number == 3:
        feedback = followthrough.request_leadership_feedback(
            store,
            report_id,
            "What could I do to lead you and the team better?",
            conversation_id,
            at=at,
        )
        followthrough.add_action_item(
            store,
            report_id,
            "Draft a proposal for the interruptions rota",
            "employee",
            day + dt.timedelta(days=10),
            conversation_id,
            at=at,
        )
        if index == 0:
            followthrough.record_leadership_feedback(
                store,
                feedback.id,
                employee_said="Decisions sometimes arrive without the reasons behind them.",
                manager_response="Fair point; I will share the why with every decision.",
                commitments="Explain the reasons for team decisions in the weekly note.",
            )
    if number == 4:
        followthrough.add_action_item(
            store,
            report_id,
            "Block two focus mornings a week",
            "employee",
            day + dt.timedelta(days=14),
            conversation_id,
            at=at,
        )


def _schedule_next(store: Store, report_id: int, person: DemoPerson, today: dt.date, index: int) -> None:
    if person.held >= 7:
        checkins = conversations.schedule_checkins(store, report_id, today - dt.timedelta(days=10), 21, 3)
        conversations.hold(store, checkins[0].id, today - dt.timedelta(days=10))
        notes.save_note(
            store,
            checkins[0].id,
            "plan_progress",
            "Reporting migration on track; meetup talk accepted.",
        )
        return
    nxt = conversations.series_conversation(store, report_id, person.held + len(person.skipped) + 1)
    # One report is overdue, to show the mark; the others are planned ahead.
    offset = -3 if index == 2 else 2 + index
    conversations.schedule(store, nxt.id, _at(today + dt.timedelta(days=offset), 14))


def _profile(store: Store, report_id: int) -> None:
    for rank, theme in enumerate(["Learner", "Achiever", "Relator", "Analytical", "Responsibility"], 1):
        profile.add_entry(store, report_id, "clifton_theme", theme, rank=rank)
    profile.add_entry(store, report_id, "strength", "Explains complex data to non-experts")
    profile.add_entry(store, report_id, "preference", "Clear goals, freedom on the how")
    profile.add_entry(store, report_id, "aspiration", "Lead a small team within two years")
    profile.add_entry(store, report_id, "value", "Honesty with clinics, even when it is awkward")
    profile.add_entry(
        store,
        report_id,
        "career",
        "Support Specialist",
        detail="Clinic onboarding",
        learned="Listening before fixing",
        start_date="2018-03-01",
        end_date="2021-06-30",
    )


def _final_plan(store: Store, report_id: int, today: dt.date) -> None:
    plan = plans.start_plan(store, report_id)
    start = today - dt.timedelta(days=20)
    plans.set_terms(
        store,
        plan.id,
        period_start=start,
        period_end=start + dt.timedelta(days=182),
        employee_commitments="Bring progress on each goal to every check-in.",
        manager_commitments="Protect two focus mornings; introduce a mentor.",
        checkin_cadence_days=21,
        next_review=start + dt.timedelta(days=91),
    )
    goal = plans.add_goal(
        store,
        plan.id,
        "Lead the reporting migration",
        "Builds on the Achiever theme and the aspiration to lead",
        "Migration done with no lost reports",
        start + dt.timedelta(days=150),
    )
    first = plans.add_action(
        store,
        goal.id,
        "Write the migration plan",
        "employee",
        start + dt.timedelta(days=14),
        "Review from the architect",
    )
    plans.set_action_status(store, first.id, "done")
    plans.add_action(
        store,
        goal.id,
        "Run the weekly migration stand-up",
        "employee",
        start + dt.timedelta(days=30),
    )
    talk = plans.add_goal(
        store,
        plan.id,
        "Present at a regional meetup",
        "Aspiration: be known for explaining data well",
        "Talk given and feedback collected",
        start + dt.timedelta(days=120),
    )
    plans.add_action(store, talk.id, "Submit a talk proposal", "employee", start + dt.timedelta(days=20))
    plans.add_action(
        store,
        talk.id,
        "Arrange a rehearsal with the team",
        "manager",
        start + dt.timedelta(days=90),
        "Book a room and invite the team",
    )
    plans.finalize(store, plan.id)
