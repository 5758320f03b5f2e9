"""The ``nmda-pain`` command: explore, query, export and check registries in the terminal.

The command only parses arguments, asks :mod:`nmda_pain.queries` (and the
registry's lookups) and formats the answer; :mod:`nmda_pain.views._text` writes it
as a rich table in a terminal when rich is installed, and as plain aligned text
otherwise. ``--format json`` prints JSON instead, for scripts.

Where a record comes from is read from the registry in hand
(:func:`nmda_pain.provenance.provenance`), never from the registries the
package ships: those are loaded only when ``--registry`` is not given, to be
the registry asked (and, for a name it does not know, to say whether the
extended registry knows it).

Exit status: 0 on success; 1 for invalid data (a registry file or a document
that does not load), a name that matches nothing, or an export that cannot be
written; 2 for a usage error.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Final

from attrs import frozen

from nmda_pain import exports
from nmda_pain._atomic import replacing
from nmda_pain._text import closest_names, normalize_name
from nmda_pain._version import __version__
from nmda_pain.data import default_registry, extended_registry
from nmda_pain.errors import NmdaPainError, RegistryFormatError, UnknownEntityError
from nmda_pain.interchange import dump, from_json, json_schema, to_json
from nmda_pain.interchange.document import record_data
from nmda_pain.model import (
    PREDICATES,
    Agent,
    Condition,
    Enzyme,
    Predicate,
    Receptor,
    StudyDesign,
    predicates_where,
)
from nmda_pain.provenance import article_reference_ids, is_from_article, provenance
from nmda_pain.queries import agents_for_condition, find_claims
from nmda_pain.registry import FAMILIES
from nmda_pain.views._text import (
    ARTICLE,
    NO_SOURCE,
    Block,
    Fields,
    Table,
    Text,
    affinity_text,
    clean,
    dump_json,
    emit,
    gene_of,
    kind_of,
    level_text,
    mapping_sources,
    mode_text,
    predicate_label,
    reference_label,
    reference_status,
    source_label,
    words,
)

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Sequence

    from nmda_pain.model import Claim, Entity, Mapping, Reference
    from nmda_pain.registry import Registry

__all__ = ["main", "overview"]

_EXIT_OK: Final = 0
_EXIT_INVALID: Final = 1

#: The families ``list`` takes, as the command line spells them.
_LISTS: Final = {family.replace("_", "-"): family for family in FAMILIES}
_EXPORTS: Final = ("json", "kgx", "sqlite", "csl-json", "bibtex", "graphml")
_NEEDS_PATH: Final = frozenset({"kgx", "sqlite", "graphml"})


@frozen
class _Report:
    """What a command prints: blocks for people, and the same answer as JSON data for scripts."""

    blocks: tuple[Block, ...]
    data: object


class _Usage(Exception):  # noqa: N818 -- internal signal, never seen by users
    """A usage error found after parsing; reported by argparse with exit status 2."""


class _Failure(Exception):  # noqa: N818 -- internal signal, never seen by users
    """A failure to report on stderr with exit status 1."""


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="nmda-pain",
        description=(
            "Explore the knowledge model of 'NMDA Antagonists: Pain Management's Complex "
            "Mechanisms' (El-Sayed, 2025). The shipped claims restate this one review article, "
            "and its entities carry the curators' identifiers; --extended adds facts from beyond "
            "it, each marked with its sources. None of it is clinical advice."
        ),
        epilog=(
            "Exit status: 0 success, 1 invalid data or a name that matches nothing, 2 usage error. "
            "Run 'nmda-pain COMMAND --help' for a command's options."
        ),
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    _add_global_options(parser, subcommand=False)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    def command(name: str, help_text: str) -> argparse.ArgumentParser:
        sub = commands.add_parser(name, help=help_text, description=help_text)
        _add_global_options(sub, subcommand=True)
        sub.set_defaults(parser=sub)  # usage errors found later are reported with its usage
        return sub

    command("overview", "the registry at a glance (the default)")
    command("list", "list the records of one family").add_argument(
        "family", choices=tuple(_LISTS), metavar="FAMILY", help=f"one of: {', '.join(_LISTS)}"
    )
    command(
        "show", "one entity (or reference) as a card with its claims and evidence"
    ).add_argument(
        "name", metavar="NAME", help="an id, name, synonym or CURIE; a reference's id or number"
    )
    command(
        "agents-for",
        "the agents the registry names for a condition: those said to treat, attenuate or "
        "prevent it, and those approved for it (an approval, from beyond the article, is "
        "labelled as one)",
    ).add_argument("condition", metavar="CONDITION", help="a condition's id, name or synonym")
    claims = command("claims", "the claims that match every filter given")
    claims.add_argument("--subject", metavar="X", help="the subject entity's id, name or synonym")
    claims.add_argument(
        "--predicate",
        metavar="P",
        help="a predicate, such as 'treats' or 'causes adverse effect' (case, spaces, "
        "hyphens and underscores are ignored)",
    )
    claims.add_argument("--object", metavar="Y", help="the object entity's id, name or synonym")
    claims.add_argument("--reference", metavar="R", help="a reference's id or number")
    export = command("export", "write the registry in another format")
    export.add_argument("target", choices=_EXPORTS, metavar="FORMAT", help=", ".join(_EXPORTS))
    export.add_argument(
        "-o",
        "--output",
        metavar="PATH",
        type=Path,
        help="where to write (a directory for kgx); json, csl-json and bibtex go to stdout without it",
    )
    command("validate", "check a registry document and list every problem").add_argument(
        "file", metavar="FILE", type=Path, help="the JSON document to check"
    )
    command("schema", "print the JSON Schema of registry documents")
    return parser


def _add_global_options(parser: argparse.ArgumentParser, *, subcommand: bool) -> None:
    """The options every command takes, before or after the command's name.

    After the name they default to "not given", so they never undo a value
    given before it.
    """

    def default(value: object) -> object:
        return argparse.SUPPRESS if subcommand else value

    parser.add_argument(
        "--registry",
        metavar="FILE",
        type=Path,
        default=default(None),
        help="use the registry in this JSON file instead of the shipped one",
    )
    parser.add_argument(
        "--extended",
        action="store_true",
        default=default(False),  # noqa: FBT003 -- argparse's default for a flag
        help="use the extended registry (the article plus pharmacology and agents from beyond it, "
        "each citing its sources)",
    )
    parser.add_argument(
        "--format",
        choices=("table", "json"),
        default=default("table"),
        help="table (for people, the default) or json (for scripts)",
    )


# -- Formatting helpers ------------------------------------------------------------------


def _counted(count: int, plural: str) -> str:
    """``"1 claim"``, ``"2 claims"``, ``"1 entity"``: *plural* is a plural ending in an s."""
    if count == 1:
        plural = plural[:-3] + "y" if plural.endswith("ies") else plural[:-1]
    return f"{count} {plural}"


def _name(registry: Registry, entity_id: str) -> str:
    """The name of the entity *entity_id*, on one line (see :func:`nmda_pain.views._text.clean`)."""
    found = registry.index.by_id.get(entity_id)
    return clean(entity_id if found is None else found.name)


def _names(entities: Iterable[Entity]) -> str:
    return ", ".join(entity.name for entity in entities)


def _mark(registry: Registry, record: Entity | Claim) -> str:
    """How a line marks *record*: ``""`` for the article's, else the sources it comes from."""
    found = provenance(record, registry)
    if found.from_article:
        return ""
    return source_label(record, registry)


def _references(registry: Registry, ids: Iterable[str]) -> tuple[Reference, ...]:
    found = registry.index.references
    return tuple(found[ref_id] for ref_id in dict.fromkeys(ids) if ref_id in found)


def _cites(registry: Registry, claim: Claim) -> str:
    """The labels of the references behind *claim*: ``[2, 5]``, ``[gtopdb-2025-4]``."""
    labels = (reference_label(r)[1:-1] for r in _references(registry, claim.references))
    return f"[{', '.join(labels)}]"


def _evidence(registry: Registry, claim: Claim) -> str:
    """Each reference behind *claim* with the sections that state it: ``[2] description``."""
    parts: list[str] = []
    for item in claim.evidence:
        reference = registry.index.references.get(item.reference)
        label = f"[{item.reference}]" if reference is None else reference_label(reference)
        sections = ", ".join(words(section.value) for section in item.sections)
        text = f"{label} {sections}" if sections else label
        parts.append(f"{text} (disputes)" if item.disputes else text)
    return "; ".join(parts)


def _certainty(claim: Claim) -> str:
    certainty = words(claim.certainty.value)
    return f"{certainty}, contested" if claim.contested else certainty


def _record(record: object) -> object:
    """*record* as the JSON value a registry document holds for it."""
    return record_data(record)


def _counts(registry: Registry) -> dict[str, int]:
    return {family: len(getattr(registry, family)) for family in FAMILIES}


# -- overview ----------------------------------------------------------------------------


def _describe(registry: Registry, claims: tuple[Claim, ...], *, verb: bool) -> str:
    parts: list[str] = []
    for claim in claims:
        target = _name(registry, claim.object)
        relation = f"{predicate_label(claim.predicate)} " if verb else ""
        mark = _mark(registry, claim)
        mark = f"; {mark}" if mark else ""
        cites = clean(_cites(registry, claim))
        parts.append(f"{relation}{target} ({_certainty(claim)} {cites}{mark})")
    return "; ".join(parts) if parts else "-"


#: The rows of an agent in the overview that are listed even when empty.
_ALWAYS_LISTED: Final = ("conditions", "mechanisms", "adverse effects")
_THERAPEUTIC: Final = predicates_where(therapeutic=True)
_APPROVALS: Final = predicates_where(approval=True)


def _heading(registry: Registry, agent: Agent) -> str:
    heading = f"{clean(agent.name)} ({words(agent.kind.value)}"
    classes = registry.classes_of(agent)
    if classes:
        heading += f"; member of {clean(_names(classes))}"
    heading += ")"
    mark = _mark(registry, agent)
    if mark == NO_SOURCE:
        heading += f" [{mark}]"
    elif mark:
        heading += f" [sources: {mark}]"
    return heading


def _agent_lines(registry: Registry, agent: Agent) -> list[str]:
    own = registry.index.by_subject.get(agent.id, ())
    groups: tuple[tuple[str, frozenset[Predicate], bool], ...] = (
        ("conditions", _THERAPEUTIC, True),
        ("mechanisms", frozenset({Predicate.ACTS_VIA}), False),
        ("adverse effects", frozenset({Predicate.CAUSES_ADVERSE_EFFECT}), False),
        ("approved for", _APPROVALS, False),
    )
    # A member's class is in its heading: its member_of claims are not listed again.
    grouped = frozenset({Predicate.MEMBER_OF}).union(*(predicates for _, predicates, _ in groups))
    rows = [
        (label, tuple(c for c in own if c.predicate in predicates), verb)
        for label, predicates, verb in groups
    ]
    rows.append(("other claims", tuple(c for c in own if c.predicate not in grouped), True))
    lines = [_heading(registry, agent)]
    lines.extend(
        f"  {label + ':':<17}{_describe(registry, claims, verb=verb)}"
        for label, claims, verb in rows
        if claims or label in _ALWAYS_LISTED
    )
    if agent.other_uses:
        uses = ", ".join(clean(use) for use in agent.other_uses)
        lines.append(f"  {'other uses:':<17}{uses}")
    return lines


def overview(registry: Registry) -> str:
    """The text that ``nmda-pain overview`` prints for *registry*.

    Lists the counts of each family, then every agent with the conditions,
    mechanisms and adverse effects the registry states of it (certainty and
    reference numbers in brackets; a member's class statements are listed
    under its class; a claim that is not the article's is marked with the kind
    and verification status of its sources), then the references.

    .. versionadded:: 0.1.0
    """
    only_article = registry.source is not None and all(
        is_from_article(claim, registry) for claim in registry.claims
    )
    lines: list[str] = []
    if registry.source is not None:
        lines.append(f"Source: {clean(registry.source.citation)}")
    lines.append(_disclaimer(registry, only_article=only_article))
    if registry.mappings:
        subjects = len({mapping.subject for mapping in registry.mappings})
        lines.append(
            f"Identifiers: {_counted(len(registry.mappings), 'mappings')} of "
            f"{_counted(subjects, 'entities')}, the curators' grounding in public vocabularies, "
            "each citing the release it was read in; they are not statements of the article."
        )
    counts = ", ".join(_counted(n, words(family)) for family, n in _counts(registry).items())
    lines += ["", f"Counts: {counts}", ""]
    lines.append(
        "Agents (what the article states of each; class statements are listed under the class)"
        if only_article
        else "Agents (what the registry states of each; a record or claim that is not the "
        "article's is marked with the kind and verification of its sources; class statements "
        "are listed under the class)"
    )
    for agent in registry.agents:
        lines += ["", *_agent_lines(registry, agent)]
    mapped = {ref_id for mapping in registry.mappings for ref_id in mapping.references}
    stated = {ref_id for claim in registry.claims for ref_id in claim.references}
    stated |= {ref_id for c in registry.claims for a in c.affinities for ref_id in a.references}
    grounding = [r for r in registry.references if r.id in mapped and r.id not in stated]
    lines += ["", "References"]
    article = article_reference_ids(registry)
    for reference in registry.references:
        if reference in grounding:
            continue
        line = (
            f"  {reference_label(reference)} {reference.citation} ({reference_status(reference)})"
        )
        if registry.source is not None and reference.id not in article:
            line += " [not in the article's reference list]"
        lines.append(clean(line))
    if grounding:
        lines += ["", "Sources of the identifiers and other mappings only"]
        for reference in grounding:
            release = f", release {reference.version}" if reference.version else ""
            what = _title(reference) + release
            lines.append(
                clean(f"  {reference_label(reference)} {what} ({reference_status(reference)})")
            )
    return "\n".join(lines)


def _disclaimer(registry: Registry, *, only_article: bool) -> str:
    """What the claims are: the one article's only when every claim cites the article."""
    if not registry.entities and not registry.claims:
        return "The registry holds no records."
    if only_article:
        return "The claims restate this one review article; they are not clinical advice."
    if registry.source is None:
        return (
            "The registry names no source article: each record and claim is marked with the "
            "kind and verification of its sources. None of it is clinical advice."
        )
    return (
        "Not every claim here is the article's: each one that is not is marked with the kind "
        "and verification of its sources ('nmda-pain show NAME' lists them). "
        "None of it is clinical advice."
    )


def _overview(registry: Registry) -> _Report:
    data = {
        "source": None if registry.source is None else _record(registry.source),
        "counts": _counts(registry),
        "agents": [
            {
                "agent": _record(agent),
                "claims": [_record(c) for c in registry.index.by_subject.get(agent.id, ())],
            }
            for agent in registry.agents
        ],
        "references": [_record(reference) for reference in registry.references],
    }
    return _Report((Text(overview(registry)),), data)


# -- list --------------------------------------------------------------------------------


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
        return (words(entity.kind.value), _names(registry.classes_of(entity)))
    if isinstance(entity, Receptor):
        parent = "" if entity.subunit_of is None else _name(registry, entity.subunit_of)
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
    """*columns* and *rows*, with a Source column when a record is not the article's.

    A table of the article's records alone keeps its columns; any other table
    says of each row whether it is the article's, or else what its sources are.
    """
    marks = [_mark(registry, record) for record in records]
    if not any(marks):
        return columns, rows
    sources = (mark or ARTICLE for mark in marks)
    return (*columns, "Source"), tuple(
        (*row, source) for row, source in zip(rows, sources, strict=True)
    )


def _entity_table(registry: Registry, family: str, title: str) -> Table:
    records: tuple[Entity, ...] = getattr(registry, family)
    columns = ("Id", "Name", *_EXTRA_COLUMNS.get(family, ()), "Synonyms")
    rows = tuple((e.id, e.name, *_extra_cells(registry, e), ", ".join(e.synonyms)) for e in records)
    return Table(title, *_with_sources(registry, records, columns, rows))


def _claim_row(registry: Registry, claim: Claim) -> tuple[str, ...]:
    return (
        _name(registry, claim.subject),
        predicate_label(claim.predicate),
        _name(registry, claim.object),
        _certainty(claim),
        _evidence(registry, claim),
    )


_CLAIM_COLUMNS: Final = ("Subject", "Predicate", "Object", "Certainty", "Evidence")


def _claims_table(
    registry: Registry,
    title: str,
    claims: tuple[Claim, ...],
    pick: tuple[int, ...] = (0, 1, 2, 3, 4),
) -> Table:
    """The table of *claims*; *pick* chooses the columns (of ``_CLAIM_COLUMNS``) shown."""
    columns = tuple(_CLAIM_COLUMNS[n] for n in pick)
    rows = tuple(tuple(row[n] for n in pick) for row in (_claim_row(registry, c) for c in claims))
    return Table(title, *_with_sources(registry, claims, columns, rows))


def _title(reference: Reference) -> str:
    return reference.title or reference.journal or reference.citation


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
                _title(r),
            )
            for r in references
        ),
    )


def _mappings_table(registry: Registry, title: str, mappings: Sequence[Mapping]) -> Table:
    return Table(
        title,
        ("Subject", "Match", "Term", "Label", "Sources"),
        tuple(
            (
                _name(registry, m.subject),
                words(m.predicate.value),
                m.object.canonical,
                m.object_label or "",
                mapping_sources(m, registry),
            )
            for m in mappings
        ),
    )


def _list(registry: Registry, choice: str) -> _Report:
    family = _LISTS[choice]
    records: tuple[object, ...] = getattr(registry, family)
    title = _counted(len(records), words(family))
    if family == "claims":
        table = _claims_table(registry, title, registry.claims)
    elif family == "references":
        table = _references_table(title, registry.references)
    elif family == "mappings":
        table = _mappings_table(registry, title, registry.mappings)
    else:
        table = _entity_table(registry, family, title)
    return _Report((table,), [_record(record) for record in records])


# -- show --------------------------------------------------------------------------------


def _class_of(registry: Registry, entity: Entity) -> str:
    family = words(entity.FAMILY)
    kind = kind_of(entity)
    text = family if kind is None or kind == family else f"{family} ({kind})"
    if isinstance(entity, Agent):
        classes = registry.classes_of(entity)
        if classes:
            text += f"; member of {_names(classes)}"
    if isinstance(entity, Receptor) and entity.subunit_of is not None:
        text += f" (subunit of {_name(registry, entity.subunit_of)})"
    return text


def _family_rows(registry: Registry, entity: Entity) -> list[tuple[str, str]]:
    """The rows of a card that only some families have."""
    rows: list[tuple[str, str]] = []
    if isinstance(entity, Agent):
        members = registry.members_of(entity)
        if members:
            rows.append(("members", _names(members)))
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


def _labelled(registry: Registry, ids: Iterable[str]) -> str:
    """The references *ids* with their label and status: ``[x] verified journal article``."""
    return "; ".join(
        f"{reference_label(r)} {reference_status(r)}" for r in _references(registry, ids)
    )


def _qualifier_fields(registry: Registry, claims: tuple[Claim, ...]) -> tuple[Block, ...]:
    """The modes of action, affinities, disputes, mediating mechanisms and settings of *claims*."""
    rows: list[tuple[str, str]] = []
    for claim in claims:
        if not (claim.mode or claim.affinities or claim.via or claim.contested or claim.setting):
            continue
        rows.append(("claim", _triple(registry, claim)))
        if claim.mode is not None:
            rows.append(("  mode of action", mode_text(claim.mode)))
        disputing = [item.reference for item in claim.evidence if item.disputes]
        if disputing:
            rows.append(("  contested by", _labelled(registry, disputing)))
        for affinity in claim.affinities:
            labels = ", ".join(
                reference_label(r) for r in _references(registry, affinity.references)
            )
            rows.append(("  affinity", f"{affinity_text(affinity, registry)} {labels}"))
        if claim.via:
            rows.append(("  mediated by", ", ".join(_name(registry, m) for m in claim.via)))
        if claim.setting is not None:
            rows.append(("  setting", words(claim.setting.value)))
    if not rows:
        return ()
    return (Fields("Modes of action, affinities, mediating mechanisms and settings", tuple(rows)),)


def _triple(registry: Registry, claim: Claim) -> str:
    subject, obj = _name(registry, claim.subject), _name(registry, claim.object)
    return f"{subject} {predicate_label(claim.predicate)} {obj}"


def _claim_notes(registry: Registry, claims: tuple[Claim, ...]) -> tuple[Block, ...]:
    noted = [f"  - {_triple(registry, c)}: " + clean(c.notes) for c in claims if c.notes]
    return (Text("\n".join(["Curator notes on these claims", *noted])),) if noted else ()


def _sources_of(
    registry: Registry, entity: Entity, claims: tuple[Claim, ...]
) -> tuple[Reference, ...]:
    """Every reference behind *entity*: its claims' evidence and values, and its mappings."""
    ids = [reference.id for reference in provenance(entity, registry).references]
    ids += [ref_id for claim in claims for a in claim.affinities for ref_id in a.references]
    return _references(registry, ids)


def _sources_table(references: Sequence[Reference]) -> Table:
    return Table(
        f"References behind these claims and identifiers ({len(references)})",
        ("Reference", "Kind", "Verification", "Level", "Title"),
        tuple(
            (
                reference_label(r),
                words(r.kind.value),
                r.verification.value,
                level_text(r),
                _title(r),
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


def _show_entity(registry: Registry, entity: Entity) -> _Report:
    outgoing = registry.index.by_subject.get(entity.id, ())
    incoming = registry.index.by_object.get(entity.id, ())
    qualified = outgoing + incoming + _measured_at(registry, entity)
    mappings = registry.mappings_of(entity)
    references = _sources_of(registry, entity, qualified)
    blocks: tuple[Block, ...] = (
        _entity_fields(registry, entity),
        *(
            (
                Table(
                    f"Identifiers and other mappings of {entity.name} ({len(mappings)}): the "
                    "curators' grounding, not statements of the article",
                    ("Match", "Term", "Label", "Sources"),
                    tuple(
                        (
                            words(m.predicate.value),
                            m.object.canonical,
                            m.object_label or "",
                            mapping_sources(m, registry),
                        )
                        for m in mappings
                    ),
                ),
            )
            if mappings
            else ()
        ),
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
        *((_sources_table(references),) if references else ()),
        *_claim_notes(registry, outgoing + incoming),
    )
    found = provenance(entity, registry)
    data = {
        "family": entity.FAMILY,
        "record": _record(entity),
        "source": source_label(entity, registry),
        "from_article": found.from_article,
        "references": [_record(reference) for reference in references],
        "mappings": [_record(mapping) for mapping in mappings],
        "claims_out": [_record(c) for c in outgoing],
        "claims_in": [_record(c) for c in incoming],
    }
    return _Report(blocks, data)


def _design(reference: Reference) -> str:
    design = words(reference.study_design.value)
    if reference.is_verified or reference.study_design is StudyDesign.NOT_STATED:
        return design
    return f"{design} (as the title suggests; unverified, so it grades nothing)"


def _show_reference(registry: Registry, reference: Reference) -> _Report:
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
        (_triple(registry, claim), affinity_text(affinity, registry))
        for claim in registry.claims
        for affinity in claim.affinities
        if reference.id in affinity.references
    )
    blocks: list[Block] = [
        Fields(f"{label} {_title(reference)}", tuple(rows)),
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
        "record": _record(reference),
        "claims": [_record(c) for c in cited],
        "mappings": [_record(m) for m in mappings],
    }
    return _Report(tuple(blocks), data)


def _show(registry: Registry, name: str) -> _Report:
    try:
        entity = registry.resolve(name)
    except UnknownEntityError as exc:
        reference = registry.index.references.get(name)
        if reference is None and name.strip().isdigit():
            reference = registry.index.references_by_number.get(int(name))
        if reference is None:
            names = (*(e.name for e in registry.entities), *registry.index.references)
            synonyms = (synonym for e in registry.entities for synonym in e.synonyms)
            suggestions = closest_names(name, (*names, *synonyms))
            raise UnknownEntityError(name, suggestions, kind=exc.kind, hint=exc.hint) from None
        return _show_reference(registry, reference)
    return _show_entity(registry, entity)


def _extended_hint(exc: UnknownEntityError, registry: Registry) -> str:
    """A hint that the extended registry, not the one in use, knows *exc*'s query, or ``""``."""
    if exc.found_kind is not None or exc.query in registry.index.references:
        return ""  # the registry in use knows the name, as another kind of record
    extended = extended_registry()
    try:
        extended.resolve(exc.query)
    except UnknownEntityError:
        if exc.query not in extended.index.references:
            return ""
    what = "an identifier" if ":" in exc.query else "a name"
    return (
        f"{' ' if str(exc).endswith('?') else '. '}{exc.query!r} is {what} in the extended "
        "registry, which adds facts from beyond the article: add --extended to use it"
    )


# -- agents-for and claims ---------------------------------------------------------------


#: What ``agents-for`` counts as naming an agent for a condition.
_FOR_PREDICATES: Final = _THERAPEUTIC | _APPROVALS


def _agents_for(registry: Registry, name: str) -> _Report:
    treating = agents_for_condition(name, registry=registry)  # checks that *name* is a condition
    condition = registry.get(Condition, name)
    named = tuple(
        c for c in registry.index.by_object.get(condition.id, ()) if c.predicate in _FOR_PREDICATES
    )
    ids = {agent.id for agent in treating} | {claim.subject for claim in named}
    agents = tuple(agent for agent in registry.agents if agent.id in ids)
    by_agent = {agent.id: tuple(c for c in named if c.subject == agent.id) for agent in agents}
    shown = tuple((agent, claim) for agent in agents for claim in by_agent[agent.id])
    rows = tuple(
        (
            clean(agent.name),
            words(agent.kind.value),
            predicate_label(claim.predicate),
            _certainty(claim),
            _evidence(registry, claim),
        )
        for agent, claim in shown
    )
    claims = tuple(claim for _, claim in shown)
    whose = "the article" if all(not _mark(registry, claim) for claim in claims) else "the registry"
    table = Table(
        f"Agents {whose} names for {condition.name} ({len(agents)})",
        *_with_sources(
            registry, claims, ("Agent", "Kind", "Predicate", "Certainty", "Evidence"), rows
        ),
    )
    notes = [
        (
            "A statement about a drug class names the class, not each member; "
            "'nmda-pain show NAME' gives a class's members."
        )
    ]
    approvals = {predicate_label(c.predicate) for c in claims if c.predicate in _APPROVALS}
    notes.extend(
        f"'{label}' is a regulator's approval, from the source the claim names, "
        "not a claim that the agent treats the condition."
        for label in sorted(approvals)
    )
    data = [
        {"agent": _record(agent), "claims": [_record(c) for c in by_agent[agent.id]]}
        for agent in agents
    ]
    return _Report((table, Text("\n".join(notes))), data)


def _predicate(value: str) -> Predicate:
    """The predicate *value* names, as stored or as the tables print it.

    Case, spaces, hyphens and underscores are ignored.
    """
    wanted = normalize_name(value)
    for predicate, rule in PREDICATES.items():
        if wanted in {normalize_name(predicate.value), normalize_name(rule.label)}:
            return predicate
    suggestions = closest_names(value, (predicate.value for predicate in Predicate))
    raise UnknownEntityError(value, suggestions, kind="predicate")


def _claims(registry: Registry, arguments: argparse.Namespace) -> _Report:
    reference: str | int | None = arguments.reference
    if (
        isinstance(reference, str)
        and reference not in registry.index.references
        and reference.strip().isdigit()
    ):
        reference = int(reference)  # not an id: the reference's number
    predicate: str | None = arguments.predicate
    claims = find_claims(
        subject=arguments.subject,
        predicate=None if predicate is None else _predicate(predicate),
        object=arguments.object,
        reference=reference,
        registry=registry,
    )
    table = _claims_table(registry, _counted(len(claims), "claims"), claims)
    return _Report((table,), [_record(claim) for claim in claims])


# -- export, validate, schema ------------------------------------------------------------


def _export_text(registry: Registry, target: str) -> str:
    """The ``json``, ``csl-json`` or ``bibtex`` export of *registry*, as text."""
    if target == "json":
        return to_json(registry, indent=2) + "\n"
    if target == "csl-json":
        return json.dumps(exports.to_csl_json(registry), indent=2, ensure_ascii=False) + "\n"
    return exports.to_bibtex(registry)


def _export_files(registry: Registry, target: str, output: Path) -> tuple[Path, ...]:
    """Write the *target* export of *registry* to *output*, atomically; return the files written."""
    if target == "json":
        dump(registry, output)
    elif target == "kgx":
        return exports.write_kgx(registry, output)
    elif target == "sqlite":
        exports.write_sqlite(registry, output)
    elif target == "graphml":
        exports.write_graphml(registry, output)
    else:
        text = _export_text(registry, target)
        with replacing(output) as temporary:
            temporary.write_text(text, encoding="utf-8")
    return (output,)


def _export(registry: Registry, target: str, output: Path | None) -> None:
    if output is None:
        if target in _NEEDS_PATH:
            what = "a directory" if target == "kgx" else "a file"
            msg = f"export {target} writes files: give {what} with -o PATH"
            raise _Usage(msg)
        sys.stdout.write(_export_text(registry, target))
        return
    try:
        written = _export_files(registry, target, output)
    except OSError as exc:
        # The error may name a temporary file beside the target: report the path the user gave.
        msg = f"cannot write {output}: {exc.strerror or exc}"
        raise _Failure(msg) from None
    for path in written:
        sys.stderr.write(f"nmda-pain: wrote {path}\n")


def _validate(path: Path, data_format: str) -> int:
    try:
        content = path.read_bytes()
    except OSError as exc:
        msg = f"cannot read {path}: {exc}"
        raise _Failure(msg) from None
    try:
        registry = from_json(content)
    except RegistryFormatError as exc:
        if data_format == "json":
            dump_json({"file": str(path), "valid": False, "problems": list(exc.errors)}, sys.stdout)
        else:
            count = len(exc.errors)
            lines = [
                f"{path}: not a valid registry document ({count} problem{'s' if count != 1 else ''}):"
            ]
            lines += [f"  {problem}" for problem in exc.errors]
            sys.stdout.write("\n".join(lines) + "\n")
        return _EXIT_INVALID
    counts = _counts(registry)
    if data_format == "json":
        dump_json({"file": str(path), "valid": True, "problems": [], "counts": counts}, sys.stdout)
    else:
        summary = ", ".join(_counted(n, words(family)) for family, n in counts.items())
        sys.stdout.write(f"{path}: a valid registry document ({summary})\n")
    return _EXIT_OK


# -- main --------------------------------------------------------------------------------


def _load(arguments: argparse.Namespace) -> Registry:
    path: Path | None = arguments.registry
    if path is not None:
        if arguments.extended:
            msg = "give --registry FILE or --extended, not both"
            raise _Usage(msg)
        try:
            return from_json(path.read_bytes())
        except (NmdaPainError, OSError) as exc:
            msg = f"cannot use {path}: {exc}"
            raise _Failure(msg) from None
    return extended_registry() if arguments.extended else default_registry()


def _run(arguments: argparse.Namespace) -> int:
    command: str = arguments.command or "overview"
    if command == "validate":
        return _validate(arguments.file, arguments.format)
    if command == "schema":
        dump_json(json_schema(), sys.stdout)
        return _EXIT_OK
    registry = _load(arguments)
    if command == "export":
        _export(registry, arguments.target, arguments.output)
        return _EXIT_OK
    commands: dict[str, Callable[[], _Report]] = {
        "overview": lambda: _overview(registry),
        "list": lambda: _list(registry, arguments.family),
        "show": lambda: _show(registry, arguments.name),
        "agents-for": lambda: _agents_for(registry, arguments.condition),
        "claims": lambda: _claims(registry, arguments),
    }
    try:
        report = commands[command]()
    except UnknownEntityError as exc:
        shipped = arguments.registry is None and not arguments.extended
        hint = _extended_hint(exc, registry) if shipped and exc.kind != "predicate" else ""
        if not hint:
            raise
        msg = f"{exc}{hint}"
        raise _Failure(msg) from None
    if arguments.format == "json":
        dump_json(report.data, sys.stdout)
    else:
        emit(report.blocks, sys.stdout)
    return _EXIT_OK


def _silence_stdout() -> None:
    """Point stdout at the null device, so that the final flush at exit cannot fail again."""
    try:
        descriptor = sys.stdout.fileno()
    except (AttributeError, OSError, ValueError):  # not a real file (a test's capture, say)
        return
    null = os.open(os.devnull, os.O_WRONLY)
    os.dup2(null, descriptor)
    os.close(null)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status.

    Exit status 0 on success; 1 when a registry file or document is invalid,
    a name matches nothing (the message suggests the closest names), or an
    export cannot be written; 2 on a usage error (raised as
    :class:`SystemExit` by :mod:`argparse`). When the reader of the output
    goes away (``nmda-pain list claims | head``), the command stops quietly
    with status 0.

    .. versionadded:: 0.1.0
    """
    parser = _parser()
    arguments = parser.parse_args(argv)
    try:
        status = _run(arguments)
        sys.stdout.flush()
    except BrokenPipeError:
        _silence_stdout()
        return _EXIT_OK
    except _Usage as exc:
        command_parser: argparse.ArgumentParser = getattr(arguments, "parser", parser)
        command_parser.error(str(exc))
    except (_Failure, UnknownEntityError, ImportError, OSError) as exc:
        sys.stderr.write(f"nmda-pain: {exc}\n")
        return _EXIT_INVALID
    return status
