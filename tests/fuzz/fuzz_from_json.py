"""An atheris (libFuzzer) target for nmda_pain.from_json.

Any input must give a Registry or a RegistryFormatError whose problems all
name a JSON path; anything else is a crash the fuzzer reports.

Every module the target exercises is imported inside
``atheris.instrument_imports()``, so that the fuzzer sees its branches:
nmda_pain, and cattrs with the converter built on it. ``import nmda_pain``
does not import cattrs (``from_json`` imports the converter on its first
call, which here would be outside the block, uninstrumented), so cattrs,
its submodules the converter uses and ``nmda_pain.interchange._converter``
are imported explicitly; the target refuses to start if cattrs was already
imported before the block.

Run for a bounded time, with the corpus seeded from valid documents (the
article's registry, a synthetic registry holding every record type and
qualifier, an empty registry)::

    python tests/fuzz/fuzz_from_json.py -max_total_time=60 CORPUS_DIR

(``.ci/run`` does this in a temporary directory; ``pip install -e '.[fuzz]'`` installs atheris.)
"""

import sys
from pathlib import Path

import atheris

# A module imported before the block is not instrumented, and the block would not say so.
_TOO_EARLY = sorted(name for name in ("cattrs", "nmda_pain") if name in sys.modules)
if _TOO_EARLY:
    sys.exit(f"imported before atheris.instrument_imports(), so not instrumented: {_TOO_EARLY}")

with atheris.instrument_imports():
    # Unused here: imported now so that they load inside the block (from_json would load
    # them on its first call, outside it).
    import cattrs
    import cattrs.errors
    import cattrs.gen  # noqa: F401

    import nmda_pain
    import nmda_pain.interchange._converter
    import nmda_pain.testing
    from nmda_pain.data.article import build_registry


def test_one_input(data: bytes) -> None:
    """Feed *data* to from_json as bytes and, decoded leniently, as text."""
    for document in (data, data.decode("utf-8", "surrogateescape")):
        _check(document)


def _check(document: str | bytes) -> None:
    try:
        nmda_pain.from_json(document)
    except nmda_pain.RegistryFormatError as error:
        if not error.errors or not all(e.startswith("$") for e in error.errors):
            raise AssertionError(error.errors) from error


def seed(corpus: Path) -> None:
    """Put valid documents, small and rich, into *corpus*.

    The article's registry, compact and indented; a synthetic registry with
    mappings, modes of action, affinities, mediating mechanisms, disputing
    evidence and nested drug classes; and an empty registry.
    """
    corpus.mkdir(parents=True, exist_ok=True)
    article = build_registry()
    rich = nmda_pain.testing.synthetic_registry(40, seed=5)
    documents = {
        "article.json": nmda_pain.to_json(article),
        "article-indented.json": nmda_pain.to_json(article, indent=1),
        "synthetic.json": nmda_pain.to_json(rich),
        "empty.json": nmda_pain.to_json(nmda_pain.Registry()),
    }
    for name, text in documents.items():
        (corpus / name).write_text(text, encoding="utf-8")


if __name__ == "__main__":
    corpora = [Path(arg) for arg in sys.argv[1:] if not arg.startswith("-")]
    for corpus in corpora:
        seed(corpus)
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()
