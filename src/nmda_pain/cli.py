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

from nmda_pain._render import Block, Fields, Table, Text, dump_json, emit
from nmda_pain._version import __version__
from nmda_pain.errors import NmdaPainError, RegistryFormatError, UnknownEntityError
from nmda_pain.model import (
    AdverseEffect,
    Agent,
    AgentKind,
    Claim,
    Condition,
    Enzyme,
    Predicate,
    Receptor,
    Reference,
)
from nmda_pain.queries import THERAPEUTIC_PREDICATES, agents_for_condition, find_claims
from nmda_pain.serialization import from_json
from nmda_pain.shipped import default_registry, extended_registry

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence
    from typing import Any

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
_FAMILIES: Final = (
    "agents",
    "receptors",
    "mechanisms",
    "adverse_effects",
    "conditions",
    "enzymes",
    "references",
    "claims",
)
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
            "Mechanisms' (El-Sayed, 2025). The data restate one review article; they are not "
            "clinical advice."
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
    command("agents-for", "the agents the article names for a condition").add_argument(
        "condition", metavar="CONDITION", help="a condition's id, name or synonym"
    )
    claims = command("claims", "the claims that match every filter given")
    claims.add_argument("--subject", metavar="X", help="the subject entity's id, name or synonym")
    claims.add_argument("--predicate", metavar="P", help="a predicate, such as 'treats'")
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
    found = registry.index.by_id.get(entity_id)
    return entity_id if found is None else found.name


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
        target = registry.index.by_id[claim.object].name
        certainty = _words(claim.certainty.value)
        relation = f"{_words(claim.predicate.value)} " if verb else ""
        parts.append(f"{relation}{target} ({certainty} {_cites(registry, claim)})")
    return "; ".join(parts) if parts else "-"


def _agent_lines(registry: Registry, agent: Agent) -> list[str]:
    kind = "drug class" if agent.kind is AgentKind.DRUG_CLASS else "drug"
    heading = f"{agent.name} ({kind}"
    if agent.drug_class is not None:
        heading += f"; member of {registry.index.by_id[agent.drug_class].name}"
    heading += ")"
    own = find_claims(subject=agent, registry=registry)
    shown = {
        *THERAPEUTIC_PREDICATES,
        Predicate.ACTS_VIA,
        Predicate.CAUSES_ADVERSE_EFFECT,
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
        ("other claims", tuple(c for c in own if c.predicate not in shown), True),
    )
    lines = [heading]
    lines.extend(
        f"  {label + ':':<17}{_describe(registry, claims, verb=verb)}"
        for label, claims, verb in rows
        if claims or label != "other claims"
    )
    if agent.other_uses:
        lines.append(f"  {'other uses:':<17}{', '.join(agent.other_uses)}")
    return lines


def _counts(registry: Registry) -> dict[str, int]:
    return {family: len(getattr(registry, family)) for family in _FAMILIES}


def overview(registry: Registry) -> str:
    """The text that ``nmda-pain overview`` prints for *registry*.

    Lists the counts of each family, then every agent with the conditions,
    mechanisms and adverse effects the source states of it (certainty and
    reference numbers in brackets; a member's class statements are listed
    under its class), then the references.

    .. versionadded:: 0.1.0
    """
    lines: list[str] = []
    if registry.source is not None:
        lines += [
            f"Source: {registry.source.citation}",
            "The data restate this one review article; they are not clinical advice.",
            "",
        ]
    counts = (
        (len(registry.agents), "agent", "agents"),
        (len(registry.receptors), "receptor", "receptors"),
        (len(registry.mechanisms), "mechanism", "mechanisms"),
        (len(registry.adverse_effects), "adverse effect", "adverse effects"),
        (len(registry.conditions), "condition", "conditions"),
        (len(registry.references), "reference", "references"),
        (len(registry.claims), "claim", "claims"),
    )
    lines.append(
        "Counts: " + ", ".join(f"{n} {one if n == 1 else many}" for n, one, many in counts)
    )
    lines += [
        "",
        "Agents (what the article states of each; class statements are listed under the class)",
    ]
    for agent in registry.agents:
        lines += ["", *_agent_lines(registry, agent)]
    lines += ["", "References"]
    for reference in registry.references:
        lines.append(
            f"  {_reference_label(reference)} {reference.citation} ({reference.verification.value})"
        )
    return "\n".join(lines)


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


def _entity_table(registry: Registry, family: str, title: str) -> Table:
    records: tuple[Entity, ...] = getattr(registry, family)
    columns = ("Id", "Name", *_EXTRA_COLUMNS.get(family, ()), "Synonyms")
    rows = tuple((e.id, e.name, *_extra_cells(registry, e), ", ".join(e.synonyms)) for e in records)
    return Table(title, columns, rows)


def _claim_row(registry: Registry, claim: Claim) -> tuple[str, ...]:
    return (
        _name(registry, claim.subject),
        _words(claim.predicate.value),
        _name(registry, claim.object),
        _words(claim.certainty.value),
        _evidence(registry, claim),
    )


_CLAIM_COLUMNS: Final = ("Subject", "Predicate", "Object", "Certainty", "Evidence")


def _claims_table(registry: Registry, title: str, claims: tuple[Claim, ...]) -> Table:
    return Table(title, _CLAIM_COLUMNS, tuple(_claim_row(registry, c) for c in claims))


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
        return f"{family} ({_words(entity.kind.value)})"
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
        rows.extend(
            ("mode of action", _mode_of_action(registry, m)) for m in entity.modes_of_action
        )
        rows.extend(("affinity", _affinity(registry, a)) for a in entity.affinities)
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
    if entity.xrefs:
        rows.append(("identifiers", ", ".join(str(xref) for xref in entity.xrefs)))
    rows += _family_rows(registry, entity)
    if entity.description:
        rows.append(("description", entity.description))
    if entity.notes:
        rows.append(("curator notes", entity.notes))
    rows.append(
        (
            "source",
            "the article"
            if entity.provenance is None
            else f"beyond the article: {entity.provenance}",
        )
    )
    return Fields(entity.name, tuple(rows))


def _claim_notes(registry: Registry, claims: tuple[Claim, ...]) -> tuple[Block, ...]:
    noted = [
        f"  - {_name(registry, c.subject)} {_words(c.predicate.value)} {_name(registry, c.object)}: {c.notes}"
        for c in claims
        if c.notes
    ]
    return (Text("\n".join(["Curator notes on these claims", *noted])),) if noted else ()


def _show_entity(registry: Registry, entity: Entity) -> _Report:
    outgoing = find_claims(subject=entity, registry=registry)
    incoming = find_claims(object=entity, registry=registry)
    blocks: tuple[Block, ...] = (
        _entity_fields(registry, entity),
        Table(
            f"Claims about {entity.name} ({len(outgoing)})",
            ("Predicate", "Object", "Certainty", "Evidence"),
            tuple(_claim_row(registry, c)[1:] for c in outgoing),
        ),
        Table(
            f"Claims naming {entity.name} as their object ({len(incoming)})",
            ("Subject", "Predicate", "Certainty", "Evidence"),
            tuple(
                (row[0], row[1], row[3], row[4])
                for row in (_claim_row(registry, c) for c in incoming)
            ),
        ),
        *_claim_notes(registry, outgoing + incoming),
    )
    data = {
        "family": entity.FAMILY,
        "record": _record(entity),
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
    except UnknownEntityError:
        reference = registry.index.references.get(name)
        if reference is None and name.strip().isdigit():
            reference = registry.index.references_by_number.get(int(name))
        if reference is None:
            raise
        return _show_reference(registry, reference)
    return _show_entity(registry, entity)


# -- agents-for and claims ---------------------------------------------------------------


def _agents_for(registry: Registry, name: str) -> _Report:
    agents = agents_for_condition(name, registry=registry)
    condition = registry.resolve(name)
    stated = find_claims(object=condition, registry=registry)
    by_agent = {
        agent.id: tuple(
            c for c in stated if c.subject == agent.id and c.predicate in THERAPEUTIC_PREDICATES
        )
        for agent in agents
    }
    rows = tuple(
        (
            agent.name,
            _words(agent.kind.value),
            _words(claim.predicate.value),
            _words(claim.certainty.value),
            _evidence(registry, claim),
        )
        for agent in agents
        for claim in by_agent[agent.id]
    )
    table = Table(
        f"Agents the article names for {condition.name} ({len(agents)})",
        ("Agent", "Kind", "Predicate", "Certainty", "Evidence"),
        rows,
    )
    note = Text(
        "A statement about a drug class names the class, not each member; "
        "'nmda-pain show NAME' gives a class's members."
    )
    data = [
        {"agent": _record(agent), "claims": [_record(c) for c in by_agent[agent.id]]}
        for agent in agents
    ]
    return _Report((table, note), data)


def _claims(registry: Registry, arguments: argparse.Namespace) -> _Report:
    reference: str | int | None = arguments.reference
    if isinstance(reference, str) and reference.strip().isdigit():
        reference = int(reference)
    claims = find_claims(
        subject=arguments.subject,
        predicate=arguments.predicate,
        object=arguments.object,
        reference=reference,
        registry=registry,
    )
    table = _claims_table(registry, _counted(len(claims), "claims"), claims)
    return _Report((table,), [_record(claim) for claim in claims])


# -- export, validate, schema ------------------------------------------------------------


def _graphml_value(value: object) -> str | int | float | bool:
    """*value* as one of the scalar types GraphML can hold."""
    import json  # noqa: PLC0415 -- only needed for this export

    if isinstance(value, (str, int, float, bool)):
        return value
    if isinstance(value, tuple) and all(isinstance(item, str) for item in value):  # pyright: ignore[reportUnknownVariableType] -- checked item by item
        return "|".join(value)  # pyright: ignore[reportUnknownArgumentType] -- every item is a str
    return json.dumps(value, ensure_ascii=False, default=str)


def _write_graphml(registry: Registry, path: Path) -> None:
    import importlib  # noqa: PLC0415 -- only needed for this export

    from nmda_pain.exports import to_networkx  # noqa: PLC0415 -- networkx is an optional extra

    graph: Any = to_networkx(registry)  # raises the ImportError that names the extra
    attributes: list[dict[str, object]] = [data for _, data in graph.nodes(data=True)]
    attributes += [data for _, _, data in graph.edges(data=True)]
    for data in attributes:
        for key, value in list(data.items()):
            if value is None:
                del data[key]  # GraphML has no null: an absent attribute says the same
            else:
                data[key] = _graphml_value(value)
    networkx: Any = importlib.import_module("networkx")
    networkx.write_graphml(graph, str(path))


def _export(registry: Registry, target: str, output: Path | None) -> None:
    import json  # noqa: PLC0415 -- only needed for this command

    from nmda_pain import exports  # noqa: PLC0415 -- the exports load only when asked for
    from nmda_pain.serialization import dump, to_json  # noqa: PLC0415 -- as above

    if output is None and target in _NEEDS_PATH:
        what = "a directory" if target == "kgx" else "a file"
        msg = f"export {target} writes files: give {what} with -o PATH"
        raise _Usage(msg)
    references = tuple(registry.references)
    if registry.source is not None:
        references = (registry.source, *references)
    written: tuple[Path, ...] = ()
    if target == "json":
        if output is None:
            sys.stdout.write(to_json(registry, indent=2) + "\n")
        else:
            dump(registry, output)
            written = (output,)
    elif target == "kgx":
        assert output is not None  # noqa: S101 -- checked above
        written = exports.write_kgx(registry, output)
    elif target == "sqlite":
        assert output is not None  # noqa: S101 -- checked above
        exports.write_sqlite(registry, output)
        written = (output,)
    elif target == "graphml":
        assert output is not None  # noqa: S101 -- checked above
        _write_graphml(registry, output)
        written = (output,)
    else:
        text = (
            json.dumps(exports.to_csl_json(references), indent=2, ensure_ascii=False) + "\n"
            if target == "csl-json"
            else exports.to_bibtex(references)
        )
        if output is None:
            sys.stdout.write(text)
        else:
            output.write_text(text, encoding="utf-8")
            written = (output,)
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
    report = commands[command]()
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
