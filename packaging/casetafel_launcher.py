"""Entry point of the frozen casetafel bundle (PyInstaller): the same as the ``casetafel`` command."""

from casetafel.cli import main

raise SystemExit(main())
