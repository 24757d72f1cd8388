"""``python -m locator``: the headless command line."""

from locator.cli.main import main

raise SystemExit(main())
