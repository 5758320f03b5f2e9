"""HTML cards for notebooks: what ``_repr_html_`` of records and registries returns.

Jupyter shows an object's ``_repr_html_`` in place of its ``repr``. Each card
is a small ``<div>`` with inline styles only (no scripts, no stylesheets), and
every text from the data goes through :func:`html.escape`.

A record does not know the registry it belongs to. When a shipped registry
holds the very record -- the article's (:func:`~nmda_pain.default_registry`)
first, else the extended one (:func:`~nmda_pain.extended_registry`) -- an
entity's card lists its claims there, and a claim's card names its subject,
object and references from there, with DOI links; the card says which registry
it used. Any other record's card shows its own fields, and a hint to ask its
registry. Each record's source follows the rule of :mod:`nmda_pain._render`:
"the article" only for the article's own records. Identifiers, modes of
action and affinities are always marked as beyond the article, with their
sources. :class:`~nmda_pain.Registry` cards show counts and the agents and
references.
"""

from __future__ import annotations

import enum
import html
from typing import TYPE_CHECKING, Final, cast

import attrs

from nmda_pain._render import ARTICLE, FAMILIES, record_source, shipped_home, xref_source
from nmda_pain.model import Affinity, Agent, ModeOfAction

if TYPE_CHECKING:
    from collections.abc import Iterable, Sequence

    from nmda_pain.model import Claim, Entity, Reference
    from nmda_pain.registry import Registry

__all__ = ["claim_html", "entity_html", "reference_html", "registry_html"]

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
_SKIPPED: Final = frozenset(
    {"id", "name", "provenance", "kind", "category", "xrefs", "modes_of_action", "affinities"}
)
#: A list of claims longer than this is folded; a shorter one is shown open.
_OPEN_ROWS: Final = 8
_REGISTRY_NAMES: Final = {
    "default_registry()": "the article's registry, default_registry()",
    "extended_registry()": "extended_registry() (the article plus facts from beyond it)",
}
_PARAMETERS: Final = {"pic50": "pIC50", "pki": "pKi", "ic50": "IC50"}


def _text(value: str) -> str:
    return html.escape(value, quote=True)


def _words(value: str) -> str:
    return _text(value.replace("_", " "))


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


def _source(record: Entity | Claim) -> str:
    return _text(record_source(record))


def _short_source(record: Entity | Claim) -> str:
    """The source in a table cell: the article, beyond it, or not stated (the card has the rest)."""
    source = record_source(record)
    if source == ARTICLE:
        return ARTICLE
    return "beyond the article" if record.provenance is not None else "not stated"


def _beyond(value: str, source: str) -> str:
    """*value* (HTML already) and, under it, the source it comes from."""
    return f"{value}<br><span {_MUTED}>source: {_text(source)}</span>"


def _entity_name(registry: Registry | None, entity_id: str) -> str:
    """The entity's name where *registry* knows it, else its id as code."""
    found = None if registry is None else registry.index.by_id.get(entity_id)
    return f"<code>{_text(entity_id)}</code>" if found is None else _text(found.name)


def _mode_of_action(mode: ModeOfAction, registry: Registry | None) -> str:
    details = [_words(value.value) for value in (mode.binding_site, mode.trapping) if value]
    if mode.contested:
        details.append("contested")
    text = f"{_words(mode.action.value)} at {_entity_name(registry, mode.target)}"
    text = f"{text} ({', '.join(details)})" if details else text
    return _beyond(text, mode.source)


def _affinity(affinity: Affinity, registry: Registry | None) -> str:
    parameter = _PARAMETERS.get(affinity.parameter.value, affinity.parameter.value)
    unit = f" {affinity.unit}" if affinity.unit else ""
    species = f" ({affinity.species})" if affinity.species else ""
    target = _entity_name(registry, affinity.target)
    text = f"{_text(f'{parameter} {affinity.value:g}{unit}')} at {target}{_text(species)}"
    return _beyond(text, affinity.source)


def _value(value: object) -> str:
    """A field's value as HTML; the empty string for an empty value."""
    if isinstance(value, tuple):
        items = cast("tuple[object, ...]", value)
        return ", ".join(_value(item) for item in items)
    return "" if value is None else _text(str(value))


def _beyond_rows(entity: Entity, registry: Registry | None) -> list[tuple[str, str]]:
    """Identifiers, modes of action and affinities: never the article's, each with its source."""
    rows: list[tuple[str, str]] = []
    if entity.xrefs:
        links = ", ".join(_link(xref.url, xref.canonical) for xref in entity.xrefs)
        rows.append(("identifiers (beyond the article)", _beyond(links, xref_source(entity))))
    if isinstance(entity, Agent):
        if entity.modes_of_action:
            modes = "<br>".join(_mode_of_action(m, registry) for m in entity.modes_of_action)
            rows.append(("modes of action (beyond the article)", modes))
        if entity.affinities:
            values = "<br>".join(_affinity(a, registry) for a in entity.affinities)
            rows.append(("affinities (beyond the article)", values))
    return rows


def _cites(registry: Registry, claim: Claim) -> str:
    """Each reference behind *claim* with its sections: ``[3] introduction, description``."""
    parts: list[str] = []
    for item in claim.evidence:
        reference = registry.index.references.get(item.reference)
        number = None if reference is None else reference.number
        label = f"[{number}]" if number is not None else f"[{item.reference}]"
        sections = ", ".join(section.value.replace("_", " ") for section in item.sections)
        parts.append(_text(f"{label} {sections}" if sections else label))
    return "; ".join(parts)


def _claims_list(
    registry: Registry, title: str, claims: tuple[Claim, ...], *, outgoing: bool
) -> str:
    """A folded (or, when short, open) table of *claims* with certainty and evidence."""
    if not claims:
        return f"<div {_MUTED}>{_text(title)} (0)</div>"
    marked = any(record_source(claim) != ARTICLE for claim in claims)
    columns = ("predicate", "object" if outgoing else "subject", "certainty", "evidence")
    rows = [
        (
            _words(claim.predicate.value),
            _entity_name(registry, claim.object if outgoing else claim.subject),
            _words(claim.certainty.value),
            _cites(registry, claim),
            *((_short_source(claim),) if marked else ()),
        )
        for claim in claims
    ]
    table = _table((*columns, *(("source",) if marked else ())), rows, len(rows))
    state = " open" if len(claims) <= _OPEN_ROWS else ""
    return f"<details{state}><summary>{_text(title)} ({len(claims)})</summary>{table}</details>"


def _entity_claims(entity: Entity, home: tuple[str, Registry] | None) -> str:
    """The claims about and naming *entity* in the shipped registry *home*, or a hint."""
    if home is None:
        return (
            f"<div {_MUTED}>Not a record of a shipped registry; ask its registry for its claims: "
            f"<code>find_claims(subject={_text(repr(entity.id))}, registry=...)</code>, "
            f"<code>find_claims(object={_text(repr(entity.id))}, registry=...)</code></div>"
        )
    name, registry = home
    outgoing = registry.index.by_subject.get(entity.id, ())
    incoming = registry.index.by_object.get(entity.id, ())
    return (
        f"<div {_MUTED}>Claims in {_text(_REGISTRY_NAMES[name])}:</div>"
        + _claims_list(registry, f"Claims about {entity.name}", outgoing, outgoing=True)
        + _claims_list(
            registry, f"Claims naming {entity.name} as their object", incoming, outgoing=False
        )
    )


def _subtitle(entity: Entity) -> str:
    kind = getattr(entity, "kind", None) or getattr(entity, "category", None)
    family = _words(entity.FAMILY)
    if not isinstance(kind, enum.Enum) or _words(kind.value) == family:
        return family
    return f"{family} · {_words(kind.value)}"


_LINKS: Final = frozenset({"drug_class", "subunit_of"})


def entity_html(entity: Entity) -> str:
    """The card of an agent, receptor, mechanism, adverse effect, condition or enzyme."""
    home = shipped_home(entity)
    registry = None if home is None else home[1]
    rows = [("id", f"<code>{_text(entity.id)}</code>")]
    for field in attrs.fields(type(entity)):
        if field.name in _SKIPPED:
            continue
        value = getattr(entity, field.name)
        # The entity ids an entity points to (drug_class, subunit_of) read better as names.
        is_link = field.name in _LINKS and isinstance(value, str)
        shown = _entity_name(registry, value) if is_link else _value(value)
        if shown:
            label = "curator notes" if field.name == "notes" else field.name.replace("_", " ")
            rows.append((label, shown))
    rows.append(("source", _source(entity)))
    rows += _beyond_rows(entity, registry)
    body = _rows(rows) + _entity_claims(entity, home)
    return _card(entity.FAMILY, entity.name, _subtitle(entity), body)


def _reference_cell(registry: Registry | None, reference_id: str) -> tuple[str, str]:
    """A cited reference as HTML (its number, citation and DOI link) and its verification."""
    reference = None if registry is None else registry.index.references.get(reference_id)
    if reference is None:
        return f"<code>{_text(reference_id)}</code>", "not known"
    label = f"[{reference.number}] " if reference.number is not None else ""
    cell = _text(f"{label}{reference.citation}")
    if reference.doi_url is not None and reference.doi is not None:
        cell = _text(f"{label}{reference.citation.removesuffix(f' doi:{reference.doi}')}")
        cell += " " + _link(reference.doi_url, f"doi:{reference.doi}")
    return cell, _words(reference.verification.value)


def claim_html(claim: Claim) -> str:
    """The card of a claim: subject, predicate, object, certainty and each piece of evidence.

    Names and references come from the shipped registry that holds the claim,
    when one does; otherwise the card shows ids.
    """
    home = shipped_home(claim)
    registry = None if home is None else home[1]

    def plain_name(entity_id: str) -> str:
        found = None if registry is None else registry.index.by_id.get(entity_id)
        return entity_id if found is None else found.name

    predicate = claim.predicate.value.replace("_", " ")
    title = f"{plain_name(claim.subject)} {predicate} {plain_name(claim.object)}"
    evidence_rows: list[tuple[str, ...]] = []
    for item in claim.evidence:
        cited, verification = _reference_cell(registry, item.reference)
        sections = ", ".join(_words(section.value) for section in item.sections)
        evidence_rows.append((cited, sections, verification))
    evidence = _table(("reference", "sections", "verification"), evidence_rows, len(claim.evidence))
    rows = [
        ("subject", _entity_name(registry, claim.subject)),
        ("predicate", _words(claim.predicate.value)),
        ("object", _entity_name(registry, claim.object)),
        ("certainty", _words(claim.certainty.value)),
        ("evidence", evidence),
    ]
    if claim.notes:
        rows.append(("curator notes", _text(claim.notes)))
    rows.append(("source", _source(claim)))
    if home is None:
        footer = (
            f"<div {_MUTED}>Not a claim of a shipped registry: subject, object and references "
            "are ids; look them up with <code>registry.resolve</code> and "
            "<code>registry.reference</code>.</div>"
        )
    else:
        footer = f"<div {_MUTED}>Names and references from {_text(_REGISTRY_NAMES[home[0]])}.</div>"
    subtitle = f"claim · {_words(claim.certainty.value)}"
    return _card("claim", title, subtitle, _rows(rows) + footer)


def reference_html(reference: Reference) -> str:
    """The card of a reference: citation, study design, evidence level, verification and DOI link."""
    level = reference.evidence_level
    rows = [
        ("id", f"<code>{_text(reference.id)}</code>"),
        ("citation", _text(reference.citation)),
        ("study design", _words(reference.study_design.value)),
        ("evidence level", "none" if level is None else f"{level.value} (Oxford CEBM 2011)"),
        ("verification", _words(reference.verification.value)),
    ]
    if reference.doi_url is not None and reference.doi is not None:
        rows.append(("doi", _link(reference.doi_url, reference.doi)))
    if reference.notes:
        rows.append(("curator notes", _text(reference.notes)))
    number = "" if reference.number is None else f" [{reference.number}]"
    subtitle = f"reference{_text(number)} · {_words(reference.verification.value)}"
    return _card("reference", reference.title, subtitle, _rows(rows))


def registry_html(registry: Registry) -> str:
    """The card of a registry: its source, the counts of each family, its agents and references."""
    counts = _rows(
        (family.replace("_", " "), str(len(getattr(registry, family))))
        for family in FAMILIES
        if family != "enzymes" or registry.enzymes
    )
    parts: list[str] = []
    if registry.source is not None:
        source = registry.source
        cited = _text(source.citation)
        if source.doi_url is not None and source.doi is not None:
            cited = _text(source.citation.removesuffix(f" doi:{source.doi}"))
            cited += " " + _link(source.doi_url, f"doi:{source.doi}")
        parts.append(f"<div>Source: {cited}</div>")
    marked = any(
        record_source(record) != ARTICLE for record in (*registry.entities, *registry.claims)
    )
    if marked:
        parts.append(
            "<div>Not every record here is the article's: each agent's source is in the "
            "table below, and each record's and claim's on its own card.</div>"
        )
    parts.append(counts)
    subjects = registry.index.by_subject
    agents = [
        (
            _text(agent.name),
            _words(agent.kind.value),
            str(len(subjects.get(agent.id, ()))),
            *((_short_source(agent),) if marked else ()),
        )
        for agent in registry.agents[:MAX_ROWS]
    ]
    columns = ("name", "kind", "claims about it", *(("source",) if marked else ()))
    parts.append(
        f"<details><summary>Agents ({len(registry.agents)})</summary>"
        + _table(columns, agents, len(registry.agents))
        + "</details>"
    )
    references = [
        (
            "" if r.number is None else str(r.number),
            _text(r.citation),
            _words(r.verification.value),
        )
        for r in registry.references[:MAX_ROWS]
    ]
    parts.append(
        f"<details><summary>References ({len(registry.references)})</summary>"
        + _table(("no.", "citation", "verification"), references, len(registry.references))
        + "</details>"
    )
    return _card("registry", "Registry", f"{len(registry.claims)} claims", "".join(parts))
