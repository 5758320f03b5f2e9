"""The ``nmda-pain`` command: explore, query, export and check registries in the terminal.

The command only parses arguments, asks :mod:`nmda_pain.queries` (and the
registry's lookups) and formats the answer; :mod:`nmda_pain._render` writes it
as a rich table in a terminal when rich is installed, and as plain aligned text
otherwise. ``--format json`` prints JSON instead, for scripts.

Exit status: 0 on success; 1 for invalid data (a registry file or a document
that does not load), a name that matches nothing, or an export that cannot be
written; 2 for a usage error.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Final

from attrs import frozen

from nmda_pain._atomic import replacing
from nmda_pain._render import (
    ARTICLE,
    FAMILIES,
    Block,
    Fields,
    Table,
    Text,
    clean,
    dump_json,
    emit,
    is_article_record,
    record_source,
    xref_source,
)
from nmda_pain._version import __version__
from nmda_pain.errors import NmdaPainError, RegistryFormatError, UnknownEntityError
from nmda_pain.index import closest_names, normalize_name
from nmda_pain.model import (
    AdverseEffect,
    Agent,
    Claim,
    Condition,
    Enzyme,
    Predicate,
    Receptor,
    Reference,
)
from nmda_pain.queries import THERAPEUTIC_PREDICATES, agents_for_condition, find_claims
from nmda_pain.serialization import from_json
from nmda_pain.data import default_registry, extended_registry

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

    from nmda_pain.model import Affinity, Entity, ModeOfAction
    from nmda_pain.registry import Registry

__all__ = ["main", "overview"]

_EXIT_OK: Final = 0
_EXIT_INVALID: Final = 1

_LISTS: Final = {
    "agents": "agents",
    "receptors": "receptors",
    "mechanisms": "mechanisms",
    "adverse-effects": "adverse_effects",
    "conditions": "conditions",
    "enzymes": "enzymes",
    "references": "references",
    "claims": "claims",
}
_EXPORTS: Final = ("json", "kgx", "sqlite", "csl-json", "bibtex", "graphml")
_NEEDS_PATH: Final = frozenset({"kgx", "sqlite", "graphml"})
_PARAMETERS: Final = {"pic50": "pIC50", "pki": "pKi", "ic50": "IC50"}


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
            "Mechanisms' (El-Sayed, 2025). The shipped data restate this one review article; "
            "--extended adds facts from beyond it, marked as such. None of it is clinical advice."
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
        help="use the extended registry (identifiers and pharmacology beyond the article)",
    )
    parser.add_argument(
        "--format",
        choices=("table", "json"),
        default=default("table"),
        help="table (for people, the default) or json (for scripts)",
    )


# -- Formatting helpers ------------------------------------------------------------------


def _words(value: str) -> str:
    """An enum value for people: ``"under_investigation"`` -> ``"under investigation"``."""
    return value.replace("_", " ")


def _counted(count: int, plural: str) -> str:
    """``"1 claim"``, ``"2 claims"``: *plural* is a family's name, which ends in an s."""
    return f"{count} {plural if count != 1 else plural[:-1]}"


def _name(registry: Registry, entity_id: str) -> str:
    """The name of the entity *entity_id*, on one line (see :func:`nmda_pain._render.clean`)."""
    found = registry.index.by_id.get(entity_id)
    return clean(entity_id if found is None else found.name)


_MARK_BEYOND: Final = "beyond the article"
_MARK_NOT_STATED: Final = "source not stated"


def _mark(record: Entity | Claim) -> str:
    """How a line marks *record*: ``""`` for the article's, else where it comes from."""
    if record.provenance is not None:
        return _MARK_BEYOND
    return "" if is_article_record(record) else _MARK_NOT_STATED


def _source_cell(record: Entity | Claim) -> str:
    """*record*'s source in a table's Source column: short, the provenance is in ``show``."""
    return _mark(record) or ARTICLE


def _reference_label(reference: Reference) -> str:
    return f"[{reference.number}]" if reference.number is not None else f"[{reference.id}]"


def _cites(registry: Registry, claim: Claim) -> str:
    numbers: list[str] = []
    for reference_id in claim.references:
        number = registry.reference(reference_id).number
        numbers.append(str(number) if number is not None else reference_id)
    return f"[{', '.join(numbers)}]"


def _evidence(registry: Registry, claim: Claim) -> str:
    """Each reference behind *claim* with the sections that state it: ``[2] description``."""
    parts: list[str] = []
    for item in claim.evidence:
        label = _reference_label(registry.reference(item.reference))
        sections = ", ".join(section.value for section in item.sections)
        parts.append(f"{label} {sections}" if sections else label)
    return "; ".join(parts)


def _record(record: object) -> object:
    """*record* as the JSON value a registry document holds for it."""
    from nmda_pain._converter import CONVERTER  # noqa: PLC0415 -- deferred: imports cattrs

    data: object = CONVERTER.unstructure(record)
    return data


# -- overview ----------------------------------------------------------------------------


def _describe(registry: Registry, claims: tuple[Claim, ...], *, verb: bool) -> str:
    parts: list[str] = []
    for claim in claims:
        target = _name(registry, claim.object)
        certainty = _words(claim.certainty.value)
        relation = f"{_words(claim.predicate.value)} " if verb else ""
        mark = _mark(claim)
        mark = f"; {mark}" if mark else ""
        parts.append(f"{relation}{target} ({certainty} {clean(_cites(registry, claim))}{mark})")
    return "; ".join(parts) if parts else "-"


#: The rows of an agent in the overview that are listed even when empty.
_ALWAYS_LISTED: Final = ("conditions", "mechanisms", "adverse effects")


def _agent_lines(registry: Registry, agent: Agent) -> list[str]:
    heading = f"{clean(agent.name)} ({_words(agent.kind.value)}"
    if agent.drug_class is not None:
        heading += f"; member of {_name(registry, agent.drug_class)}"
    heading += ")"
    mark = _mark(agent)
    if mark:
        heading += f" [{mark}]"
    own = find_claims(subject=agent, registry=registry)
    shown = {
        *THERAPEUTIC_PREDICATES,
        Predicate.ACTS_VIA,
        Predicate.CAUSES_ADVERSE_EFFECT,
        Predicate.APPROVED_FOR,
        Predicate.MEMBER_OF,
    }
    rows = (
        ("conditions", tuple(c for c in own if c.predicate in THERAPEUTIC_PREDICATES), True),
        ("mechanisms", tuple(c for c in own if c.predicate is Predicate.ACTS_VIA), False),
        (
            "adverse effects",
            tuple(c for c in own if c.predicate is Predicate.CAUSES_ADVERSE_EFFECT),
            False,
        ),
        ("approved for", tuple(c for c in own if c.predicate is Predicate.APPROVED_FOR), False),
        ("other claims", tuple(c for c in own if c.predicate not in shown), True),
    )
    lines = [heading]
    lines.extend(
        f"  {label + ':':<17}{_describe(registry, claims, verb=verb)}"
        for label, claims, verb in rows
        if claims or label in _ALWAYS_LISTED
    )
    if agent.other_uses:
        uses = ", ".join(clean(use) for use in agent.other_uses)
        lines.append(f"  {'other uses:':<17}{uses}")
    return lines


def _counts(registry: Registry) -> dict[str, int]:
    return {family: len(getattr(registry, family)) for family in FAMILIES}


def overview(registry: Registry) -> str:
    """The text that ``nmda-pain overview`` prints for *registry*.

    Lists the counts of each family, then every agent with the conditions,
    mechanisms and adverse effects the source states of it (certainty and
    reference numbers in brackets; a member's class statements are listed
    under its class), then the references.

    .. versionadded:: 0.1.0
    """
    marks = {_mark(record) for record in (*registry.entities, *registry.claims)}
    only_article = marks <= {""}
    lines: list[str] = []
    if registry.source is not None:
        lines.append(f"Source: {clean(registry.source.citation)}")
    lines += [_disclaimer(registry, marks), ""]
    counts = ", ".join(_counted(n, _words(family)) for family, n in _counts(registry).items())
    lines += [f"Counts: {counts}", ""]
    lines.append(
        "Agents (what the article states of each; class statements are listed under the class)"
        if only_article
        else "Agents (what the registry states of each, each record and claim that is not the "
        "article's marked; class statements are listed under the class)"
    )
    for agent in registry.agents:
        lines += ["", *_agent_lines(registry, agent)]
    lines += ["", "References"]
    cited = _article_reference_ids()
    for reference in registry.references:
        line = (
            f"  {_reference_label(reference)} {reference.citation} ({reference.verification.value})"
        )
        if reference not in cited:
            line += " [not in the article's reference list]"
        lines.append(clean(line))
    return "\n".join(lines)


def _article_reference_ids() -> frozenset[Reference]:
    return frozenset(default_registry().references)


def _disclaimer(registry: Registry, marks: set[str]) -> str:
    """What the data are: the one article only when every record is the article's."""
    if not registry.entities and not registry.claims:
        return "The registry holds no records."
    if marks <= {""}:
        if registry.source is not None and registry.source == default_registry().source:
            return "The data restate this one review article; they are not clinical advice."
        return (
            "Every record here is one of the article's (El-Sayed 2025); "
            "they are not clinical advice."
        )
    others: list[str] = []
    if _MARK_BEYOND in marks:
        others.append(
            f"those marked [{_MARK_BEYOND}] come from the source their provenance names "
            "('nmda-pain show NAME' gives it)"
        )
    if _MARK_NOT_STATED in marks:
        others.append(f"those marked [{_MARK_NOT_STATED}] are not the article's and name no source")
    return (
        "Not every record here is the article's: "
        + "; ".join(others)
        + ". None of it is clinical advice."
    )


def _overview(registry: Registry) -> _Report:
    data = {
        "source": None if registry.source is None else _record(registry.source),
        "counts": _counts(registry),
        "agents": [
            {
                "agent": _record(agent),
                "claims": [_record(c) for c in find_claims(subject=agent, registry=registry)],
            }
            for agent in registry.agents
        ],
        "references": [_record(reference) for reference in registry.references],
    }
    return _Report((Text(overview(registry)),), data)


# -- list --------------------------------------------------------------------------------


_EXTRA_COLUMNS: Final = {
    "agents": ("Kind", "Drug class"),
    "receptors": ("Subunit of", "Gene"),
    "adverse_effects": ("Category",),
    "conditions": ("Kind",),
    "enzymes": ("Gene",),
}


def _extra_cells(registry: Registry, entity: Entity) -> tuple[str, ...]:
    """The cells of *entity*'s family-specific columns (see ``_EXTRA_COLUMNS``)."""
    if isinstance(entity, Agent):
        drug_class = "" if entity.drug_class is None else _name(registry, entity.drug_class)
        return (_words(entity.kind.value), drug_class)
    if isinstance(entity, Receptor):
        parent = "" if entity.subunit_of is None else _name(registry, entity.subunit_of)
        return (parent, entity.gene or "")
    if isinstance(entity, AdverseEffect):
        return (_words(entity.category.value),)
    if isinstance(entity, Condition):
        return (_words(entity.kind.value),)
    if isinstance(entity, Enzyme):
        return (entity.gene or "",)
    return ()


def _with_sources(
    records: Sequence[Entity | Claim], columns: tuple[str, ...], rows: tuple[tuple[str, ...], ...]
) -> tuple[tuple[str, ...], tuple[tuple[str, ...], ...]]:
    """*columns* and *rows*, with a Source column when a record is not the article's.

    A table of the article's records alone keeps its columns; any other table
    says of each row whether it is the article's, beyond it, or of no stated source.
    """
    if all(not _mark(record) for record in records):
        return columns, rows
    sources = (_source_cell(record) for record in records)
    return (*columns, "Source"), tuple(
        (*row, source) for row, source in zip(rows, sources, strict=True)
    )


def _entity_table(registry: Registry, family: str, title: str) -> Table:
    records: tuple[Entity, ...] = getattr(registry, family)
    columns = ("Id", "Name", *_EXTRA_COLUMNS.get(family, ()), "Synonyms")
    rows = tuple((e.id, e.name, *_extra_cells(registry, e), ", ".join(e.synonyms)) for e in records)
    return Table(title, *_with_sources(records, columns, rows))


def _claim_row(registry: Registry, claim: Claim) -> tuple[str, ...]:
    return (
        _name(registry, claim.subject),
        _words(claim.predicate.value),
        _name(registry, claim.object),
        _words(claim.certainty.value),
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
    return Table(title, *_with_sources(claims, columns, rows))


def _list(registry: Registry, choice: str) -> _Report:
    family = _LISTS[choice]
    records: tuple[object, ...] = getattr(registry, family)
    title = _counted(len(records), _words(family))
    if family == "claims":
        table = _claims_table(registry, title, registry.claims)
    elif family == "references":
        table = Table(
            title,
            ("No.", "Id", "Year", "Design", "Verification", "Title"),
            tuple(
                (
                    "" if r.number is None else str(r.number),
                    r.id,
                    str(r.year),
                    _words(r.study_design.value),
                    r.verification.value,
                    r.title,
                )
                for r in registry.references
            ),
        )
    else:
        table = _entity_table(registry, family, title)
    return _Report((table,), [_record(record) for record in records])


# -- show --------------------------------------------------------------------------------


def _class_of(registry: Registry, entity: Entity) -> str:
    family = _words(entity.FAMILY)
    if isinstance(entity, Agent):
        text = f"{family} ({_words(entity.kind.value)})"
        if entity.drug_class is not None:
            text += f"; member of {_name(registry, entity.drug_class)}"
        return text
    if isinstance(entity, AdverseEffect):
        return f"{family} ({_words(entity.category.value)})"
    if isinstance(entity, Condition):
        kind = _words(entity.kind.value)
        return family if kind == family else f"{family} ({kind})"
    if isinstance(entity, Receptor) and entity.subunit_of is not None:
        return f"{family} (subunit of {_name(registry, entity.subunit_of)})"
    return family


def _mode_of_action(registry: Registry, mode: ModeOfAction) -> str:
    details = [
        _words(value.value) for value in (mode.binding_site, mode.trapping) if value is not None
    ]
    if mode.contested:
        details.append("contested")
    text = f"{_words(mode.action.value)} at {_name(registry, mode.target)}"
    return f"{text} ({', '.join(details)})" if details else text


def _affinity(registry: Registry, affinity: Affinity) -> str:
    unit = f" {affinity.unit}" if affinity.unit else ""
    species = f" ({affinity.species})" if affinity.species else ""
    parameter = _PARAMETERS.get(affinity.parameter.value, affinity.parameter.value)
    return f"{parameter} {affinity.value:g}{unit} at {_name(registry, affinity.target)}{species}"


def _family_rows(registry: Registry, entity: Entity) -> list[tuple[str, str]]:
    """The rows of a card that only some families have."""
    rows: list[tuple[str, str]] = []
    if isinstance(entity, Agent):
        members = registry.index.members.get(entity.id, ())
        if members:
            rows.append(("members", ", ".join(member.name for member in members)))
        if entity.other_uses:
            rows.append(("other uses", ", ".join(entity.other_uses)))
    if isinstance(entity, Receptor):
        if entity.gated_by:
            rows.append(("gated by", ", ".join(entity.gated_by)))
        if entity.permeant_ions:
            rows.append(("permeant ions", ", ".join(entity.permeant_ions)))
    if isinstance(entity, (Receptor, Enzyme)) and entity.gene:
        rows.append(("gene", entity.gene))
    return rows


def _entity_fields(registry: Registry, entity: Entity) -> Fields:
    rows: list[tuple[str, str]] = [("id", entity.id), ("class", _class_of(registry, entity))]
    if entity.synonyms:
        rows.append(("synonyms", ", ".join(entity.synonyms)))
    rows += _family_rows(registry, entity)
    if entity.description:
        rows.append(("description", entity.description))
    if entity.notes:
        rows.append(("curator notes", entity.notes))
    rows.append(("source", record_source(entity)))
    return Fields(entity.name, tuple(rows))


def _beyond_fields(registry: Registry, entity: Entity) -> tuple[Block, ...]:
    """The identifiers, modes of action and affinities of *entity*, each with its source.

    These never come from the article, whatever the record's own source, so
    they are a block of their own.
    """
    rows: list[tuple[str, str]] = []
    if entity.xrefs:
        rows.append(("identifiers", ", ".join(str(xref) for xref in entity.xrefs)))
        rows.append(("  source", xref_source(entity)))
    if isinstance(entity, Agent):
        for mode in entity.modes_of_action:
            rows.append(("mode of action", _mode_of_action(registry, mode)))
            rows.append(("  source", mode.source))
        for affinity in entity.affinities:
            rows.append(("affinity", _affinity(registry, affinity)))
            rows.append(("  source", affinity.source))
    if not rows:
        return ()
    return (
        Fields(f"Beyond the article: identifiers and pharmacology of {entity.name}", tuple(rows)),
    )


def _claim_notes(registry: Registry, claims: tuple[Claim, ...]) -> tuple[Block, ...]:
    noted = [
        f"  - {_name(registry, c.subject)} {_words(c.predicate.value)} {_name(registry, c.object)}: "
        + clean(c.notes)
        for c in claims
        if c.notes
    ]
    return (Text("\n".join(["Curator notes on these claims", *noted])),) if noted else ()


def _show_entity(registry: Registry, entity: Entity) -> _Report:
    outgoing = find_claims(subject=entity, registry=registry)
    incoming = find_claims(object=entity, registry=registry)
    blocks: tuple[Block, ...] = (
        _entity_fields(registry, entity),
        *_beyond_fields(registry, entity),
        _claims_table(
            registry, f"Claims about {entity.name} ({len(outgoing)})", outgoing, (1, 2, 3, 4)
        ),
        _claims_table(
            registry,
            f"Claims naming {entity.name} as their object ({len(incoming)})",
            incoming,
            (0, 1, 3, 4),
        ),
        *_claim_notes(registry, outgoing + incoming),
    )
    data = {
        "family": entity.FAMILY,
        "record": _record(entity),
        "source": record_source(entity),
        "claims_out": [_record(c) for c in outgoing],
        "claims_in": [_record(c) for c in incoming],
    }
    return _Report(blocks, data)


def _show_reference(registry: Registry, reference: Reference) -> _Report:
    rows: list[tuple[str, str]] = [
        ("id", reference.id),
        ("number", "not numbered" if reference.number is None else str(reference.number)),
        ("citation", reference.citation),
        ("study design", _words(reference.study_design.value)),
        (
            "evidence level",
            "none (the design is not stated)"
            if reference.evidence_level is None
            else f"{reference.evidence_level.value} (Oxford CEBM 2011)",
        ),
        ("verification", reference.verification.value),
    ]
    if reference.doi_url is not None:
        rows.append(("doi", reference.doi_url))
    if reference.notes:
        rows.append(("curator notes", reference.notes))
    cited = find_claims(reference=reference, registry=registry)
    blocks = (
        Fields(f"{_reference_label(reference)} {reference.title}", tuple(rows)),
        _claims_table(
            registry, f"Claims citing {_reference_label(reference)} ({len(cited)})", cited
        ),
    )
    data = {
        "family": "reference",
        "record": _record(reference),
        "claims": [_record(c) for c in cited],
    }
    return _Report(blocks, data)


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
            raise UnknownEntityError(name, suggestions, kind=exc.kind) from None
        return _show_reference(registry, reference)
    return _show_entity(registry, entity)


def _extended_hint(exc: UnknownEntityError) -> str:
    """A hint that the extended registry, not the shipped one, knows *exc*'s query, or ``""``."""
    if exc.found_kind is not None or exc.query in default_registry().index.references:
        return ""  # the shipped registry knows the name, as another kind of record
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
_FOR_PREDICATES: Final = frozenset({*THERAPEUTIC_PREDICATES, Predicate.APPROVED_FOR})


def _agents_for(registry: Registry, name: str) -> _Report:
    treating = agents_for_condition(name, registry=registry)  # checks that *name* is a condition
    condition = registry.resolve(name)
    named = tuple(
        c
        for c in find_claims(object=condition, registry=registry)
        if c.predicate in _FOR_PREDICATES
    )
    ids = {agent.id for agent in treating} | {claim.subject for claim in named}
    agents = tuple(agent for agent in registry.agents if agent.id in ids)
    by_agent = {agent.id: tuple(c for c in named if c.subject == agent.id) for agent in agents}
    shown = tuple(claim for agent in agents for claim in by_agent[agent.id])
    rows = tuple(
        (
            _name(registry, claim.subject),
            _words(registry.index.by_id[claim.subject].kind.value),  # type: ignore[union-attr]  # a subject of these predicates is an agent
            _words(claim.predicate.value),
            _words(claim.certainty.value),
            _evidence(registry, claim),
        )
        for claim in shown
    )
    whose = "the article" if all(not _mark(claim) for claim in shown) else "the registry"
    table = Table(
        f"Agents {whose} names for {condition.name} ({len(agents)})",
        *_with_sources(shown, ("Agent", "Kind", "Predicate", "Certainty", "Evidence"), rows),
    )
    notes = [
        (
            "A statement about a drug class names the class, not each member; "
            "'nmda-pain show NAME' gives a class's members."
        )
    ]
    if any(claim.predicate is Predicate.APPROVED_FOR for claim in shown):
        notes.append(
            "'approved for' is a regulator's approval, from the source the claim names, "
            "not a claim that the agent treats the condition."
        )
    data = [
        {"agent": _record(agent), "claims": [_record(c) for c in by_agent[agent.id]]}
        for agent in agents
    ]
    return _Report((table, Text("\n".join(notes))), data)


def _predicate(value: str) -> Predicate:
    """The predicate *value* names, ignoring case, spaces, hyphens and underscores."""
    wanted = normalize_name(value)
    for predicate in Predicate:
        if normalize_name(predicate.value) == wanted:
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
    import json  # noqa: PLC0415 -- only needed for this command

    from nmda_pain import exports  # noqa: PLC0415 -- the exports load only when asked for
    from nmda_pain.serialization import to_json  # noqa: PLC0415 -- as above

    if target == "json":
        return to_json(registry, indent=2) + "\n"
    if target == "csl-json":
        return json.dumps(exports.to_csl_json(registry), indent=2, ensure_ascii=False) + "\n"
    return exports.to_bibtex(registry)


def _export_files(registry: Registry, target: str, output: Path) -> tuple[Path, ...]:
    """Write the *target* export of *registry* to *output*, atomically; return the files written."""
    from nmda_pain import exports  # noqa: PLC0415 -- the exports load only when asked for
    from nmda_pain.serialization import dump  # noqa: PLC0415 -- as above

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
        summary = ", ".join(_counted(n, _words(family)) for family, n in counts.items())
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
        from nmda_pain.schema import json_schema  # noqa: PLC0415 -- only this command needs it

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
        hint = _extended_hint(exc) if shipped and exc.kind != "predicate" else ""
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
