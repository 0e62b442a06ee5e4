"""The Python package (issue 7): a wheel built from a clean copy of the sources (sdist first,
then the wheel from the sdist, as ``python -m build`` does) holds every module and resource, and
installed into a fresh virtual environment gives a working ``oncall-tray``.

The fresh environment gets the wheel with ``--no-deps``; its dependencies come from the test
environment's site-packages through a ``.pth`` line placed after the fresh site-packages, so Qt is
not installed a second time. What that leaves unchecked, that every third-party import is
declared in the wheel's ``Requires-Dist``, is checked on its own below. The test environment's
editable install of oncall_tray is not visible there (a ``.pth`` found through a ``.pth`` line is
not processed), and the tests assert that the code and resources run from the fresh environment.
"""

from __future__ import annotations

import ast
import importlib.metadata
import json
import os
import re
import shutil
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest
from conftest import make_alert

from oncall_tray import __version__

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "desktop" / "oncall_tray"
RESOURCES = ROOT / "resources"
IGNORE = shutil.ignore_patterns(".git", ".venv", "__pycache__", "*.egg-info", "build", "dist", ".pytest_cache")


@pytest.fixture(scope="session")
def wheel(tmp_path_factory) -> Path:
    """The wheel, built once per session from a copy of the sources."""
    work = tmp_path_factory.mktemp("wheel")
    source = work / "src"
    shutil.copytree(ROOT, source, ignore=IGNORE)
    subprocess.run([sys.executable, "-m", "build", "--outdir", str(work / "dist"), str(source)],
                   check=True, capture_output=True, timeout=300)
    (found,) = (work / "dist").glob("oncall_tray-*.whl")
    return found


@pytest.fixture(scope="session")
def fresh(wheel, tmp_path_factory) -> Path:
    """A fresh virtual environment with the wheel installed; returns its bin folder."""
    venv = tmp_path_factory.mktemp("fresh") / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True, timeout=120)
    python = venv / "bin" / "python"
    subprocess.run([sys.executable, "-m", "pip", "--python", str(python), "install", "-q", "--no-deps",
                    "--no-index", str(wheel)], check=True, capture_output=True, timeout=300)
    purelib = subprocess.run([str(python), "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"],
                             capture_output=True, text=True, check=True).stdout.strip()
    deps = {sysconfig.get_path("purelib"), sysconfig.get_path("platlib")}
    Path(purelib, "zz_test_dependencies.pth").write_text("\n".join(sorted(deps)) + "\n")
    return venv / "bin"


def run(fresh: Path, *args: str, cwd: Path) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    env.update(LANG="pt_BR.UTF-8", LC_ALL="", LC_MESSAGES="", XDG_STATE_HOME=str(cwd / "state"),
               XDG_CONFIG_HOME=str(cwd / "config"))
    return subprocess.run([str(fresh / args[0]), *args[1:]], capture_output=True, text=True, timeout=60,
                          cwd=cwd, env=env)


def test_wheel_holds_every_module_and_resource(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    modules = {f"oncall_tray/{p.relative_to(PACKAGE).as_posix()}" for p in PACKAGE.rglob("*.py")}
    assert modules - names == set(), "modules missing from the wheel (add their package to pyproject.toml)"
    resources = {f"oncall_tray/resources/{p.relative_to(RESOURCES).as_posix()}" for p in RESOURCES.rglob("*")
                 if p.is_file() and "__pycache__" not in p.parts}
    assert resources - names == set()
    assert "oncall_tray/resources/icons/hicolor/48x48/apps/oncall-tray.png" in names


def test_installed_command_runs_from_the_fresh_environment(fresh, alertmanager, tmp_path):
    version = run(fresh, "oncall-tray", "--version", cwd=tmp_path)
    assert version.returncode == 0, version.stderr
    assert version.stdout.strip() == f"oncall-tray {__version__}"
    assert (fresh / "oncall-tray-gui").is_file()
    alertmanager.post_alerts([make_alert("WheelDown", "critical")])
    status = run(fresh, "oncall-tray", "--alertmanager", alertmanager.url, "status", cwd=tmp_path)
    assert status.returncode == 0, status.stderr
    assert "CRÍTICO" in status.stdout and "WheelDown" in status.stdout  # the pt_BR catalogue was found
    as_json = run(fresh, "oncall-tray", "--alertmanager", alertmanager.url, "status", "--json", cwd=tmp_path)
    assert json.loads(as_json.stdout)["alerts"][0]["alertname"] == "WheelDown"
    where = run(fresh, "python", "-c",
                "import oncall_tray, importlib.resources as r; print(oncall_tray.__file__); "
                "f = r.files('oncall_tray.resources'); "
                "print(f.joinpath('scenarios', 'on-call-guide-alerts.json')); "
                "print(f.joinpath('icons', 'hicolor', '32x32', 'apps', 'oncall-tray.png').is_file())", cwd=tmp_path)
    code, scenario, icon = where.stdout.split()
    assert Path(code).is_relative_to(fresh.parent) and Path(scenario).is_relative_to(fresh.parent)
    assert Path(scenario).is_file() and icon == "True"


def _third_party_imports() -> set[str]:
    names = set()
    for path in PACKAGE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names.update(alias.name.split(".")[0] for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names.add(node.module.split(".")[0])
    platform_only = {"winreg", "msvcrt", "_winapi"}
    return {n for n in names if n not in sys.stdlib_module_names and n not in platform_only and n != "oncall_tray"}


def test_every_third_party_import_is_a_declared_dependency(wheel):
    metadata = zipfile.ZipFile(wheel).read(f"oncall_tray-{__version__}.dist-info/METADATA").decode()
    declared = {re.split(r"[\s;<>=!~\[]", line.split(":", 1)[1].strip())[0].lower().replace("_", "-")
                for line in metadata.splitlines() if line.startswith("Requires-Dist:") and "extra ==" not in line}
    providers = importlib.metadata.packages_distributions()
    for module in _third_party_imports():
        dists = {d.lower().replace("_", "-") for d in providers.get(module, [])}
        assert dists & declared, f"'import {module}' comes from {dists or 'nothing installed'}, not declared"
