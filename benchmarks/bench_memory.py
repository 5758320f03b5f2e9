"""Memory per claim (tracemalloc): nmda_pain's Claim and Evidence versus msgspec Structs.

Two measurements, each the memory still allocated after the objects are
built, divided by the number of claims:

* **objects**: each claim built with its public constructor, together with
  its evidence tuple, its Evidence records and their section tuples, from
  field values (id strings, enum members) that already exist and are shared
  by every candidate. This is the cost of the record types themselves.
* **decoded**: the whole registry read from the same JSON document by
  ``from_json``, ``msgspec.json.decode`` and pydantic, divided by the claim
  count: what a loaded registry costs, strings and entities included.
"""

from __future__ import annotations

import gc
import sys
import tracemalloc
from collections.abc import Callable
from typing import Any

import msgspec
from _mirrors import msgspec_types, pydantic_types

import nmda_pain
from nmda_pain import Claim, Evidence
from nmda_pain.testing import synthetic_registry

CLAIMS = 100_000
QUICK_CLAIMS = 10_000


def _retained(build: Callable[[], object]) -> tuple[int, object]:
    """Bytes still allocated by *build* once it has returned (its result kept alive)."""
    gc.collect()
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        value = build()
        gc.collect()
        after = tracemalloc.get_traced_memory()[0]
    finally:
        tracemalloc.stop()
    return after - before, value


def run(*, quick: bool = False) -> dict[str, Any]:
    n = QUICK_CLAIMS if quick else CLAIMS
    registry = synthetic_registry(n)
    fields = [
        (
            c.subject,
            c.predicate,
            c.object,
            [(e.reference, list(e.sections)) for e in c.evidence],
            c.certainty,
            c.notes,
        )
        for c in registry.claims
    ]
    _, ms_classes = msgspec_types()
    _, pd_classes = pydantic_types()

    def builder(claim_type: Any, evidence_type: Any) -> Callable[[], object]:
        def build() -> object:
            return [
                claim_type(
                    subject=subject,
                    predicate=predicate,
                    object=obj,
                    evidence=tuple(
                        evidence_type(reference=reference, sections=tuple(sections))
                        for reference, sections in evidence
                    ),
                    certainty=certainty,
                    notes=notes,
                )
                for subject, predicate, obj, evidence, certainty, notes in fields
            ]

        return build

    list_bytes, _ = _retained(lambda: [None] * n)  # the list that holds them, same for all
    objects: dict[str, float] = {}
    for name, claim_type, evidence_type in (
        ("nmda_pain", Claim, Evidence),
        ("msgspec", ms_classes[Claim], ms_classes[Evidence]),
        ("pydantic", pd_classes[Claim], pd_classes[Evidence]),
    ):
        size, value = _retained(builder(claim_type, evidence_type))
        objects[name] = (size - list_bytes) / n
        del value

    text = nmda_pain.to_json(registry)
    ms_document, _ = msgspec_types()
    pd_document, _ = pydantic_types()
    del registry
    gc.collect()
    decoded: dict[str, float] = {}
    for name, load in (
        ("nmda_pain", lambda: nmda_pain.from_json(text)),
        ("msgspec", lambda: msgspec.json.decode(text, type=ms_document)),
        ("pydantic", lambda: pd_document.model_validate_json(text)),  # type: ignore[attr-defined]
    ):
        size, value = _retained(load)
        decoded[name] = size / n
        del value

    sample = fields[0]
    one_claim = Claim(
        subject=sample[0],
        predicate=sample[1],
        object=sample[2],
        evidence=(Evidence(reference=sample[3][0][0], sections=tuple(sample[3][0][1])),),
        certainty=sample[4],
    )
    one_struct = msgspec.convert(
        msgspec.to_builtins(
            {
                "subject": one_claim.subject,
                "predicate": one_claim.predicate,
                "object": one_claim.object,
                "evidence": [
                    {"reference": e.reference, "sections": list(e.sections)}
                    for e in one_claim.evidence
                ],
                "certainty": one_claim.certainty,
                "notes": one_claim.notes,
            }
        ),
        ms_classes[Claim],
    )
    return {
        "claims": n,
        "objects_bytes_per_claim": objects,
        "objects_ratio": objects["nmda_pain"] / objects["msgspec"],
        "decoded_bytes_per_claim": decoded,
        "decoded_ratio": decoded["nmda_pain"] / decoded["msgspec"],
        "getsizeof": {
            "nmda_pain Claim": sys.getsizeof(one_claim),
            "nmda_pain Evidence": sys.getsizeof(one_claim.evidence[0]),
            "msgspec Claim": sys.getsizeof(one_struct),
            "msgspec Evidence": sys.getsizeof(one_struct.evidence[0]),  # type: ignore[attr-defined]
            "nmda_pain Claim has __weakref__ slot": "__weakref__"
            in getattr(Claim, "__slots__", ()),
        },
    }
