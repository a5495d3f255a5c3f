"""The `opd metric`, `opd metrics`, `opd ideas` and `opd idea` commands, and
the dashboard, metrics and ideas documents of `opd export`."""

from __future__ import annotations

import argparse
import datetime as dt
from collections.abc import Callable
from pathlib import Path

from opd_desktop.errors import ValidationError
from opd_desktop.instance.forwarder import read_only
from opd_desktop.store.database import Store, open_store

EXPORTS = ("dashboard", "metrics", "ideas")
OUTCOMES = ("adopted", "declined", "parked")


def _store(args: argparse.Namespace) -> Store:
    return open_store(args.data_dir)


def _report_id(store: Store, query: str | None) -> int | None:
    from opd_desktop.services import reports

    return reports.find_report(store, query).id if query else None


def _idea_id(text: str, what: str = "idea") -> int:
    cleaned = text.strip().lstrip("#")
    if not cleaned.isdigit():
        raise ValidationError(f"{text!r} is not an {what} id; 'opd ideas' lists them with their ids.", "id")
    return int(cleaned)


# Metrics ------------------------------------------------------------------------------


def metric_define(args: argparse.Namespace) -> int:
    from opd_desktop.services import metrics

    store = _store(args)
    try:
        report_id = _report_id(store, args.report)
        if args.template:
            metric = metrics.define_from_template(
                store, args.template, report_id=report_id, target=args.target, agreed_in=args.agreed_in
            )
        else:
            metric = metrics.define_metric(
                store,
                args.name,
                args.unit,
                args.description,
                not args.lower_is_better,
                report_id=report_id,
                target=args.target,
                agreed_in=args.agreed_in,
                agreed_on=dt.date.today() if args.agreed_in else None,
            )
    finally:
        store.close()
    whose = "the team"
    if not metric.is_team:
        store = _store(args)
        from opd_desktop.services.reports import get_report

        whose = get_report(store, metric.report_id).name  # type: ignore[arg-type]
        store.close()
    print(f"Defined {metric.name!r} for {whose} (id {metric.id}, {metric.direction}).")
    return 0


def metric_record(args: argparse.Namespace) -> int:
    from opd_desktop.services import metrics

    store = _store(args)
    try:
        report_id = _report_id(store, args.report)
        metric = metrics.find_metric(store, args.name, report_id)
        value = metrics.record_value(store, metric.id, args.value, args.on or dt.date.today(), report_id)
        count = len(metrics.current_values(store, metric.id, report_id))
    finally:
        store.close()
    kind = "baseline" if count == 1 else f"value {count}"
    print(f"Recorded {metric.name} = {value.value:g} on {value.measured_on.isoformat()} ({kind}).")
    return 0


def _value_to_change(store: Store, args: argparse.Namespace):
    """The current value NAME --report R measured on --on (default: the latest)."""
    from opd_desktop.core.dates import parse_date
    from opd_desktop.services import metrics

    report_id = _report_id(store, args.report)
    metric = metrics.find_metric(store, args.name, report_id)
    current = metrics.current_values(store, metric.id, report_id)
    if args.on:
        day = parse_date(args.on, "on")
        current = [v for v in current if v.measured_on == day]
    if not current:
        where = f" measured on {args.on}" if args.on else ""
        raise ValidationError(
            f"{metric.name} has no value{where} for this report; 'opd metrics REPORT' shows what there is.",
            "on",
        )
    return metric, current[-1]


def metric_correct(args: argparse.Namespace) -> int:
    from opd_desktop.services import metrics

    store = _store(args)
    try:
        metric, old = _value_to_change(store, args)
        new = metrics.correct_value(store, old.id, args.value)
    finally:
        store.close()
    day = new.measured_on.isoformat()
    print(
        f"Corrected {metric.name} on {day}: {old.value:g} → {new.value:g} "
        "(the old value stays in the history)."
    )
    return 0


def metric_delete(args: argparse.Namespace) -> int:
    from opd_desktop.services import metrics

    store = _store(args)
    try:
        metric, old = _value_to_change(store, args)
        metrics.delete_value(store, old.id)
    finally:
        store.close()
    day = old.measured_on.isoformat()
    print(f"Took {metric.name} = {old.value:g} on {day} out of the figures (it stays in the history).")
    return 0


def metrics_report(args: argparse.Namespace) -> int:
    from opd_desktop.services import dashboard

    store = _store(args)
    try:
        report_id = _report_id(store, args.report)
        board = dashboard.for_report(store, report_id) if report_id else dashboard.for_team(store)
    finally:
        store.close()
    lines = [board.title, ""]
    if board.lines:
        width = max(len(line.metric.name) for line in board.lines)
        lines.append("Agreed metrics (baseline → latest, change):")
        for line in board.lines:
            extra = f"  [{line.target_text}]" if line.target_text else ""
            unit = f" {line.metric.unit}" if line.metric.unit else ""
            lines.append(f"  {line.metric.name:<{width}}  {line.summary}{unit}{extra}")
    else:
        lines.append("No agreed metrics yet. Define one with: opd metric define NAME [--report REPORT]")
    lines += ["", "Measured by the app:"]
    width = max(len(m.label) for m in board.measures)
    lines += [f"  {m.label:<{width}}  {m.shown()}" for m in board.measures]
    print("\n".join(lines))
    return 0


# Ideas ----------------------------------------------------------------------------------


def ideas_list(args: argparse.Namespace) -> int:
    from opd_desktop.core.models import IDEA_STATUS_LABELS
    from opd_desktop.services import ideas

    store = _store(args)
    try:
        report_id = _report_id(store, args.report)
        found = ideas.listing(store, report_id)
    finally:
        store.close()
    if not found:
        print("No ideas yet.")
        return 0
    for line in found:
        idea = line.idea
        status = IDEA_STATUS_LABELS[idea.status].lower()
        if idea.outcome:
            status += f", {idea.outcome}"
        if idea.merged_into_id:
            status += f" into #{idea.merged_into_id}"
        text = " ".join(idea.text.split())
        text = text if len(text) <= 60 else text[:59] + "…"
        print(f"#{idea.id:<5} {' + '.join(line.raised_by):<24} {status:<32} {line.age_days:>4} days  {text}")
    return 0


def _idea_step(args: argparse.Namespace) -> int:
    from opd_desktop.core.models import IDEA_STATUS_LABELS
    from opd_desktop.services import ideas

    store = _store(args)
    try:
        idea_id = _idea_id(args.id)
        if args.step == "take":
            idea = ideas.take(store, idea_id, args.to or "")
        elif args.step == "answer":
            idea = ideas.answer(store, idea_id, args.outcome, args.feedback)
        elif args.step == "share":
            idea = ideas.share(store, idea_id)
        elif args.step == "drop":
            idea = ideas.drop(store, idea_id, args.reason)
        else:
            idea = ideas.merge(store, idea_id, _idea_id(args.into_id))
            print(f"Idea #{idea_id} merged into #{idea.id}; the credit of both is kept.")
            return 0
    finally:
        store.close()
    outcome = f" ({idea.outcome})" if idea.outcome else ""
    print(f"Idea #{idea.id}: {IDEA_STATUS_LABELS[idea.status].lower()}{outcome}.")
    return 0


# Exports --------------------------------------------------------------------------------


def export(args: argparse.Namespace) -> int:
    """`opd export dashboard|metrics|ideas -o FILE` (dashboard takes an optional report)."""
    from opd_desktop.services.files import write_atomic

    store = _store(args)
    try:
        report_id = _report_id(store, args.report)
        if args.document == "dashboard":
            from opd_desktop.services.documents.dashboard_doc import build_dashboard

            built = build_dashboard(store, report_id)
            data, summary = built.data, f"{built.pages} page{'s' if built.pages != 1 else ''}"
        elif args.document == "ideas":
            from opd_desktop.services.documents.ideas_doc import build_ideas_agenda

            built = build_ideas_agenda(store)
            data, summary = built.data, f"{built.pages} page{'s' if built.pages != 1 else ''}"
        else:
            if report_id is not None:
                raise ValidationError("The metrics export covers the whole team; leave out the report.")
            from opd_desktop.services.metrics_export import to_csv

            data = to_csv(store)
            summary = f"{len(data.splitlines()) - 1} rows"
    finally:
        store.close()
    target = write_atomic(Path(args.output), data)
    print(f"Wrote {target} ({summary}).")
    return 0


def register(commands, common: argparse.ArgumentParser) -> dict[str, Callable[[argparse.Namespace], int]]:
    """`metric` and `idea` write (handed to the app when it is open); `metrics`
    and `ideas` only read; `export` is declared in cli_commands."""
    metric = commands.add_parser("metric", help="define an agreed metric; record, correct or delete a value")
    steps = metric.add_subparsers(dest="step", metavar="STEP", required=True)
    define = steps.add_parser("define", parents=[common], help="define a metric for a report or the team")
    define.add_argument("name", nargs="?", default="", help="the metric's name (not needed with --template)")
    define.add_argument("--unit", default="")
    define.add_argument("--description", default="", help="how it is measured, in a sentence")
    define.add_argument("--lower-is-better", action="store_true")
    define.add_argument("--target", metavar="X")
    define.add_argument("--report", metavar="REPORT", help="for one report (default: the whole team)")
    define.add_argument("--template", choices=["engagement", "enps"], help="start from a template")
    define.add_argument("--agreed-in", type=int, metavar="N", help="the conversation it was agreed in (1-7)")
    record = steps.add_parser("record", parents=[common], help="record a value")
    record.add_argument("name")
    record.add_argument("value")
    record.add_argument("--report", required=True, metavar="REPORT")
    record.add_argument("--on", metavar="YYYY-MM-DD", help="the day it was measured (default: today)")

    correct = steps.add_parser("correct", parents=[common], help="correct a recorded value")
    correct.add_argument("name")
    correct.add_argument("value", help="the right value")
    correct.add_argument("--report", required=True, metavar="REPORT")
    correct.add_argument(
        "--on", metavar="YYYY-MM-DD", help="the day of the value to correct (default: latest)"
    )
    delete = steps.add_parser("delete", parents=[common], help="take a recorded value out of the figures")
    delete.add_argument("name")
    delete.add_argument("--report", required=True, metavar="REPORT")
    delete.add_argument(
        "--on", metavar="YYYY-MM-DD", help="the day of the value to take out (default: latest)"
    )

    listed = read_only(
        commands.add_parser(
            "metrics", parents=[common], help="baseline → latest for each metric, and the computed measures"
        )
    )
    listed.add_argument("report", nargs="?", help="id or part of the name (default: the team)")

    ideas_parser = read_only(
        commands.add_parser("ideas", parents=[common], help="list ideas with id, person, status and age")
    )
    ideas_parser.add_argument("report", nargs="?", help="id or part of the name (default: everyone)")

    idea = commands.add_parser("idea", help="move an idea on: take, answer, share, drop, merge")
    idea_steps = idea.add_subparsers(dest="step", metavar="STEP", required=True)
    take = idea_steps.add_parser("take", parents=[common], help="taken to senior management")
    take.add_argument("id")
    take.add_argument("--to", metavar="WHO", help="who you took it to")
    answer = idea_steps.add_parser("answer", parents=[common], help="senior management's answer")
    answer.add_argument("id")
    answer.add_argument("--outcome", required=True, choices=OUTCOMES)
    answer.add_argument(
        "--feedback", required=True, metavar="TEXT", help="what they said (the reason if declined)"
    )
    share = idea_steps.add_parser("share", parents=[common], help="answer shared back with the employee")
    share.add_argument("id")
    drop = idea_steps.add_parser("drop", parents=[common], help="not taken further (before it is taken)")
    drop.add_argument("id")
    drop.add_argument("--reason", required=True, metavar="TEXT")
    merge = idea_steps.add_parser("merge", parents=[common], help="fold an idea into another one")
    merge.add_argument("id")
    merge.add_argument("into_id", metavar="INTO_ID")

    def metric_step(args: argparse.Namespace) -> int:
        if args.step == "define" and not (args.name or args.template):
            raise ValidationError("Name the metric: opd metric define NAME (or use --template).")
        step = {"define": metric_define, "record": metric_record, "correct": metric_correct}
        return step.get(args.step, metric_delete)(args)

    return {"metric": metric_step, "metrics": metrics_report, "ideas": ideas_list, "idea": _idea_step}
