"""The length of the program: seven conversations that build on one another,
then check-ins. Its own module so that what only needs the number (the roster's
stages, the models) does not load the guides (their eight frozen dataclasses and
TOML reader cost ~8 ms on the way to the first window)."""

from __future__ import annotations

SERIES_LENGTH = 7
