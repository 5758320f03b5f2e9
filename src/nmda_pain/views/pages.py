"""The views: what a person sees of a registry, a family, a record or a question's answer.

Each function returns a :class:`~nmda_pain.views.blocks.View`: a heading, blocks
of plain data and the same answer as JSON data. The command line prints a view
(``nmda-pain show ketamine`` is :func:`entity_view`), the notebook cards lay the
same view out as HTML (``Card(ketamine, registry)``), so both show the same
labels, the same sections and the same answer.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from nmda_pain.interchange.document import record_data
from nmda_pain.model import (
    Agent,
    Claim,
    Condition,
    Enzyme,
    Predicate,
    Receptor,
    Reference,
    StudyDesign,
)
from nmda_pain.provenance import article_reference_ids, is_from_article, provenance
from nmda_pain.queries import (
    APPROVAL_PREDICATES,
    THERAPEUTIC_PREDICATES,
    agents_for_condition,
    find_claims,
)
from nmda_pain.registry import FAMILIES, Registry
from nmda_pain.views.blocks import Block, Fields, Table, Text, View
from nmda_pain.views.labels import (
    ARTICLE,
    NO_SOURCE,
    affinity_text,
    certainty_text,
    cites,
    counted,
    evidence_text,
    gene_of,
    kind_of,
    level_text,
    mapping_sources,
    mark,
    mode_text,
    name_of,
    names,
    predicate_label,
    reference_label,
    reference_status,
    reference_title,
    references_named,
    source_label,
    triple,
    words,
)

if TYPE_CHECKING:
    from collections.abc import Sequence

    from nmda_pain.model import Certainty, Entity, EvidenceLevel, Mapping

__all__ = [
    "agents_for_view",
    "claim_view",
    "claims_view",
    "entity_view",
    "list_view",
    "overview_view",
    "record_view",
    "reference_view",
]


def _counts(registry: Registry) -> dict[str, int]:
    return {family: len(getattr(registry, family)) for family in FAMILIES}


# -- overview ----------------------------------------------------------------------------

#: The rows of an agent in the overview that are listed even when empty.
_ALWAYS_LISTED: Final = ("conditions", "mechanisms", "adverse effects")
_AGENT_ROWS: Final[tuple[tuple[str, frozenset[Predicate], bool], ...]] = (
    ("conditions", THERAPEUTIC_PREDICATES, True),
    ("mechanisms", frozenset({Predicate.ACTS_VIA}), False),
    ("adverse effects", frozenset({Predicate.CAUSES_ADVERSE_EFFECT}), False),
    ("approved for", APPROVAL_PREDICATES, False),
)


def _describe(registry: Registry, claims: tuple[Claim, ...], *, verb: bool) -> str:
    parts: list[str] = []
    for claim in claims:
        target = name_of(registry, claim.object)
        relation = f"{predicate_label(claim.predicate)} " if verb else ""
        sources = mark(registry, claim)
        sources = f"; {sources}" if sources else ""
        parts.append(
            f"{relation}{target} ({certainty_text(claim)} {cites(registry, claim)}{sources})"
        )
    return "; ".join(parts) if parts else "-"


def _heading(registry: Registry, agent: Agent) -> str:
    heading = f"{agent.name} ({words(agent.kind.value)}"
    classes = registry.classes_of(agent)
    if classes:
        heading += f"; member of {names(classes)}"
    heading += ")"
    sources = mark(registry, agent)
    if sources == NO_SOURCE:
        heading += f" [{sources}]"
    elif sources:
        heading += f" [sources: {sources}]"
    return heading


def _agent_fields(registry: Registry, agent: Agent) -> Fields:
    own = registry.index.by_subject.get(agent.id, ())
    # A member's class is in its heading: its member_of claims are not listed again.
    grouped = frozenset({Predicate.MEMBER_OF}).union(*(group for _, group, _ in _AGENT_ROWS))
    rows = [
        (label, tuple(c for c in own if c.predicate in group), verb)
        for label, group, verb in _AGENT_ROWS
    ]
    rows.append(("other claims", tuple(c for c in own if c.predicate not in grouped), True))
    fields = [
        (label, _describe(registry, claims, verb=verb))
        for label, claims, verb in rows
        if claims or label in _ALWAYS_LISTED
    ]
    if agent.other_uses:
        fields.append(("other uses", ", ".join(agent.other_uses)))
    return Fields(_heading(registry, agent), tuple(fields))


def _disclaimer(registry: Registry, *, only_article: bool) -> str:
    """What the claims are: the one article's only when every claim cites the article."""
    if not registry.entities and not registry.claims:
        return "The registry holds no records."
    if only_article:
        return "The claims restate this one review article; they are not clinical advice."
    if registry.article is None:
        return (
            "The registry names no source article: each record and claim is marked with the "
            "kind and verification of its sources. None of it is clinical advice."
        )
    return (
        "Not every claim here is the article's: each one that is not is marked with the kind "
        "and verification of its sources ('nmda-pain show NAME' lists them). "
        "None of it is clinical advice."
    )


def _overview_references(registry: Registry) -> tuple[Block, ...]:
    mapped = {ref_id for mapping in registry.mappings for ref_id in mapping.references}
    stated = {ref_id for claim in registry.claims for ref_id in claim.references}
    stated |= {ref_id for c in registry.claims for a in c.affinities for ref_id in a.references}
    grounding = [r for r in registry.references if r.id in mapped and r.id not in stated]
    article = article_reference_ids(registry)
    lines = ["References"]
    for reference in registry.references:
        if reference in grounding:
            continue
        line = (
            f"  {reference_label(reference)} {reference.citation} ({reference_status(reference)})"
        )
        if registry.article is not None and reference.id not in article:
            line += " [not in the article's reference list]"
        lines.append(line)
    blocks: list[Block] = [Text("\n".join(lines))]
    if grounding:
        lines = ["Sources of the identifiers and other mappings only"]
        for reference in grounding:
            release = f", release {reference.version}" if reference.version else ""
            lines.append(
                f"  {reference_label(reference)} {reference_title(reference)}{release} "
                f"({reference_status(reference)})"
            )
        blocks.append(Text("\n".join(lines)))
    return tuple(blocks)


def overview_view(registry: Registry) -> View:
    """The registry at a glance: its source, counts, every agent with what it states, the references.

    Each agent lists the conditions, mechanisms and adverse effects the registry
    states of it (certainty and reference labels in brackets; a member's class
    statements are listed under its class; a claim that is not the article's is
    marked with the kind and verification status of its sources).
    """
    only_article = registry.article is not None and all(
        is_from_article(claim, registry) for claim in registry.claims
    )
    lines: list[str] = []
    if registry.article is not None:
        lines.append(f"Source: {registry.article.citation}")
    lines.append(_disclaimer(registry, only_article=only_article))
    if registry.mappings:
        subjects = len({mapping.subject for mapping in registry.mappings})
        lines.append(
            f"Identifiers: {counted(len(registry.mappings), 'mappings')} of "
            f"{counted(subjects, 'entities')}, the curators' grounding in public vocabularies, "
            "each citing the release it was read in; they are not statements of the article."
        )
    counts = ", ".join(counted(n, words(family)) for family, n in _counts(registry).items())
    heading = (
        "Agents (what the article states of each; class statements are listed under the class)"
        if only_article
        else "Agents (what the registry states of each; a record or claim that is not the "
        "article's is marked with the kind and verification of its sources; class statements "
        "are listed under the class)"
    )
    blocks: tuple[Block, ...] = (
        Text("\n".join(lines)),
        Text(f"Counts: {counts}"),
        Text(heading),
        *(_agent_fields(registry, agent) for agent in registry.agents),
        *_overview_references(registry),
    )
    data = {
        "article": None if registry.article is None else record_data(registry.article),
        "counts": _counts(registry),
        "agents": [
            {
                "agent": record_data(agent),
                "claims": [record_data(c) for c in registry.index.by_subject.get(agent.id, ())],
            }
            for agent in registry.agents
        ],
        "references": [record_data(reference) for reference in registry.references],
    }
    subtitle = f"{counted(len(registry.claims), 'claims')}"
    return View(family="registry", title="Registry", subtitle=subtitle, blocks=blocks, data=data)


# -- tables of a family --------------------------------------------------------------------

#: The columns that only the entities of some families have.
_EXTRA_COLUMNS: Final = {
    "agents": ("Kind", "Drug class"),
    "receptors": ("Subunit of", "Species", "Gene"),
    "adverse_effects": ("Category",),
    "conditions": ("Kind",),
    "enzymes": ("Gene",),
}


def _extra_cells(registry: Registry, entity: Entity) -> tuple[str, ...]:
    """The cells of *entity*'s family-specific columns (see ``_EXTRA_COLUMNS``)."""
    if isinstance(entity, Agent):
        return (words(entity.kind.value), names(registry.classes_of(entity)))
    if isinstance(entity, Receptor):
        parent = "" if entity.subunit_of is None else name_of(registry, entity.subunit_of)
        return (parent, entity.species or "", gene_of(registry, entity) or "")
    if isinstance(entity, Enzyme):
        return (gene_of(registry, entity) or "",)
    kind = kind_of(entity)
    return () if kind is None else (kind,)


def _with_sources(
    registry: Registry,
    records: Sequence[Entity | Claim],
    columns: tuple[str, ...],
    rows: tuple[tuple[str, ...], ...],
) -> tuple[tuple[str, ...], tuple[tuple[str, ...], ...]]:
    """*columns* and *rows*, with a Source column when a record is not the article's."""
    marks = [mark(registry, record) for record in records]
    if not any(marks):
        return columns, rows
    sources = (found or ARTICLE for found in marks)
    return (*columns, "Source"), tuple(
        (*row, source) for row, source in zip(rows, sources, strict=True)
    )


def _entity_table(registry: Registry, family: str, title: str) -> Table:
    records: tuple[Entity, ...] = getattr(registry, family)
    columns = ("Id", "Name", *_EXTRA_COLUMNS.get(family, ()), "Synonyms")
    rows = tuple((e.id, e.name, *_extra_cells(registry, e), ", ".join(e.synonyms)) for e in records)
    return Table(title, *_with_sources(registry, records, columns, rows))


_CLAIM_COLUMNS: Final = ("Subject", "Predicate", "Object", "Certainty", "Evidence")


def _claims_table(
    registry: Registry,
    title: str,
    claims: tuple[Claim, ...],
    pick: tuple[int, ...] = (0, 1, 2, 3, 4),
) -> Table:
    """The table of *claims*; *pick* chooses the columns (of ``_CLAIM_COLUMNS``) shown."""
    columns = tuple(_CLAIM_COLUMNS[n] for n in pick)
    full = (
        (
            name_of(registry, c.subject),
            predicate_label(c.predicate),
            name_of(registry, c.object),
            certainty_text(c),
            evidence_text(registry, c),
        )
        for c in claims
    )
    rows = tuple(tuple(row[n] for n in pick) for row in full)
    return Table(title, *_with_sources(registry, claims, columns, rows))


def _references_table(title: str, references: Sequence[Reference]) -> Table:
    return Table(
        title,
        ("No.", "Id", "Kind", "Year", "Design", "Verification", "Level", "Title"),
        tuple(
            (
                "" if r.number is None else str(r.number),
                r.id,
                words(r.kind.value),
                "" if r.year is None else str(r.year),
                words(r.study_design.value),
                r.verification.value,
                "" if r.evidence_level is None else str(r.evidence_level.value),
                reference_title(r),
            )
            for r in references
        ),
    )


def _mappings_table(
    registry: Registry, title: str, mappings: Sequence[Mapping], *, subject: bool = True
) -> Table:
    columns = ("Subject", "Match", "Term", "Label", "Sources")
    rows = tuple(
        (
            name_of(registry, m.subject),
            words(m.predicate.value),
            m.object.canonical,
            m.object_label or "",
            mapping_sources(m, registry),
        )
        for m in mappings
    )
    if subject:
        return Table(title, columns, rows)
    return Table(title, columns[1:], tuple(row[1:] for row in rows))


def list_view(registry: Registry, family: str) -> View:
    """Every record of *family* (a name of :data:`nmda_pain.registry.FAMILIES`) as one table."""
    if family not in FAMILIES:
        msg = f"{family!r} is not a family of records; the families are {', '.join(FAMILIES)}"
        raise ValueError(msg)
    records: tuple[object, ...] = getattr(registry, family)
    title = counted(len(records), words(family))
    if family == "claims":
        table = _claims_table(registry, title, registry.claims)
    elif family == "references":
        table = _references_table(title, registry.references)
    elif family == "mappings":
        table = _mappings_table(registry, title, registry.mappings)
    else:
        table = _entity_table(registry, family, title)
    data = [record_data(record) for record in records]
    return View(family=words(family), title=title, blocks=(table,), data=data)


def claims_view(claims: tuple[Claim, ...], registry: Registry) -> View:
    """*claims* (the answer of :func:`~nmda_pain.find_claims`, say) as one table."""
    title = counted(len(claims), "claims")
    data = [record_data(claim) for claim in claims]
    table = _claims_table(registry, title, claims)
    return View(family="claims", title=title, blocks=(table,), data=data)


# -- one entity --------------------------------------------------------------------------


def _class_of(registry: Registry, entity: Entity) -> str:
    family = words(entity.FAMILY)
    kind = kind_of(entity)
    text = family if kind is None or kind == family else f"{family} ({kind})"
    if isinstance(entity, Agent):
        classes = registry.classes_of(entity)
        if classes:
            text += f"; member of {names(classes)}"
    if isinstance(entity, Receptor) and entity.subunit_of is not None:
        text += f" (subunit of {name_of(registry, entity.subunit_of)})"
    return text


def _family_rows(registry: Registry, entity: Entity) -> list[tuple[str, str]]:
    """The rows of a card that only some families have."""
    rows: list[tuple[str, str]] = []
    if isinstance(entity, Agent):
        members = registry.members_of(entity)
        if members:
            rows.append(("members", names(members)))
        if entity.other_uses:
            rows.append(("other uses", ", ".join(entity.other_uses)))
    if isinstance(entity, Receptor):
        if entity.permeant_ions:
            rows.append(("permeant ions", ", ".join(entity.permeant_ions)))
        if entity.species:
            rows.append(("species", entity.species))
    gene = gene_of(registry, entity)
    if gene:
        rows.append(("gene", gene))
    return rows


def _entity_fields(registry: Registry, entity: Entity) -> Fields:
    rows: list[tuple[str, str]] = [("id", entity.id), ("class", _class_of(registry, entity))]
    if entity.synonyms:
        rows.append(("synonyms", ", ".join(entity.synonyms)))
    identifiers = registry.identifiers(entity)
    if identifiers:
        rows.append(("identifiers", ", ".join(curie.canonical for curie in identifiers)))
    rows += _family_rows(registry, entity)
    if entity.description:
        rows.append(("description", entity.description))
    if entity.notes:
        rows.append(("curator notes", entity.notes))
    rows.append(("source", source_label(entity, registry)))
    return Fields(entity.name, tuple(rows))


def _labelled(registry: Registry, ids: Sequence[str]) -> str:
    """The references *ids* with their label and status: ``[x] verified journal article``."""
    return "; ".join(
        f"{reference_label(r)} {reference_status(r)}" for r in references_named(registry, ids)
    )


def _qualifier_rows(registry: Registry, claim: Claim, indent: str) -> list[tuple[str, str]]:
    """The mode of action, disputes, affinities, mediating mechanisms and setting of *claim*."""
    rows: list[tuple[str, str]] = []
    if claim.mode is not None:
        rows.append((f"{indent}mode of action", mode_text(claim.mode)))
    disputing = [item.reference for item in claim.evidence if item.disputes]
    if disputing:
        rows.append((f"{indent}contested by", _labelled(registry, disputing)))
    for affinity in claim.affinities:
        labels = ", ".join(
            reference_label(r) for r in references_named(registry, affinity.references)
        )
        rows.append((f"{indent}affinity", f"{affinity_text(affinity, registry)} {labels}"))
    if claim.via:
        rows.append((f"{indent}mediated by", ", ".join(name_of(registry, m) for m in claim.via)))
    if claim.setting is not None:
        rows.append((f"{indent}setting", words(claim.setting.value)))
    return rows


def _qualifier_fields(registry: Registry, claims: tuple[Claim, ...]) -> tuple[Block, ...]:
    rows: list[tuple[str, str]] = []
    for claim in claims:
        own = _qualifier_rows(registry, claim, "  ")
        if own:
            rows += [("claim", triple(registry, claim)), *own]
    if not rows:
        return ()
    return (Fields("Modes of action, affinities, mediating mechanisms and settings", tuple(rows)),)


def _claim_notes(registry: Registry, claims: tuple[Claim, ...]) -> tuple[Block, ...]:
    noted = [f"  - {triple(registry, c)}: {c.notes}" for c in claims if c.notes]
    return (Text("\n".join(["Curator notes on these claims", *noted])),) if noted else ()


def _sources_table(references: Sequence[Reference], title: str) -> Table:
    return Table(
        title,
        ("Reference", "Kind", "Verification", "Level", "Title"),
        tuple(
            (
                reference_label(r),
                words(r.kind.value),
                r.verification.value,
                level_text(r),
                reference_title(r),
            )
            for r in references
        ),
    )


def _measured_at(registry: Registry, entity: Entity) -> tuple[Claim, ...]:
    """The claims with a value measured at *entity* (a subunit) that do not name it."""
    if not isinstance(entity, Receptor):
        return ()
    return tuple(
        claim
        for claim in registry.claims
        if entity.id not in {claim.subject, claim.object}
        and any(affinity.target == entity.id for affinity in claim.affinities)
    )


def entity_view(entity: Entity, registry: Registry) -> View:
    """One entity with its own fields, identifiers, claims, qualifiers and the references behind them.

    Sections with nothing to show are left out, except the two claim tables,
    which say ``(none)``: that an entity has no claims is worth knowing.
    """
    entity = registry.resolve(entity)
    outgoing = registry.index.by_subject.get(entity.id, ())
    incoming = registry.index.by_object.get(entity.id, ())
    qualified = outgoing + incoming + _measured_at(registry, entity)
    mappings = registry.mappings_of(entity)
    ids = [reference.id for reference in provenance(entity, registry).references]
    ids += [ref_id for claim in qualified for a in claim.affinities for ref_id in a.references]
    references = references_named(registry, ids)
    mapping_blocks: tuple[Block, ...] = (
        (
            _mappings_table(
                registry,
                f"Identifiers and other mappings of {entity.name} ({len(mappings)}): the "
                "curators' grounding, not statements of the article",
                mappings,
                subject=False,
            ),
        )
        if mappings
        else ()
    )
    blocks: tuple[Block, ...] = (
        _entity_fields(registry, entity),
        *mapping_blocks,
        _claims_table(
            registry, f"Claims about {entity.name} ({len(outgoing)})", outgoing, (1, 2, 3, 4)
        ),
        _claims_table(
            registry,
            f"Claims naming {entity.name} as their object ({len(incoming)})",
            incoming,
            (0, 1, 3, 4),
        ),
        *_qualifier_fields(registry, qualified),
        *(
            (
                _sources_table(
                    references,
                    f"References behind these claims and identifiers ({len(references)})",
                ),
            )
            if references
            else ()
        ),
        *_claim_notes(registry, outgoing + incoming),
    )
    data = {
        "family": entity.FAMILY,
        "record": record_data(entity),
        "source": source_label(entity, registry),
        "from_article": provenance(entity, registry).from_article,
        "references": [record_data(reference) for reference in references],
        "mappings": [record_data(mapping) for mapping in mappings],
        "claims_out": [record_data(c) for c in outgoing],
        "claims_in": [record_data(c) for c in incoming],
    }
    return View(
        family=words(entity.FAMILY),
        title=entity.name,
        subtitle=_class_of(registry, entity),
        blocks=blocks,
        data=data,
    )


# -- one reference -----------------------------------------------------------------------


def _design(reference: Reference) -> str:
    design = words(reference.study_design.value)
    if reference.is_verified or reference.study_design is StudyDesign.NOT_STATED:
        return design
    return f"{design} (as the title suggests; unverified, so it grades nothing)"


def reference_view(reference: Reference, registry: Registry) -> View:
    """One reference: its fields, and the claims, values and mappings that cite it in *registry*."""
    rows: list[tuple[str, str]] = [
        ("id", reference.id),
        ("kind", words(reference.kind.value)),
        ("number", "not numbered" if reference.number is None else str(reference.number)),
        ("citation", reference.citation),
        ("study design", _design(reference)),
        ("evidence level", level_text(reference)),
        ("verification", reference.verification.value),
    ]
    if reference.doi_url is not None:
        rows.append(("doi", reference.doi_url))
    for label, value in (
        ("pmid", reference.pmid),
        ("pmcid", reference.pmcid),
        ("accession", reference.accession),
        ("url", reference.url),
    ):
        if value:
            rows.append((label, value))
    if reference.notes:
        rows.append(("curator notes", reference.notes))
    label = reference_label(reference)
    cited = registry.index.by_reference.get(reference.id, ())
    mappings = tuple(m for m in registry.mappings if reference.id in m.references)
    values = tuple(
        (triple(registry, claim), affinity_text(affinity, registry))
        for claim in registry.claims
        for affinity in claim.affinities
        if reference.id in affinity.references
    )
    blocks: list[Block] = [
        Fields(f"{label} {reference_title(reference)}", tuple(rows)),
        _claims_table(registry, f"Claims citing {label} ({len(cited)})", cited),
    ]
    if values:
        blocks.append(Table(f"Values read in {label} ({len(values)})", ("Claim", "Value"), values))
    if mappings:
        blocks.append(
            _mappings_table(registry, f"Mappings read in {label} ({len(mappings)})", mappings)
        )
    data = {
        "family": "reference",
        "record": record_data(reference),
        "claims": [record_data(c) for c in cited],
        "mappings": [record_data(m) for m in mappings],
    }
    return View(
        family="reference",
        title=f"{label} {reference_title(reference)}",
        subtitle=reference_status(reference),
        blocks=tuple(blocks),
        data=data,
    )


# -- one claim ---------------------------------------------------------------------------


def claim_view(claim: Claim, registry: Registry | None = None) -> View:
    """One claim as a line (subject, predicate, object) with its qualifiers and its evidence.

    The certainty is the view's :attr:`~nmda_pain.views.blocks.View.certainty`,
    for a renderer to show by style. For each piece of evidence: the cited
    reference, the sections that state the claim, the reference's verification
    status and its evidence level. Without a *registry* the ids stand for
    themselves.
    """
    rows: list[tuple[str, str]] = []
    if registry is not None:
        rows += _qualifier_rows(registry, claim, "")
        rows.append(("source", source_label(claim, registry)))
    elif claim.setting is not None:
        rows.append(("setting", words(claim.setting.value)))
    if claim.notes:
        rows.append(("curator notes", claim.notes))
    evidence_rows: list[tuple[str, ...]] = []
    for item in claim.evidence:
        found = None if registry is None else registry.index.references.get(item.reference)
        sections = ", ".join(words(section.value) for section in item.sections)
        if item.disputes:
            sections = f"{sections} (disputes)" if sections else "(disputes)"
        if found is None:
            evidence_rows.append((f"[{item.reference}]", sections, "", ""))
        else:
            evidence_rows.append(
                (
                    f"{reference_label(found)} {reference_title(found)}",
                    sections,
                    f"{found.verification.value} {words(found.kind.value)}",
                    level_text(found),
                )
            )
    blocks: list[Block] = []
    if rows:
        blocks.append(Fields("", tuple(rows)))
    blocks.append(
        Table("Evidence", ("Reference", "Sections", "Verification", "Level"), tuple(evidence_rows))
    )
    return View(
        family="claim",
        title=triple(registry, claim),
        subtitle=certainty_text(claim),
        certainty=claim.certainty.value,
        blocks=tuple(blocks),
        data=record_data(claim),
    )


def record_view(record: Entity | Claim | Reference | Registry, registry: Registry | None) -> View:
    """The view of any record (or of a registry): the one dispatch both faces use."""
    if isinstance(record, Registry):
        return overview_view(record)
    if isinstance(record, Claim):
        return claim_view(record, registry)
    if isinstance(record, Reference):
        return reference_view(record, registry if registry is not None else Registry())
    if registry is None:
        return _entity_alone(record)
    return entity_view(record, registry)


def _entity_alone(entity: Entity) -> View:
    """An entity with no registry to give its ids a meaning: its own fields only."""
    kind = kind_of(entity)
    rows: list[tuple[str, str]] = [("id", entity.id)]
    if entity.synonyms:
        rows.append(("synonyms", ", ".join(entity.synonyms)))
    if isinstance(entity, Receptor) and entity.subunit_of is not None:
        rows.append(("subunit of", entity.subunit_of))
    if entity.description:
        rows.append(("description", entity.description))
    if entity.notes:
        rows.append(("curator notes", entity.notes))
    family = words(entity.FAMILY)
    return View(
        family=family,
        title=entity.name,
        subtitle=family if kind is None or kind == family else f"{family} ({kind})",
        blocks=(Fields("", tuple(rows)),),
        data=record_data(entity),
    )


# -- agents for a condition ----------------------------------------------------------------


def agents_for_view(
    condition: Condition | str,
    registry: Registry,
    *,
    include_approved: bool = False,
    min_certainty: Certainty | str | None = None,
    min_evidence_level: EvidenceLevel | int | None = None,
    include_unverified: bool = True,
) -> View:
    """The agents :func:`~nmda_pain.agents_for_condition` answers, each with the claims behind it.

    The filters are the query's; the rows are exactly the claims that put each
    agent in the answer, so the table and the query never disagree.
    """
    found = registry.get(Condition, condition) if isinstance(condition, str) else condition
    agents = agents_for_condition(
        found,
        include_approved=include_approved,
        min_certainty=min_certainty,
        min_evidence_level=min_evidence_level,
        include_unverified=include_unverified,
        registry=registry,
    )
    predicates = (
        THERAPEUTIC_PREDICATES | APPROVAL_PREDICATES if include_approved else THERAPEUTIC_PREDICATES
    )
    claims = find_claims(
        object=found,
        min_certainty=min_certainty,
        min_evidence_level=min_evidence_level,
        include_unverified=include_unverified,
        registry=registry,
    )
    by_agent = {
        agent.id: tuple(c for c in claims if c.subject == agent.id and c.predicate in predicates)
        for agent in agents
    }
    shown = tuple((agent, claim) for agent in agents for claim in by_agent[agent.id])
    rows = tuple(
        (
            agent.name,
            words(agent.kind.value),
            predicate_label(claim.predicate),
            certainty_text(claim),
            evidence_text(registry, claim),
        )
        for agent, claim in shown
    )
    shown_claims = tuple(claim for _, claim in shown)
    whose = "the article" if not any(mark(registry, c) for c in shown_claims) else "the registry"
    title = f"Agents {whose} names for {found.name} ({len(agents)})"
    table = Table(
        title,
        *_with_sources(
            registry, shown_claims, ("Agent", "Kind", "Predicate", "Certainty", "Evidence"), rows
        ),
    )
    notes = [
        (
            "A statement about a drug class names the class, not each member; "
            "'nmda-pain show NAME' gives a class's members."
        )
    ]
    approvals = {
        predicate_label(c.predicate) for c in shown_claims if c.predicate in APPROVAL_PREDICATES
    }
    notes.extend(
        f"'{label}' is a regulator's approval, from the source the claim names, "
        "not a claim that the agent treats the condition."
        for label in sorted(approvals)
    )
    data = [
        {"agent": record_data(agent), "claims": [record_data(c) for c in by_agent[agent.id]]}
        for agent in agents
    ]
    return View(family="agents", title=title, blocks=(table, Text("\n".join(notes))), data=data)
