"""Errors raised when a database cannot be opened or written, each with a Dutch message for the user."""

from __future__ import annotations

import errno
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
            + (
                "Installeer de nieuwste versie om dit bestand te openen. Het bestand is niet gewijzigd."
                if isinstance(path, Path)
                else "Installeer de nieuwste versie om haar te gebruiken. Er is niets gewijzigd."
            )
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
        if "verbinding" in detail:
            advice = "controleer de netwerkverbinding en probeer het opnieuw"
        elif "rechten" in detail:
            advice = "vraag de beheerder van de gedeelde database om de rechten die u nodig hebt"
        else:
            advice = "maak ruimte vrij of controleer de schijf en probeer het opnieuw"
        super().__init__("Opslaan is mislukt: " + detail + ". Uw tekst is niet verloren; " + advice + ".")


class DatabaseReplacedError(WriteError):
    """The database file was replaced or removed under the running program: nothing more is written."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.detail = "het databasebestand is vervangen of verwijderd door een ander programma"
        StorageError.__init__(
            self,
            f"Het databasebestand {path} is vervangen of verwijderd door een ander programma; casetafel "
            "schrijft er niet meer in, zodat geen tekst in een verkeerde casus belandt. Uw getypte tekst "
            "staat nog in het venster: kopieer die en start casetafel opnieuw.",
        )


class DatabaseNeedsWritingError(StorageError):
    """A read-only command met a database that must first be upgraded (or does not exist yet)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        super().__init__(
            f"De database {path} moet eerst bijgewerkt worden, en dat kan nu niet (alleen-lezen of in "
            "gebruik). Open het bestand eerst één keer met casetafel op een plek waar u mag schrijven."
        )


_OS_ERRORS = {
    errno.ENOSPC: "de schijf is vol; maak ruimte vrij en probeer het opnieuw",
    errno.EDQUOT: "uw schijfquotum is op; maak ruimte vrij en probeer het opnieuw",
    errno.EROFS: "de schijf of map is alleen-lezen; kies een plek waar u mag schrijven",
    errno.EACCES: "u hebt geen toegang; controleer de rechten of kies een andere plek",
    errno.EPERM: "u hebt geen toegang; controleer de rechten of kies een andere plek",
    errno.EISDIR: "dat is een map, geen bestand; geef een bestandsnaam",
    errno.ENOTDIR: "een deel van het pad is geen map; controleer het pad",
    errno.ENOENT: "het bestand of de map bestaat niet; controleer het pad",
    errno.EEXIST: "het bestand bestaat al; kies een andere naam",
    errno.ENAMETOOLONG: "de naam is te lang; kies een kortere naam",
    errno.EFBIG: "het bestand wordt te groot; kies een andere plek",
    errno.EIO: "de schijf gaf een lees- of schrijffout; controleer de schijf",
    errno.ELOOP: "het pad bevat een lus van koppelingen; kies een ander pad",
}


def describe_os_error(error: OSError) -> str:
    """A Dutch clause saying what went wrong with a file and what to do (no English from the system)."""
    where = error.filename
    what = _OS_ERRORS.get(
        error.errno or 0,
        "het besturingssysteem weigerde de bewerking; controleer de plek en probeer het opnieuw",
    )
    return f"{what} ({where})" if where else what


def os_error_sentence(error: OSError) -> str:
    """One Dutch sentence for an OS error a user can meet."""
    clause = describe_os_error(error)
    return f"Dat lukte niet: {clause}."
