"""Identifier detection for Dutch case texts: pure functions, no Qt, no database."""
