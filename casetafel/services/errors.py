"""Errors a service raises when a request cannot be done; ``str(error)`` is a Dutch sentence."""

from __future__ import annotations


class ServiceError(Exception):
    """Base class for refusals that the user can understand and act on."""


class NotFoundError(ServiceError):
    def __init__(self, what: str, ident: object) -> None:
        super().__init__(f"{what} {ident} bestaat niet (meer).")


class ValidationError(ServiceError):
    """Input that cannot be stored as it is, e.g. an empty observation."""


class InUseError(ServiceError):
    """Something cannot be deleted because other records depend on it."""


class UnconfirmedCaseError(ServiceError):
    """A case whose anonymisation is not confirmed cannot be projected or reported."""

    def __init__(self, codes: list[str]) -> None:
        self.codes = codes
        listed = ", ".join(codes)
        super().__init__(
            f"De anonimisering van {listed} is nog niet bevestigd. Open de casus, controleer de tekst en "
            "kies ‘Anonimisering bevestigen’; daarna kan de casus getoond en in een verslag opgenomen worden."
        )
