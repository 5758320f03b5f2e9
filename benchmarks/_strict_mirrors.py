"""msgspec and pydantic v2 mirrors of the nmda_pain document with the validation ``from_json`` does.

The types-only mirrors of ``_mirrors.py`` check the shape of a document and
nothing more; these check every rule ``nmda_pain.from_json`` enforces that the
two frameworks can express, each in its own idiom, so that a load is compared
with a load doing the same work (issue 15). ``tests/test_benchmark_mirrors.py``
shows it: each mirror refuses each of a corpus of bad documents, one broken rule
each, that ``from_json`` refuses, and accepts the documents it accepts.

The rules are written here, not borrowed: nothing calls nmda_pain's validators,
its converter or its registry checks. What the mirrors read from nmda_pain is
data: the record classes (fields, types, defaults, which validator guards each
field, the bounds in a field's schema metadata), the predicate table
(``PREDICATES``: which families a predicate links, which take a mode of action
or mechanisms), the CURIE prefixes with their local-id patterns and spellings,
and the Unicode table of default-ignorable code points that names are folded
without. The mirrors are generated from the attrs model as ``_mirrors.py``'s
are, and a validator or a record rule they do not know stops the generation
(``TypeError``), so that the mirrors cannot fall silently behind the model.

Field rules (a field's validator picks its rule):

* ids: a lowercase slug; texts: no surrounding whitespace, not empty, no
  control character, no lone surrogate or Unicode noncharacter; prose (notes,
  descriptions): the same, but it may be empty and hold tabs and line breaks;
  DOIs, PubMed and PMC ids, URLs: their patterns; years and reference numbers:
  their bounds; measured values: finite numbers; CURIEs: a known prefix (in any
  of its spellings) and a local id matching its pattern;
* arrays: duplicate-free where the model says so, at least one item where it
  says so (evidence, sources).

Record rules: which predicates take a mode of action and affinities, and which
name mechanisms (``via``); a claim links two entities and cites each reference
once; a reference needs something to be cited by, and its institutional
authors are some of its authors, in their order; only a related match has a
direction; a name and its synonyms fold to different, non-empty names, none
mixing Latin, Cyrillic and Greek letters.

Cross-record rules (:func:`cross_record_problems`, plain Python shared by both
mirrors): unique ids across the entity families, unique reference ids and
numbers, the article not among its references, unique names once folded,
every id a claim, evidence, affinity, mapping or receptor names exists and is
of the family its place needs, an affinity measured at the claim's object or a
subunit of it, evidence of a numbered reference naming its sections, one claim
per (subject, predicate, object), one mapping per (subject, term), one entity
per exact term, ``member_of`` objects that are drug classes with no cycle
among them, a direction only on a mechanism's mapping, every reference cited.

* msgspec: ``Meta`` constraints (patterns, bounds, lengths) on the Struct
  fields, a ``__post_init__`` per record for duplicate-free arrays, CURIEs and
  the record rules, and the cross-record check after ``decode``.
* pydantic: ``StringConstraints`` and ``Field`` constraints (patterns with its
  Rust regex engine, bounds, lengths, ``allow_inf_nan=False``),
  ``AfterValidator`` for duplicate-free arrays and CURIEs, a
  ``model_validator(mode="after")`` per record for the record rules and on the
  document for the cross-record check.

Not mirrored, since neither framework gives a decoder the means: a key
repeated in one JSON object (both keep the last value; ``from_json`` refuses
the document), a number so small that it reads as 0.0 (``1e-400``, which
``from_json`` refuses as out of a float's range), and the 1 GiB cap on a
document's size, which is a guard on input rather than a rule of the format.
Lone surrogates need no rule of their own: both parsers refuse one.

``python benchmarks/_strict_mirrors.py`` decodes the shipped and synthetic
documents with both mirrors.
"""

from __future__ import annotations

import dataclasses
import enum
import functools
import re
import types
import typing
import unicodedata
from collections.abc import Callable
from typing import Annotated, Any, Literal

import attrs
from _mirrors import record_fields

import nmda_pain
from nmda_pain import _text
from nmda_pain.interchange.document import FORMAT, FORMAT_VERSION
from nmda_pain.model import PREDICATES, AgentKind, Curie, MatchPredicate, Predicate, identifiers
from nmda_pain.registry import ENTITY_FAMILIES, RECORD_TYPES

# -- Characters -----------------------------------------------------------------------------

_PLANES = 17
_SURROGATES = (0xD800, 0xDFFF)
_NONCHARACTERS = ((0xFDD0, 0xFDEF), *((p << 16 | 0xFFFE, p << 16 | 0xFFFF) for p in range(_PLANES)))
"""The code points that are no text: U+FDD0 to U+FDEF and the last two of every plane."""

_CONTROLS = ((0x00, 0x1F), (0x7F, 0x9F))
"""C0, DEL and C1: no text holds one."""
_PROSE_CONTROLS = ((0x00, 0x08), (0x0B, 0x1F), (0x7F, 0x9F))
"""The controls prose may not hold: all but the tab and the line feed."""


def _python_class(ranges: tuple[tuple[int, int], ...]) -> str:
    return "".join(f"\\U{low:08x}-\\U{high:08x}" for low, high in ranges)


def _rust_class(ranges: tuple[tuple[int, int], ...]) -> str:
    return "".join(f"\\x{{{low:X}}}-\\x{{{high:X}}}" for low, high in ranges)


def _patterns(
    character_class: Callable[[tuple[tuple[int, int], ...]], str],
    *,
    start: str,
    end: str,
    not_text: tuple[tuple[int, int], ...],
    digit: str = r"\d",
) -> dict[str, str]:
    """The pattern of each kind of string, anchored with *start* and *end* for one regex engine."""
    bad = character_class((*_CONTROLS, *not_text))
    prose_bad = character_class((*_PROSE_CONTROLS, *not_text))
    edge = f"[^\\s{bad}]"  # a first or last character: no space either
    text = f"{edge}(?:[^{bad}]*{edge})?"
    return {
        "slug": f"{start}[a-z0-9]+(?:-[a-z0-9]+)*{end}",
        "text": f"{start}{text}{end}",
        "prose": f"{start}(?:{edge}(?:[^{prose_bad}]*{edge})?)?{end}",
        "doi": f"{start}10\\.{digit}{{4,9}}/{edge}+{end}",
        "pmid": f"{start}[1-9]{digit}{{0,9}}{end}",
        "pmcid": f"{start}PMC{digit}{{1,10}}{end}",
        "url": f"{start}https?://{edge}+{end}",
    }


def _python_digits() -> tuple[tuple[int, int], ...]:
    """The code points Python's ``\\d`` matches (``str.isdecimal``), as ranges."""
    ranges: list[tuple[int, int]] = []
    for code in range(0x110000):
        if chr(code).isdecimal():
            if ranges and ranges[-1][1] == code - 1:
                ranges[-1] = (ranges[-1][0], code)
            else:
                ranges.append((code, code))
    return tuple(ranges)


# msgspec matches with Python's re.search: anchored at both ends (\Z, since $ also matches
# before a final line break). Python's \s is str.isspace, which is what str.strip() strips.
PYTHON_PATTERNS = _patterns(
    _python_class, start=r"\A", end=r"\Z", not_text=(_SURROGATES, *_NONCHARACTERS)
)


@functools.cache
def rust_patterns() -> dict[str, str]:
    """The patterns for pydantic, which matches with the Rust regex crate.

    Its ``\\s`` is Unicode's White_Space, which differs from Python's only on
    control characters (no text holds one). Its ``\\d`` follows a newer Unicode
    than this Python's, so the digits are spelled out as Python's. Rust strings
    hold no surrogate, and pydantic's parser refuses a lone one, so the classes
    leave them out.
    """
    digit = f"[{_rust_class(_python_digits())}]"
    return _patterns(_rust_class, start="^", end="$", not_text=_NONCHARACTERS, digit=digit)


_MAX_FLOAT = 1.7976931348623157e308

# -- CURIEs ---------------------------------------------------------------------------------

# Every spelling of a prefix that a CURIE may use, folded: the model's table of them.
_SPELLINGS: dict[str, str] = dict(identifiers._SPELLINGS)
_LOCAL_IDS = {prefix: re.compile(entry.regex) for prefix, entry in identifiers.PREFIXES.items()}
_NOT_IN_AN_ID = re.compile(f"[\\s{_python_class((*_CONTROLS, _SURROGATES, *_NONCHARACTERS))}]")


def curie_key(text: str) -> str:
    """The canonical form of the CURIE *text* (``CHEBI:6121`` gives ``chebi:6121``); ``ValueError`` if it is none."""
    prefix, colon, local = text.strip().partition(":")
    canonical = _SPELLINGS.get(prefix.casefold()) if colon and local else None
    if canonical is None:
        msg = f"{text!r} is no CURIE of a known prefix"
        raise ValueError(msg)
    if _NOT_IN_AN_ID.search(local) is not None or _LOCAL_IDS[canonical].fullmatch(local) is None:
        msg = f"{local!r} is no valid local id of {canonical}"
        raise ValueError(msg)
    return f"{canonical}:{local}"


# -- Names ----------------------------------------------------------------------------------

_ASCII_SEPARATORS = {c: None for c in range(128) if chr(c).isspace() or chr(c) in "-_"}
_SEPARATORS = re.compile(r"[\s_\-\u2010-\u2015\u2212]+")
_IGNORABLE = re.compile(f"[{_python_class(_text.DEFAULT_IGNORABLE)}]+")
_LOOKALIKE_SCRIPTS = frozenset({"LATIN", "CYRILLIC", "GREEK"})


def fold(name: str) -> str:
    """*name* as names are compared: no case, spaces, hyphens, dashes, underscores, invisible characters; NFKC."""
    if name.isascii():
        return name.translate(_ASCII_SEPARATORS).lower()
    visible = unicodedata.normalize("NFKC", _IGNORABLE.sub("", name))
    return _SEPARATORS.sub("", unicodedata.normalize("NFKC", visible.casefold()))


@functools.lru_cache(maxsize=4096)
def _scripts(char: str) -> frozenset[str]:
    """The lookalike scripts of the letters *char* stands for, in its NFKC form."""
    return frozenset(
        script
        for letter in unicodedata.normalize("NFKC", char)
        if unicodedata.category(letter).startswith("L")
        and (script := unicodedata.name(letter, "").partition(" ")[0]) in _LOOKALIKE_SCRIPTS
    )


def _mixes_scripts(name: str) -> bool:
    if name.isascii():
        return False
    seen: set[str] = set()
    for char in name:
        seen |= _scripts(char)
    return len(seen) > 1


# -- Record rules (run on a record whose fields have passed their own rules) ------------------


@dataclasses.dataclass(frozen=True)
class _Predicate:
    subject: str
    object: str
    takes_mode: bool
    takes_via: bool


_FAMILY_OF_TYPE = {RECORD_TYPES[name]: name for name in ENTITY_FAMILIES}
_PREDICATES = {
    predicate: _Predicate(
        _FAMILY_OF_TYPE[rule.subject], _FAMILY_OF_TYPE[rule.object], rule.takes_mode, rule.takes_via
    )
    for predicate, rule in PREDICATES.items()
}


def _names_rule(record: Any) -> None:
    """A name and its synonyms: each folds to something, mixes no lookalike scripts, differs from the others."""
    seen: set[str] = set()
    for name in (record.name, *record.synonyms):
        key = fold(name)
        if not key:
            msg = f"{name!r} names nothing once folded"
            raise ValueError(msg)
        if _mixes_scripts(name):
            msg = f"{name!r} mixes Latin, Cyrillic or Greek letters"
            raise ValueError(msg)
        if key in seen:
            msg = f"{name!r} repeats a name of the record"
            raise ValueError(msg)
        seen.add(key)


def _claim_rule(claim: Any) -> None:
    rule = _PREDICATES[claim.predicate]
    if not rule.takes_mode and (claim.mode is not None or claim.affinities):
        msg = f"{claim.predicate.value!r} claims take no mode or affinities"
        raise ValueError(msg)
    if not rule.takes_via and claim.via:
        msg = f"{claim.predicate.value!r} claims name no mechanism they are mediated by"
        raise ValueError(msg)
    if claim.subject == claim.object:
        msg = f"subject and object are both {claim.subject!r}"
        raise ValueError(msg)
    cited = [item.reference for item in claim.evidence]
    if len(cited) > 1 and len(set(cited)) != len(cited):
        msg = "the evidence cites a reference more than once"
        raise ValueError(msg)


def _reference_rule(reference: Any) -> None:
    handles = (reference.doi, reference.pmid, reference.pmcid, reference.accession, reference.url)
    if (
        reference.title is None
        and reference.journal is None
        and not reference.authors
        and all(handle is None for handle in handles)
    ):
        msg = f"reference {reference.id!r} has nothing to be cited by"
        raise ValueError(msg)
    if reference.institutional_authors:
        authors = iter(reference.authors)
        if not all(name in authors for name in reference.institutional_authors):
            msg = "institutional_authors must be some of the authors, in their order"
            raise ValueError(msg)


def _mapping_rule(mapping: Any) -> None:
    if mapping.direction is not None and mapping.predicate is not MatchPredicate.RELATED:
        msg = "only a related match has a direction"
        raise ValueError(msg)


_RECORD_RULES: dict[str, Callable[[Any], None]] = {
    "Claim": _claim_rule,
    "Reference": _reference_rule,
    "Mapping": _mapping_rule,
}
"""The rules of each record class beyond its fields' (its ``__attrs_post_init__`` and the like)."""

# -- Field rules, by the model's validator ----------------------------------------------------


@dataclasses.dataclass(frozen=True)
class Rule:
    """What a field holds beyond its type: the kind of its strings (or its items'), and array rules."""

    kind: str | None = None
    unique: bool = False
    nonempty: bool = False
    bounds: tuple[int, int] | None = None
    record_rule: bool = False  # part of the rule lives in the record's rule
    names: bool = False  # the record's name and these synonyms obey the names rule


_BY_VALIDATOR: dict[str, Rule] = {
    "check_slug": Rule("slug"),
    "check_optional_slug": Rule("slug"),
    "check_text": Rule("text"),
    "check_optional_text": Rule("text"),
    "check_prose": Rule("prose"),
    "check_synonyms": Rule("text", unique=True, names=True),
    "check_text_tuple": Rule("text", unique=True),
    "check_nonempty_text_tuple": Rule("text", unique=True, nonempty=True),
    "check_slug_tuple": Rule("slug", unique=True),
    "check_sources": Rule("slug", unique=True, nonempty=True),
    "check_enum": Rule(),
    "check_optional_enum": Rule(),
    "check_enum_tuple": Rule(unique=True),
    "check_instances": Rule(unique=True),
    "instance_of": Rule(),
    "check_curie": Rule("curie"),
    "check_doi": Rule("doi"),
    "check_int_range": Rule(),  # its bounds are in the field's schema metadata
    "_check_evidence": Rule(nonempty=True, record_rule=True),  # each reference once: the claim's
    "_check_direction": Rule(record_rule=True),  # related matches only: the mapping's
}
_BY_CONVERTER: dict[str, Rule] = {"_finite_float": Rule("finite")}
# References check these three with one validator factory, each its own pattern.
_PATTERN_FIELDS = {"pmid", "pmcid", "url"}


def _validator_name(validator: object) -> str | None:
    if validator is None:
        return None
    if type(validator).__name__ == "_OptionalValidator":
        validator = validator.validator  # type: ignore[attr-defined]
    if type(validator).__name__ == "_InstanceOfValidator":
        return "instance_of"
    qualname: str = getattr(validator, "__qualname__", type(validator).__name__)
    return qualname.split(".<locals>", 1)[0]


def field_rule(cls: type, field: attrs.Attribute[Any]) -> Rule:
    """The rule of *field* of the record class *cls*, read from its validator (or converter)."""
    name = _validator_name(field.validator)
    if name == "_pattern_check" and field.name in _PATTERN_FIELDS:
        return Rule(field.name)
    if name is None and field.converter is not None:
        converter = getattr(field.converter, "__name__", "")
        if converter in _BY_CONVERTER:
            return _BY_CONVERTER[converter]
        msg = f"no strict mirror for the converter {converter!r} of {cls.__name__}.{field.name}"
        raise TypeError(msg)
    if name is None:  # no rule beyond the field's type
        return Rule()
    if name not in _BY_VALIDATOR:
        msg = f"no strict mirror for the validator {name!r} of {cls.__name__}.{field.name}"
        raise TypeError(msg)
    rule = _BY_VALIDATOR[name]
    if rule.record_rule and cls.__name__ not in _RECORD_RULES:
        msg = f"no strict mirror for the record rule of {cls.__name__}.{field.name}"
        raise TypeError(msg)
    if name == "check_int_range":
        schema = field.metadata["json_schema"]
        rule = dataclasses.replace(rule, bounds=(schema["minimum"], schema["maximum"]))
    return rule


# -- Cross-record rules (plain Python, shared by both mirrors) --------------------------------


def _has_cycle(parents: dict[str, list[str]]) -> bool:
    """Whether the classes, each with the classes it is a member of, form a cycle (Kahn's algorithm)."""
    incoming: dict[str, int] = {}
    for child, classes in parents.items():
        incoming.setdefault(child, 0)
        for parent in classes:
            incoming[parent] = incoming.get(parent, 0) + 1
    ready = [node for node, count in incoming.items() if count == 0]
    removed = 0
    while ready:
        node = ready.pop()
        removed += 1
        for parent in parents.get(node, ()):
            incoming[parent] -= 1
            if incoming[parent] == 0:
                ready.append(parent)
    return removed < len(incoming)


def cross_record_problems(document: Any) -> list[str]:
    """What makes the decoded *document*'s records inconsistent with each other; empty if nothing."""
    problems: list[str] = []
    family_of: dict[str, str] = {}
    records: dict[str, Any] = {}
    owners: dict[str, str] = {}
    for family in ENTITY_FAMILIES:
        for index, record in enumerate(getattr(document, family)):
            if record.id in family_of:
                problems.append(f"{family}[{index}].id: {record.id!r} is taken")
            else:
                family_of[record.id] = family
                records[record.id] = record
    for family in ENTITY_FAMILIES:
        for index, record in enumerate(getattr(document, family)):
            for name in (record.id, record.name, *record.synonyms):
                owner = owners.setdefault(fold(name), record.id)
                if owner != record.id:
                    problems.append(f"{family}[{index}]: {name!r} also names {owner!r}")
    references: set[str] = set()
    numbers: set[int] = set()
    numbered: set[str] = set()
    for index, reference in enumerate(document.references):
        if reference.id in references:
            problems.append(f"references[{index}].id: {reference.id!r} is taken")
        references.add(reference.id)
        if reference.number is not None:
            if reference.number in numbers:
                problems.append(f"references[{index}].number: {reference.number} is taken")
            numbers.add(reference.number)
            numbered.add(reference.id)
    if document.article is not None and document.article.id in references:
        problems.append("article.id: the article is one of its references")
    for index, receptor in enumerate(document.receptors):
        if receptor.subunit_of is not None and family_of.get(receptor.subunit_of) != "receptors":
            problems.append(f"receptors[{index}].subunit_of: no receptor {receptor.subunit_of!r}")
    cited: set[str] = set()
    claims: set[tuple[str, Predicate, str]] = set()
    classes: dict[str, list[str]] = {}
    for index, claim in enumerate(document.claims):
        key = (claim.subject, claim.predicate, claim.object)
        if key in claims:
            problems.append(f"claims[{index}]: repeats a claim")
        claims.add(key)
        rule = _PREDICATES[claim.predicate]
        if family_of.get(claim.subject) != rule.subject:
            problems.append(f"claims[{index}].subject: no {rule.subject} {claim.subject!r}")
        if family_of.get(claim.object) != rule.object:
            problems.append(f"claims[{index}].object: no {rule.object} {claim.object!r}")
        if claim.via:
            problems.extend(
                f"claims[{index}].via: no mechanism {mechanism!r}"
                for mechanism in claim.via
                if family_of.get(mechanism) != "mechanisms"
            )
        for affinity in claim.affinities:
            if family_of.get(affinity.target) != "receptors":
                problems.append(f"claims[{index}].affinities: no receptor {affinity.target!r}")
            elif claim.object not in {affinity.target, records[affinity.target].subunit_of}:
                problems.append(f"claims[{index}].affinities: {affinity.target!r} is off target")
            for reference in affinity.references:
                cited.add(reference)
                if reference not in references:
                    problems.append(f"claims[{index}].affinities: no reference {reference!r}")
        for item in claim.evidence:
            cited.add(item.reference)
            if item.reference not in references:
                problems.append(f"claims[{index}].evidence: no reference {item.reference!r}")
            elif item.reference in numbered and not item.sections:
                problems.append(f"claims[{index}].evidence: {item.reference!r} needs sections")
        if claim.predicate is Predicate.MEMBER_OF:
            target = records.get(claim.object)
            if family_of.get(claim.object) == "agents" and target.kind is not AgentKind.DRUG_CLASS:
                problems.append(f"claims[{index}].object: {claim.object!r} is no drug class")
            classes.setdefault(claim.subject, []).append(claim.object)
    if _has_cycle(classes):
        problems.append("claims: drug classes form a cycle")
    mappings: set[tuple[str, str]] = set()
    exact: dict[str, str] = {}
    for index, mapping in enumerate(document.mappings):
        term = curie_key(mapping.object)
        if (mapping.subject, term) in mappings:
            problems.append(f"mappings[{index}]: repeats a mapping")
        mappings.add((mapping.subject, term))
        family = family_of.get(mapping.subject)
        if family is None:
            problems.append(f"mappings[{index}].subject: no entity {mapping.subject!r}")
        elif mapping.direction is not None and family != "mechanisms":
            problems.append(f"mappings[{index}].direction: {mapping.subject!r} is no mechanism")
        if mapping.predicate is MatchPredicate.EXACT:
            owner = exact.setdefault(term, mapping.subject)
            if owner != mapping.subject:
                problems.append(f"mappings[{index}].object: {term} is {owner!r}'s exact match")
        for reference in mapping.references:
            cited.add(reference)
            if reference not in references:
                problems.append(f"mappings[{index}].references: no reference {reference!r}")
    problems.extend(
        f"references[{index}]: {reference.id!r} is cited by nothing"
        for index, reference in enumerate(document.references)
        if reference.id not in cited
    )
    return problems


def _summary(problems: list[str]) -> str:
    shown = "; ".join(problems[:5])
    return shown if len(problems) <= 5 else f"{shown}; and {len(problems) - 5} more"


def _duplicate_free(items: tuple[Any, ...]) -> tuple[Any, ...]:
    if len(items) > 1 and len(set(items)) != len(items):
        msg = "an item is listed more than once"
        raise ValueError(msg)
    return items


def _a_curie(text: str) -> str:
    curie_key(text)
    return text


# -- Generation -------------------------------------------------------------------------------


@dataclasses.dataclass
class _Hooks:
    """What a record class checks beyond its fields' types and constraints."""

    unique: list[str] = dataclasses.field(default_factory=list)
    curies: list[str] = dataclasses.field(default_factory=list)
    rules: list[Callable[[Any], None]] = dataclasses.field(default_factory=list)


class _Framework:
    """One framework's types for a rule: its constrained strings, numbers and arrays, and records."""

    def string(self, kind: str | None) -> Any:
        raise NotImplementedError

    def integer(self, bounds: tuple[int, int] | None) -> Any:
        raise NotImplementedError

    def number(self) -> Any:
        raise NotImplementedError

    def array(self, item: Any, rule: Rule) -> Any:
        raise NotImplementedError

    def record(self, name: str, fields: list[tuple[str, Any, Any]], hooks: _Hooks) -> type:
        raise NotImplementedError

    def document(self, fields: list[tuple[str, Any, Any]]) -> type:
        raise NotImplementedError


class _StrictMirror:
    """Translate the model's record classes into a framework's, with their rules."""

    def __init__(self, framework: _Framework) -> None:
        self.framework = framework
        self.classes: dict[type, type] = {}

    def translate(self, tp: Any, rule: Rule) -> Any:
        framework = self.framework
        if typing.get_origin(tp) in (typing.Union, types.UnionType):
            members = tuple(self.translate(a, rule) for a in typing.get_args(tp))
            return typing.Union[members]  # noqa: UP007
        if typing.get_origin(tp) is tuple:
            item, ellipsis = typing.get_args(tp)
            assert ellipsis is Ellipsis, tp
            return framework.array(
                self.translate(item, dataclasses.replace(rule, unique=False)), rule
            )
        if tp is Curie:
            return framework.string("curie")
        if tp is str:
            return framework.string(rule.kind)
        if tp is int:
            return framework.integer(rule.bounds)
        if tp is float:
            assert rule.kind == "finite", rule
            return framework.number()
        if tp in (bool, type(None)) or (isinstance(tp, type) and issubclass(tp, enum.Enum)):
            return tp
        if isinstance(tp, type) and attrs.has(tp):
            return self.record(tp)
        msg = f"no strict mirror for the model type {tp!r}"
        raise TypeError(msg)

    def record(self, cls: type) -> type:
        if cls in self.classes:
            return self.classes[cls]
        if "__attrs_post_init__" in vars(cls) and cls.__name__ not in _RECORD_RULES:
            msg = f"no strict mirror for the record rules of {cls.__name__}"
            raise TypeError(msg)
        hints = typing.get_type_hints(cls)
        hooks = _Hooks()
        fields: list[tuple[str, Any, Any]] = []
        names = False
        for field in attrs.fields(cls):
            rule = field_rule(cls, field)
            names = names or rule.names
            if rule.unique:
                hooks.unique.append(field.name)
            if hints[field.name] is Curie:
                hooks.curies.append(field.name)
            default = field.default
            if isinstance(default, attrs.Factory):  # type: ignore[arg-type]
                default = default.factory()
            fields.append((field.name, self.translate(hints[field.name], rule), default))
        if names:
            hooks.rules.append(_names_rule)
        if cls.__name__ in _RECORD_RULES:
            hooks.rules.append(_RECORD_RULES[cls.__name__])
        self.classes[cls] = self.framework.record(cls.__name__, fields, hooks)
        return self.classes[cls]

    def document(self) -> type:
        fields = [(n, self.translate(t, Rule()), attrs.NOTHING) for n, t in record_fields()]
        return self.framework.document(fields)


class _Msgspec(_Framework):
    def __init__(self) -> None:
        import msgspec

        self.msgspec = msgspec

    def string(self, kind: str | None) -> Any:
        if kind is None or kind == "curie":  # a CURIE is checked by its record's __post_init__
            return str
        return Annotated[str, self.msgspec.Meta(pattern=PYTHON_PATTERNS[kind])]

    def integer(self, bounds: tuple[int, int] | None) -> Any:
        if bounds is None:
            return int
        return Annotated[int, self.msgspec.Meta(ge=bounds[0], le=bounds[1])]

    def number(self) -> Any:
        return Annotated[float, self.msgspec.Meta(ge=-_MAX_FLOAT, le=_MAX_FLOAT)]

    def array(self, item: Any, rule: Rule) -> Any:
        array = tuple[item, ...]  # type: ignore[valid-type]
        return Annotated[array, self.msgspec.Meta(min_length=1)] if rule.nonempty else array

    def record(self, name: str, fields: list[tuple[str, Any, Any]], hooks: _Hooks) -> type:
        namespace: dict[str, Any] = {}
        if hooks.unique or hooks.curies or hooks.rules:
            namespace["__post_init__"] = _post_init(hooks)
        return self._struct(name, fields, namespace)

    def document(self, fields: list[tuple[str, Any, Any]]) -> type:
        header = [("format", Literal[FORMAT], attrs.NOTHING)]
        header.append(("format_version", Literal[FORMAT_VERSION], attrs.NOTHING))
        return self._struct("Document", header + fields, {})

    def _struct(
        self, name: str, fields: list[tuple[str, Any, Any]], namespace: dict[str, Any]
    ) -> type:
        spec = [(n, t) if d is attrs.NOTHING else (n, t, d) for n, t, d in fields]
        return self.msgspec.defstruct(  # type: ignore[no-any-return]
            name,
            spec,
            frozen=True,
            kw_only=True,
            forbid_unknown_fields=True,
            module=__name__,
            namespace=namespace,
        )


def _post_init(hooks: _Hooks) -> Callable[[Any], None]:
    unique, curies, rules = tuple(hooks.unique), tuple(hooks.curies), tuple(hooks.rules)

    def __post_init__(self: Any) -> None:  # noqa: N807 -- msgspec's hook
        for name in unique:
            items = getattr(self, name)
            if len(items) > 1 and len(set(items)) != len(items):
                msg = f"{name} lists an item more than once"
                raise ValueError(msg)
        for name in curies:
            curie_key(getattr(self, name))
        for rule in rules:
            rule(self)

    return __post_init__


class _Pydantic(_Framework):
    def __init__(self) -> None:
        import pydantic

        self.pydantic = pydantic
        self.config = pydantic.ConfigDict(frozen=True, extra="forbid", strict=True)

    def string(self, kind: str | None) -> Any:
        if kind is None:
            return str
        if kind == "curie":
            return Annotated[str, self.pydantic.AfterValidator(_a_curie)]
        return Annotated[str, self.pydantic.StringConstraints(pattern=rust_patterns()[kind])]

    def integer(self, bounds: tuple[int, int] | None) -> Any:
        if bounds is None:
            return int
        return Annotated[int, self.pydantic.Field(ge=bounds[0], le=bounds[1])]

    def number(self) -> Any:
        return Annotated[float, self.pydantic.Field(allow_inf_nan=False)]

    def array(self, item: Any, rule: Rule) -> Any:
        constraints: list[Any] = []
        if rule.nonempty:
            constraints.append(self.pydantic.Field(min_length=1))
        if rule.unique:
            constraints.append(self.pydantic.AfterValidator(_duplicate_free))
        array = tuple[item, ...]  # type: ignore[valid-type]
        return Annotated[(array, *constraints)] if constraints else array

    def record(self, name: str, fields: list[tuple[str, Any, Any]], hooks: _Hooks) -> type:
        validators = {}
        if hooks.rules:
            validators["record_rules"] = self.pydantic.model_validator(mode="after")(
                _record_rules(tuple(hooks.rules))
            )
        return self._model(name, fields, validators)

    def document(self, fields: list[tuple[str, Any, Any]]) -> type:
        # A Literal takes 2.0 for 2 even when strict; an int bounded to the version does not.
        version = Annotated[int, self.pydantic.Field(ge=FORMAT_VERSION, le=FORMAT_VERSION)]
        header = [
            ("format", Literal[FORMAT], attrs.NOTHING),
            ("format_version", version, attrs.NOTHING),
        ]
        validators = {
            "cross_record_rules": self.pydantic.model_validator(mode="after")(_cross_record_rules)
        }
        return self._model("Document", header + fields, validators)

    def _model(
        self, name: str, fields: list[tuple[str, Any, Any]], validators: dict[str, Any]
    ) -> type:
        spec = {n: (t, ... if d is attrs.NOTHING else d) for n, t, d in fields}
        return self.pydantic.create_model(  # type: ignore[call-overload,no-any-return]
            name, __config__=self.config, __module__=__name__, __validators__=validators, **spec
        )


def _record_rules(rules: tuple[Callable[[Any], None], ...]) -> Callable[[Any], Any]:
    def record_rules(self: Any) -> Any:
        for rule in rules:
            rule(self)
        return self

    return record_rules


def _cross_record_rules(self: Any) -> Any:
    problems = cross_record_problems(self)
    if problems:
        raise ValueError(_summary(problems))
    return self


# -- The mirrors ------------------------------------------------------------------------------


@dataclasses.dataclass(frozen=True)
class StrictMirror:
    """One strict mirror: its document type, its record types, how it decodes, what it raises."""

    name: str
    document: type
    classes: dict[type, type]
    decode: Callable[[str | bytes], object]
    errors: tuple[type[Exception], ...]


@functools.cache
def msgspec_mirror() -> StrictMirror:
    """The msgspec mirror: ``decode`` is the Struct decoder, then the cross-record check."""
    import msgspec

    mirror = _StrictMirror(_Msgspec())
    document = mirror.document()
    decoder = msgspec.json.Decoder(document)

    def decode(text: str | bytes) -> object:
        try:
            decoded = decoder.decode(text)
        except UnicodeEncodeError as exc:  # a str holding a lone surrogate, which no file can
            raise msgspec.DecodeError(str(exc)) from None
        problems = cross_record_problems(decoded)
        if problems:
            raise msgspec.ValidationError(_summary(problems))
        return decoded

    return StrictMirror("msgspec", document, mirror.classes, decode, (msgspec.DecodeError,))


@functools.cache
def pydantic_mirror() -> StrictMirror:
    """The pydantic mirror: ``decode`` is ``Document.model_validate_json``."""
    import pydantic

    mirror = _StrictMirror(_Pydantic())
    document = mirror.document()
    decode = document.model_validate_json  # type: ignore[attr-defined]
    return StrictMirror("pydantic", document, mirror.classes, decode, (pydantic.ValidationError,))


def strict_mirrors() -> tuple[StrictMirror, StrictMirror]:
    """Both strict mirrors, built once."""
    return msgspec_mirror(), pydantic_mirror()


def _accepts(mirror: StrictMirror, text: str | bytes) -> bool:
    try:
        mirror.decode(text)
    except mirror.errors:
        return False
    return True


def check_strict_mirrors(text: str) -> dict[str, Any]:
    """What the benchmark checks before timing: each mirror accepts *text* and the shipped documents,
    and refuses the documents of ``_mirrors``' refusals (``from_json`` refuses each).

    The full corpus of bad documents, one per rule, is ``tests/test_benchmark_mirrors.py``'s.
    """
    from _mirrors import _refusals, shipped_documents

    shipped = shipped_documents()
    documents = {"document": text, **shipped}
    report: dict[str, Any] = {"accepted": {}, "refused": {}}
    for name, document in documents.items():
        report["accepted"][name] = {m.name: _accepts(m, document) for m in strict_mirrors()}
    for name, bad in _refusals(shipped["extended_registry"]).items():
        report["refused"][name] = {m.name: not _accepts(m, bad) for m in strict_mirrors()}
    return report


if __name__ == "__main__":
    from nmda_pain.testing import synthetic_registry

    documents = {
        "default_registry": nmda_pain.to_json(nmda_pain.default_registry()),
        "extended_registry": nmda_pain.to_json(nmda_pain.extended_registry()),
        "synthetic_registry(1000)": nmda_pain.to_json(synthetic_registry(1_000)),
    }
    for strict in strict_mirrors():
        for label, text in documents.items():
            strict.decode(text)
            print(f"{strict.name}: decodes {label}")
