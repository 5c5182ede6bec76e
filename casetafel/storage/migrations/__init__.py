"""Alembic migrations of the casetafel schema, run in-process at start-up."""
