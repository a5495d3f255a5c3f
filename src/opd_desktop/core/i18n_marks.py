"""Marks for text that is written below the UI (core/, services/, errors) and
shown by it: labels of statuses and kinds, and the messages of errors a person
acts on. core/ and services/ never import Qt, so they cannot translate; they
mark instead, and the UI translates when it shows the text
(`opd_desktop.ui.i18n.shown`).

`QT_TRANSLATE_NOOP("Context", "English text")` is the name pyside6-lupdate
recognises, so every marked text lands in the catalogue. The value is a `str`
(the English text: the CLI, logs, PDFs and tests read it as before) that also
remembers its context, and after `.format(...)` its template and values, so a
sentence with a name or a number in it is translated whole and filled in
afterwards, never glued from pieces."""

from __future__ import annotations

from typing import Any

ERRORS = "Errors"  # the context of error messages raised for a person to read


class Marked(str):
    """English text that the UI can translate later (see the module's docstring)."""

    context: str
    template: str
    args: tuple[Any, ...]
    kwargs: dict[str, Any]

    def __new__(
        cls,
        text: str,
        context: str,
        template: str | None = None,
        args: tuple[Any, ...] = (),
        kwargs: dict[str, Any] | None = None,
    ) -> Marked:
        marked = super().__new__(cls, text)
        marked.context = context
        marked.template = text if template is None else template
        marked.args = args
        marked.kwargs = kwargs or {}
        return marked

    def format(self, *args: Any, **kwargs: Any) -> Marked:  # type: ignore[override]
        """The filled-in English sentence, which still knows its template and values."""
        return Marked(str.format(self.template, *args, **kwargs), self.context, self.template, args, kwargs)

    def __reduce__(self):
        return (Marked, (str(self), self.context, self.template, self.args, self.kwargs))


def QT_TRANSLATE_NOOP(context: str, text: str) -> Marked:
    """Mark `text` for translation in `context`; returns it unchanged (as a `Marked` str)."""
    return Marked(text, context)
