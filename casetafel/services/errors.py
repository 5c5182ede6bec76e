"""Errors a service raises when a request cannot be done; ``str(error)`` is a Dutch sentence.

A storage error (disk full, read-only file, damage) leaves a service as a ``StorageFailedError`` with the
storage layer's sentence: the UI catches ``ServiceError`` only."""

from __future__ import annotations

import functools
import inspect
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import ParamSpec, TypeVar

from casetafel.storage.errors import StorageError

P = ParamSpec("P")
R = TypeVar("R")
T = TypeVar("T")


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


class StorageFailedError(ServiceError):
    """The database could not do what was asked (disk full, read-only, damaged): the storage layer's Dutch
    sentence, so the UI knows one kind of error only."""

    def __init__(self, error: StorageError) -> None:
        self.storage_error = error
        super().__init__(str(error))


@contextmanager
def storage_errors_translated() -> Iterator[None]:
    """Raise a ``StorageError`` of the block as a ``StorageFailedError``."""
    try:
        yield
    except StorageError as error:
        raise StorageFailedError(error) from error


def translates_storage_errors(cls: type[T]) -> type[T]:
    """Class decorator for a service: its public methods raise ``StorageFailedError`` where the storage
    layer raised a ``StorageError`` (tests/unit/test_services.py checks that every service has it)."""
    for name, value in list(vars(cls).items()):
        if name.startswith("_") or not inspect.isfunction(value):
            continue
        setattr(cls, name, _translating(value))
    cls.translates_storage_errors = True  # type: ignore[attr-defined]
    return cls


def _translating(method: Callable[P, R]) -> Callable[P, R]:
    @functools.wraps(method)
    def call(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return method(*args, **kwargs)
        except StorageError as error:
            raise StorageFailedError(error) from error

    return call
