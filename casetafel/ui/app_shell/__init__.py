"""The frame of the program: the main window and its sidebar, the open database (workspace), start-up guards, the crash dialog, the Qt self-test, translations, the icon and the search page."""
