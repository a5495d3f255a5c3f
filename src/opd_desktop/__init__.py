"""OPD Desktop: a private companion for running the Optimizing Performance and
Development conversations with each direct report."""

__version__ = "0.1.0"
APP_NAME = "OPD Desktop"
