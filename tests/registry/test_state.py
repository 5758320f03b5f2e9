"""State no caller can corrupt: a registry is built once, holds nothing mutable, and the shipped ones are one object each.

Re-running ``__init__`` or ``__setstate__`` on a built registry is refused and
leaves it as it was; unpickling builds through the constructor's checks.
The records' own guard is tested in ``tests/model/test_frozen.py``.
"""

from __future__ import annotations

import contextlib
import copy
import enum
import pickle
import subprocess
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from types import MappingProxyType

import attrs
import pytest
from attrs.exceptions import FrozenInstanceError

from nmda_pain import InvalidRegistryError, Registry, default_registry, extended_registry
from nmda_pain.data import _built_once
from nmda_pain.registry import FAMILIES, RegistryIndex
from tests.builders import small


class _Pickled:
    """Pickles as a Registry whose state is *state*: a tampered pickle."""

    def __init__(self, state: object) -> None:
        self.state = state

    def __reduce__(self) -> tuple[object, ...]:
        return (_unbuilt_registry, (), self.state)


def _unbuilt_registry() -> Registry:
    """A registry fresh from ``__new__``, as unpickling makes one before its state."""
    return Registry.__new__(Registry)


def _round_trip(value: object, protocol: int = pickle.DEFAULT_PROTOCOL) -> object:
    """*value* pickled and loaded again."""
    return pickle.loads(pickle.dumps(value, protocol=protocol))  # noqa: S301 -- bytes this test made


def _fresh_copy() -> Registry:
    """A registry equal to the shipped one that a failing test may spoil without harm."""
    loaded = _round_trip(default_registry())
    assert isinstance(loaded, Registry)
    return loaded


# -- a built registry cannot be rebuilt -------------------------------------------------


def test_running_init_again_is_refused_and_changes_nothing():
    registry = _fresh_copy()
    claims, hashed = registry.claims, hash(registry)
    with pytest.raises(FrozenInstanceError, match="this Registry is already built"):
        registry.__init__()  # type: ignore[misc]
    with pytest.raises(AttributeError, match="already built"):
        Registry.__init__(registry, agents=())  # type: ignore[misc]
    assert registry.claims is claims
    assert hash(registry) == hashed
    assert registry == default_registry()
    assert registry.resolve("ketamine").id == "ketamine"


@pytest.mark.parametrize(
    "state",
    [{"claims": 42}, {}, "not a state", None],
    ids=["foreign-claims", "empty", "str", "none"],
)
def test_setstate_on_a_built_registry_is_refused_and_changes_nothing(state):
    registry = _fresh_copy()
    with pytest.raises(FrozenInstanceError, match="already built"):
        registry.__setstate__(state)
    assert registry == default_registry()
    assert len(registry.claims) == len(default_registry().claims)


def test_setstate_with_its_own_state_is_refused_too():
    registry = small()
    with pytest.raises(FrozenInstanceError):
        registry.__setstate__(registry.__getstate__())


# -- pickling ----------------------------------------------------------------------------


@pytest.mark.parametrize("shipped", [default_registry, extended_registry])
@pytest.mark.parametrize("protocol", [0, 2, pickle.HIGHEST_PROTOCOL])
def test_a_pickled_registry_loads_equal_and_works(shipped, protocol):
    registry = shipped()
    loaded = _round_trip(registry, protocol)
    assert loaded == registry
    assert loaded is not registry
    assert hash(loaded) == hash(registry)
    assert loaded.resolve("CHEBI:6121").id == "ketamine"
    assert repr(loaded) == repr(registry)


def test_the_pickled_state_is_the_fields_and_nothing_cached():
    registry = small()
    registry.resolve("aspirin")  # builds the index
    hash(registry)  # caches the hash
    state = registry.__getstate__()
    assert state == {field.name: getattr(registry, field.name) for field in attrs.fields(Registry)}
    assert set(state) == {*FAMILIES, "article"}


def test_copies_are_equal_registries_built_with_the_checks():
    registry = small()
    assert copy.copy(registry) == registry
    assert copy.deepcopy(registry) == registry


@pytest.mark.parametrize(
    ("state", "problem"),
    [
        ({"claims": 42}, "pickled state: Registry.claims must be a tuple of Claim, not int"),
        ({"intruder": ()}, "pickled state: a pickled Registry holds no field 'intruder'"),
        ((), "pickled state: a pickled Registry is a dict of its fields, not tuple"),
        (
            {"agents": [small().agents[0]]},
            "pickled state: Registry.agents must be a tuple of Agent, not list",
        ),
    ],
    ids=["foreign-claims", "unknown-field", "not-a-dict", "list"],
)
def test_a_tampered_pickle_is_refused_with_the_registry_error(state, problem):
    with pytest.raises(InvalidRegistryError) as refused:
        _round_trip(_Pickled(state))
    assert refused.value.problems == (problem,)
    assert isinstance(refused.value.__cause__, TypeError)


def test_a_pickle_of_inconsistent_records_gets_the_checks_problems():
    state = small().__getstate__()
    state["agents"] = ()  # the claims now name agents that are not there
    with pytest.raises(InvalidRegistryError) as refused:
        _round_trip(_Pickled(state))
    assert refused.value.__cause__ is None
    assert any(
        problem.startswith("claims[0].subject: unknown id") for problem in refused.value.problems
    )


def test_a_pickle_missing_a_family_loads_with_it_empty():
    state = small().__getstate__()
    del state["mappings"]
    assert _round_trip(_Pickled(state)) == attrs.evolve(small(), mappings=())


# -- nothing mutable is reachable --------------------------------------------------------


_LEAVES = (str, int, float, bool, type(None), enum.Enum)


def _mutable_parts(root: object) -> list[str]:
    """The path of every value reachable from *root* that could be changed in place."""
    found: list[str] = []
    seen: set[int] = set()
    stack: list[tuple[str, object]] = [("registry", root)]
    while stack:
        path, value = stack.pop()
        if not isinstance(value, _LEAVES) and id(value) not in seen:
            seen.add(id(value))
            stack.extend(_parts(path, value, found))
    return found


def _parts(path: str, value: object, found: list[str]) -> list[tuple[str, object]]:
    """What *value* holds, by path; what could change in *value* itself is added to *found*."""
    if isinstance(value, (tuple, frozenset)):
        return [(f"{path}[{i}]", item) for i, item in enumerate(value)]
    if isinstance(value, MappingProxyType):
        pairs = list(value.items())
        return [(f"{path} key {key!r}", key) for key, _ in pairs] + [
            (f"{path}[{key!r}]", item) for key, item in pairs
        ]
    if attrs.has(type(value)):
        names = [f.name for f in attrs.fields(type(value))]
    elif isinstance(value, RegistryIndex):
        names = list(RegistryIndex.__slots__)
    else:
        found.append(f"{path} is a {type(value).__name__}")
        return []
    if hasattr(value, "__dict__"):
        found.append(f"{path} has a __dict__")
    for name in names:
        with contextlib.suppress(AttributeError):
            setattr(value, name, getattr(value, name))
            found.append(f"{path}.{name} can be set")
    held = [(f"{path}.{name}", getattr(value, name)) for name in names]
    if isinstance(value, Registry):
        held.append((f"{path}.index", value.index))
    return held


@pytest.mark.parametrize("shipped", [default_registry, extended_registry])
def test_every_value_reachable_from_a_shipped_registry_is_immutable(shipped):
    assert _mutable_parts(shipped()) == []


def test_the_walk_finds_what_could_change():
    @attrs.define
    class Loose:
        items: list[int]

    @attrs.frozen(slots=False)
    class Open:
        table: dict[str, int]

    assert _mutable_parts(Loose([1])) == ["registry.items can be set", "registry.items is a list"]
    assert _mutable_parts(Open({})) == ["registry has a __dict__", "registry.table is a dict"]
    assert _mutable_parts((MappingProxyType({"k": [1]}),)) == ["registry[0]['k'] is a list"]


# -- the shipped registries are built once, whatever the threads -------------------------


def test_threads_that_ask_first_at_once_share_one_build():
    builds: list[object] = []
    barrier = threading.Barrier(8)

    def build() -> object:
        builds.append(built := object())
        time.sleep(0.05)  # widens the window in which a second build could start
        return built

    shared = _built_once(build)

    def first_call(_: int) -> object:
        barrier.wait()
        return shared()

    with ThreadPoolExecutor(8) as pool:
        results = list(pool.map(first_call, range(8)))
    assert len(builds) == 1
    assert all(result is builds[0] for result in results)
    assert shared() is builds[0]


def test_a_build_that_fails_is_run_again_on_the_next_call():
    outcomes: list[object] = [ValueError("not yet"), "built"]

    def build() -> object:
        outcome = outcomes.pop(0)
        if isinstance(outcome, Exception):
            raise outcome
        return outcome

    shared = _built_once(build)
    with pytest.raises(ValueError, match="not yet"):
        shared()
    assert shared() == "built"
    assert shared() == "built"


def test_the_shipped_registries_keep_their_names_and_docs():
    assert default_registry.__name__ == "default_registry"
    assert default_registry.__doc__ is not None
    assert "threads" in default_registry.__doc__
    assert extended_registry.__name__ == "extended_registry"


_FIRST_CALLS = """
import threading
from concurrent.futures import ThreadPoolExecutor
from nmda_pain import default_registry, extended_registry

barrier = threading.Barrier(8)

def first_call(index):
    barrier.wait()
    return default_registry() if index % 2 else extended_registry()

with ThreadPoolExecutor(8) as pool:
    results = list(pool.map(first_call, range(8)))
defaults = {id(r) for r in results[1::2]} | {id(default_registry())}
extendeds = {id(r) for r in results[::2]} | {id(extended_registry())}
print(len(defaults), len(extendeds))
"""


def test_shipped_registries_first_asked_by_several_threads_are_one_object_each():
    # A new interpreter, so that the threads make the very first calls.
    done = subprocess.run(
        [sys.executable, "-c", _FIRST_CALLS], capture_output=True, text=True, check=True
    )
    assert done.stdout.split() == ["1", "1"]
