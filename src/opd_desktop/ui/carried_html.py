"""Rich text for "Carried in" (the Prepare tab, together mode), from the content
model in `services/carried_content.py` (the agenda and the prep brief render the
same model). Colours come from the theme roles, as a third cue after the words;
for the manager, each recap part says its audience in words."""

from __future__ import annotations

import html

from opd_desktop.core.audience import label as audience_label
from opd_desktop.services.carried_content import (
    NOTHING_CARRIED,
    CarriedContent,
    Entry,
    Line,
    Reader,
    Section,
)
from opd_desktop.ui import theme
from opd_desktop.ui.i18n import shown

SCREEN_LIMIT = 400  # characters of a recap part shown on screen; the brief prints it whole


def _e(text: str) -> str:
    """Escaped, and translated when the text was marked below the UI (titles, labels, templates)."""
    return html.escape(shown(text))


def _tag(private: bool | None, reader: Reader, first_name: str) -> str:
    if private is None or reader != Reader.MANAGER:
        return ""
    return f" <i>({_e(shown(audience_label(private, first_name)))})</i>"


def _line(line: Line, tone, reader: Reader, first_name: str) -> str:
    text = f"{_e(line.label)}{_tag(line.private or None, reader, first_name)}: {_e(line.text)}"
    return "<br>" + (theme.span(text, tone) if tone is not None else text)


def _entry(entry: Entry, reader: Reader, first_name: str) -> str:
    text = shown(entry.text)
    if entry.label and len(text) > SCREEN_LIMIT:
        text = text[:SCREEN_LIMIT] + "…"
    body = _e(text)
    if entry.tone is not None and not entry.lines:
        body = theme.span(body, entry.tone)
    if entry.label:
        body = f"<b>{_e(entry.label)}</b>{_tag(entry.private, reader, first_name)}<b>:</b> {body}"
    return body + "".join(_line(line, entry.tone, reader, first_name) for line in entry.lines)


def _section(section: Section, reader: Reader, first_name: str) -> str:
    rows = [_entry(e, reader, first_name) for e in section.entries] or [f"<i>{_e(section.empty)}</i>"]
    return (
        f"<p style='margin:8px 0 2px 0'><b>{_e(section.title)}</b></p><ul style='margin-top:0'>"
        + "".join(f"<li>\u200e{row}</li>" for row in rows)
        + "</ul>"
    )


def carried_in_html(content: CarriedContent, first_name: str = "") -> str:
    body = "".join(_section(s, content.reader, first_name) for s in content.shown_sections)
    if content.note:
        body = f"<p>{theme.span(f'<i>{_e(content.note)}</i>', theme.Role.MUTED)}</p>" + body
    return body or f"<p><i>{_e(NOTHING_CARRIED)}</i></p>"
