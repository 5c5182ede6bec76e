"""``python -m casetafel``: the same as the ``casetafel`` command."""

from casetafel.cli import main

raise SystemExit(main())
