"""`python -m opd_desktop` opens the desktop app."""

from opd_desktop.app import main

raise SystemExit(main())
