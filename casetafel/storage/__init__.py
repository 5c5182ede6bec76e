"""SQLite storage: engine and pragmas, the schema (Core tables) and ORM classes, migrations, backups and opening checks."""
