"""A built record cannot be rebuilt: ``__init__`` and ``__setstate__`` run once, and unpickling validates."""

from __future__ import annotations

import copy
import inspect
import pickle
import sys

import attrs
import pytest
from attrs.exceptions import FrozenInstanceError

from nmda_pain import Agent, Curie, Evidence, Section, extended_registry
from nmda_pain.model._frozen import AlreadyBuiltError, Sealed, is_built, restore, seal


def _round_trip(value: object, protocol: int = pickle.DEFAULT_PROTOCOL) -> object:
    return pickle.loads(pickle.dumps(value, protocol=protocol))  # noqa: S301 -- bytes this test made


def _record_classes() -> list[type]:
    """Every attrs class the model's modules define."""
    return [
        value
        for name, module in sorted(sys.modules.items())
        if name.startswith("nmda_pain.model.")
        for value in vars(module).values()
        if isinstance(value, type) and attrs.has(value) and value.__module__ == name
    ]


def _one_of_each() -> dict[type, object]:
    """One record of each class reachable from the extended registry."""
    found: dict[type, object] = {}
    stack: list[object] = [extended_registry()]
    while stack:
        value = stack.pop()
        if isinstance(value, tuple):
            stack.extend(value)
        elif attrs.has(type(value)) and type(value) not in found:
            found[type(value)] = value
            stack.extend(getattr(value, f.name) for f in attrs.fields(type(value)))
    return found


_SAMPLES = _one_of_each()
_RECORDS = sorted(
    (record for cls, record in _SAMPLES.items() if cls in _record_classes()),
    key=lambda r: type(r).__name__,
)


def test_every_record_class_is_sealed():
    classes = _record_classes()
    assert {cls.__name__ for cls in classes} >= {
        "Agent",
        "Claim",
        "Curie",
        "Evidence",
        "Mapping",
        "Prefix",
        "PredicateRule",
        "Reference",
    }
    assert all(cls.__setstate__ is restore for cls in classes)  # type: ignore[attr-defined]


def test_the_registry_holds_records_of_many_sealed_classes():
    assert len(_RECORDS) >= 10


@pytest.mark.parametrize("record", _RECORDS, ids=lambda r: type(r).__name__)
def test_init_on_a_built_record_is_refused_and_changes_nothing(record):
    cls = type(record)
    before = attrs.asdict(record, recurse=False)
    with pytest.raises(AlreadyBuiltError, match=f"this {cls.__name__} is already built"):
        cls.__init__(record, **attrs.asdict(record, recurse=False))
    assert attrs.asdict(record, recurse=False) == before


@pytest.mark.parametrize("record", _RECORDS, ids=lambda r: type(r).__name__)
def test_setstate_on_a_built_record_is_refused_and_changes_nothing(record):
    before = attrs.asdict(record, recurse=False)
    with pytest.raises(FrozenInstanceError):
        record.__setstate__({})
    with pytest.raises(AttributeError):
        record.__setstate__(42)
    assert attrs.asdict(record, recurse=False) == before


@pytest.mark.parametrize("record", _RECORDS, ids=lambda r: type(r).__name__)
@pytest.mark.parametrize("protocol", [0, pickle.HIGHEST_PROTOCOL])
def test_a_pickled_record_loads_equal(record, protocol):
    loaded = _round_trip(record, protocol)
    assert loaded == record
    assert loaded is not record
    assert hash(loaded) == hash(record)
    assert copy.deepcopy(record) == record


def test_agent_init_cannot_rewrite_a_shipped_agent():
    ketamine = extended_registry().resolve("ketamine")
    with pytest.raises(AlreadyBuiltError):
        Agent.__init__(ketamine, id="other", name="Other")  # type: ignore[misc]
    assert ketamine.id == "ketamine"
    assert extended_registry().resolve("ketamine") is ketamine


def test_a_new_record_is_still_built_by_its_constructor():
    agent = Agent(id="mine", name="Mine")
    assert is_built(agent)
    assert not is_built(Agent.__new__(Agent))
    assert Curie("chebi", "6121").canonical == "chebi:6121"  # positional, for a non-kw_only class


def _unbuilt(cls: type) -> object:
    return cls.__new__(cls)


def test_a_tampered_record_state_gets_the_validators_error():
    with pytest.raises(ValueError, match="'id' must be a lowercase slug"):
        _unbuilt(Agent).__setstate__({"id": "Not A Slug", "name": "X"})  # type: ignore[attr-defined]
    with pytest.raises(TypeError, match="a pickled Agent holds no field 'colour'"):
        _unbuilt(Agent).__setstate__({"id": "x", "name": "X", "colour": "red"})  # type: ignore[attr-defined]
    with pytest.raises(TypeError, match="a pickled Evidence is a dict of its fields, not tuple"):
        _unbuilt(Evidence).__setstate__(("r",))  # type: ignore[attr-defined]
    with pytest.raises(TypeError, match="missing"):
        _unbuilt(Agent).__setstate__({"id": "x"})  # type: ignore[attr-defined]


def test_an_unbuilt_record_is_built_from_a_valid_state():
    evidence = _unbuilt(Evidence)
    evidence.__setstate__({"reference": "r", "sections": (Section.CONCLUSION,)})  # type: ignore[attr-defined]
    assert evidence == Evidence(reference="r", sections=(Section.CONCLUSION,))


def test_the_error_is_a_frozen_instance_error_with_a_message():
    error = AlreadyBuiltError(Agent(id="x", name="X"))
    assert isinstance(error, FrozenInstanceError)
    assert isinstance(error, AttributeError)
    assert str(error) == error.msg
    assert "attrs.evolve" in str(error)


@seal
@attrs.frozen
class Private(Sealed):
    """A sealed class whose field has an alias (``label`` for ``_label``)."""

    _label: str


def test_seal_keeps_the_signature_and_unpickles_fields_by_alias():
    made = Private(label="s")
    assert Private.__init__.__name__ == "__init__"
    assert str(inspect.signature(Private)) == "(label: 'str') -> None"
    assert _round_trip(made) == made
    with pytest.raises(AlreadyBuiltError):
        Private.__init__(made, label="t")  # type: ignore[misc]
    assert made._label == "s"


class Plain:
    x: int


@pytest.mark.parametrize(
    "cls",
    [
        attrs.frozen(Plain),
        Plain,
        attrs.frozen(
            type(
                "Unguarded",
                (Sealed,),
                {"__annotations__": {"x": "int"}, "__attrs_pre_init__": None},
            )
        ),
    ],
    ids=["attrs-not-sealed-base", "not-attrs", "check-switched-off"],
)
def test_seal_refuses_a_class_whose_init_is_not_guarded(cls):
    with pytest.raises(TypeError, match="must be an attrs class deriving from Sealed"):
        seal(cls)


def test_a_record_built_while_its_module_is_imported_is_guarded():
    from nmda_pain.model.identifiers import PREFIXES  # noqa: PLC0415 -- built at import, before seal() runs

    prefix = next(iter(PREFIXES.values()))
    with pytest.raises(AlreadyBuiltError):
        type(prefix).__init__(prefix, *attrs.astuple(prefix, recurse=False))
