"""The backup passphrase, kept in the operating system's keyring so that
automatic backups run unattended. Never stored in plain text: where no keyring
works, the app says so and asks when a backup needs it."""

from __future__ import annotations

import hashlib
import logging
import os
from pathlib import Path

from opd_desktop.core.i18n_marks import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)

SERVICE = "opd-desktop"
ENV_VAR = "OPD_BACKUP_PASSPHRASE"
MIN_LENGTH = 10


def account_for(data_dir: Path) -> str:
    """One passphrase per data folder."""
    digest = hashlib.sha256(str(Path(data_dir).resolve()).encode("utf-8")).hexdigest()[:16]
    return f"backup-passphrase-{digest}"


def keyring_available() -> bool:
    try:
        import keyring
        from keyring.backends import fail

        return not isinstance(keyring.get_keyring(), fail.Keyring)
    except Exception:
        return False


def stored(data_dir: Path) -> str | None:
    """The passphrase from the keyring, or None when there is none or no keyring works."""
    try:
        import keyring

        return keyring.get_password(SERVICE, account_for(data_dir))
    except Exception as exc:
        log.info("no passphrase from the keyring: %s", type(exc).__name__)
        return None


def from_environment() -> str | None:
    return os.environ.get(ENV_VAR) or None


def check_new(passphrase: str, repeated: str | None = None) -> None:
    from opd_desktop.errors import ValidationError

    if len(passphrase) < MIN_LENGTH:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Use a passphrase of at least {MIN_LENGTH} characters.").format(
                MIN_LENGTH=MIN_LENGTH
            ),
            "passphrase",
        )
    if repeated is not None and repeated != passphrase:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "The two passphrases differ; type the same passphrase twice."),
            "passphrase",
        )


def store_passphrase(data_dir: Path, passphrase: str) -> bool:
    """Keep the passphrase in the keyring; False (and nothing written anywhere)
    when no keyring is available."""
    check_new(passphrase)
    try:
        import keyring

        keyring.set_password(SERVICE, account_for(data_dir), passphrase)
    except Exception as exc:
        log.warning("the keyring refused the passphrase: %s", type(exc).__name__)
        return False
    return True


def forget(data_dir: Path) -> None:
    try:
        import keyring

        keyring.delete_password(SERVICE, account_for(data_dir))
    except Exception:
        pass
