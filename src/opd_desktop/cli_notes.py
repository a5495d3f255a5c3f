"""`opd note`: quick capture of a note from a terminal or a launcher, and
`opd manager-name`: the name employee-facing documents print in their footer."""

from __future__ import annotations

import argparse
from collections.abc import Callable

from opd_desktop.core.audience import first_name, label
from opd_desktop.core.guides import default_guides
from opd_desktop.errors import ValidationError
from opd_desktop.services import notes, reports, settings
from opd_desktop.services.conversations import get_conversation
from opd_desktop.services.documents.export import conversation_for
from opd_desktop.store.database import open_store


def note(args: argparse.Namespace) -> int:
    store = open_store(args.data_dir)
    try:
        report = reports.find_report(store, args.report)
        conversation_id = conversation_for(store, report.id, args.number)
        conversation = get_conversation(store, conversation_id)
        guide = default_guides().for_number(conversation.number)
        key = args.item or notes.GENERAL_KEY
        known = [item.key for item in guide.agenda]
        if key != notes.GENERAL_KEY and key not in known:
            raise ValidationError(
                f"{key!r} is not an agenda item of {conversation.label.lower()}; "
                f"use one of: {', '.join([notes.GENERAL_KEY, *known])}.",
                "item",
            )
        saved = notes.append_note(store, conversation_id, key, args.text, shared=args.shared)
    finally:
        store.close()
    audience = label(saved.private, first_name(report.name))
    print(f"Added to {conversation.label.lower()} of {report.name}, {key} ({audience}).")
    return 0


def manager_name(args: argparse.Namespace) -> int:
    store = open_store(args.data_dir)
    try:
        if args.name is not None:
            saved = settings.set_manager_name(store, args.name)
            print(f"Employee documents now say: For … and {saved}.")
        else:
            current = settings.manager_name(store)
            print(current or f"Not set; documents say 'and {settings.NEUTRAL_MANAGER}'.")
    finally:
        store.close()
    return 0


def register(commands, common: argparse.ArgumentParser) -> dict[str, Callable[[argparse.Namespace], int]]:
    parser = commands.add_parser(
        "note",
        parents=[common],
        help="append a note to a conversation (private unless --shared)",
        description="Append TEXT as a new paragraph to conversation N's notes. N is 1-7, or checkin "
        "for the next planned check-in (else the latest). Private to you unless --shared.",
    )
    parser.add_argument("report", help="id or an unambiguous part of the name")
    parser.add_argument("number", help="conversation: 1-7 or checkin")
    parser.add_argument("text", help="the note; quote it")
    parser.add_argument(
        "--item",
        metavar="KEY",
        help=f"the agenda item's key (default: {notes.GENERAL_KEY}, the general notes)",
    )
    parser.add_argument(
        "--shared", action="store_true", help="the employee may read it (it reaches their agenda)"
    )
    name = commands.add_parser(
        "manager-name",
        parents=[common],
        help="show or set your name for the footer of employee documents",
    )
    name.add_argument("name", nargs="?", help="your name as the employee knows it")
    return {"note": note, "manager-name": manager_name}
