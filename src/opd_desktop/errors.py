"""Errors a person can act on.

Every exception raised for bad input or an unusable environment derives from
`OpdError`; its message is a complete sentence that says what is wrong and what
to do, so the CLI and the UI can show it as it is.
"""


class OpdError(Exception):
    """A problem the user can understand and act on."""


class ValidationError(OpdError):
    """Input that the app cannot accept as it is."""

    def __init__(self, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.field = field


class NotFoundError(OpdError):
    """Something the user named does not exist."""


class DataDirError(OpdError):
    """The data folder cannot be created or written."""
