"""The ``nmda-pain`` command: explore, query, export and check registries in the terminal.

The command parses arguments, asks the library (the queries, the registry's
lookups, the views of :mod:`nmda_pain.views`) and sets the exit status; every
domain rule (how a predicate is spelled, which agents are *for* a condition,
which names are suggested) is the library's, so the command and the library
never disagree. A view is printed as a rich table in a terminal when rich is
installed, and as plain aligned text otherwise; ``--format json`` prints the
view's JSON data instead, for scripts.

Where a record comes from is read from the registry in hand, never from the
registries the package ships: those are loaded only when ``--registry`` is not
given, to be the registry asked (and, for a name it does not know, to say
whether the extended registry knows it).

Exit status: 0 on success; 1 for invalid data (a registry file or a document
that does not load), a name that matches nothing, or an export that cannot be
written or whose optional dependency is missing (the message names the extra
to install); 2 for a usage error.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Final, NoReturn

from nmda_pain import exports
from nmda_pain._atomic import replacing
from nmda_pain._text import clean, closest_names
from nmda_pain._version import __version__
from nmda_pain.data import default_registry, extended_registry
from nmda_pain.errors import NmdaPainError, RegistryFormatError, UnknownEntityError
from nmda_pain.interchange import MAX_DOCUMENT_SIZE, dump, from_json, json_schema, load, to_json
from nmda_pain.model import Certainty
from nmda_pain.queries import find_claims
from nmda_pain.registry import FAMILIES
from nmda_pain.views import (
    View,
    agents_for_view,
    claims_view,
    entity_view,
    list_view,
    overview_view,
    reference_view,
)
from nmda_pain.views._text import dump_json, emit, render_plain, safe_write
from nmda_pain.views.labels import counted, words

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

    from nmda_pain.registry import Registry

__all__ = ["main", "overview"]

_EXIT_OK: Final = 0
_EXIT_INVALID: Final = 1

#: The families ``list`` takes, as the command line spells them.
_LISTS: Final = {family.replace("_", "-"): family for family in FAMILIES}
_EXPORTS: Final = ("json", "kgx", "sqlite", "csl-json", "bibtex", "graphml", "sssom", "nanopubs")
#: The targets that write files only, each with the library's writer for one file (kgx writes a folder).
_FILE_WRITERS: Final[dict[str, Callable[[Registry, Path], Path]]] = {
    "sqlite": exports.write_sqlite,
    "graphml": exports.write_graphml,
    "sssom": exports.write_sssom,
    "nanopubs": exports.write_nanopubs,
}
_NEEDS_PATH: Final = frozenset({"kgx", *_FILE_WRITERS})
_STDIN: Final = "-"
_INVALID_CHOICE: Final = re.compile(
    r"invalid choice: '(?P<given>.*)' \(choose from (?P<choices>.*)\)"
)


class _Usage(Exception):  # noqa: N818 -- internal signal, never seen by users
    """A usage error found after parsing; reported by argparse with exit status 2."""


class _Failure(Exception):  # noqa: N818 -- internal signal, never seen by users
    """A failure to report on stderr with exit status 1."""


class _Parser(argparse.ArgumentParser):
    """argparse, with a "did you mean" for a mistyped command, family or format."""

    def error(self, message: str) -> NoReturn:
        found = _INVALID_CHOICE.search(message)
        if found is not None:
            choices = re.findall(r"'([^']*)'", found["choices"])
            suggestions = closest_names(found["given"], choices)
            if suggestions:
                message += f"; did you mean {' or '.join(repr(s) for s in suggestions)}?"
        super().error(clean(message))


def _parser() -> argparse.ArgumentParser:
    parser = _Parser(
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
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

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
    agents_for = command(
        "agents-for",
        "the agents the registry says treat, attenuate or prevent a condition "
        "(nmda_pain.agents_for_condition), each with the claims behind it",
    )
    agents_for.add_argument(
        "condition", metavar="CONDITION", help="a condition's id, name or synonym"
    )
    agents_for.add_argument(
        "--include-approved",
        action="store_true",
        help="also the agents a regulator approved for it (from beyond the article, labelled as "
        "approvals)",
    )
    _add_filters(agents_for)
    claims = command("claims", "the claims that match every filter given (nmda_pain.find_claims)")
    claims.add_argument("--subject", metavar="X", help="the subject entity's id, name or synonym")
    claims.add_argument(
        "--predicate",
        metavar="P",
        help="a predicate, such as 'treats' or 'causes adverse effect' (case, spaces, "
        "hyphens and underscores are ignored)",
    )
    claims.add_argument("--object", metavar="Y", help="the object entity's id, name or synonym")
    claims.add_argument("--reference", metavar="R", help="a reference's id or number")
    _add_filters(claims)
    export = command("export", "write the registry in another format")
    export.add_argument(
        "target",
        choices=_EXPORTS,
        metavar="FORMAT",
        help=f"{', '.join(_EXPORTS)} (sssom: the mappings as SSSOM/TSV; nanopubs: each claim as a "
        "nanopublication in TriG; graphml needs the networkx extra, nanopubs the rdf extra)",
    )
    to_stdout = [target for target in _EXPORTS if target not in _NEEDS_PATH]
    export.add_argument(
        "-o",
        "--output",
        metavar="PATH",
        type=Path,
        help=f"where to write (a directory for kgx); {', '.join(to_stdout[:-1])} and "
        f"{to_stdout[-1]} go to stdout without it",
    )
    command("validate", "check registry documents and list every problem").add_argument(
        "files",
        metavar="FILE",
        nargs="+",
        help="the JSON documents to check; - reads one from standard input",
    )
    command("schema", "print the JSON Schema of registry documents")
    return parser


def _add_global_options(parser: argparse.ArgumentParser, *, subcommand: bool) -> None:
    """The options every command takes, before or after the command's name.

    Each defaults to "not given" (``None``), so that a command can refuse one
    that has no effect on it, and an option after the name never undoes one
    given before it.
    """
    default: object = argparse.SUPPRESS if subcommand else None
    parser.add_argument(
        "--registry",
        metavar="FILE",
        type=Path,
        default=default,
        help="use the registry in this JSON file instead of the shipped one",
    )
    parser.add_argument(
        "--extended",
        action="store_const",
        const=True,
        default=default,
        help="use the extended registry (the article plus pharmacology and agents from beyond it, "
        "each citing its sources)",
    )
    parser.add_argument(
        "--format",
        choices=("table", "json"),
        default=default,
        help="table (for people, the default) or json (for scripts)",
    )


def _add_filters(parser: argparse.ArgumentParser) -> None:
    """The evidence filters every query takes, as options."""
    parser.add_argument(
        "--min-certainty",
        metavar="C",
        help=f"keep claims stated at least this strongly: {', '.join(c.value for c in Certainty)}",
    )
    parser.add_argument(
        "--min-evidence-level",
        metavar="N",
        type=int,
        help="keep claims whose best verified reference reaches this Oxford CEBM 2011 level "
        "(1 strongest to 5)",
    )
    parser.add_argument(
        "--verified-only",
        action="store_true",
        help="ignore unverified references; drop claims with no verified reference left",
    )


def overview(registry: Registry) -> str:
    """The text that ``nmda-pain overview`` prints for *registry* (:func:`nmda_pain.views.overview_view`).

    .. versionadded:: 0.1.0
    """
    return render_plain(overview_view(registry).blocks)


# -- the commands that show a view ---------------------------------------------------------


def _show(registry: Registry, name: str) -> View:
    try:
        entity = registry.resolve(name)
    except UnknownEntityError as exc:
        try:
            reference = registry.reference(name)
        except UnknownEntityError as missing:
            # The library's suggestions: names close to an entity's, else ids close to a reference's.
            raise (missing if missing.suggestions and not exc.suggestions else exc) from None
        return reference_view(reference, registry)
    return entity_view(entity, registry)


def _claims(registry: Registry, arguments: argparse.Namespace) -> View:
    claims = find_claims(
        subject=arguments.subject,
        predicate=arguments.predicate,
        object=arguments.object,
        reference=arguments.reference,
        min_certainty=arguments.min_certainty,
        min_evidence_level=arguments.min_evidence_level,
        include_unverified=not arguments.verified_only,
        registry=registry,
    )
    return claims_view(claims, registry)


def _agents_for(registry: Registry, arguments: argparse.Namespace) -> View:
    return agents_for_view(
        arguments.condition,
        registry,
        include_approved=arguments.include_approved,
        min_certainty=arguments.min_certainty,
        min_evidence_level=arguments.min_evidence_level,
        include_unverified=not arguments.verified_only,
    )


def _extended_hint(exc: UnknownEntityError, registry: Registry) -> str:
    """A hint that the extended registry, not the one in use, knows *exc*'s query, or ``""``."""
    if exc.belongs_to is not None or exc.query in registry.index.references:
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
        return (dump(registry, output),)
    if target == "kgx":
        return exports.write_kgx(registry, output)
    if target in _FILE_WRITERS:
        return (_FILE_WRITERS[target](registry, output),)
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
        safe_write(sys.stdout, _export_text(registry, target))
        return
    try:
        written = _export_files(registry, target, output)
    except OSError as exc:
        # The error may name a temporary file beside the target: report the path the user gave.
        msg = f"cannot write {output}: {exc.strerror or exc}"
        raise _Failure(msg) from None
    for path in written:
        safe_write(sys.stderr, f"nmda-pain: wrote {clean(str(path))}\n")


def _read(name: str) -> Registry:
    """The registry in the file *name*, or on standard input for ``-``.

    A file is read by :func:`~nmda_pain.load`, which refuses what is not a
    regular file and a file over the document limit before reading it;
    standard input is read up to one byte past the limit, which
    :func:`~nmda_pain.from_json` then refuses.
    """
    try:
        if name == _STDIN:
            return from_json(sys.stdin.buffer.read(MAX_DOCUMENT_SIZE + 1))
        return load(name)
    except OSError as exc:
        msg = f"cannot read {clean(name)}: {clean(str(exc.strerror or exc))}"
        raise _Failure(msg) from None


def _check(name: str) -> dict[str, object]:
    """What ``validate`` reports of one document: valid or not, its problems, its counts."""
    shown = "standard input" if name == _STDIN else name
    try:
        registry = _read(name)
    except RegistryFormatError as exc:
        return {"file": shown, "valid": False, "problems": list(exc.errors)}
    counts = {family: len(getattr(registry, family)) for family in FAMILIES}
    return {"file": shown, "valid": True, "problems": [], "counts": counts}


def _validate(names: Sequence[str], data_format: str) -> int:
    if list(names).count(_STDIN) > 1:
        msg = "standard input (-) can be read only once"
        raise _Usage(msg)
    reports = [_check(name) for name in names]
    if data_format == "json":
        dump_json(reports[0] if len(reports) == 1 else reports, sys.stdout)
    else:
        lines: list[str] = []
        for report in reports:
            problems: list[str] = report["problems"]  # type: ignore[assignment]
            where = clean(str(report["file"]))
            if report["valid"]:
                counts: dict[str, int] = report["counts"]  # type: ignore[assignment]
                summary = ", ".join(counted(n, words(family)) for family, n in counts.items())
                lines.append(f"{where}: a valid registry document ({summary})")
            else:
                lines.append(
                    f"{where}: not a valid registry document "
                    f"({counted(len(problems), 'problems')}):"
                )
                lines += [f"  {clean(problem)}" for problem in problems]
        safe_write(sys.stdout, "\n".join(lines) + "\n")
    return _EXIT_OK if all(report["valid"] for report in reports) else _EXIT_INVALID


# -- main --------------------------------------------------------------------------------


def _refuse_options_without_effect(command: str, arguments: argparse.Namespace) -> None:
    """A usage error for an option given where it changes nothing."""
    unused: list[str] = []
    if command in {"validate", "schema"}:
        unused += [
            option
            for option, given in (
                ("--registry", arguments.registry),
                ("--extended", arguments.extended),
            )
            if given is not None
        ]
    if command in {"schema", "export"} and arguments.format is not None:
        unused.append("--format")
    if unused:
        why = {
            "validate": "it checks the files given",
            "schema": "the schema is the same for every registry, and JSON",
            "export": "the export's format is its FORMAT argument",
        }[command]
        msg = f"{' and '.join(unused)} {'has' if len(unused) == 1 else 'have'} no effect on {command}: {why}"
        raise _Usage(msg)


def _load(arguments: argparse.Namespace) -> Registry:
    path: Path | None = arguments.registry
    if path is not None:
        if arguments.extended:
            msg = "give --registry FILE or --extended, not both"
            raise _Usage(msg)
        try:
            return load(path)
        except (NmdaPainError, OSError) as exc:
            msg = f"cannot use {path}: {exc}"
            raise _Failure(msg) from None
    return extended_registry() if arguments.extended else default_registry()


def _run(arguments: argparse.Namespace) -> int:
    command: str = arguments.command or "overview"
    _refuse_options_without_effect(command, arguments)
    data_format: str = arguments.format or "table"
    if command == "validate":
        return _validate(arguments.files, data_format)
    if command == "schema":
        dump_json(json_schema(), sys.stdout)
        return _EXIT_OK
    registry = _load(arguments)
    if command == "export":
        _export(registry, arguments.target, arguments.output)
        return _EXIT_OK
    commands: dict[str, Callable[[], View]] = {
        "overview": lambda: overview_view(registry),
        "list": lambda: list_view(registry, _LISTS[arguments.family]),
        "show": lambda: _show(registry, arguments.name),
        "agents-for": lambda: _agents_for(registry, arguments),
        "claims": lambda: _claims(registry, arguments),
    }
    try:
        view = commands[command]()
    except UnknownEntityError as exc:
        shipped = arguments.registry is None and not arguments.extended
        hint = _extended_hint(exc, registry) if shipped and exc.looked_for != "predicate" else ""
        if not hint:
            raise
        msg = f"{exc}{hint}"
        raise _Failure(msg) from None
    except (ValueError, TypeError) as exc:  # a filter's value, as the query words the problem
        raise _Usage(str(exc)) from None
    if data_format == "json":
        dump_json(view.data, sys.stdout)
    else:
        emit(view.blocks, sys.stdout)
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
        safe_write(sys.stderr, f"nmda-pain: {clean(str(exc))}\n")
        return _EXIT_INVALID
    return status
