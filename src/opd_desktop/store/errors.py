"""Errors raised when the database file cannot be used as it is."""

from opd_desktop.errors import OpdError


class StoreError(OpdError):
    """The database cannot be opened or written."""


class DamagedDatabaseError(StoreError):
    """The file is not a usable database; it has been left untouched."""


class NewerSchemaError(StoreError):
    """The file was written by a newer version of the app; left untouched."""


class DatabaseBusyError(StoreError):
    """Another program holds the database locked."""


class DiskFullError(StoreError):
    """The disk has no room left; the write was rolled back."""


class NoPermissionError(StoreError):
    """The operating system refuses access to the database file or folder."""


class ForeignSideFileError(StoreError):
    """A -wal or -shm file beside the database belongs to another database."""
