"""Rich text for the Prepare tab's "Carried in", from the content model in
`services/carried_content.py` (the agenda and the prep brief render the same
model). Colours come from the theme roles, as a third cue after the words."""

from __future__ import annotations

import html

from opd_desktop.services.carried_content import NOTHING_CARRIED, CarriedContent, Entry, Section
from opd_desktop.ui import theme

SCREEN_LIMIT = 400  # characters of a recap note shown on screen; the brief prints it whole


def _e(text: str) -> str:
    return html.escape(text)


def _entry(entry: Entry) -> str:
    text = entry.text
    if entry.label and len(text) > SCREEN_LIMIT:
        text = text[:SCREEN_LIMIT] + "…"
    body = _e(text)
    if entry.tone is not None and not entry.detail:
        body = theme.span(body, entry.tone)
    if entry.label:
        body = f"<b>{_e(entry.label)}:</b> {body}"
    if entry.detail:
        detail = _e(entry.detail)
        body += "<br>" + (theme.span(detail, entry.tone) if entry.tone is not None else detail)
    return body


def _section(section: Section) -> str:
    rows = [_entry(e) for e in section.entries] or [f"<i>{_e(section.empty)}</i>"]
    return (
        f"<p style='margin:8px 0 2px 0'><b>{_e(section.title)}</b></p><ul style='margin-top:0'>"
        + "".join(f"<li>\u200e{row}</li>" for row in rows)
        + "</ul>"
    )


def carried_in_html(content: CarriedContent) -> str:
    body = "".join(_section(s) for s in content.shown_sections)
    if content.note:
        body = f"<p>{theme.span(f'<i>{_e(content.note)}</i>', theme.Role.MUTED)}</p>" + body
    return body or f"<p><i>{_e(NOTHING_CARRIED)}</i></p>"
