"""Errors raised when a database cannot be opened or written, each with a Dutch message for the user."""

from __future__ import annotations

from pathlib import Path


class StorageError(Exception):
    """Base class: ``str(error)`` is a complete Dutch sentence for the user."""


class DatabaseDamagedError(StorageError):
    def __init__(self, path: Path, detail: str = "") -> None:
        self.path = path
        self.detail = detail
        super().__init__(
            f"Het bestand {path} is beschadigd of is geen casetafel-database. "
            "Het bestand is niet gewijzigd. Open een reservekopie of kies een ander bestand."
        )


class NotADatabaseError(DatabaseDamagedError):
    def __init__(self, path: Path, detail: str = "") -> None:
        super().__init__(path, detail)
        self.args = (
            f"Het bestand {path} is geen SQLite-database (misschien een ander soort bestand). "
            "Het bestand is niet gewijzigd. Kies een ander bestand of open een reservekopie.",
        )


class DatabaseTooNewError(StorageError):
    def __init__(self, path: Path, revision: str) -> None:
        self.path = path
        self.revision = revision
        super().__init__(
            f"De database {path} is gemaakt met een nieuwere versie van casetafel (schema {revision}). "
            "Installeer de nieuwste versie om dit bestand te openen. Het bestand is niet gewijzigd."
        )


class DatabaseReadOnlyError(StorageError):
    def __init__(self, path: Path) -> None:
        self.path = path
        super().__init__(
            f"De database {path} of de map waarin die staat is alleen-lezen. "
            "casetafel moet er kunnen schrijven om niets van uw werk te verliezen. "
            "Controleer de rechten of kies een andere map."
        )


class DatabaseLockedError(StorageError):
    def __init__(self, path: Path, holder: str) -> None:
        self.path = path
        self.holder = holder
        super().__init__(
            f"De database {path} is al geopend door {holder}. "
            "Sluit dat programma eerst; casetafel opent één database maar één keer tegelijk."
        )


class MigrationError(StorageError):
    def __init__(self, path: Path, detail: str, backup: Path | None) -> None:
        self.path = path
        self.backup = backup
        where = f" Een reservekopie van voor de poging staat in {backup}." if backup else ""
        super().__init__(
            f"Het bijwerken van de database {path} is mislukt en volledig teruggedraaid: {detail}.{where}"
        )


class WriteError(StorageError):
    """A write failed (disk full, I/O error); nothing of the failed change was kept."""

    def __init__(self, detail: str) -> None:
        self.detail = detail
        super().__init__(
            "Opslaan is mislukt: "
            + detail
            + ". Uw tekst is niet verloren; maak ruimte vrij of controleer de schijf en probeer het opnieuw."
        )
