"""SQLite storage: engine and pragmas, ORM tables, migrations, backups and opening checks."""
