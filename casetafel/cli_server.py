"""``casetafel server ...``: set up a shared database and its logins (for the administrator).

``server init`` brings the schema to the newest version and makes the roles, their rights, the council
members' views and row-level security (again after an upgrade: it changes nothing that is right already);
``server add-user NAME --role ...`` makes a login, its password read from standard input (asked twice at
a terminal, one line when piped), never from the command line; ``server users`` lists the logins and
``server remove-user NAME`` removes one.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import NoReturn

EXIT_OK = 0

NEEDS_SERVER = (
    "Geef met --db de gedeelde database op een PostgreSQL-server, als beheerder: "
    "--db postgresql://BEHEERDER@SERVER/DATABASE (het wachtwoord uit ~/.pgpass)."
)
ROLE_CHOICES = ("gespreksleider", "griffie", "raadslid")


def _refuse(message: str) -> NoReturn:
    """Stop the command with one Dutch sentence (exit 2). The set-up module, and SQLAlchemy with it, is
    loaded only here and by the commands themselves: building the parser at every start stays cheap."""
    from casetafel.storage.server_setup import ServerSetupError

    raise ServerSetupError(message)


@contextmanager
def _server_engine(args: argparse.Namespace) -> Iterator:
    """An engine on the server of ``--db``, checked by connecting once (a Dutch sentence when that fails)."""
    from sqlalchemy.exc import DBAPIError

    from casetafel.storage.server import (
        ServerUnreachableError,
        describe_connection_failure,
        describe_location,
        make_server_engine,
    )

    address = _server_address_or_none(args)
    if address is None:
        _refuse(NEEDS_SERVER)
    location = describe_location(address)
    try:
        engine = make_server_engine(address)
    except Exception as error:  # noqa: BLE001 - an address SQLAlchemy cannot read
        raise ServerUnreachableError(location, "het adres is niet te lezen") from error
    try:
        try:
            with engine.connect():
                pass
        except DBAPIError as error:
            raise ServerUnreachableError(location, describe_connection_failure(error)) from error
        yield engine, location
    finally:
        engine.dispose()


def cmd_server_init(args: argparse.Namespace) -> int:
    from casetafel.storage.server_setup import initialise

    with _server_engine(args) as (engine, location):
        report = initialise(engine, location)
    made = f"; rollen gemaakt: {', '.join(report.groups_made)}" if report.groups_made else ""
    print(f"De gedeelde database {location} is ingericht (schemaversie {report.revision}){made}.")
    print(
        f"Rechten gezet op {len(report.tables)} tabellen, {len(report.views)} weergaven voor raadsleden, "
        f"rijbeveiliging op {', '.join(report.secured)}."
    )
    if report.unlisted:
        print(
            "Let op: voor deze tabellen kent casetafel geen rechten; alleen gespreksleiders kunnen erbij: "
            + ", ".join(report.unlisted),
            file=sys.stderr,
        )
    if report.blanked:
        print(
            "Let op: deze kolommen zijn voor raadsleden leeg, omdat er geen besluit over is: "
            + ", ".join(report.blanked),
            file=sys.stderr,
        )
    return EXIT_OK


def read_password(name: str) -> str:
    """The new login's password from standard input: asked twice at a terminal, one line when piped."""
    if sys.stdin is None:
        _refuse("Geef het wachtwoord via de standaardinvoer (een regel), of typ het in.")
    if sys.stdin.isatty():
        first = getpass.getpass(f"Wachtwoord voor {name}: ")
        second = getpass.getpass("Typ het wachtwoord nog een keer: ")
        if first != second:
            _refuse("De twee wachtwoorden verschillen; er is niets veranderd.")
        return first
    line = sys.stdin.readline()
    if not line:
        _refuse("Er kwam geen wachtwoord binnen op de standaardinvoer; er is niets veranderd.")
    return line.rstrip("\r\n")


def cmd_server_add_user(args: argparse.Namespace) -> int:
    from casetafel.storage.server_logins import add_user, check_login_name, check_password

    name = check_login_name(args.name)
    if _server_address_or_none(args) is None:
        _refuse(NEEDS_SERVER)
    password = check_password(read_password(name))
    with _server_engine(args) as (engine, location):
        add_user(engine, name, args.role, password)
    print(f"Login ‘{name}’ gemaakt als {args.role} op {location}.")
    if args.role == "raadslid":
        print(
            "Deze login ziet alleen de openbare gegevens van de bijeenkomsten waarbij hij als aanwezige "
            "deelnemer met deze loginnaam staat."
        )
    return EXIT_OK


def _server_address_or_none(args: argparse.Namespace) -> str | None:
    """The ``postgresql://`` address of ``--db`` (None for a file or without ``--db``)."""
    from casetafel.storage.server import is_server_address

    address = getattr(args, "db", None)
    return address if is_server_address(address) else None


def cmd_server_users(args: argparse.Namespace) -> int:
    from casetafel.storage.server_logins import list_users

    with _server_engine(args) as (engine, location):
        logins = list_users(engine)
    if not logins:
        print(f"Nog geen logins voor casetafel op {location}. Maak er een met ‘casetafel server add-user’.")
        return EXIT_OK
    print(f"{'login':<24}  rol")
    for login in logins:
        blocked = "" if login.can_log_in else "  (kan niet inloggen)"
        print(f"{login.name:<24}  {login.role}{blocked}")
    return EXIT_OK


def cmd_server_remove_user(args: argparse.Namespace) -> int:
    from casetafel.storage.server_logins import remove_user

    with _server_engine(args) as (engine, location):
        role = remove_user(engine, args.name)
    print(f"Login ‘{args.name}’ ({role}) verwijderd van {location}.")
    return EXIT_OK


def add_server_commands(sub, common: argparse.ArgumentParser):
    """The ``server`` command and its subcommands, on the parser of ``casetafel``; returns the
    subcommands' parser (``cli`` adds ``upload`` to it)."""
    server = sub.add_parser(
        "server",
        parents=[common],  # --db also before the subcommand (never echoed back with its password)
        help="richt een gedeelde database in en beheer de logins (voor de beheerder)",
    )
    commands = server.add_subparsers(dest="server_command", metavar="OPDRACHT", required=True)
    init = commands.add_parser(
        "init",
        parents=[common],
        help="breng de database naar de nieuwste versie en maak de rollen en hun rechten (ook na een update)",
    )
    init.set_defaults(handler=cmd_server_init)
    add = commands.add_parser(
        "add-user",
        parents=[common],
        help="maak een login; het wachtwoord komt van de standaardinvoer (nooit op de opdrachtregel)",
    )
    add.add_argument("name", metavar="NAAM", help="de loginnaam (kleine letters, cijfers, . _ -)")
    add.add_argument("--role", required=True, choices=ROLE_CHOICES, help="wat deze login mag")
    add.set_defaults(handler=cmd_server_add_user)
    users = commands.add_parser("users", parents=[common], help="toon de logins van casetafel en hun rol")
    users.set_defaults(handler=cmd_server_users)
    remove = commands.add_parser("remove-user", parents=[common], help="verwijder een login van casetafel")
    remove.add_argument("name", metavar="NAAM")
    remove.set_defaults(handler=cmd_server_remove_user)
    return commands
