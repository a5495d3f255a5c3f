"""Encrypted backups: the file format, snapshots of the database, the
passphrase in the OS keyring, restore and the automatic schedule. The
cryptography and keyring packages are imported only when a backup runs."""
