"""``python -m locator``: the headless command line."""

from locator.cli import main

raise SystemExit(main())
