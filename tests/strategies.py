"""Hypothesis strategies for every record type and for whole valid registries.

Every strategy is built once: the public ones at import or cached per
argument, and :func:`registries` picks ids by drawing indices from cached
integer strategies instead of building a ``sampled_from`` per draw (hypothesis
validates each new strategy it draws from, which dominated the run time).
"""

from __future__ import annotations

import functools
import string
from typing import TYPE_CHECKING, Any

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
    ClinicalSetting,
    Condition,
    ConditionKind,
    Curie,
    Direction,
    Enzyme,
    Evidence,
    Mapping,
    MatchPredicate,
    Mechanism,
    ModeOfAction,
    Predicate,
    Receptor,
    Reference,
    ReferenceKind,
    Registry,
    Section,
    StudyDesign,
    Trapping,
    VerificationStatus,
)
from nmda_pain._text import NOT_TEXT_CHARACTER, name_problem, normalize_name
from nmda_pain.model import PREDICATES, PREFIXES

if TYPE_CHECKING:
    from collections.abc import Sequence

_WORD = st.text(alphabet=string.ascii_lowercase + string.digits, min_size=1, max_size=8)

slugs = st.lists(_WORD, min_size=1, max_size=3).map("-".join)
"""Valid ids: lowercase words joined by single hyphens."""


def _is_text(char: str) -> bool:
    """Whether *char* is text: no surrogate or noncharacter (``NOT_TEXT_RANGES``)."""
    return NOT_TEXT_CHARACTER.fullmatch(char) is None


texts = (
    st.text(
        alphabet=st.characters(codec="utf-8", exclude_categories=("Cs", "Cc", "Zl", "Zp")).filter(
            _is_text
        ),
        min_size=1,
        max_size=20,
    )
    .map(str.strip)
    .filter(bool)
)
"""Non-empty text without surrounding whitespace; spaces, hyphens and underscores may occur inside."""

prose = st.one_of(st.just(""), texts)
"""Text that may be empty: descriptions and notes."""

_OPTIONAL_TEXT = st.one_of(st.none(), texts)

# Anything but whitespace, control characters and noncharacters: what a DOI's suffix and a
# URL may hold.
_UNSPACED = st.text(
    alphabet=st.characters(codec="utf-8", exclude_categories=("Cs", "Cc", "Zs", "Zl", "Zp")).filter(
        _is_text
    ),
    min_size=1,
    max_size=16,
)

dois = st.builds(
    lambda registrant, suffix: f"10.{registrant}/{suffix}",
    st.integers(1000, 999_999_999),
    _UNSPACED,
)
"""Bare DOIs, their suffixes holding any printable character (``<``, ``#``, non-ASCII)."""

pmids = st.integers(1, 9_999_999_999).map(str)
pmcids = st.integers(0, 9_999_999_999).map(lambda n: f"PMC{n}")
urls = st.builds(
    lambda scheme, rest: f"{scheme}://{rest}", st.sampled_from(("http", "https")), _UNSPACED
)


def _unique_texts(max_size: int = 3) -> st.SearchStrategy[tuple[str, ...]]:
    return st.lists(texts, unique=True, max_size=max_size).map(tuple)


_SECTIONS = st.lists(st.sampled_from(Section), unique=True, max_size=3).map(tuple)
_SOME_SECTIONS = st.lists(st.sampled_from(Section), min_size=1, unique=True, max_size=3).map(tuple)


def evidence(reference_ids: st.SearchStrategy[str] = slugs) -> st.SearchStrategy[Evidence]:
    """Evidence citing one of *reference_ids*, with any sections, supporting or disputing."""
    return st.builds(Evidence, reference=reference_ids, sections=_SECTIONS, disputes=st.booleans())


_KINDS = st.sampled_from(ReferenceKind)
_YEARS = st.one_of(st.none(), st.integers(min_value=1800, max_value=2100))
_OPTIONAL_DOI = st.one_of(st.none(), dois)
_OPTIONAL_PMID = st.one_of(st.none(), pmids)
_OPTIONAL_PMCID = st.one_of(st.none(), pmcids)
_OPTIONAL_URL = st.one_of(st.none(), urls)
_DESIGNS = st.sampled_from(StudyDesign)
_VERIFICATIONS = st.sampled_from(VerificationStatus)
_AUTHORS = st.lists(texts, max_size=3, unique=True).map(tuple)


@st.composite
def _references(
    draw: st.DrawFn, ids: st.SearchStrategy[str], numbers: st.SearchStrategy[int | None]
) -> Reference:
    """A reference of any kind with any identifiers; a title, journal or author always."""
    authors = draw(_AUTHORS)
    title = draw(_OPTIONAL_TEXT)
    journal = draw(_OPTIONAL_TEXT)
    if title is None and journal is None and not authors:
        title = draw(texts)
    return Reference(
        id=draw(ids),
        kind=draw(_KINDS),
        number=draw(numbers),
        authors=authors,
        institutional_authors=tuple(a for a in authors if draw(st.booleans())),
        title=title,
        journal=journal,
        year=draw(_YEARS),
        volume=draw(_OPTIONAL_TEXT),
        issue=draw(_OPTIONAL_TEXT),
        pages=draw(_OPTIONAL_TEXT),
        article_number=draw(_OPTIONAL_TEXT),
        version=draw(_OPTIONAL_TEXT),
        doi=draw(_OPTIONAL_DOI),
        pmid=draw(_OPTIONAL_PMID),
        pmcid=draw(_OPTIONAL_PMCID),
        accession=draw(_OPTIONAL_TEXT),
        url=draw(_OPTIONAL_URL),
        study_design=draw(_DESIGNS),
        verification=draw(_VERIFICATIONS),
        notes=draw(prose),
    )


_NUMBERS = st.one_of(st.none(), st.integers(min_value=1, max_value=500))


@functools.cache  # one strategy per id strategy
def references(ids: st.SearchStrategy[str] = slugs) -> st.SearchStrategy[Reference]:
    """References of every kind, with and without numbers, DOIs, PMIDs, accessions and URLs."""
    return _references(ids, _NUMBERS)


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


_MODES = st.builds(
    ModeOfAction,
    action=st.sampled_from(ActionType),
    binding_site=st.one_of(st.none(), st.sampled_from(BindingSite)),
    trapping=st.one_of(st.none(), st.sampled_from(Trapping)),
)


def modes_of_action() -> st.SearchStrategy[ModeOfAction]:
    """Modes of action of every action, with and without a binding site and trapping."""
    return _MODES


_PARAMETERS = st.sampled_from(AffinityParameter)
# ints too: a registry must write the same text before and after a round trip
_VALUES = st.one_of(st.integers(-(10**6), 10**6), st.floats(allow_nan=False, allow_infinity=False))


def affinities(
    targets: st.SearchStrategy[str] = slugs, reference_ids: st.SearchStrategy[str] = slugs
) -> st.SearchStrategy[Affinity]:
    """Affinities at one of *targets*, read in one or two of *reference_ids*."""
    return st.builds(
        Affinity,
        parameter=_PARAMETERS,
        value=_VALUES,
        unit=_OPTIONAL_TEXT,
        target=targets,
        conditions=prose,
        references=st.lists(reference_ids, min_size=1, max_size=2, unique=True).map(tuple),
    )


_MATCHES = st.sampled_from(MatchPredicate)


def mappings(
    subjects: st.SearchStrategy[str] = slugs, reference_ids: st.SearchStrategy[str] = slugs
) -> st.SearchStrategy[Mapping]:
    """Mappings of every match predicate, read in one or two of *reference_ids*."""
    return st.builds(
        Mapping,
        subject=subjects,
        predicate=_MATCHES,
        object=_CURIES,
        object_label=_OPTIONAL_TEXT,
        references=st.lists(reference_ids, min_size=1, max_size=2, unique=True).map(tuple),
        notes=prose,
    )


_SYNONYMS = st.lists(texts, unique_by=normalize_name, max_size=3)


def _is_name(text: str) -> bool:
    """Whether *text* may be a name: it keeps something once folded and mixes no lookalike scripts."""
    return name_problem(text) is None


@st.composite
def _named(
    draw: st.DrawFn, cls: type[Any], entity_id: str, prefix: str, **field_strategies: Any
) -> Any:
    """A record of *cls* with a random name, synonyms that differ from it, and drawn extra fields.

    Its name and synonyms start with *prefix*, so that records drawn with
    different prefixes never share a name.
    """
    name = draw(texts.map(prefix.__add__).filter(_is_name))
    folded = normalize_name(name)
    synonyms = tuple(
        prefix + v
        for v in draw(_SYNONYMS)
        if normalize_name(prefix + v) != folded and _is_name(prefix + v)
    )
    extra = {field: draw(strategy) for field, strategy in field_strategies.items()}
    return cls(
        id=entity_id,
        name=name,
        synonyms=synonyms,
        description=draw(prose),
        notes=draw(prose),
        **extra,
    )


@functools.cache  # one strategy per id: hypothesis validates each new strategy it draws from
def agents(entity_id: str = "agent", prefix: str = "") -> st.SearchStrategy[Agent]:
    return _named(
        Agent, entity_id, prefix, kind=st.sampled_from(AgentKind), other_uses=_unique_texts()
    )


@functools.cache  # one strategy per id: hypothesis validates each new strategy it draws from
def receptors(entity_id: str = "receptor", prefix: str = "") -> st.SearchStrategy[Receptor]:
    return _named(
        Receptor, entity_id, prefix, permeant_ions=_unique_texts(), species=_OPTIONAL_TEXT
    )


@functools.cache  # one strategy per id: hypothesis validates each new strategy it draws from
def mechanisms(entity_id: str = "mechanism", prefix: str = "") -> st.SearchStrategy[Mechanism]:
    return _named(Mechanism, entity_id, prefix)


@functools.cache  # one strategy per id: hypothesis validates each new strategy it draws from
def adverse_effects(
    entity_id: str = "effect", prefix: str = ""
) -> st.SearchStrategy[AdverseEffect]:
    return _named(AdverseEffect, entity_id, prefix, category=st.sampled_from(AdverseEffectCategory))


@functools.cache  # one strategy per id: hypothesis validates each new strategy it draws from
def enzymes(entity_id: str = "enzyme", prefix: str = "") -> st.SearchStrategy[Enzyme]:
    return _named(Enzyme, entity_id, prefix)


@functools.cache  # one strategy per id: hypothesis validates each new strategy it draws from
def conditions(entity_id: str = "condition", prefix: str = "") -> st.SearchStrategy[Condition]:
    return _named(Condition, entity_id, prefix, kind=st.sampled_from(ConditionKind))


# --- whole registries ----------------------------------------------------------------------


@functools.cache
def _index(size: int) -> st.SearchStrategy[int]:
    """An index into a sequence of *size* items, one strategy per size."""
    return st.integers(0, size - 1)


@functools.cache
def _indices(size: int, min_size: int, max_size: int) -> st.SearchStrategy[list[int]]:
    """Distinct indices into a sequence of *size* items, one strategy per shape."""
    return st.lists(_index(size), min_size=min_size, max_size=min(max_size, size), unique=True)


def _pick(draw: st.DrawFn, items: Sequence[str]) -> str:
    return items[draw(_index(len(items)))]


def _some(draw: st.DrawFn, items: Sequence[str], min_size: int, max_size: int) -> tuple[str, ...]:
    if not items:
        return ()
    return tuple(items[i] for i in draw(_indices(len(items), min_size, max_size)))


_BUILDERS = {
    "agent": agents,
    "receptor": receptors,
    "mechanism": mechanisms,
    "effect": adverse_effects,
    "condition": conditions,
    "enzyme": enzymes,
}
_FAMILY_OF: dict[type[Any], str] = {
    Agent: "agent",
    Receptor: "receptor",
    Mechanism: "mechanism",
    AdverseEffect: "effect",
    Condition: "condition",
    Enzyme: "enzyme",
}
_COUNTS = {
    "agent": st.integers(1, 5),
    "receptor": st.one_of(st.integers(0, 3), st.integers(2, 4)),  # often a subunit or two
    "mechanism": st.integers(0, 3),
    "effect": st.integers(0, 3),
    "condition": st.integers(0, 3),
    "enzyme": st.integers(0, 2),
}
_OTHER_PREDICATES = tuple(p for p in Predicate if p is not Predicate.MEMBER_OF)
_QUALIFIED = tuple(
    p
    for p in _OTHER_PREDICATES
    for _ in range(2 * PREDICATES[p].takes_mode + PREDICATES[p].takes_via)
)
_CERTAINTY = st.sampled_from(Certainty)
_SETTINGS = st.sampled_from((None, *ClinicalSetting))
_OPTIONAL_MODE = st.one_of(_MODES, st.none())
_REFERENCE_IDS = slugs.filter(lambda slug: slug != "the-source")


def _up_to(count: int) -> st.SearchStrategy[int]:
    """A count from 0 to *count*, one strategy per count."""
    return _index(count + 1)


@functools.cache
def _references_of(prefix: str) -> st.SearchStrategy[Reference]:
    """References whose ids start with *prefix*, one strategy per prefix."""
    return references(_REFERENCE_IDS.map(lambda slug: f"{prefix}{slug}"))


@functools.cache
def _sources(prefix: str) -> st.SearchStrategy[Reference | None]:
    """No source, or a source whose id starts with *prefix* and no reference has."""
    return st.one_of(st.none(), references(st.just(f"{prefix}the-source")))


def _entities(draw: st.DrawFn, prefix: str) -> dict[str, list[Any]]:
    """Entities of every family with unique ids and unambiguous names; receptors with subunits."""
    used_names: set[str] = set()

    def unique_names(record: Any) -> bool:
        keys = {normalize_name(t) for t in (record.id, record.name, *record.synonyms)}
        if keys & used_names:
            return False
        used_names.update(keys)
        return True

    families: dict[str, list[Any]] = {}
    for family, counts in _COUNTS.items():
        build = _BUILDERS[family]
        families[family] = [
            draw(build(f"{prefix}{family}-{index}", prefix).filter(unique_names))
            for index in range(draw(counts))
        ]
    receptors_ = families["receptor"]
    for index in range(1, len(receptors_)):  # a subunit of an earlier receptor: never a cycle
        if draw(st.booleans()):
            parent = receptors_[draw(_index(index))].id
            receptors_[index] = attrs.evolve(receptors_[index], subunit_of=parent)
    return families


def _draw_references(draw: st.DrawFn, prefix: str) -> list[Reference]:
    """One to four references with unique ids and numbers (a repeated number is dropped)."""
    drawn = draw(
        st.lists(
            _references_of(prefix),
            min_size=1,
            max_size=4,
            unique_by=lambda r: r.id,
        )
    )
    numbers: set[int] = set()
    refs: list[Reference] = []
    for ref in drawn:
        if ref.number is not None and ref.number in numbers:
            refs.append(attrs.evolve(ref, number=None))
        else:
            refs.append(ref)
            if ref.number is not None:
                numbers.add(ref.number)
    return refs


def _draw_evidence(
    draw: st.DrawFn, ref_ids: Sequence[str], numbered: frozenset[str]
) -> tuple[Evidence, ...]:
    """One to three distinct references, the first supporting, the others maybe disputing."""
    cited = _some(draw, ref_ids, 1, 3)
    return tuple(
        Evidence(
            reference=ref,
            sections=draw(_SOME_SECTIONS if ref in numbered else _SECTIONS),
            disputes=index > 0 and draw(st.booleans()),
        )
        for index, ref in enumerate(cited)
    )


def _memberships(
    draw: st.DrawFn,
    agents_: list[Agent],
    ref_ids: Sequence[str],
    numbered: frozenset[str],
) -> list[Claim]:
    """``member_of`` claims into drug classes forming a DAG, never a cycle.

    The agents are ordered drug classes first (each in drawn order), then the
    rest; an agent joins only classes before it in that order, so every edge
    points backwards and no path returns to its start. A class may belong to
    several classes and several classes may share a parent, so the hierarchy
    is a DAG, not only a tree.
    """
    order = sorted(agents_, key=lambda a: a.kind is not AgentKind.DRUG_CLASS)
    claims: list[Claim] = []
    for position, agent in enumerate(order):
        earlier = [a.id for a in order[:position] if a.kind is AgentKind.DRUG_CLASS]
        claims.extend(
            Claim(
                subject=agent.id,
                predicate=Predicate.MEMBER_OF,
                object=drug_class,
                evidence=_draw_evidence(draw, ref_ids, numbered),
                certainty=draw(_CERTAINTY),
                notes=draw(prose),
            )
            for drug_class in _some(draw, earlier, 0, 2)
        )
    return claims


def _draw_claim(
    draw: st.DrawFn,
    predicate: Predicate,
    ids: dict[str, list[str]],
    subunits: dict[str, list[str]],
    ref_ids: Sequence[str],
    numbered: frozenset[str],
) -> Claim | None:
    """A claim of *predicate* with the qualifiers it takes, or ``None`` if subject is object."""
    rule = PREDICATES[predicate]
    subject = _pick(draw, ids[_FAMILY_OF[rule.subject]])
    if rule.takes_mode and rule.object is Receptor and subunits and draw(st.booleans()):
        obj = _pick(draw, list(subunits))  # a receptor with subunits, to measure at one
    else:
        obj = _pick(draw, ids[_FAMILY_OF[rule.object]])
    if subject == obj:
        return None
    mode = None
    measured: tuple[Affinity, ...] = ()
    if rule.takes_mode:
        mode = draw(_OPTIONAL_MODE)
        if rule.object is Receptor:  # at the object itself or at one of its subunits
            parts = subunits.get(obj, ())
            found: dict[Affinity, None] = {}  # the tuple holds each value once
            for _ in range(draw(_up_to(2))):
                affinity = Affinity(
                    parameter=draw(_PARAMETERS),
                    value=draw(_VALUES),
                    unit=draw(_OPTIONAL_TEXT),
                    target=_pick(draw, parts) if parts and draw(st.booleans()) else obj,
                    conditions=draw(prose),
                    references=_some(draw, ref_ids, 1, 2),
                )
                found.setdefault(affinity)
            measured = tuple(found)
    via = _some(draw, ids["mechanism"], 0, 2) if rule.takes_via else ()
    return Claim(
        subject=subject,
        predicate=predicate,
        object=obj,
        evidence=_draw_evidence(draw, ref_ids, numbered),
        certainty=draw(_CERTAINTY),
        mode=mode,
        affinities=measured,
        via=via,
        setting=draw(_SETTINGS),
        notes=draw(prose),
    )


def _draw_mappings(
    draw: st.DrawFn,
    entity_ids: Sequence[str],
    ref_ids: Sequence[str],
    mechanism_ids: Sequence[str] = (),
) -> list[Mapping]:
    """Mappings of any predicate, one per (entity, term), each exact term naming one entity.

    A mechanism's related term may be the process it changes, with a direction.
    """
    found: dict[tuple[str, str], Mapping] = {}
    exact: dict[str, str] = {}
    for _ in range(draw(_up_to(6))):
        subject = _pick(draw, entity_ids)
        predicate = draw(_MATCHES)
        term = draw(_CURIES)
        if (subject, term.canonical) in found:
            continue
        if (
            predicate is MatchPredicate.EXACT
            and exact.setdefault(term.canonical, subject) != subject
        ):
            continue
        found[(subject, term.canonical)] = Mapping(
            subject=subject,
            predicate=predicate,
            object=term,
            object_label=draw(_OPTIONAL_TEXT),
            references=_some(draw, ref_ids, 1, 2),
            notes=draw(prose),
            direction=draw(st.none() | st.sampled_from(Direction))
            if predicate is MatchPredicate.RELATED and subject in mechanism_ids
            else None,
        )
    return list(found.values())


@st.composite
def registries(
    draw: st.DrawFn, *, max_claims: int = 12, prefix: str = "", sources: bool = True
) -> Registry:
    """Whole valid registries of every record type, with every field of each drawn.

    References of every kind and identifier; entities of every family, some
    receptors subunits of others; ``member_of`` claims into drug classes that
    form a DAG; up to *max_claims* other claims of every predicate that the
    drawn families allow, with modes of action, affinities at the object or a
    subunit of it, mediating mechanisms and disputing evidence; mappings of
    every match predicate. Claims, mappings and affinities cite the references,
    and a reference nothing cites is left out.

    Entity, reference and source ids, and entity names and synonyms, start
    with *prefix*, so registries drawn with different prefixes share no id and
    no name. With *sources* false, no registry names the work it was curated
    from (two different sources are a merge conflict).
    """
    families = _entities(draw, prefix)
    ids = {family: [record.id for record in records] for family, records in families.items()}
    subunits: dict[str, list[str]] = {}
    for receptor in families["receptor"]:
        if receptor.subunit_of is not None:
            subunits.setdefault(receptor.subunit_of, []).append(receptor.id)
    refs = _draw_references(draw, prefix)
    ref_ids = [r.id for r in refs]
    numbered = frozenset(r.id for r in refs if r.number is not None)
    claims: dict[tuple[str, Predicate, str], Claim] = {
        claim.key: claim for claim in _memberships(draw, families["agent"], ref_ids, numbered)
    }
    # The predicates that take qualifiers are listed again, to be drawn more often.
    possible = [
        p
        for p in (*_QUALIFIED, *_OTHER_PREDICATES)
        if ids[_FAMILY_OF[PREDICATES[p].subject]] and ids[_FAMILY_OF[PREDICATES[p].object]]
    ]
    for _ in range(draw(_up_to(max_claims)) if possible else 0):
        predicate = possible[draw(_index(len(possible)))]
        claim = _draw_claim(draw, predicate, ids, subunits, ref_ids, numbered)
        if claim is not None:
            claims.setdefault(claim.key, claim)
    entity_ids = [entity_id for family in ids.values() for entity_id in family]
    found = _draw_mappings(draw, entity_ids, ref_ids, ids["mechanism"])
    cited = {e.reference for c in claims.values() for e in c.evidence}
    cited.update(r for c in claims.values() for a in c.affinities for r in a.references)
    cited.update(r for m in found for r in m.references)
    return Registry(
        agents=tuple(families["agent"]),
        receptors=tuple(families["receptor"]),
        mechanisms=tuple(families["mechanism"]),
        adverse_effects=tuple(families["effect"]),
        conditions=tuple(families["condition"]),
        enzymes=tuple(families["enzyme"]),
        references=tuple(r for r in refs if r.id in cited),
        claims=tuple(claims.values()),
        mappings=tuple(found),
        article=draw(_sources(prefix)) if sources else None,
    )


def unique_references(max_size: int = 4) -> st.SearchStrategy[tuple[Reference, ...]]:
    """One to *max_size* references with distinct ids: what a citation export is given."""
    return st.lists(references(slugs), min_size=1, max_size=max_size, unique_by=lambda r: r.id).map(
        tuple
    )
