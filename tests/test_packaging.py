"""The installed package carries every data file the code reads (not only the editable checkout)."""

from __future__ import annotations

import configparser

import pytest


def _package_data_globs(root):
    cfg = configparser.ConfigParser()
    cfg.read(root / "setup.cfg")
    return {pkg: [g.strip() for g in globs.split(",") if g.strip()]
            for pkg, globs in cfg["options.package_data"].items()}


@pytest.mark.parametrize("package, folder", [("graphbuild", "graphbuild"), ("graphbuild.ontologies", "ontologies")])
def test_packaging_every_data_file_is_package_data(root, package, folder):
    base = root / folder
    shipped = {p for g in _package_data_globs(root)[package] for p in base.glob(g)}
    data = {p for p in base.rglob("*") if p.is_file() and p.suffix not in {".py", ".pyc"}
            and "__pycache__" not in p.parts}
    assert data, f"no data files found under {folder}"
    assert data <= shipped, f"not in setup.cfg package_data: {sorted(str(p.relative_to(base)) for p in data - shipped)}"


@pytest.mark.parametrize("name", ["graphbuild.ttl", "shapes.ttl"])
def test_packaging_ontology_reachable_as_package_resource(name):
    from importlib.resources import files

    assert files("graphbuild.ontologies").joinpath(name).is_file()


@pytest.mark.parametrize("umask", [0o022, 0o002])
def test_packaging_written_files_get_normal_permissions(tmp_path, umask):
    import os

    from graphbuild.rdf import write_bytes_atomic

    old = os.umask(umask)
    try:
        target = tmp_path / "out.ttl"
        write_bytes_atomic(target, b"<urn:a> <urn:b> <urn:c> .\n")
    finally:
        os.umask(old)
    assert target.stat().st_mode & 0o777 == 0o666 & ~umask
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]
