"""HTML cards for notebooks: what ``_repr_html_`` of records and registries returns.

Jupyter shows an object's ``_repr_html_`` in place of its ``repr``. Each card
is a small ``<div>`` with inline styles only (no scripts, no stylesheets), and
every text from the data goes through :func:`html.escape`.

A record does not know the registry it belongs to, and the cards never guess
it: a record's own ``_repr_html_`` shows its own fields, with ids where it
names other records. Given the registry (:class:`Card`, or the ``registry``
argument of :func:`entity_html` and :func:`claim_html`), an entity's card adds
its classes, identifiers and other mappings, its claims and the references
behind them, and a claim's card names its subject and object and shows, for
each piece of evidence, the cited reference, its kind, its verification status
and its evidence level. Where a record comes from is worded by
:mod:`nmda_pain.views._text` from the registry in hand: "the article" for the
article's claims, and the kind and verification status of the sources for
any other. :class:`~nmda_pain.Registry` cards show counts, agents and references.
"""

from __future__ import annotations

import enum
import html
from typing import TYPE_CHECKING, Final, Protocol, TypeAlias, cast

import attrs
from attrs import frozen

from nmda_pain.model import (
    AdverseEffect,
    Agent,
    Claim,
    Condition,
    Enzyme,
    Mechanism,
    Receptor,
    Reference,
)
from nmda_pain.provenance import is_from_article, provenance
from nmda_pain.registry import Registry
from nmda_pain.views._text import (
    affinity_text,
    gene_of,
    kind_of,
    level_text,
    mode_text,
    predicate_label,
    reference_label,
    reference_status,
    source_label,
    words,
)

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Sequence

    from nmda_pain.model import Entity, Mapping

__all__ = [
    "MAX_ROWS",
    "Card",
    "HTMLFormatter",
    "claim_html",
    "entity_html",
    "reference_html",
    "register_formatters",
    "registry_html",
]

#: Rows a registry card lists in each of its tables before it counts the rest.
MAX_ROWS: Final = 25

_CARD: Final = (
    'style="border: 1px solid rgba(128, 128, 128, 0.5); border-radius: 6px; '
    'padding: 0.5em 0.8em; margin: 0.3em 0; max-width: 60em"'
)
_LABEL: Final = (
    'style="text-align: left; vertical-align: top; padding-right: 1em; white-space: nowrap"'
)
_CELL: Final = 'style="text-align: left; vertical-align: top"'
_MUTED: Final = 'style="opacity: 0.7"'
#: Fields every card shows in its own way (or in its title), not as a plain row.
_SKIPPED: Final = frozenset({"id", "name", "kind", "category", "subunit_of", "notes"})
#: A list of claims longer than this is folded; a shorter one is shown open.
_OPEN_ROWS: Final = 8

CardRecord: TypeAlias = (
    Agent | Receptor | Mechanism | AdverseEffect | Condition | Enzyme | Claim | Reference
)
"""A record :class:`Card` shows."""


def _text(value: str) -> str:
    return html.escape(value, quote=True)


def _words(value: str) -> str:
    return _text(words(value))


def _link(url: str, label: str) -> str:
    return f'<a href="{_text(url)}" target="_blank" rel="noopener noreferrer">{_text(label)}</a>'


def _rows(rows: Iterable[tuple[str, str]]) -> str:
    """A two-column table of *rows*; labels are escaped here, values must be HTML already."""
    body = "".join(
        f"<tr><th {_LABEL}>{_text(label)}</th><td {_CELL}>{value}</td></tr>"
        for label, value in rows
    )
    return f"<table>{body}</table>"


def _table(columns: tuple[str, ...], rows: Sequence[tuple[str, ...]], total: int) -> str:
    """A table with a heading row; cells must be HTML already. Says how many rows are not shown."""
    head = "".join(f"<th {_CELL}>{_text(column)}</th>" for column in columns)
    body = "".join(
        "<tr>" + "".join(f"<td {_CELL}>{cell}</td>" for cell in row) + "</tr>" for row in rows
    )
    more = total - len(rows)
    note = f"<div {_MUTED}>… and {more} more</div>" if more > 0 else ""
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>{note}"


def _card(kind: str, title: str, subtitle: str, body: str) -> str:
    return (
        f'<div class="nmda-pain-card nmda-pain-{_text(kind)}" {_CARD}>'
        f"<div><strong>{_text(title)}</strong> <span {_MUTED}>{subtitle}</span></div>"
        f"{body}</div>"
    )


def _folded(title: str, count: int, body: str) -> str:
    """*body* under a summary; open when it is short."""
    state = " open" if count <= _OPEN_ROWS else ""
    return f"<details{state}><summary>{_text(title)} ({count})</summary>{body}</details>"


def _entity_name(registry: Registry | None, entity_id: str) -> str:
    """The entity's name where *registry* knows it, else its id as code."""
    found = None if registry is None else registry.index.by_id.get(entity_id)
    return f"<code>{_text(entity_id)}</code>" if found is None else _text(found.name)


def _plain_name(registry: Registry | None, entity_id: str) -> str:
    found = None if registry is None else registry.index.by_id.get(entity_id)
    return entity_id if found is None else found.name


def _value(value: object) -> str:
    """A field's value as HTML; the empty string for an empty value."""
    if isinstance(value, tuple):
        items = cast("tuple[object, ...]", value)
        return ", ".join(_value(item) for item in items)
    if isinstance(value, enum.Enum):
        return _words(str(value.value))
    return "" if value is None else _text(str(value))


def _citation(reference: Reference, *, labelled: bool = True) -> str:
    """The reference's citation, after its label unless not *labelled*, with its DOI as a link."""
    label = f"{reference_label(reference)} " if labelled else ""
    if reference.doi_url is not None and reference.doi is not None:
        cited = _text(label + reference.citation.removesuffix(f" doi:{reference.doi}"))
        return cited + " " + _link(reference.doi_url, f"doi:{reference.doi}")
    return _text(label + reference.citation)


def _reference_row(reference: Reference) -> tuple[str, str, str, str]:
    """A reference's citation, kind, verification status and level, as table cells."""
    return (
        _citation(reference),
        _words(reference.kind.value),
        _words(reference.verification.value),
        _text(level_text(reference)),
    )


_REFERENCE_COLUMNS: Final = ("reference", "kind", "verification", "level")


def _sources(registry: Registry, reference_ids: Iterable[str]) -> str:
    """The references *reference_ids* by label and status: ``[x] verified database release``."""
    found = registry.index.references
    return "; ".join(
        _text(f"{reference_label(found[ref_id])} {reference_status(found[ref_id])}")
        for ref_id in dict.fromkeys(reference_ids)
        if ref_id in found
    )


def _cites(registry: Registry, claim: Claim) -> str:
    """Each reference behind *claim* with its sections: ``[3] introduction, description``."""
    parts: list[str] = []
    for item in claim.evidence:
        reference = registry.index.references.get(item.reference)
        label = f"[{item.reference}]" if reference is None else reference_label(reference)
        sections = ", ".join(words(section.value) for section in item.sections)
        text = f"{label} {sections}" if sections else label
        parts.append(_text(f"{text} (disputes)" if item.disputes else text))
    return "; ".join(parts)


def _certainty(claim: Claim) -> str:
    certainty = _words(claim.certainty.value)
    return f"{certainty}, contested" if claim.contested else certainty


# -- entities ----------------------------------------------------------------------------


def _subtitle(entity: Entity) -> str:
    family = words(entity.FAMILY)
    kind = kind_of(entity)
    return _text(family if kind is None or kind == family else f"{family} · {kind}")


def _own_rows(entity: Entity, registry: Registry | None) -> list[tuple[str, str]]:
    """The entity's own fields: its names, description and curator notes."""
    rows = [("id", f"<code>{_text(entity.id)}</code>")]
    for field in attrs.fields(type(entity)):
        if field.name in _SKIPPED:
            continue
        shown = _value(getattr(entity, field.name))
        if shown:
            rows.append((field.name.replace("_", " "), shown))
    if isinstance(entity, Receptor) and entity.subunit_of is not None:
        rows.append(("subunit of", _entity_name(registry, entity.subunit_of)))
    if entity.notes:
        rows.append(("curator notes", _text(entity.notes)))
    return rows


def _registry_rows(entity: Entity, registry: Registry) -> list[tuple[str, str]]:
    """What the registry says of the entity: classes, members, gene, identifiers, source."""
    rows: list[tuple[str, str]] = []
    if isinstance(entity, Agent):
        classes = registry.classes_of(entity)
        if classes:
            rows.append(("member of", _text(", ".join(c.name for c in classes))))
        members = registry.members_of(entity)
        if members:
            rows.append(("members", _text(", ".join(m.name for m in members))))
    gene = gene_of(registry, entity)
    if gene:
        rows.append(("gene", _text(gene)))
    identifiers = registry.identifiers(entity)
    if identifiers:
        links = ", ".join(_link(curie.url, curie.canonical) for curie in identifiers)
        rows.append(("identifiers", links))
    rows.append(("source", _text(source_label(entity, registry))))
    return rows


def _mappings(registry: Registry, mappings: tuple[Mapping, ...]) -> str:
    """The entity's mappings, each with its term's link, label and sources."""
    if not mappings:
        return ""
    rows = [
        (
            _words(m.predicate.value),
            _link(m.object.url, m.object.canonical),
            _text(m.object_label or ""),
            _sources(registry, m.references),
        )
        for m in mappings
    ]
    table = _table(("match", "term", "label", "sources"), rows, len(rows))
    return _folded("Identifiers and other mappings: the curators' grounding", len(rows), table)


def _claims_list(
    registry: Registry, title: str, claims: tuple[Claim, ...], *, outgoing: bool
) -> str:
    """A folded (or, when short, open) table of *claims* with certainty, evidence and source."""
    if not claims:
        return ""
    marked = not all(is_from_article(claim, registry) for claim in claims)
    columns = ("predicate", "object" if outgoing else "subject", "certainty", "evidence")
    rows = [
        (
            _text(predicate_label(claim.predicate)),
            _entity_name(registry, claim.object if outgoing else claim.subject),
            _certainty(claim),
            _cites(registry, claim),
            *((_text(source_label(claim, registry)),) if marked else ()),
        )
        for claim in claims
    ]
    table = _table((*columns, *(("source",) if marked else ())), rows, len(rows))
    return _folded(title, len(claims), table)


def _qualifiers(registry: Registry, claims: tuple[Claim, ...]) -> str:
    """Modes of action, affinities, mediating mechanisms and settings of *claims*, one row per claim."""
    rows: list[tuple[str, str]] = []
    for claim in claims:
        parts = _claim_qualifiers(registry, claim)
        if parts:
            title = (
                f"{_plain_name(registry, claim.subject)} {predicate_label(claim.predicate)} "
                f"{_plain_name(registry, claim.object)}"
            )
            shown = "<br>".join(f"{_text(label)}: {value}" for label, value in parts)
            rows.append((title, shown))
    return _rows(rows) if rows else ""


def _claim_qualifiers(registry: Registry | None, claim: Claim) -> list[tuple[str, str]]:
    """A claim's mode of action, affinities (with their sources), mediating mechanisms and setting."""
    parts: list[tuple[str, str]] = []
    if claim.mode is not None:
        parts.append(("mode of action", _text(mode_text(claim.mode))))
    for affinity in claim.affinities:
        value = _text(affinity_text(affinity, registry))
        if registry is None:
            cited = ", ".join(f"<code>{_text(r)}</code>" for r in affinity.references)
        else:
            cited = _sources(registry, affinity.references)
        parts.append(("affinity", f"{value} <span {_MUTED}>({cited})</span>"))
    if claim.via:
        names = ", ".join(_entity_name(registry, mechanism) for mechanism in claim.via)
        parts.append(("mediated by", names))
    if claim.setting is not None:
        parts.append(("setting", _words(claim.setting.value)))
    return parts


def _references_table(references: Sequence[Reference], title: str) -> str:
    if not references:
        return ""
    rows = [_reference_row(reference) for reference in references]
    return _folded(title, len(rows), _table(_REFERENCE_COLUMNS, rows, len(rows)))


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


def entity_html(entity: Entity, registry: Registry | None = None) -> str:
    """The card of an agent, receptor, mechanism, adverse effect, condition or enzyme.

    Without *registry*, the entity's own fields; with it, also its classes,
    identifiers and mappings, its claims, and the references behind them.
    """
    rows = _own_rows(entity, registry)
    if registry is None:
        hint = (
            f"<div {_MUTED}>This record alone: its claims, identifiers and sources are in the "
            "registry that holds it.</div>"
        )
        return _card(entity.FAMILY, entity.name, _subtitle(entity), _rows(rows) + hint)
    rows += _registry_rows(entity, registry)
    outgoing = registry.index.by_subject.get(entity.id, ())
    incoming = registry.index.by_object.get(entity.id, ())
    qualified = outgoing + incoming + _measured_at(registry, entity)
    ids = [reference.id for reference in provenance(entity, registry).references]
    ids += [ref_id for claim in qualified for a in claim.affinities for ref_id in a.references]
    found = registry.index.references
    references = tuple(found[ref_id] for ref_id in dict.fromkeys(ids) if ref_id in found)
    body = (
        _rows(rows)
        + _mappings(registry, registry.mappings_of(entity))
        + _claims_list(registry, f"Claims about {entity.name}", outgoing, outgoing=True)
        + _claims_list(
            registry, f"Claims naming {entity.name} as their object", incoming, outgoing=False
        )
        + _qualifiers(registry, qualified)
        + _references_table(references, "References behind these claims and identifiers")
    )
    return _card(entity.FAMILY, entity.name, _subtitle(entity), body)


# -- claims and references ---------------------------------------------------------------


def _evidence(registry: Registry | None, claim: Claim) -> str:
    """One row per piece of evidence: the reference, its kind, sections, status and level."""
    rows: list[tuple[str, ...]] = []
    for item in claim.evidence:
        sections = ", ".join(words(section.value) for section in item.sections)
        role = "disputes" if item.disputes else "supports"
        reference = None if registry is None else registry.index.references.get(item.reference)
        if reference is None:
            rows.append((f"<code>{_text(item.reference)}</code>", _text(sections), role))
        else:
            cited, kind, verification, level = _reference_row(reference)
            rows.append((cited, kind, _text(sections), role, verification, level))
    columns = (
        ("reference", "sections", "role")
        if registry is None
        else ("reference", "kind", "sections", "role", "verification", "level")
    )
    return _table(columns, rows, len(rows))


def claim_html(claim: Claim, registry: Registry | None = None) -> str:
    """The card of a claim: subject, predicate, object, certainty and each piece of evidence.

    With *registry*, names and, for each piece of evidence, the cited
    reference's citation, kind, verification status and level, and where the
    claim comes from; without it, ids.
    """
    title = (
        f"{_plain_name(registry, claim.subject)} {predicate_label(claim.predicate)} "
        f"{_plain_name(registry, claim.object)}"
    )
    rows = [
        ("subject", _entity_name(registry, claim.subject)),
        ("predicate", _text(predicate_label(claim.predicate))),
        ("object", _entity_name(registry, claim.object)),
        ("certainty", _certainty(claim)),
    ]
    rows += _claim_qualifiers(registry, claim)
    rows.append(("evidence", _evidence(registry, claim)))
    if claim.notes:
        rows.append(("curator notes", _text(claim.notes)))
    if registry is None:
        footer = (
            f"<div {_MUTED}>This claim alone: its subject, object and references are ids; "
            "the registry that holds it names them and says what each reference is.</div>"
        )
    else:
        rows.append(("source", _text(source_label(claim, registry))))
        footer = ""
    subtitle = f"claim · {_certainty(claim)}"
    return _card("claim", title, subtitle, _rows(rows) + footer)


def _design(reference: Reference) -> str:
    design = words(reference.study_design.value)
    if reference.is_verified or design == "not stated":
        return _text(design)
    return _text(f"{design} (as the title suggests)")


def reference_html(reference: Reference) -> str:
    """The card of a reference: citation, kind, study design, level, verification and links."""
    rows = [
        ("id", f"<code>{_text(reference.id)}</code>"),
        ("kind", _words(reference.kind.value)),
        ("citation", _text(reference.citation)),
        ("study design", _design(reference)),
        ("evidence level", _text(level_text(reference))),
        ("verification", _words(reference.verification.value)),
    ]
    if reference.doi_url is not None and reference.doi is not None:
        rows.append(("doi", _link(reference.doi_url, reference.doi)))
    if reference.pmid is not None:
        rows.append(
            ("pmid", _link(f"https://pubmed.ncbi.nlm.nih.gov/{reference.pmid}/", reference.pmid))
        )
    if reference.accession is not None:
        rows.append(("accession", _text(reference.accession)))
    if reference.url is not None and reference.doi is None:
        rows.append(("url", _link(reference.url, reference.url)))
    if reference.notes:
        rows.append(("curator notes", _text(reference.notes)))
    number = "" if reference.number is None else f" [{reference.number}]"
    subtitle = _text(f"reference{number} · {reference_status(reference)}")
    title = reference.title or reference.journal or reference.id
    return _card("reference", title, subtitle, _rows(rows))


# -- registries --------------------------------------------------------------------------


def _families(registry: Registry) -> tuple[str, ...]:
    """The registry's record families, read from its fields as :data:`nmda_pain.registry.FAMILIES` is.

    Read here rather than imported: the registry module imports this one.
    """
    return tuple(a.name for a in attrs.fields(type(registry)) if "record" in a.metadata)


def registry_html(registry: Registry) -> str:
    """The card of a registry: its source, the counts of each family, its agents and references."""
    parts: list[str] = []
    if registry.source is not None:
        parts.append(f"<div>Source: {_citation(registry.source, labelled=False)}</div>")
    only_article = registry.source is not None and all(
        is_from_article(claim, registry) for claim in registry.claims
    )
    if only_article and registry.claims:
        parts.append("<div>The claims restate this one article.</div>")
    elif registry.entities or registry.claims:
        parts.append(
            "<div>Not every claim here is the article's: each agent's sources are in the table "
            "below, and each claim's on its card.</div>"
        )
    if registry.mappings:
        parts.append(
            f"<div>Identifiers: {len(registry.mappings)} mappings, the curators' grounding, "
            "each citing the release it was read in; not statements of the article.</div>"
        )
    parts.append(
        _rows(
            (words(family), str(len(getattr(registry, family))))
            for family in _families(registry)
            if getattr(registry, family)
        )
    )
    marks = {agent.id: source_label(agent, registry) for agent in registry.agents}
    marked = not only_article
    subjects = registry.index.by_subject
    agents = [
        (
            _text(agent.name),
            _words(agent.kind.value),
            str(len(subjects.get(agent.id, ()))),
            *((_text(marks[agent.id]),) if marked else ()),
        )
        for agent in registry.agents[:MAX_ROWS]
    ]
    columns = ("name", "kind", "claims about it", *(("source",) if marked else ()))
    parts.append(
        f"<details><summary>Agents ({len(registry.agents)})</summary>"
        + _table(columns, agents, len(registry.agents))
        + "</details>"
    )
    references = [_reference_row(r) for r in registry.references[:MAX_ROWS]]
    parts.append(
        f"<details><summary>References ({len(registry.references)})</summary>"
        + _table(_REFERENCE_COLUMNS, references, len(registry.references))
        + "</details>"
    )
    return _card("registry", "Registry", f"{len(registry.claims)} claims", "".join(parts))


@frozen
class Card:
    """A record shown with the registry that holds it: its card names what the record's ids mean.

    In a notebook, ``Card(registry.resolve("ketamine"), registry)`` displays the
    entity with its classes, identifiers, claims and sources in *registry*;
    ``Card(registry)`` shows the registry itself.

    Attributes:
        record: An entity, a claim, a reference or a registry.
        registry: The registry that holds the record; without one, an entity
            or a claim shows its own fields and raw ids.
    """

    record: CardRecord | Registry
    registry: Registry | None = None

    def _repr_html_(self) -> str:
        record = self.record
        if isinstance(record, Registry):
            return registry_html(record)
        if isinstance(record, Claim):
            return claim_html(record, self.registry)
        if isinstance(record, Reference):
            return reference_html(record)
        return entity_html(record, self.registry)


class HTMLFormatter(Protocol):
    """What :func:`register_formatters` needs of IPython's ``text/html`` formatter."""

    def for_type(self, typ: type, func: Callable[..., str] | None = None) -> object:
        """Show instances of *typ* with *func*."""
        ...


def register_formatters(formatter: HTMLFormatter) -> None:
    """Show every record type with its card in *formatter*, IPython's ``text/html`` formatter.

    Records have no ``_repr_html_`` of their own (the model knows no HTML); in IPython,
    ``register_formatters(get_ipython().display_formatter.formatters["text/html"])``.
    """
    formatter.for_type(Registry, registry_html)
    formatter.for_type(Claim, claim_html)
    formatter.for_type(Reference, reference_html)
    for entity_type in (Agent, Receptor, Mechanism, AdverseEffect, Condition, Enzyme):
        formatter.for_type(entity_type, entity_html)
