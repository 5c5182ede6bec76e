"""Shared pieces of several screens: accessible names, autosave and the editing page, background work, undo commands, and the read-only list models."""
