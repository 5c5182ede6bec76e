"""The ``casetafel`` command: without a subcommand it starts the GUI; subcommands work on the database.

User errors print one plain Dutch sentence on stderr and exit non-zero; never a traceback.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from casetafel import __version__
from casetafel.paths import default_db_path

EXIT_OK = 0
EXIT_USER_ERROR = 2
EXIT_DAMAGED = 3


# The one rule for every -o: an existing file is never overwritten unless asked.
O_RULE = "een bestaand bestand wordt niet overschreven, tenzij u --overschrijven geeft"
OVERWRITE_HELP = "vervang een bestaand bestand (het oude blijft heel tot het nieuwe compleet is)"


class CliError(Exception):
    """An error whose message is shown to the user as it is."""

    def __init__(self, message: str, code: int = EXIT_USER_ERROR) -> None:
        super().__init__(message)
        self.code = code


def _db_path(args: argparse.Namespace) -> Path:
    """The database file of a command that needs a file (backup, restore, check)."""
    if _server_address(args):
        raise CliError(SERVER_HAS_NO_FILE)
    return Path(args.db).expanduser() if getattr(args, "db", None) else default_db_path()


def _server_address(args: argparse.Namespace) -> str | None:
    """The ``postgresql://`` address given with ``--db``, or None for a file."""
    from casetafel.storage.server import is_server_address

    address = getattr(args, "db", None)
    return address if is_server_address(address) else None


def _db_target(args: argparse.Namespace) -> Path | str:
    """What ``--db`` names: a server's address, or a file (the default file without ``--db``)."""
    return _server_address(args) or _db_path(args)


SERVER_HAS_NO_FILE = (
    "Dit is een gedeelde database op een server: reservekopieën, herstel en controle daarvan zijn het werk "
    "van de beheerder van de server (pg_dump en pg_restore; zie ‘Gedeelde database’ in de README). "
    "casetafel maakt daarvan zelf geen kopie."
)


@contextmanager
def _services(args: argparse.Namespace, *, write: bool) -> Iterator:
    """The services on the database for one command.

    Commands that write hold the database's lock while they run and refuse when another program (the
    GUI, another command) holds it. Commands that only read take no lock: an up-to-date file is opened
    read-only (beside a running program, or on read-only media); a missing or older file is opened as
    a writer would (it is made or upgraded), which needs the lock too."""
    from casetafel.services.container import Services
    from casetafel.storage.errors import DatabaseNeedsWritingError
    from casetafel.storage.lock import DatabaseLock
    from casetafel.storage.opening import tidy_after_reading
    from casetafel.storage.sqlite_files import place_is_writable

    address = _server_address(args)
    if address is not None:  # a server keeps its own locks and transactions
        services = Services.open(address)
        try:
            yield services
        finally:
            services.close()
        return
    path = _db_path(args)
    services = None
    if not write:
        try:
            services = Services.open(path, read_only=True)
        except DatabaseNeedsWritingError:
            if path.exists() and not place_is_writable(path):
                raise
    if services is not None:
        try:
            yield services
        finally:
            services.close()
            tidy_after_reading(path)
        return
    with DatabaseLock(path):
        services = Services.open(path)
        try:
            yield services
        finally:
            services.close()


def cmd_demo(args: argparse.Namespace) -> int:
    from casetafel.services.demo import load_demo

    with _services(args, write=True) as services:
        summary = load_demo(services, args.size, progress=lambda step: print(f"… {step}", file=sys.stderr))
    print(
        f"Demogegevens toegevoegd aan {services.location}: {summary.meetings} bijeenkomsten, {summary.cases} casussen, "
        f"{summary.observations} observaties, {summary.questions} bestuurlijke vragen, {summary.actions} afspraken."
    )
    return EXIT_OK


def cmd_sessions(args: argparse.Namespace) -> int:
    from casetafel.domain.vocabulary import STATUS_LABELS

    with _services(args, write=False) as services:
        meetings = services.meetings.list_meetings()
    if not meetings:
        print("Nog geen bijeenkomsten. Probeer ‘casetafel demo’ voor voorbeeldgegevens.")
        return EXIT_OK
    print(f"{'id':>5}  {'datum':<16}  {'status':<9}  titel")
    for s in meetings:
        when = s.starts_at.strftime("%Y-%m-%d %H:%M") if s.starts_at else "-"
        print(f"{s.id:>5}  {when:<16}  {STATUS_LABELS.get(s.status, s.status):<9}  {s.title}")
    return EXIT_OK


def cmd_backup(args: argparse.Namespace) -> int:
    from casetafel.services.maintenance import backup_now

    path = _db_path(args)
    _require_existing(path)
    with _services(args, write=False):  # refuses damaged or newer files before copying
        pass
    made = backup_now(path, Path(args.output).expanduser() if args.output else None, overwrite=args.overwrite)
    print(f"Reservekopie gemaakt: {made}")
    return EXIT_OK


def cmd_restore(args: argparse.Namespace) -> int:
    from casetafel.services.maintenance import restore

    source = Path(args.file).expanduser()
    _require_existing(source)
    from casetafel.storage.lock import DatabaseLock

    path = _db_path(args)
    with DatabaseLock(path):
        kept = restore(path, source)
    if kept:
        print(f"Het huidige bestand is eerst bewaard als {kept}.")
    print(f"Hersteld uit {source} naar {path}.")
    return EXIT_OK


def cmd_check(args: argparse.Namespace) -> int:
    from casetafel.services.maintenance import check_integrity
    from casetafel.storage.errors import DatabaseDamagedError
    from casetafel.storage.inspection import inspect_existing

    path = _db_path(args)
    _require_existing(path)
    try:
        inspect_existing(path)
    except DatabaseDamagedError as error:
        print(f"casetafel: {error}", file=sys.stderr)
        return EXIT_DAMAGED
    report = check_integrity(path)
    if report.ok:
        print(f"De database {path} is in orde.")
        return EXIT_OK
    print(f"De database {path} is beschadigd:", file=sys.stderr)
    for message in report.messages:
        print(f"  - {message}", file=sys.stderr)
    return EXIT_DAMAGED


def _masked_data(args: argparse.Namespace, *, descriptions: bool):
    """The session's report data for the variant of ``args``; says on stderr what was masked."""
    from casetafel.report.data import ReportVariant

    variant = ReportVariant.PUBLIC if args.public else ReportVariant.CONFIDENTIAL
    with _services(args, write=False) as services:
        data, masked = services.reporting.masked_report_data(
            _session_id(args), variant, descriptions=descriptions
        )
    if masked.total:
        print(
            f"casetafel: {masked.total} mogelijk herleidbare gegevens gemaskeerd ({masked.summary()}).",
            file=sys.stderr,
        )
    return data


def cmd_report(args: argparse.Namespace) -> int:
    from casetafel.report.data import ReportOptions, ReportVariant
    from casetafel.report.pdf import build_pdf

    target = Path(args.output).expanduser()
    if target.suffix.lower() not in (".pdf", ".docx"):
        raise CliError("Geef een bestandsnaam die eindigt op .pdf of .docx.")
    for given in (args.logo, args.word_template):
        if given and not Path(given).expanduser().is_file():
            raise CliError(f"Het bestand {given} bestaat niet.")
    data = _masked_data(args, descriptions=True)
    options = ReportOptions(
        variant=ReportVariant.PUBLIC if args.public else ReportVariant.CONFIDENTIAL,
        show_names=not args.no_names,
        show_votes=not args.no_votes,
        show_charts=not args.no_charts,
        logo_path=str(Path(args.logo).expanduser()) if args.logo else "",
        word_template=str(Path(args.word_template).expanduser()) if args.word_template else "",
    )
    variant = "openbaar" if args.public else "vertrouwelijk"
    if target.suffix.lower() == ".docx":
        return _report_docx(data, options, target, variant, args.overwrite)
    pages = _write_atomically(target, lambda partial: build_pdf(data, options, partial), args.overwrite)
    print(f"Verslag ({variant}, {pages} pagina's) geschreven naar {target}.")
    return EXIT_OK


def _report_docx(data, options, target: Path, variant: str, overwrite: bool) -> int:
    from casetafel.report.docx import build_docx
    from casetafel.report.docx_base import TemplateError

    chart_image = None
    if options.show_charts:
        from casetafel.ui.report.chart_image import chart_png  # Qt draws the chart images (offscreen)

        chart_image = chart_png
    try:
        _write_atomically(
            target, lambda partial: build_docx(data, options, partial, chart_image=chart_image), overwrite
        )
    except TemplateError as error:
        raise CliError(str(error)) from error
    print(f"Verslag ({variant}) als Word-document geschreven naar {target}.")
    return EXIT_OK


def cmd_export(args: argparse.Namespace) -> int:
    from casetafel.report.data import ReportVariant
    from casetafel.report.exports import write_csv, write_json

    if args.schema:
        from casetafel.paths import resources_dir
        from casetafel.report.schema import SCHEMA_RESOURCE

        sys.stdout.write(resources_dir().joinpath(*SCHEMA_RESOURCE).read_text(encoding="utf-8"))
        return EXIT_OK
    if args.session_id is None or not args.output:
        raise CliError("Geef het id van de bijeenkomst en -o BESTAND.csv of BESTAND.json (of --schema).")
    target = Path(args.output).expanduser()
    suffix = target.suffix.lower()
    if suffix not in (".csv", ".json"):
        raise CliError("Geef een bestandsnaam die eindigt op .csv of .json.")
    data = _masked_data(args, descriptions=suffix == ".json")  # the CSV prints no case descriptions
    variant = ReportVariant.PUBLIC if args.public else ReportVariant.CONFIDENTIAL
    if suffix == ".csv":
        rows = _write_atomically(
            target, lambda partial: write_csv(data, partial, variant=variant), args.overwrite
        )
        print(f"{rows} regels (observaties, bestuurlijke vragen en afspraken) geschreven naar {target}.")
    else:
        _write_atomically(target, lambda partial: write_json(data, partial, variant=variant), args.overwrite)
        print(f"Bijeenkomst {_session_id(args)} als JSON geschreven naar {target}.")
    return EXIT_OK


def cmd_import(args: argparse.Namespace) -> int:
    from casetafel.services.transfer import TransferService

    source = Path(args.file).expanduser()
    with _services(args, write=True) as services:
        result = TransferService(services.db).import_file(source)
    for line in result.messages():
        print(line)
    print(result.meeting_id)  # the last line: the new session's id
    return EXIT_OK


def cmd_anon_check(args: argparse.Namespace) -> int:
    from casetafel.anonymisation.check_cli import MAX_TEXT_FILE, check_jsonl, check_text_report

    if args.session is not None:
        return _anon_check_session(args)
    if args.jsonl:
        source = Path(args.jsonl).expanduser()
        _require_existing(source)
        with source.open("rb") as stream:  # decoded line by line: an error names its line
            try:
                check_jsonl(stream, sys.stdout)
            except ValueError as error:
                raise CliError(str(error)) from error
        return EXIT_OK
    if not args.file:
        raise CliError("Geef een tekstbestand, of --jsonl BESTAND.")
    source = Path(args.file).expanduser()
    _require_existing(source)
    if source.is_file() and source.stat().st_size > MAX_TEXT_FILE:
        raise CliError(
            f"{source} is groter dan {MAX_TEXT_FILE // 1_000_000} MB; een casustekst is veel korter. "
            "Controleer of u het goede bestand koos, of splits de tekst."
        )
    try:
        text = source.read_text(encoding="utf-8")
    except UnicodeDecodeError as error:
        raise CliError(f"{source} is geen UTF-8-tekstbestand.") from error
    print(check_text_report(text))
    return EXIT_OK


def _anon_check_session(args: argparse.Namespace) -> int:
    """One JSON line per text of the session with open findings; exit 1 when there are any."""
    import json

    if args.file or args.jsonl:
        raise CliError("Geef óf --session, óf een tekstbestand of --jsonl, niet beide.")
    with _services(args, write=False) as services:
        texts = services.publication.session_findings(args.session)
    for text in texts:
        print(json.dumps(text.as_json(), ensure_ascii=False))
    return 1 if texts else EXIT_OK


def cmd_followup(args: argparse.Namespace) -> int:
    from datetime import date

    from casetafel.report.standing import build_standing_pdf, write_standing_csv

    target = Path(args.output).expanduser()
    suffix = target.suffix.lower()
    if suffix not in (".pdf", ".csv"):
        raise CliError("Geef een bestandsnaam die eindigt op .pdf of .csv.")
    since = None
    if args.since:
        try:
            since = date.fromisoformat(args.since)
        except ValueError as error:
            raise CliError(f"‘{args.since}’ is geen datum; schrijf die als JJJJ-MM-DD.") from error
    with _services(args, write=False) as services:
        data = services.followup.standing_data(public=args.public, only_open=args.open, since=since)
    write = build_standing_pdf if suffix == ".pdf" else write_standing_csv
    _write_atomically(target, lambda partial: write(data, partial), args.overwrite)
    variant = "openbaar" if args.public else "vertrouwelijk"
    print(f"Stand van zaken ({variant}, {len(data.items)} vragen en afspraken) geschreven naar {target}.")
    return EXIT_OK


def cmd_server_upload(args: argparse.Namespace) -> int:
    """``server upload --from FILE``: the local file's sessions, cases and follow-up onto the server."""
    from casetafel.services.server_upload import ServerUploadService

    if _server_address(args) is None:
        raise CliError("Geef met --db de gedeelde database op (postgresql://…) waarnaar geüpload wordt.")
    source = Path(args.source).expanduser()
    _require_existing(source)
    with _local_for_reading(source) as local, _services(args, write=True) as services:
        print(f"Kopiëren van {source} naar {services.location} …", file=sys.stderr)
        summary = ServerUploadService(services.db).upload(
            local.db, progress=lambda table: print(f"… {table}", file=sys.stderr)
        )
    print(
        f"Geüpload naar de gedeelde database: {summary.sessions} bijeenkomsten, "
        f"{summary.counts.get('cases', 0)} casussen, {summary.counts.get('observations', 0)} observaties, "
        f"{summary.counts.get('governance_questions', 0)} bestuurlijke vragen, "
        f"{summary.counts.get('actions', 0)} afspraken."
    )
    for old, new in summary.renumbered:
        print(f"{old} was op de server al in gebruik en heet nu {new}.")
    return EXIT_OK


@contextmanager
def _local_for_reading(source: Path) -> Iterator:
    """The services on a local file, read-only; a file at an older schema is brought up to date in a
    temporary copy first (the file itself is never changed)."""
    import tempfile

    from casetafel.services.container import Services
    from casetafel.services.maintenance import backup_now
    from casetafel.storage.errors import DatabaseNeedsWritingError

    try:
        services = Services.open(source, read_only=True)
    except DatabaseNeedsWritingError:
        with tempfile.TemporaryDirectory(prefix="casetafel-upload-") as folder:
            copy = Path(folder) / "kopie.sqlite"
            backup_now(source, copy)  # SQLite's own copy: consistent, with what is still in the WAL
            services = Services.open(copy)
            try:
                yield services
            finally:
                services.close()
        return
    try:
        yield services
    finally:
        services.close()


def _write_atomically(target: Path, write: Callable[[Path], int | None], overwrite: bool) -> int | None:
    """Write privately and atomically (``casetafel.private_files``) into an existing folder; an existing
    ``target`` is refused unless ``overwrite`` (the one ``-o`` rule of every command)."""
    from casetafel.private_files import write_privately

    if target.is_dir():
        raise CliError(f"{target} is een map; geef een bestandsnaam achter -o.")
    if not target.parent.is_dir():
        raise CliError(f"De map {target.parent} bestaat niet; maak die eerst of kies een andere map.")
    from casetafel.private_files import TargetExistsError
    from casetafel.storage.errors import describe_os_error

    try:
        return write_privately(target, write, overwrite=overwrite)
    except TargetExistsError:
        raise
    except OSError as error:
        error.filename = None  # the part file's name means nothing to the user
        raise CliError(
            f"Het bestand {target} kon niet geschreven worden: {describe_os_error(error)}."
        ) from error


MAX_ID = 2**63 - 1  # SQLite's largest integer


def _session_id(args: argparse.Namespace) -> int:
    """The session id given on the command line: a whole number SQLite can hold."""
    text = str(args.session_id).strip()
    if not (text.isascii() and text.isdigit() and len(text) <= 19 and 0 < int(text) <= MAX_ID):
        raise CliError(f"{text} is geen id van een bijeenkomst; kies een id uit ‘casetafel sessions’.")
    return int(text)


def _require_existing(path: Path) -> None:
    if not path.exists():
        raise CliError(f"Het bestand {path} bestaat niet.")


def _run_gui(args: argparse.Namespace) -> int:
    from casetafel.app import run_gui

    return run_gui(db_path=_db_target(args), language=args.lang)


def cmd_member_input(args: argparse.Namespace) -> int:
    """The "Mijn inbreng" window of one participant, found by name on the attendance lists."""
    from casetafel.services.member_input import Author

    author = Author(name=args.participant.strip())
    with _services(args, write=True) as services:
        if not services.member_input.attended(author):
            raise CliError(
                f"Er is geen bijeenkomst waar ‘{author.name}’ als aanwezige deelnemer op de lijst staat."
            )
        from casetafel.app import run_member_input

        return run_member_input(services, author, language=args.lang)


def _run_self_test(_args: argparse.Namespace) -> int:
    from casetafel.selftest import run_self_test

    return run_self_test()


def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--db",
        metavar="PAD|postgresql://…",
        default=argparse.SUPPRESS,
        help="gebruik dit databasebestand, of de gedeelde database op een PostgreSQL-server "
        "(postgresql://gebruiker@server/database; wachtwoord uit ~/.pgpass), in plaats van het standaardbestand",
    )
    parser = argparse.ArgumentParser(
        prog="casetafel",
        description="casetafel: de casuïstiektafel van raad en professionals. Zonder opdracht start het programma.",
        parents=[common],
    )
    parser.add_argument("--version", action="version", version=f"casetafel {__version__}")
    parser.add_argument("--self-test", action="store_true", help="controleer de installatie en stop")
    parser.add_argument(
        "--lang", choices=("nl", "en"), default=None, help="taal van de bediening (standaard nl)"
    )
    sub = parser.add_subparsers(dest="command", metavar="OPDRACHT")

    demo = sub.add_parser("demo", parents=[common], help="vul een lege database met voorbeeldgegevens")
    demo.add_argument(
        "--size", choices=("small", "large"), default="small", help="omvang (large: voor metingen)"
    )
    demo.set_defaults(handler=cmd_demo)

    meetings = sub.add_parser(
        "sessions", parents=[common], help="toon de bijeenkomsten (id, datum, status, titel)"
    )
    meetings.set_defaults(handler=cmd_sessions)

    backup = sub.add_parser("backup", parents=[common], help="maak een reservekopie van de database")
    backup.add_argument(
        "-o", "--output", metavar="BESTAND", help="schrijf de kopie naar dit bestand; " + O_RULE
    )
    backup.add_argument("--overschrijven", dest="overwrite", action="store_true", help=OVERWRITE_HELP)
    backup.set_defaults(handler=cmd_backup)

    restore = sub.add_parser(
        "restore", parents=[common], help="zet een reservekopie terug (bewaart eerst een kopie)"
    )
    restore.add_argument("file", metavar="BESTAND")
    restore.set_defaults(handler=cmd_restore)

    check = sub.add_parser("check", parents=[common], help="controleer de database op beschadiging")
    check.set_defaults(handler=cmd_check)

    report = sub.add_parser(
        "report", parents=[common], help="maak het verslag van een bijeenkomst als PDF of Word (DOCX)"
    )
    report.add_argument("session_id", metavar="SESSIE_ID", help="het id uit ‘casetafel sessions’")
    report.add_argument("-o", "--output", required=True, metavar="BESTAND.pdf|BESTAND.docx", help=O_RULE)
    report.add_argument("--overschrijven", dest="overwrite", action="store_true", help=OVERWRITE_HELP)
    report.add_argument("--logo", metavar="AFBEELDING", help="het gemeentelogo op de voorkant (PNG of JPEG)")
    report.add_argument(
        "--word-template", metavar="SJABLOON.dotx", help="het Word-sjabloon van de gemeente (voor .docx)"
    )
    report.add_argument(
        "--public",
        action="store_true",
        help="openbare variant: zonder casusteksten en namen; gevonden gegevens gemaskeerd",
    )
    report.add_argument("--no-names", action="store_true", help="geen namen van deelnemers")
    report.add_argument("--no-votes", action="store_true", help="geen stemmen")
    report.add_argument("--no-charts", action="store_true", help="geen grafieken")
    report.set_defaults(handler=cmd_report)

    export = sub.add_parser("export", parents=[common], help="exporteer een bijeenkomst als CSV of JSON")
    export.add_argument("session_id", nargs="?", metavar="SESSIE_ID", help="het id uit ‘casetafel sessions’")
    export.add_argument("-o", "--output", metavar="BESTAND.csv|BESTAND.json", help=O_RULE)
    export.add_argument("--overschrijven", dest="overwrite", action="store_true", help=OVERWRITE_HELP)
    export.add_argument(
        "--schema", action="store_true", help="druk het JSON Schema van het sessiebestand af en stop"
    )
    export.add_argument(
        "--public",
        action="store_true",
        help="openbare variant: zonder casusteksten, namen en gevonden gegevens",
    )
    export.set_defaults(handler=cmd_export)

    import_ = sub.add_parser(
        "import",
        parents=[common],
        help="lees een sessiebestand (JSON van ‘export’) in als nieuwe bijeenkomst",
    )
    import_.add_argument("file", metavar="BESTAND.json")
    import_.set_defaults(handler=cmd_import)
    followup = sub.add_parser(
        "followup", parents=[common], help="stand van zaken van alle bestuurlijke vragen en afspraken"
    )
    followup.add_argument("-o", "--output", required=True, metavar="BESTAND.pdf|BESTAND.csv", help=O_RULE)
    followup.add_argument("--overschrijven", dest="overwrite", action="store_true", help=OVERWRITE_HELP)
    followup.add_argument(
        "--public", action="store_true", help="openbare variant: zonder namen en casusteksten"
    )
    followup.add_argument("--open", action="store_true", help="alleen wat nog open staat")
    followup.add_argument("--since", metavar="JJJJ-MM-DD", help="alleen bijeenkomsten vanaf deze datum")
    followup.set_defaults(handler=cmd_followup)

    member = sub.add_parser(
        "mijn-inbreng", parents=[common], help="open het venster ‘Mijn inbreng’ van een deelnemer"
    )
    member.add_argument(
        "--deelnemer", dest="participant", required=True, metavar="NAAM", help="de naam op de presentielijst"
    )
    member.set_defaults(handler=cmd_member_input)

    server = sub.add_parser("server", help="de gedeelde database op een PostgreSQL-server")
    server_sub = server.add_subparsers(dest="server_command", metavar="OPDRACHT", required=True)
    upload = server_sub.add_parser(
        "upload",
        parents=[common],
        help="kopieer een lokaal databasebestand naar de gedeelde database (alles of niets)",
    )
    upload.add_argument("--from", dest="source", required=True, metavar="BESTAND.sqlite")
    upload.set_defaults(handler=cmd_server_upload)

    anon = sub.add_parser("anon-check", parents=[common], help="zoek herleidbare gegevens in een casustekst")
    anon.add_argument("file", nargs="?", metavar="BESTAND", help="een UTF-8-tekstbestand")
    anon.add_argument(
        "--jsonl", metavar="IN.jsonl", help='regels {"id": ..., "text": ...}; uitvoer als JSON-regels'
    )
    anon.add_argument(
        "--session",
        type=int,
        metavar="SESSIE_ID",
        help="controleer alle teksten van een bijeenkomst; JSON-regels, afsluitcode 1 bij vondsten",
    )
    anon.set_defaults(handler=cmd_anon_check)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    handler: Callable[[argparse.Namespace], int] = getattr(args, "handler", _run_gui)
    if args.self_test:
        handler = _run_self_test
    return run_handled(handler, args)


def run_handled(handler: Callable[[argparse.Namespace], int], args: argparse.Namespace) -> int:
    from casetafel.private_files import TargetExistsError
    from casetafel.services.errors import ServiceError
    from casetafel.storage.errors import StorageError, os_error_sentence

    try:
        return handler(args)
    except CliError as error:
        print(f"casetafel: {error}", file=sys.stderr)
        return error.code
    except (StorageError, ServiceError) as error:
        print(f"casetafel: {error}", file=sys.stderr)
        return EXIT_USER_ERROR
    except FileExistsError as error:
        if isinstance(error, TargetExistsError) or not error.filename:
            print(f"casetafel: {error}", file=sys.stderr)
        else:
            print(f"casetafel: {os_error_sentence(error)}", file=sys.stderr)
        return EXIT_USER_ERROR
    except OSError as error:
        print(f"casetafel: {os_error_sentence(error)}", file=sys.stderr)
        return EXIT_USER_ERROR
    except RecursionError:
        print(
            "casetafel: de invoer is te diep genest; dit bestand kan casetafel niet lezen.", file=sys.stderr
        )
        return EXIT_USER_ERROR
    except KeyboardInterrupt:
        print("casetafel: afgebroken.", file=sys.stderr)
        return 130
