"""HTML cards for notebooks: what ``_repr_html_`` of records and registries returns.

Jupyter shows an object's ``_repr_html_`` in place of its ``repr``. Each card
is a small ``<div>`` with inline styles only (no scripts, no stylesheets), and
every text from the data goes through :func:`html.escape`. An entity does not
know the registry it belongs to, so its card shows its own fields;
:class:`~nmda_pain.Registry` cards show counts and the agents and references.
"""

from __future__ import annotations

import enum
import html
from typing import TYPE_CHECKING, Final, cast

import attrs

from nmda_pain.model import Affinity, Curie, ModeOfAction

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
_SKIPPED: Final = frozenset({"id", "name", "provenance"})
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


def _source(provenance: str | None) -> str:
    return "the article" if provenance is None else f"beyond the article: {_text(provenance)}"


def _mode_of_action(mode: ModeOfAction) -> str:
    details = [_words(value.value) for value in (mode.binding_site, mode.trapping) if value]
    if mode.contested:
        details.append("contested")
    text = f"{_words(mode.action.value)} at <code>{_text(mode.target)}</code>"
    return f"{text} ({', '.join(details)})" if details else text


def _affinity(affinity: Affinity) -> str:
    parameter = _PARAMETERS.get(affinity.parameter.value, affinity.parameter.value)
    unit = f" {affinity.unit}" if affinity.unit else ""
    species = f" ({affinity.species})" if affinity.species else ""
    return _text(f"{parameter} {affinity.value:g}{unit} at {affinity.target}{species}")


def _value(value: object) -> str:
    """A field's value as HTML; the empty string for an empty value."""
    if isinstance(value, Curie):
        return _link(value.url, value.canonical)
    if isinstance(value, ModeOfAction):
        return _mode_of_action(value)
    if isinstance(value, Affinity):
        return _affinity(value)
    if isinstance(value, tuple):
        items = cast("tuple[object, ...]", value)
        nested = any(isinstance(item, (ModeOfAction, Affinity)) for item in items)
        return ("<br>" if nested else ", ").join(_value(item) for item in items)
    return "" if value is None else _text(str(value))


def entity_html(entity: Entity) -> str:
    """The card of an agent, receptor, mechanism, adverse effect, condition or enzyme."""
    kind = getattr(entity, "kind", None) or getattr(entity, "category", None)
    family = _words(entity.FAMILY)
    subtitle = f"{family} · {_words(kind.value)}" if isinstance(kind, enum.Enum) else family
    rows = [("id", f"<code>{_text(entity.id)}</code>")]
    for field in attrs.fields(type(entity)):
        if field.name in _SKIPPED or field.name in {"kind", "category"}:
            continue
        shown = _value(getattr(entity, field.name))
        if shown:
            label = "curator notes" if field.name == "notes" else field.name.replace("_", " ")
            rows.append((label, shown))
    rows.append(("source", _source(entity.provenance)))
    hint = (
        f"<div {_MUTED}>Claims: <code>find_claims(subject={_text(repr(entity.id))})</code>, "
        f"<code>find_claims(object={_text(repr(entity.id))})</code></div>"
    )
    return _card(entity.FAMILY, entity.name, subtitle, _rows(rows) + hint)


def claim_html(claim: Claim) -> str:
    """The card of a claim: subject, predicate, object, certainty and each piece of evidence."""
    title = f"{claim.subject} {claim.predicate.value.replace('_', ' ')} {claim.object}"
    evidence = _table(
        ("reference", "sections"),
        [
            (
                f"<code>{_text(item.reference)}</code>",
                ", ".join(_words(section.value) for section in item.sections),
            )
            for item in claim.evidence
        ],
        len(claim.evidence),
    )
    rows = [
        ("subject", f"<code>{_text(claim.subject)}</code>"),
        ("predicate", _words(claim.predicate.value)),
        ("object", f"<code>{_text(claim.object)}</code>"),
        ("certainty", _words(claim.certainty.value)),
        ("evidence", evidence),
    ]
    if claim.notes:
        rows.append(("curator notes", _text(claim.notes)))
    rows.append(("source", _source(claim.provenance)))
    return _card("claim", title, f"claim · {_words(claim.certainty.value)}", _rows(rows))


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
    families = (
        "agents",
        "receptors",
        "mechanisms",
        "adverse_effects",
        "conditions",
        "enzymes",
        "references",
        "claims",
    )
    counts = _rows(
        (family.replace("_", " "), str(len(getattr(registry, family))))
        for family in families
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
    parts.append(counts)
    subjects = registry.index.by_subject
    agents = [
        (_text(agent.name), _words(agent.kind.value), str(len(subjects.get(agent.id, ()))))
        for agent in registry.agents[:MAX_ROWS]
    ]
    parts.append(
        f"<details><summary>Agents ({len(registry.agents)})</summary>"
        + _table(("name", "kind", "claims about it"), agents, len(registry.agents))
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
