"""What can go wrong with a backup file, each with its own exit code."""

from opd_desktop.errors import OpdError


class BackupError(OpdError):
    exit_code = 1


class WrongPassphraseError(BackupError):
    exit_code = 3

    def __init__(self) -> None:
        super().__init__("Wrong passphrase: this backup was made with a different passphrase. Try again.")


class DamagedBackupError(BackupError):
    exit_code = 4

    def __init__(self, detail: str) -> None:
        super().__init__(f"The backup file is damaged ({detail}). It cannot be restored; use another backup.")


class NewerBackupError(BackupError):
    exit_code = 5
