"""Preparing a meeting: its details, participants and agenda (the sessions page), and the method templates (the methods page)."""
