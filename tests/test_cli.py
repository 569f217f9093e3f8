"""Command-line behaviour shared by every command: help, README coverage, one-line errors."""

from __future__ import annotations

import re

import pytest

from graphbuild.cli import main

COMMANDS = sorted(main.commands)


def _no_traceback(result):
    return "Traceback" not in (result.output or "") and not (
        result.exception and not isinstance(result.exception, SystemExit)
    )


@pytest.mark.parametrize("command", COMMANDS)
def test_cli_every_command_has_help_text(cli_runner, command):
    result = cli_runner.invoke(main, [command, "--help"])
    assert result.exit_code == 0
    assert main.commands[command].help and len(main.commands[command].help.strip()) > 20
    assert "Usage:" in result.output


@pytest.mark.parametrize("command", COMMANDS)
def test_cli_every_command_appears_in_readme(root, command):
    readme = (root / "README.md").read_text(encoding="utf-8")
    assert re.search(rf"graphbuild {command}\b", readme), f"README shows no example of `graphbuild {command}`"


@pytest.mark.parametrize("args", [["frobnicate"], ["query", "--no-such-option", "x.ttl", "q"]])
def test_cli_unknown_command_or_option_is_one_line_error(cli_runner, args):
    result = cli_runner.invoke(main, args)
    assert result.exit_code == 2
    assert _no_traceback(result)
    assert "Error:" in result.output


@pytest.mark.parametrize("command", ["query", "view", "analyze"])
def test_cli_missing_graph_file_is_one_clear_line(cli_runner, tmp_path, command):
    if command not in main.commands:
        pytest.skip(f"{command} not available")
    args = [command, str(tmp_path / "missing.ttl")]
    if command == "query":
        args.append("SELECT * WHERE { ?s ?p ?o }")
    if command == "view":
        args += ["-o", str(tmp_path / "out.html")]
    result = cli_runner.invoke(main, args)
    assert result.exit_code != 0
    assert _no_traceback(result)
    assert "missing.ttl" in result.output
    error_lines = [line for line in result.output.splitlines() if line.startswith("Error")]
    assert len(error_lines) == 1


@pytest.mark.parametrize("sparql", ["SELECT ?x WHERE { ?x ?p ", "SELEKT * WHERE {}"])
def test_cli_malformed_sparql_is_one_clear_line(cli_runner, tmp_path, sparql):
    graph = tmp_path / "g.ttl"
    graph.write_text("<urn:a> <urn:b> <urn:c> .\n", encoding="utf-8")
    result = cli_runner.invoke(main, ["query", str(graph), sparql])
    assert result.exit_code != 0
    assert _no_traceback(result)
    assert "SPARQL" in result.output


@pytest.mark.parametrize("content", [b"<urn:a> <urn:b> .\n", b"\x00\x01\x02binary\xff"])
def test_cli_malformed_turtle_is_one_clear_line(cli_runner, tmp_path, content):
    graph = tmp_path / "bad.ttl"
    graph.write_bytes(content)
    result = cli_runner.invoke(main, ["query", str(graph), "SELECT * WHERE { ?s ?p ?o }"])
    assert result.exit_code != 0
    assert _no_traceback(result)
    assert "bad.ttl" in result.output


@pytest.mark.parametrize("content", [b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00"])
def test_cli_build_binary_input_is_one_clear_line(cli_runner, tmp_path, content):
    source = tmp_path / "picture.txt"
    source.write_bytes(content)
    out = tmp_path / "g.ttl"
    result = cli_runner.invoke(main, ["build", str(source), "-o", str(out), "-q"])
    assert result.exit_code != 0
    assert _no_traceback(result)
    assert "picture.txt" in result.output
    assert not out.exists()


@pytest.mark.parametrize("name", ["nothing-here.txt"])
def test_cli_build_missing_input_is_one_clear_line(cli_runner, tmp_path, name):
    result = cli_runner.invoke(main, ["build", str(tmp_path / name), "-o", str(tmp_path / "g.ttl"), "-q"])
    assert result.exit_code != 0
    assert _no_traceback(result)
    assert name in result.output


@pytest.mark.model
@pytest.mark.parametrize("content", ["", "   \n\n"])
def test_cli_build_empty_input_gives_no_traceback(cli_runner, tmp_path, content):
    source = tmp_path / "empty.txt"
    source.write_text(content, encoding="utf-8")
    result = cli_runner.invoke(main, ["build", str(source), "-o", str(tmp_path / "g.ttl"), "-q"])
    assert _no_traceback(result)
    assert "Traceback" not in result.output


@pytest.mark.parametrize("existing", ["previous graph\n"])
def test_cli_failed_build_keeps_existing_output(cli_runner, tmp_path, existing):
    out = tmp_path / "g.ttl"
    out.write_text(existing, encoding="utf-8")
    result = cli_runner.invoke(main, ["build", str(tmp_path / "missing.txt"), "-o", str(out), "-q"])
    assert result.exit_code != 0
    assert out.read_text(encoding="utf-8") == existing
