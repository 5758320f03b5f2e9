"""Hypothesis strategies for every record type and for whole valid registries."""

from __future__ import annotations

import functools
import string

import attrs
from hypothesis import strategies as st

from nmda_pain import (
    ActionType,
    AdverseEffect,
    AdverseEffectCategory,
    Affinity,
    AffinityParameter,
    Agent,
    AgentKind,
    BindingSite,
    Certainty,
    Claim,
    Condition,
    ConditionKind,
    Curie,
    Enzyme,
    Evidence,
    Mechanism,
    Predicate,
    Receptor,
    Reference,
    Registry,
    Section,
    StudyDesign,
    Trapping,
    VerificationStatus,
)
from nmda_pain.index import normalize_name
from nmda_pain.model import PREDICATE_SIGNATURES, PREFIXES, ModeOfAction

_WORD = st.text(alphabet=string.ascii_lowercase + string.digits, min_size=1, max_size=8)

slugs = st.lists(_WORD, min_size=1, max_size=3).map("-".join)
"""Valid ids: lowercase words joined by single hyphens."""

texts = (
    st.text(
        alphabet=st.characters(codec="utf-8", exclude_categories=("Cs", "Cc", "Zl", "Zp")),
        min_size=1,
        max_size=20,
    )
    .map(str.strip)
    .filter(bool)
)
"""Non-empty text without surrounding whitespace; spaces, hyphens and underscores may occur inside."""

prose = st.one_of(st.just(""), texts)


def _unique_texts(max_size: int = 3) -> st.SearchStrategy[tuple[str, ...]]:
    return st.lists(texts, unique=True, max_size=max_size).map(tuple)


def evidence(reference_ids: st.SearchStrategy[str] = slugs) -> st.SearchStrategy[Evidence]:
    return st.builds(
        Evidence,
        reference=reference_ids,
        sections=st.lists(st.sampled_from(Section), min_size=1, unique=True).map(tuple),
    )


def references(ids: st.SearchStrategy[str] = slugs) -> st.SearchStrategy[Reference]:
    return st.builds(
        Reference,
        id=ids,
        number=st.one_of(st.none(), st.integers(min_value=1, max_value=500)),
        authors=st.lists(texts, min_size=1, max_size=3, unique=True).map(tuple),
        title=texts,
        journal=texts,
        year=st.integers(min_value=1800, max_value=2100),
        volume=st.one_of(st.none(), texts),
        issue=st.one_of(st.none(), texts),
        pages=st.one_of(st.none(), texts),
        article_number=st.one_of(st.none(), texts),
        doi=st.one_of(st.none(), st.from_regex(r"10\.\d{4,9}/[a-z0-9.\-]{1,10}", fullmatch=True)),
        study_design=st.sampled_from(StudyDesign),
        verification=st.sampled_from(VerificationStatus),
        notes=prose,
    )


_PRINTABLE_ASCII = st.characters(min_codepoint=0x21, max_codepoint=0x7E)


def _curies_of(prefix: str) -> st.SearchStrategy[Curie]:
    return st.from_regex(PREFIXES[prefix].regex, fullmatch=True, alphabet=_PRINTABLE_ASCII).map(
        lambda local: Curie(prefix, local)
    )


# One strategy per prefix, built once: a flatmap would parse each pattern again on every draw.
_CURIES = st.one_of([_curies_of(prefix) for prefix in sorted(PREFIXES)])


def curies() -> st.SearchStrategy[Curie]:
    """Identifiers of every pinned prefix, their local ids drawn from the prefix's own pattern."""
    return _CURIES


def provenances() -> st.SearchStrategy[str | None]:
    """``None`` (the record restates the source) or a source beyond it."""
    return st.one_of(st.none(), texts)


def modes_of_action(targets: st.SearchStrategy[str]) -> st.SearchStrategy[ModeOfAction]:
    return st.builds(
        ModeOfAction,
        action=st.sampled_from(ActionType),
        target=targets,
        binding_site=st.one_of(st.none(), st.sampled_from(BindingSite)),
        trapping=st.one_of(st.none(), st.sampled_from(Trapping)),
        contested=st.booleans(),
        source=texts,
        notes=prose,
    )


def affinities(targets: st.SearchStrategy[str]) -> st.SearchStrategy[Affinity]:
    return st.builds(
        Affinity,
        parameter=st.sampled_from(AffinityParameter),
        # ints too: a registry must write the same text before and after a round trip
        value=st.one_of(
            st.integers(-(10**6), 10**6), st.floats(allow_nan=False, allow_infinity=False)
        ),
        unit=st.one_of(st.none(), texts),
        target=targets,
        species=st.one_of(st.none(), texts),
        conditions=prose,
        source=texts,
    )


_SYNONYMS = st.lists(texts, unique_by=normalize_name, max_size=3)


@st.composite
def _named(draw, cls, entity_id, **field_strategies):
    """A record of *cls* with a random name, synonyms that differ from it, and drawn extra fields."""
    name = draw(texts)
    folded = normalize_name(name)
    synonyms = tuple(v for v in draw(_SYNONYMS) if normalize_name(v) != folded)
    extra = {field: draw(strategy) for field, strategy in field_strategies.items()}
    return cls(
        id=entity_id,
        name=name,
        synonyms=synonyms,
        description=draw(prose),
        notes=draw(prose),
        provenance=draw(provenances()),
        **extra,
    )


@functools.cache  # one strategy per id: hypothesis validates each new strategy it draws from
def agents(entity_id: str = "agent") -> st.SearchStrategy[Agent]:
    return _named(Agent, entity_id, kind=st.sampled_from(AgentKind), other_uses=_unique_texts())


@functools.cache  # one strategy per id: hypothesis validates each new strategy it draws from
def receptors(entity_id: str = "receptor") -> st.SearchStrategy[Receptor]:
    return _named(Receptor, entity_id, gated_by=_unique_texts(), permeant_ions=_unique_texts())


@functools.cache  # one strategy per id: hypothesis validates each new strategy it draws from
def mechanisms(entity_id: str = "mechanism") -> st.SearchStrategy[Mechanism]:
    return _named(Mechanism, entity_id)


@functools.cache  # one strategy per id: hypothesis validates each new strategy it draws from
def adverse_effects(entity_id: str = "effect") -> st.SearchStrategy[AdverseEffect]:
    return _named(AdverseEffect, entity_id, category=st.sampled_from(AdverseEffectCategory))


@functools.cache  # one strategy per id: hypothesis validates each new strategy it draws from
def enzymes(entity_id: str = "enzyme") -> st.SearchStrategy[Enzyme]:
    return _named(Enzyme, entity_id, gene=st.one_of(st.none(), texts))


@functools.cache  # one strategy per id: hypothesis validates each new strategy it draws from
def conditions(entity_id: str = "condition") -> st.SearchStrategy[Condition]:
    return _named(Condition, entity_id, kind=st.sampled_from(ConditionKind))


@functools.cache
def _pharmacology_aimed_at(
    receptor_ids: tuple[str, ...],
) -> tuple[st.SearchStrategy[tuple[ModeOfAction, ...]], st.SearchStrategy[tuple[Affinity, ...]]]:
    """Up to two modes of action and two affinities at *receptor_ids*, one strategy per set."""
    targets = st.sampled_from(receptor_ids)
    return (
        st.lists(modes_of_action(targets), max_size=2, unique=True).map(tuple),
        st.lists(affinities(targets), max_size=2, unique=True).map(tuple),
    )


@functools.cache
def _evidence_citing(reference_ids: tuple[str, ...]) -> st.SearchStrategy[Evidence]:
    return evidence(st.sampled_from(reference_ids))


def _add_pharmacology_and_identifiers(
    draw: st.DrawFn, families: dict[str, list[object]], receptor_ids: list[str]
) -> None:
    """Give *families* subunits, modes of action, affinities and identifiers, in place."""
    if len(receptor_ids) > 1 and draw(st.booleans()):  # the second receptor a subunit of the first
        families["receptor"][1] = attrs.evolve(families["receptor"][1], subunit_of=receptor_ids[0])
    if receptor_ids:
        modes, measured = _pharmacology_aimed_at(tuple(receptor_ids))
        families["agent"] = [
            attrs.evolve(agent, modes_of_action=draw(modes), affinities=draw(measured))
            for agent in families["agent"]
        ]
    # Identifiers, each naming one entity only.
    entities = [
        (family, index) for family, records in families.items() for index in range(len(records))
    ]
    for curie in draw(st.lists(curies(), max_size=4, unique_by=lambda c: c.canonical)):
        family, index = draw(st.sampled_from(entities))
        record = families[family][index]
        families[family][index] = attrs.evolve(record, xrefs=(*record.xrefs, curie))


@st.composite
def registries(draw: st.DrawFn, *, max_claims: int = 12, prefix: str = "") -> Registry:
    """Whole valid registries: unique ids, unambiguous names, claims that fit their predicates.

    Entity, reference and source ids start with *prefix*, so registries drawn
    with different prefixes share no id.
    """
    counts = {
        "agent": draw(st.integers(1, 4)),
        "receptor": draw(st.integers(0, 2)),
        "mechanism": draw(st.integers(0, 3)),
        "effect": draw(st.integers(0, 3)),
        "condition": draw(st.integers(0, 3)),
        "enzyme": draw(st.integers(0, 2)),
    }
    used_names: set[str] = set()

    def unique_names(record: object) -> bool:
        keys = {normalize_name(t) for t in (record.id, record.name, *record.synonyms)}
        if keys & used_names:
            return False
        used_names.update(keys)
        return True

    builders = {
        "agent": agents,
        "receptor": receptors,
        "mechanism": mechanisms,
        "effect": adverse_effects,
        "condition": conditions,
        "enzyme": enzymes,
    }
    families: dict[str, list[object]] = {}
    for family, count in counts.items():
        families[family] = [
            draw(builders[family](f"{prefix}{family}-{index}").filter(unique_names))
            for index in range(count)
        ]
    by_family: dict[type, list[str]] = {
        Agent: [a.id for a in families["agent"]],
        Receptor: [r.id for r in families["receptor"]],
        Mechanism: [m.id for m in families["mechanism"]],
        AdverseEffect: [e.id for e in families["effect"]],
        Condition: [c.id for c in families["condition"]],
        Enzyme: [e.id for e in families["enzyme"]],
    }
    refs = draw(
        st.lists(
            references(slugs.map(lambda slug: f"{prefix}{slug}")),
            min_size=1,
            max_size=3,
            unique_by=(lambda r: r.id,),
        ).filter(
            lambda rs: (
                len({r.number for r in rs if r.number is not None})
                == len([r for r in rs if r.number is not None])
            )
        )
    )
    ref_ids = [r.id for r in refs]
    _add_pharmacology_and_identifiers(draw, families, by_family[Receptor])
    claims: dict[tuple[str, Predicate, str], Claim] = {}
    # Place some agents in a drug class listed before them, so classes never form a cycle.
    placed: list[Agent] = []
    for drawn in families["agent"]:
        agent = drawn
        classes = [a.id for a in placed if a.kind is AgentKind.DRUG_CLASS]
        if classes and draw(st.booleans()):
            drug_class = draw(st.sampled_from(classes))
            agent = attrs.evolve(drawn, drug_class=drug_class)
            membership = Claim(
                subject=agent.id,
                predicate=Predicate.MEMBER_OF,
                object=drug_class,
                evidence=(draw(_evidence_citing(tuple(ref_ids))),),
                certainty=draw(st.sampled_from(Certainty)),
            )
            claims[membership.key] = membership
        placed.append(agent)
    families["agent"] = placed
    possible = [
        p
        for p, (subject_type, object_type) in PREDICATE_SIGNATURES.items()
        if p is not Predicate.MEMBER_OF and by_family[subject_type] and by_family[object_type]
    ]
    for _ in range(draw(st.integers(0, max_claims)) if possible else 0):
        predicate = draw(st.sampled_from(possible))
        subject_type, object_type = PREDICATE_SIGNATURES[predicate]
        subject = draw(st.sampled_from(by_family[subject_type]))
        obj = draw(st.sampled_from(by_family[object_type]))
        if subject == obj:
            continue
        cited = draw(st.lists(st.sampled_from(ref_ids), min_size=1, max_size=2, unique=True))
        claim = Claim(
            subject=subject,
            predicate=predicate,
            object=obj,
            evidence=tuple(draw(_evidence_citing((ref,))) for ref in cited),
            certainty=draw(st.sampled_from(Certainty)),
            notes=draw(prose),
            provenance=draw(provenances()),
        )
        claims.setdefault(claim.key, claim)
    cited_ids = {e.reference for c in claims.values() for e in c.evidence}
    return Registry(
        agents=tuple(families["agent"]),
        receptors=tuple(families["receptor"]),
        mechanisms=tuple(families["mechanism"]),
        adverse_effects=tuple(families["effect"]),
        conditions=tuple(families["condition"]),
        enzymes=tuple(families["enzyme"]),
        references=tuple(r for r in refs if r.id in cited_ids),
        claims=tuple(claims.values()),
        source=draw(st.one_of(st.none(), references(st.just(f"{prefix}the-source")))),
    )
