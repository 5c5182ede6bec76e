"""Issue 14 point 9: the small holes. Huge ids, ids that are not JSON, invalid UTF-8, the exit code of a
damaged file, one -o rule for every command (said in --help), every OS error one Dutch sentence."""

from __future__ import annotations

from pathlib import Path

from tests.cli.test_cli import run

ENGLISH = ("Traceback", "Error", "No space", "Is a directory", "No such file", "()", "codec")


def assert_dutch_refusal(result, *words: str) -> None:
    assert result.returncode == 2, (result.returncode, result.stderr)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("casetafel: "), result.stderr
    assert not any(word in lines[0] for word in ENGLISH), lines[0]
    for word in words:
        assert word in lines[0], lines[0]


def test_a_huge_session_id_is_a_dutch_sentence(private_home: Path, tmp_path: Path) -> None:
    assert run("demo", home=private_home).returncode == 0
    for command in ("report", "export"):
        suffix = "pdf" if command == "report" else "json"
        result = run(
            command, "99999999999999999999999", "-o", str(tmp_path / f"x.{suffix}"), home=private_home
        )
        assert_dutch_refusal(result, "geen id")


def test_jsonl_ids_that_are_not_json_and_invalid_utf8_name_their_line(
    private_home: Path, tmp_path: Path
) -> None:
    source = tmp_path / "in.jsonl"
    source.write_bytes(b'{"id": 1e400, "text": "x"}\n')
    result = run("anon-check", "--jsonl", str(source), home=private_home)
    assert_dutch_refusal(result, "Regel 1")
    assert "Infinity" not in result.stdout
    source.write_bytes(b'{"id": 1, "text": "x"}\n{"id": 2, "text": "x"}\n{"id": 3, "text": "caf\xe9"}\n')
    result = run("anon-check", "--jsonl", str(source), home=private_home)
    assert_dutch_refusal(result, "Regel 3", "UTF-8")


def test_check_exits_3_for_a_damaged_file(private_home: Path) -> None:
    private_home.mkdir()
    (private_home / "casetafel.sqlite").write_bytes(b"SQLite format 3\x00" + b"\x00" * 200)
    result = run("check", home=private_home)
    assert result.returncode == 3, result.stderr
    assert "beschadigd" in result.stderr and "Traceback" not in result.stderr


def test_one_overwrite_rule_for_every_o(private_home: Path, tmp_path: Path) -> None:
    assert run("demo", home=private_home).returncode == 0
    for command, name in (("export", "s.json"), ("report", "v.pdf"), ("backup", "k.sqlite")):
        target = tmp_path / name
        target.write_bytes(b"van eerder")
        args = (command, "-o", str(target)) if command == "backup" else (command, "1", "-o", str(target))
        assert_dutch_refusal(run(*args, home=private_home), "bestaat al", "--overschrijven")
        assert target.read_bytes() == b"van eerder"
        replaced = run(*args, "--overschrijven", home=private_home)
        assert replaced.returncode == 0, replaced.stderr
        assert target.read_bytes() != b"van eerder"
        shown = run(command, "--help", home=private_home).stdout
        assert "niet overschreven" in " ".join(shown.split()) and "--overschrijven" in shown


def test_os_errors_are_dutch_sentences_that_say_what_to_do(private_home: Path, tmp_path: Path) -> None:
    assert run("demo", home=private_home).returncode == 0
    folder = tmp_path / "map.json"
    folder.mkdir()
    assert_dutch_refusal(run("export", "1", "-o", str(folder), home=private_home), "map")
    missing = tmp_path / "bestaat-niet" / "s.json"
    assert_dutch_refusal(run("export", "1", "-o", str(missing), home=private_home), "bestaat niet")
    assert_dutch_refusal(
        run("backup", "-o", str(missing.with_suffix(".sqlite")), home=private_home), "bestaat niet"
    )
