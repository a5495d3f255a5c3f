"""The guides: valid, complete, and faithful to every point the method makes."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from opd_desktop.core.guides import GuideError, GuideSet, load_guides
from opd_desktop.paths import guides_dir


@pytest.fixture(scope="module")
def guides() -> GuideSet:
    return load_guides(guides_dir())


def _text(guide) -> str:
    return guide.all_text().lower()


def _captures(guide) -> set[str]:
    return {kind for item in guide.agenda for kind in item.captures}


def _has(*words: str):
    """Every word (a regular expression) appears somewhere in the guide."""
    return lambda g: all(re.search(w, _text(g)) for w in words)


def _captures_kind(kind: str):
    return lambda g: kind in _captures(g)


def _carries(kind: str):
    return lambda g: kind in g.carry_in.kinds


def _both(*checks):
    return lambda g: all(check(g) for check in checks)


# The method's points, conversation by conversation (see shared/seeds), each
# with how its guide must show it.
SEED_POINTS = [
    (1, "in-depth understanding of the employee", _has("in depth")),
    (
        1,
        "exercises on preferences, strengths and aspirations",
        lambda g: (
            sum(s.exercise for s in g.preparation) >= 3 and _has("preference", "strength", "aspiration")(g)
        ),
    ),
    (
        1,
        "the optional CliftonStrengths assessment",
        lambda g: any("cliftonstrengths" in s.task.lower() and s.optional for s in g.preparation),
    ),
    (
        1,
        "exercises are discussed",
        _both(
            _captures_kind("preferences"),
            _captures_kind("strengths"),
            _captures_kind("aspirations"),
        ),
    ),
    (
        1,
        "clear picture of the desired work experience, giving direction",
        _has("work experience", "direction|steer"),
    ),
    (1, "groundwork for alignment and partnership", _has("alignment", "partnership")),
    (
        1,
        "rewarding work experience leads to improved performance",
        _has("rewarding", "performance"),
    ),
    (
        2,
        "mission, vision, values, direction and priorities",
        _has("mission", "vision", "values", "direction", "priorit"),
    ),
    (
        2,
        "commitment to what the organization stands for, its needs and expectations",
        _has("commitment", "stands for", "needs", "expect"),
    ),
    (
        2,
        "interactive discussion of challenges and upcoming changes that draws out ideas",
        _both(_has("interactive", "challenges", "upcoming changes"), _captures_kind("ideas")),
    ),
    (
        2,
        "how change initiatives affect the department and the employee",
        _has("change initiatives", "department"),
    ),
    (
        2,
        "ideas go to senior management and feedback comes back",
        _both(_has("senior management", "feedback"), _captures_kind("ideas")),
    ),
    (2, "the organization's content prefills the agenda", _carries("organization")),
    (
        3,
        "department strengths, upcoming changes, challenges and performance metrics",
        _has("strengths", "upcoming changes", "challenges", "performance metrics"),
    ),
    (
        3,
        "employee provides ideas and suggestions",
        _both(_has("suggestions"), _captures_kind("ideas")),
    ),
    (
        3,
        "manager's expectations, priorities and challenges",
        _has("expectations", "priorities", "challenges"),
    ),
    (3, "the manager as a person; the relationship improves", _has("as a person", "relationship")),
    (
        3,
        "manager requests feedback on leading better, taken up next time",
        _both(_has("lead better", "conversation 4|next time"), _captures_kind("leadership_feedback")),
    ),
    (3, "trust and candor", _has("trust", "candor")),
    (
        3,
        "the employee's participation in the department grows",
        _has("part in|participation|more say"),
    ),
    (
        3,
        "senior management's feedback on earlier ideas comes back",
        _both(_carries("ideas_awaiting_feedback"), _captures_kind("idea_feedback")),
    ),
    (3, "the department's content prefills the agenda", _carries("department")),
    (4, "key aspects of the current job", _has("current job")),
    (4, "recognizing the employee's contribution", _has("recogni[sz]e", "contribut")),
    (4, "deliverables and priorities", _has("deliverables", "priorities")),
    (4, "upcoming changes in the job", _has("changes in the job|change in your job")),
    (4, "challenges and possible solutions", _has("challenges", "solutions")),
    (4, "metrics", _both(_has("metrics"), _captures_kind("metrics"))),
    (
        4,
        "frank and thorough, improving alignment and partnership",
        _has("frank", "thorough", "alignment", "partnership"),
    ),
    (
        4,
        "the goal is for the job to go as well as possible",
        _has("as well as it possibly can|as well as possible"),
    ),
    (
        4,
        "a brainstorming session, not a performance review",
        _has("brainstorm", "not a performance review"),
    ),
    (
        4,
        "takes up the leadership feedback asked for in 3",
        _both(
            _carries("leadership_feedback"),
            _captures_kind("leadership_commitments"),
            lambda g: 3 in g.carry_in.recap,
        ),
    ),
    (
        5,
        "5–7 lay the foundation for an ongoing partnership on development",
        _has("foundation", "ongoing partnership"),
    ),
    (
        5,
        "first steps toward the development plan",
        _both(_has("development plan"), _captures_kind("plan_goals")),
    ),
    (
        5,
        "past work experience, strengths, values and aspirations",
        _both(
            _has("past work experience", "strengths", "values", "aspirations"),
            _captures_kind("career_history"),
        ),
    ),
    (5, "good career choices", _has("career choices")),
    (
        5,
        "clarify goals and define action steps",
        _both(_has("goals", "action steps"), _captures_kind("plan_actions")),
    ),
    (
        5,
        "employee gains self-awareness about choices and next steps",
        _has("self-awareness", "choices", "next steps"),
    ),
    (
        5,
        "manager gains skills and knowledge to support development",
        _has("skill", "knowledge", "supporting the employee's development"),
    ),
    (
        6,
        "recap of what has been learned, from 1 and 5",
        _both(_has("recap"), lambda g: set(g.carry_in.recap) >= {1, 5}, _carries("profile")),
    ),
    (
        6,
        "career goals and options, focused on the current job",
        _has("career goals", "options", "current job"),
    ),
    (
        6,
        "immediate goals and actions defined clearly",
        _both(_has("immediate goals"), _captures_kind("plan_actions")),
    ),
    (
        6,
        "employee drafts the plan with the manager's support",
        _both(_has("employee drafts", "support"), _carries("plan")),
    ),
    (
        7,
        "review and finalize the plan for 3–6 months",
        _both(_has("finali[sz]e", "three to six months"), _carries("plan")),
    ),
    (
        7,
        "summary of the series: what each accomplished and learned",
        _has("summary|look back", "accomplished", "learned"),
    ),
    (
        7,
        "mutual accountability and continued progress",
        _both(_has("accountab", "progress"), _captures_kind("commitments")),
    ),
]


@pytest.mark.parametrize(
    ("number", "point", "check"), SEED_POINTS, ids=[f"{n}-{p[:40]}" for n, p, _ in SEED_POINTS]
)
def test_every_seed_point_has_a_home_in_its_guide(guides: GuideSet, number: int, point: str, check) -> None:
    assert check(guides.for_number(number)), f"conversation {number} guide does not cover: {point}"


def test_all_eight_guides_load_with_their_structure(guides: GuideSet) -> None:
    assert [g.number for g in guides.conversations] == list(range(1, 8))
    assert guides.checkin.is_checkin
    for guide in guides.all():
        assert guide.agenda and guide.preparation and guide.outcomes and guide.wrap_up
        assert guide.agenda_minutes <= guide.duration_minutes
        assert all(item.prompts for item in guide.agenda)


def test_checkin_follows_through_on_every_loop(guides: GuideSet) -> None:
    kinds = set(guides.checkin.carry_in.kinds)
    assert {
        "open_action_items",
        "ideas_awaiting_feedback",
        "leadership_commitments",
        "plan",
    } <= kinds


def test_every_conversation_after_the_first_carries_open_items(guides: GuideSet) -> None:
    for guide in guides.all()[1:]:
        assert "open_action_items" in guide.carry_in.kinds
        assert "ideas_awaiting_feedback" in guide.carry_in.kinds


@pytest.fixture
def guide_copy(tmp_path: Path) -> Path:
    target = tmp_path / "guides"
    shutil.copytree(guides_dir(), target)
    return target


def _replace(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


@pytest.mark.parametrize(
    ("old", "new", "key", "reason"),
    [
        ("minutes = 15", 'minutes = "15"', "agenda[1].minutes", "whole number"),
        (
            'captures = ["notes", "preferences"]',
            'captures = ["notes", "gossip"]',
            "agenda[1].captures",
            "unknown kind 'gossip'",
        ),
        ('key = "preferences"', 'key = "opening"', "agenda[1].key", "used twice"),
        ('who = "employee"', 'who = "hr"', "preparation[0].who", "must be one of"),
        ("duration_minutes = 60", "duration_minutes = 30", "duration_minutes", "add up to 60"),
        ("recap = []", "recap = [3]", "carry_in.recap", "before this one"),
        ('title = "Partnering for a Great Employee Experience"\n', "", "title", "is missing"),
        ('key = "1"', "key = [", "(file)", "not valid TOML"),
    ],
)
def test_a_bad_guide_names_file_key_and_reason(
    guide_copy: Path, old: str, new: str, key: str, reason: str
) -> None:
    _replace(guide_copy / "01_partnering.toml", old, new)
    with pytest.raises(GuideError) as caught:
        load_guides(guide_copy)
    assert caught.value.file == "01_partnering.toml"
    assert caught.value.key == key
    assert reason in caught.value.reason
    assert str(caught.value).startswith("01_partnering.toml: ")


def test_a_missing_guide_is_named(guide_copy: Path) -> None:
    (guide_copy / "05_career.toml").unlink()
    with pytest.raises(GuideError, match="no guide for 5"):
        load_guides(guide_copy)


@pytest.mark.parametrize(
    ("old", "new", "key"),
    [
        ('key = "1"', 'key = "1"\ntitel = "typo"', "titel"),
        ("minutes = 15", "minutes = 15\nminuts = 10", "agenda[1].minuts"),
        ('who = "employee"', 'who = "employee"\nwhom = "x"', "preparation[0].whom"),
        ("recap = []", "recap = []\nrecaps = [1]", "carry_in.recaps"),
        (
            'into = "note:job_changes"',
            'into = "note:job_changes"\nhalf_width = true',
            "worksheet.sections[0].fields[2].half_width",
        ),
    ],
)
def test_unknown_keys_are_refused(guide_copy: Path, old: str, new: str, key: str) -> None:
    guide = "04_job.toml" if "job_changes" in old else "01_partnering.toml"
    _replace(guide_copy / guide, old, new)
    with pytest.raises(GuideError) as caught:
        load_guides(guide_copy)
    assert caught.value.key == key and "not a known key" in caught.value.reason


@pytest.mark.parametrize(
    ("file", "old", "new", "key", "reason"),
    [
        (
            "04_job.toml",
            'into = "note:job_changes"',
            'into = "note:gossip"',
            "worksheet.sections[0].fields[2].into",
            "names no agenda item",
        ),
        (
            "04_job.toml",
            'into = "note:job_metrics"',
            'into = "salary"',
            "worksheet.sections[0].fields[4].into",
            "unknown destination 'salary'",
        ),
        (
            "04_job.toml",
            'key = "changes"',
            'key = "deliverables"',
            "worksheet.sections[0].fields[2].key",
            "used twice",
        ),
        (
            "04_job.toml",
            'into = "leadership_feedback"\n',
            'into = "summary:employee"\n',
            "worksheet.sections[0].fields[5].into",
            "conversation 7 only",
        ),
        (
            "06_plan.toml",
            "repeat = 3",
            "repeat = 1",
            "worksheet.sections[1].fields[0].into",
            "belongs in a repeated section",
        ),
        ("06_plan.toml", 'heading = "Goal {n}"', 'heading = "Goal"', "worksheet.sections[1].heading", "{n}"),
        (
            "05_career.toml",
            "lines = 2",
            "lines = 40",
            "worksheet.sections[0].fields[3].lines",
            "between 1 and",
        ),
        (
            "05_career.toml",
            'key = "role"\nlabel = "Title and organization"\nprompt = ""\nlines = 1\ninto = "career:role"',
            'key = "role"\nlabel = "Title and organization"\nprompt = ""\nlines = 1\ninto = "career:learned"',
            "worksheet.sections",
            "needs a 'career:role' field",
        ),
    ],
)
def test_a_bad_worksheet_table_names_file_key_and_reason(
    guide_copy: Path, file: str, old: str, new: str, key: str, reason: str
) -> None:
    _replace(guide_copy / file, old, new)
    with pytest.raises(GuideError) as caught:
        load_guides(guide_copy)
    assert (caught.value.file, caught.value.key) == (file, key)
    assert reason in caught.value.reason


def test_worksheets_come_from_the_guides(guide_copy: Path) -> None:
    """An organization can reword a worksheet or add a field in the guide file;
    the fingerprint changes, so worksheets sent out before are recognised as older."""
    before = load_guides(guide_copy).for_number(3).worksheet
    _replace(
        guide_copy / "03_department.toml",
        'into = "leadership_feedback"',
        'into = "leadership_feedback"\n\n[[worksheet.sections.fields]]\nkey = "person"\n'
        'label = "What you would like to know about me"\nlines = 2\ninto = "note:manager_as_person"',
    )
    after = load_guides(guide_copy).for_number(3).worksheet
    assert [f.key for f in after.sections[0].fields][-1] == "person"
    assert after.fingerprint() != before.fingerprint()
