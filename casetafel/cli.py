"""The ``casetafel`` command: without a subcommand it starts the GUI; subcommands work on the database.

User errors print one plain Dutch sentence on stderr and exit non-zero; never a traceback.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from casetafel import __version__
from casetafel.paths import default_db_path

EXIT_OK = 0
EXIT_USER_ERROR = 2
EXIT_DAMAGED = 3


class CliError(Exception):
    """An error whose message is shown to the user as it is."""

    def __init__(self, message: str, code: int = EXIT_USER_ERROR) -> None:
        super().__init__(message)
        self.code = code


def _db_path(args: argparse.Namespace) -> Path:
    return Path(args.db).expanduser() if getattr(args, "db", None) else default_db_path()


def _open_services(args: argparse.Namespace):
    from casetafel.services.container import Services

    return Services.open(_db_path(args))


def cmd_demo(args: argparse.Namespace) -> int:
    from casetafel.services.demo import load_demo

    services = _open_services(args)
    try:
        summary = load_demo(services, args.size, progress=lambda step: print(f"… {step}", file=sys.stderr))
    finally:
        services.close()
    print(
        f"Demogegevens toegevoegd aan {services.path}: {summary.sessions} bijeenkomsten, {summary.cases} casussen, "
        f"{summary.observations} observaties, {summary.questions} bestuurlijke vragen, {summary.actions} afspraken."
    )
    return EXIT_OK


def cmd_sessions(args: argparse.Namespace) -> int:
    from casetafel.domain.vocabulary import STATUS_LABELS

    services = _open_services(args)
    try:
        sessions = services.sessions.list_sessions()
    finally:
        services.close()
    if not sessions:
        print("Nog geen bijeenkomsten. Probeer ‘casetafel demo’ voor voorbeeldgegevens.")
        return EXIT_OK
    print(f"{'id':>5}  {'datum':<16}  {'status':<9}  titel")
    for s in sessions:
        when = s.starts_at.strftime("%Y-%m-%d %H:%M") if s.starts_at else "-"
        print(f"{s.id:>5}  {when:<16}  {STATUS_LABELS.get(s.status, s.status):<9}  {s.title}")
    return EXIT_OK


def cmd_backup(args: argparse.Namespace) -> int:
    from casetafel.services.maintenance import backup_now

    path = _db_path(args)
    _require_existing(path)
    _open_services(args).close()  # refuses damaged or newer files before copying
    made = backup_now(path, Path(args.output).expanduser() if args.output else None)
    print(f"Reservekopie gemaakt: {made}")
    return EXIT_OK


def cmd_restore(args: argparse.Namespace) -> int:
    from casetafel.services.maintenance import restore

    source = Path(args.file).expanduser()
    _require_existing(source)
    path = _db_path(args)
    kept = restore(path, source)
    if kept:
        print(f"Het huidige bestand is eerst bewaard als {kept}.")
    print(f"Hersteld uit {source} naar {path}.")
    return EXIT_OK


def cmd_check(args: argparse.Namespace) -> int:
    from casetafel.services.maintenance import check_integrity
    from casetafel.storage.inspection import inspect_existing

    path = _db_path(args)
    _require_existing(path)
    inspect_existing(path)
    report = check_integrity(path)
    if report.ok:
        print(f"De database {path} is in orde.")
        return EXIT_OK
    print(f"De database {path} is beschadigd:", file=sys.stderr)
    for message in report.messages:
        print(f"  - {message}", file=sys.stderr)
    return EXIT_DAMAGED


def cmd_report(args: argparse.Namespace) -> int:
    from casetafel.report.data import ReportOptions, ReportVariant
    from casetafel.report.pdf import build_pdf

    target = Path(args.output).expanduser()
    if target.suffix.lower() not in (".pdf", ".docx"):
        raise CliError("Geef een bestandsnaam die eindigt op .pdf of .docx.")
    for given in (args.logo, args.word_template):
        if given and not Path(given).expanduser().is_file():
            raise CliError(f"Het bestand {given} bestaat niet.")
    services = _open_services(args)
    try:
        data = services.reporting.report_data(args.session_id)
    finally:
        services.close()
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
        return _report_docx(data, options, target, variant)
    pages = _write_atomically(target, lambda partial: build_pdf(data, options, partial))
    print(f"Verslag ({variant}, {pages} pagina's) geschreven naar {target}.")
    return EXIT_OK


def _report_docx(data, options, target: Path, variant: str) -> int:
    from casetafel.report.docx import build_docx
    from casetafel.report.docx_base import TemplateError

    chart_image = None
    if options.show_charts:
        from casetafel.ui.chart_image import chart_png  # Qt draws the chart images (offscreen)

        chart_image = chart_png
    try:
        _write_atomically(target, lambda partial: build_docx(data, options, partial, chart_image=chart_image))
    except TemplateError as error:
        raise CliError(str(error)) from error
    print(f"Verslag ({variant}) als Word-document geschreven naar {target}.")
    return EXIT_OK


def cmd_export(args: argparse.Namespace) -> int:
    from casetafel.report.exports import write_csv, write_json

    target = Path(args.output).expanduser()
    suffix = target.suffix.lower()
    if suffix not in (".csv", ".json"):
        raise CliError("Geef een bestandsnaam die eindigt op .csv of .json.")
    services = _open_services(args)
    try:
        data = services.reporting.report_data(args.session_id)
    finally:
        services.close()
    if suffix == ".csv":
        rows = _write_atomically(target, lambda partial: write_csv(data, partial))
        print(f"{rows} regels (observaties, bestuurlijke vragen en afspraken) geschreven naar {target}.")
    else:
        _write_atomically(target, lambda partial: write_json(data, partial))
        print(f"Bijeenkomst {args.session_id} als JSON geschreven naar {target}.")
    return EXIT_OK


def cmd_anon_check(args: argparse.Namespace) -> int:
    from casetafel.anonymisation.check_cli import check_jsonl, check_text_report

    if args.jsonl:
        source = Path(args.jsonl).expanduser()
        _require_existing(source)
        with source.open(encoding="utf-8") as stream:
            try:
                check_jsonl(stream, sys.stdout)
            except ValueError as error:
                raise CliError(str(error)) from error
        return EXIT_OK
    if not args.file:
        raise CliError("Geef een tekstbestand, of --jsonl BESTAND.")
    source = Path(args.file).expanduser()
    _require_existing(source)
    try:
        text = source.read_text(encoding="utf-8")
    except UnicodeDecodeError as error:
        raise CliError(f"{source} is geen UTF-8-tekstbestand.") from error
    print(check_text_report(text))
    return EXIT_OK


def _write_atomically(target: Path, write: Callable[[Path], int | None]) -> int | None:
    """Write through a part file next to ``target`` (see ``write_atomically``), into an existing folder."""
    from casetafel.report.exports import write_atomically

    if not target.parent.is_dir():
        raise CliError(f"De map {target.parent} bestaat niet.")
    return write_atomically(target, write)


def _require_existing(path: Path) -> None:
    if not path.exists():
        raise CliError(f"Het bestand {path} bestaat niet.")


def _run_gui(args: argparse.Namespace) -> int:
    from casetafel.app import run_gui

    return run_gui(db_path=_db_path(args), language=args.lang)


def _run_self_test(_args: argparse.Namespace) -> int:
    from casetafel.selftest import run_self_test

    return run_self_test()


def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--db",
        metavar="PAD",
        default=argparse.SUPPRESS,
        help="gebruik dit databasebestand in plaats van het standaardbestand",
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

    sessions = sub.add_parser(
        "sessions", parents=[common], help="toon de bijeenkomsten (id, datum, status, titel)"
    )
    sessions.set_defaults(handler=cmd_sessions)

    backup = sub.add_parser("backup", parents=[common], help="maak een reservekopie van de database")
    backup.add_argument("-o", "--output", metavar="BESTAND", help="schrijf de kopie naar dit bestand")
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
    report.add_argument("session_id", type=int, metavar="SESSIE_ID", help="het id uit ‘casetafel sessions’")
    report.add_argument("-o", "--output", required=True, metavar="BESTAND.pdf|BESTAND.docx")
    report.add_argument("--logo", metavar="AFBEELDING", help="het gemeentelogo op de voorkant (PNG of JPEG)")
    report.add_argument(
        "--word-template", metavar="SJABLOON.dotx", help="het Word-sjabloon van de gemeente (voor .docx)"
    )
    report.add_argument(
        "--public", action="store_true", help="openbare variant: zonder casusteksten en namen"
    )
    report.add_argument("--no-names", action="store_true", help="geen namen van deelnemers")
    report.add_argument("--no-votes", action="store_true", help="geen stemmen")
    report.add_argument("--no-charts", action="store_true", help="geen grafieken")
    report.set_defaults(handler=cmd_report)

    export = sub.add_parser("export", parents=[common], help="exporteer een bijeenkomst als CSV of JSON")
    export.add_argument("session_id", type=int, metavar="SESSIE_ID")
    export.add_argument("-o", "--output", required=True, metavar="BESTAND.csv|BESTAND.json")
    export.set_defaults(handler=cmd_export)

    anon = sub.add_parser("anon-check", parents=[common], help="zoek herleidbare gegevens in een casustekst")
    anon.add_argument("file", nargs="?", metavar="BESTAND", help="een UTF-8-tekstbestand")
    anon.add_argument(
        "--jsonl", metavar="IN.jsonl", help='regels {"id": ..., "text": ...}; uitvoer als JSON-regels'
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
    from casetafel.services.errors import ServiceError
    from casetafel.storage.errors import StorageError

    try:
        return handler(args)
    except CliError as error:
        print(f"casetafel: {error}", file=sys.stderr)
        return error.code
    except (StorageError, ServiceError) as error:
        print(f"casetafel: {error}", file=sys.stderr)
        return EXIT_USER_ERROR
    except PermissionError as error:
        print(f"casetafel: geen toegang tot {error.filename or 'het bestand'}.", file=sys.stderr)
        return EXIT_USER_ERROR
    except FileExistsError as error:
        print(f"casetafel: {error}", file=sys.stderr)
        return EXIT_USER_ERROR
    except OSError as error:
        print(f"casetafel: {error.strerror or error} ({error.filename or ''}).", file=sys.stderr)
        return EXIT_USER_ERROR
    except KeyboardInterrupt:
        print("casetafel: afgebroken.", file=sys.stderr)
        return 130
