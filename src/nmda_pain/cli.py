"""The ``nmda-pain`` command: an overview of a registry in the terminal.

The command only parses arguments, asks :mod:`nmda_pain.queries` and prints.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from nmda_pain._version import __version__
from nmda_pain.errors import NmdaPainError
from nmda_pain.model import AgentKind, Claim, Predicate
from nmda_pain.queries import THERAPEUTIC_PREDICATES, find_claims
from nmda_pain.serialization import from_json
from nmda_pain.shipped import default_registry

if TYPE_CHECKING:
    from collections.abc import Sequence

    from nmda_pain.model import Agent
    from nmda_pain.registry import Registry

__all__ = ["main", "overview"]

_EXIT_OK = 0
_EXIT_INVALID = 1


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="nmda-pain",
        description=(
            "Explore the knowledge model of 'NMDA Antagonists: Pain Management's Complex "
            "Mechanisms' (El-Sayed, 2025). The data restate one review article; they are not "
            "clinical advice."
        ),
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--registry",
        metavar="FILE",
        type=Path,
        help="use the registry in this JSON file instead of the shipped one",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    commands.add_parser("overview", help="the registry at a glance (the default)")
    return parser


def _cites(registry: Registry, claim: Claim) -> str:
    numbers: list[str] = []
    for reference_id in claim.references:
        number = registry.reference(reference_id).number
        numbers.append(str(number) if number is not None else reference_id)
    return f"[{', '.join(numbers)}]"


def _describe(registry: Registry, claims: tuple[Claim, ...], *, verb: bool) -> str:
    parts: list[str] = []
    for claim in claims:
        target = registry.index.by_id[claim.object].name
        certainty = claim.certainty.value.replace("_", " ")
        relation = f"{claim.predicate.value.replace('_', ' ')} " if verb else ""
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
        label = f"[{reference.number}]" if reference.number is not None else f"[{reference.id}]"
        lines.append(f"  {label} {reference.citation} ({reference.verification.value})")
    return "\n".join(lines)


def _load(path: Path | None) -> Registry:
    if path is None:
        return default_registry()
    return from_json(path.read_bytes())


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status.

    Exit status 0 on success, 1 when the registry file cannot be read or is
    invalid, 2 on a usage error (from :mod:`argparse`).

    .. versionadded:: 0.1.0
    """
    arguments = _parser().parse_args(argv)
    try:
        registry = _load(arguments.registry)
    except (NmdaPainError, OSError) as exc:
        print(f"nmda-pain: cannot use {arguments.registry}: {exc}", file=sys.stderr)
        return _EXIT_INVALID
    print(overview(registry))
    return _EXIT_OK
