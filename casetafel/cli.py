"""The ``casetafel`` command: without a subcommand it starts the GUI; subcommands work on the database.

User errors print one plain Dutch sentence on stderr and exit non-zero; never a traceback.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from casetafel import __version__
from casetafel.cli_common import (
    EXIT_DAMAGED,
    EXIT_OK,
    EXIT_USER_ERROR,
    O_RULE,
    OVERWRITE_HELP,
    CliError,
    command_services,
    db_path,
    db_target,
    local_for_reading,
    require_existing,
    server_address,
    session_id_of,
    write_atomically,
)


def cmd_demo(args: argparse.Namespace) -> int:
    from casetafel.services.demo import load_demo

    with command_services(args, write=True) as services:
        summary = load_demo(services, args.size, progress=lambda step: print(f"… {step}", file=sys.stderr))
    print(
        f"Demogegevens toegevoegd aan {services.location}: {summary.meetings} bijeenkomsten, {summary.cases} casussen, "
        f"{summary.observations} observaties, {summary.questions} bestuurlijke vragen, {summary.actions} afspraken."
    )
    return EXIT_OK


def cmd_sessions(args: argparse.Namespace) -> int:
    from casetafel.domain.vocabulary import STATUS_LABELS

    with command_services(args, write=False) as services:
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

    path = db_path(args)
    require_existing(path)
    with command_services(args, write=False):  # refuses damaged or newer files before copying
        pass
    made = backup_now(path, Path(args.output).expanduser() if args.output else None, overwrite=args.overwrite)
    print(f"Reservekopie gemaakt: {made}")
    return EXIT_OK


def cmd_restore(args: argparse.Namespace) -> int:
    from casetafel.services.maintenance import restore

    source = Path(args.file).expanduser()
    require_existing(source)
    from casetafel.storage.lock import DatabaseLock

    path = db_path(args)
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

    path = db_path(args)
    require_existing(path)
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
    with command_services(args, write=False) as services:
        data, masked = services.reporting.masked_report_data(
            session_id_of(args), variant, descriptions=descriptions
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
    pages = write_atomically(target, lambda partial: build_pdf(data, options, partial), args.overwrite)
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
        write_atomically(
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
        rows = write_atomically(
            target, lambda partial: write_csv(data, partial, variant=variant), args.overwrite
        )
        print(f"{rows} regels (observaties, bestuurlijke vragen en afspraken) geschreven naar {target}.")
    else:
        write_atomically(target, lambda partial: write_json(data, partial, variant=variant), args.overwrite)
        print(f"Bijeenkomst {session_id_of(args)} als JSON geschreven naar {target}.")
    return EXIT_OK


def cmd_import(args: argparse.Namespace) -> int:
    from casetafel.services.transfer import TransferService

    source = Path(args.file).expanduser()
    with command_services(args, write=True) as services:
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
        require_existing(source)
        with source.open("rb") as stream:  # decoded line by line: an error names its line
            try:
                check_jsonl(stream, sys.stdout)
            except ValueError as error:
                raise CliError(str(error)) from error
        return EXIT_OK
    if not args.file:
        raise CliError("Geef een tekstbestand, of --jsonl BESTAND.")
    source = Path(args.file).expanduser()
    require_existing(source)
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
    with command_services(args, write=False) as services:
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
    with command_services(args, write=False) as services:
        data = services.followup.standing_data(public=args.public, only_open=args.open, since=since)
    write = build_standing_pdf if suffix == ".pdf" else write_standing_csv
    write_atomically(target, lambda partial: write(data, partial), args.overwrite)
    variant = "openbaar" if args.public else "vertrouwelijk"
    print(f"Stand van zaken ({variant}, {len(data.items)} vragen en afspraken) geschreven naar {target}.")
    return EXIT_OK


def cmd_server_upload(args: argparse.Namespace) -> int:
    """``server upload --from FILE``: the local file's sessions, cases and follow-up onto the server."""
    from casetafel.services.server_upload import ServerUploadService

    if server_address(args) is None:
        raise CliError("Geef met --db de gedeelde database op (postgresql://…) waarnaar geüpload wordt.")
    source = Path(args.source).expanduser()
    require_existing(source)
    with local_for_reading(source) as local, command_services(args, write=True) as services:
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


def _run_gui(args: argparse.Namespace) -> int:
    from casetafel.app import run_gui

    # without --db the window uses the shared database saved in its settings, or the default file
    return run_gui(db_path=db_target(args) if getattr(args, "db", None) else None, language=args.lang)


def cmd_member_input(args: argparse.Namespace) -> int:
    """The "Mijn inbreng" window of one participant, found by name on the attendance lists."""
    from casetafel.services.member_input import Author

    author = Author(name=args.participant.strip())
    with command_services(args, write=True) as services:
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

    from casetafel.cli_server import add_server_commands

    server_commands = add_server_commands(sub, common)
    upload = server_commands.add_parser(
        "upload",
        parents=[common],
        help="kopieer een lokaal databasebestand naar de gedeelde database (alles of niets)",
    )
    upload.add_argument("--from", dest="source", required=True, metavar="BESTAND.sqlite")
    upload.set_defaults(handler=cmd_server_upload)
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
