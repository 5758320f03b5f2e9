"""An atheris (libFuzzer) target for nmda_pain.from_json.

Any input must give a Registry or a RegistryFormatError whose problems all
name a JSON path; anything else is a crash the fuzzer reports.

Run for a bounded time, with the corpus seeded from the shipped document::

    python tests/fuzz/fuzz_from_json.py -max_total_time=60 CORPUS_DIR

(``.ci/run`` does this in a temporary directory; ``pip install -e '.[fuzz]'`` installs atheris.)
"""

import sys
from pathlib import Path

import atheris

with atheris.instrument_imports():
    import nmda_pain


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
    """Put the shipped document and a few small variants into *corpus*."""
    corpus.mkdir(parents=True, exist_ok=True)
    shipped = nmda_pain.to_json(nmda_pain.default_registry())
    (corpus / "shipped.json").write_text(shipped, encoding="utf-8")
    (corpus / "empty.json").write_text(nmda_pain.to_json(nmda_pain.Registry()), encoding="utf-8")
    (corpus / "indented.json").write_text(
        nmda_pain.to_json(nmda_pain.default_registry(), indent=1), encoding="utf-8"
    )


if __name__ == "__main__":
    corpora = [Path(arg) for arg in sys.argv[1:] if not arg.startswith("-")]
    for corpus in corpora:
        seed(corpus)
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()
