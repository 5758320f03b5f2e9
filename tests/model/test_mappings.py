"""A mapping grounds an entity in a public vocabulary: a CURIE, a SKOS predicate, its sources."""

from __future__ import annotations

import re

import pytest

from nmda_pain import Curie, Direction, Mapping, MatchPredicate


def _mapping(**changes: object) -> Mapping:
    fields: dict[str, object] = {
        "subject": "ketamine",
        "predicate": MatchPredicate.EXACT,
        "object": Curie.parse("CHEBI:6121"),
        "references": ("chebi-release",),
    }
    fields.update(changes)
    return Mapping(**fields)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("changes", "error", "message"),
    [
        ({"subject": "Ketamine"}, ValueError, "'subject' must be a lowercase slug"),
        ({"predicate": "exact_match"}, TypeError, "'predicate' must be a MatchPredicate"),
        ({"object": "CHEBI:6121"}, TypeError, "'object' must be a Curie (build one with"),
        ({"references": ()}, ValueError, "every value needs a source"),
        ({"object_label": ""}, ValueError, "'object_label' must not be empty"),
        ({"direction": "decreased"}, TypeError, "'direction' must be None or a Direction"),
        # an exact term is the entity itself, not a process it changes
        ({"direction": Direction.DECREASED}, ValueError, "only for a related match"),
    ],
)
def test_a_mapping_refuses_what_is_not_a_grounding(changes, error, message):
    with pytest.raises(error, match=re.escape(message)):
        _mapping(**changes)


def test_a_mapping_is_keyed_by_entity_and_term_and_speaks_skos():
    mapping = _mapping(object_label="ketamine")
    assert mapping.key == ("ketamine", "chebi:6121")
    assert [p.skos for p in MatchPredicate] == [
        "skos:exactMatch",
        "skos:closeMatch",
        "skos:broadMatch",
        "skos:narrowMatch",
        "skos:relatedMatch",
    ]
    assert repr(mapping) == (
        "Mapping(subject='ketamine', predicate=MatchPredicate.EXACT, object='chebi:6121')"
    )


def test_a_related_term_may_be_the_process_the_entity_changes():
    mapping = _mapping(predicate=MatchPredicate.RELATED, direction=Direction.DECREASED)
    assert mapping.direction is Direction.DECREASED
    assert _mapping().direction is None  # most terms are no process the entity changes
