"""pyproject.toml lists the packages by hand (`packages.find` cannot see ameli_desktop.resources,
a mapped folder): the list must name every package folder of the tree, and nothing else."""

import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def listed_packages() -> set[str]:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    return set(config["tool"]["setuptools"]["packages"])


def package_folders() -> set[str]:
    """Every folder under ameli_desktop/ that holds Python modules, as a dotted name."""
    source = ROOT / "ameli_desktop"
    return {
        ".".join(("ameli_desktop", *folder.relative_to(source).parts))
        for folder in (source, *(p for p in source.rglob("*") if p.is_dir()))
        if "__pycache__" not in folder.parts and any(folder.glob("*.py"))
    }


def test_every_package_folder_is_listed_in_pyproject() -> None:
    missing = package_folders() - listed_packages()
    assert not missing, f"add to [tool.setuptools] packages in pyproject.toml: {sorted(missing)}"


def test_pyproject_lists_no_package_that_is_not_in_the_tree() -> None:
    gone = listed_packages() - package_folders() - {"ameli_desktop.resources"}
    assert not gone, f"remove from [tool.setuptools] packages in pyproject.toml: {sorted(gone)}"
