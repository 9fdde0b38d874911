"""Fixtures whose data is built once per test module, and seen fresh by every test.

Building the multilingual page tree (and the directories, initiatives and users on top of
it) is most of what the database tests cost. ``@module_data`` turns a builder into a
function-scoped fixture of the same name and return type whose data is built once per
module instead of once per test::

    @module_data
    def directory(tree):
        ...  # build as before, return what the tests use

    @module_data(name="directory")  # for fixtures imported by their function's name
    def directory_fixture(tree): ...

How it works (see ``ModuleData``): before pytest-django opens a test's transaction, the
module's outer ``transaction.atomic()`` is opened and the builders the test needs run in
nested atomic blocks (savepoints), one per builder, in dependency order. The test's own
transaction is then a savepoint inside them and is rolled back as always, so every test
starts from the same pristine data. Builders are the "levels" of a stack: a test that needs
fewer or other levels than the previous one rolls the extra ones back (and the next test
builds them again), so tests that want only ``tree`` never see a ``directory`` built for
their neighbours. At the end of the module everything is rolled back.

Each test gets the builder's return value with every model instance re-read from the
database (containers and dataclasses are copied), so a test that changes an object in
memory cannot leak the change into the next test. E-mails a builder sent are put into
``mail.outbox`` again for each test, as if the fixture had just sent them. Django's caches
are cleared before every database test: Wagtail keeps site root paths there and
``hub.core.antispam`` its rate limits, and rows they describe may have been rolled back.

Rules for builders: they may only take other ``@module_data`` fixtures as arguments (their
data lives in the module transaction, function-scoped fixtures such as ``settings`` or
``client`` do not), and everything they do must be database state, e-mail or something
re-done for each test anyway. Transactional tests (``transactional_db``, ``live_server``,
``django_db(transaction=True)``) never run inside the module transaction: it is rolled back
before them and their builders run per test, as before.
"""

from __future__ import annotations

import copy
import dataclasses
import inspect
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from django.conf import settings
from django.core import mail
from django.core.cache import caches
from django.db import connections, transaction
from django.db.models import Model
from django.utils import translation
from pytest_django.fixtures import validate_django_db

DEFINITION_ATTRIBUTE = "__module_data__"


@dataclasses.dataclass(eq=False)
class Definition:
    """A builder declared with ``@module_data``; ``params`` name the fixtures it needs."""

    name: str
    build: Callable[..., Any]
    params: tuple[str, ...]


@dataclasses.dataclass(eq=False)
class Level:
    """A builder's data in the module transaction: its savepoints, value and e-mails."""

    definition: Definition
    atomics: list[transaction.Atomic]
    value: Any = None
    mails: list = dataclasses.field(default_factory=list)


def database_aliases() -> list[str]:
    return list(settings.DATABASES)


def enter_atomics() -> list[transaction.Atomic]:
    atomics = []
    try:
        for alias in database_aliases():
            atomic = transaction.atomic(using=alias)
            atomic.__enter__()
            atomics.append(atomic)
    except BaseException:
        exit_atomics(atomics)
        raise
    return atomics


def exit_atomics(atomics: list[transaction.Atomic]) -> None:
    """Roll back and leave ``atomics`` (innermost last), as Django's TestCase does."""
    for atomic in reversed(atomics):
        transaction.set_rollback(True, using=atomic.using)
        atomic.__exit__(None, None, None)


def clear_caches() -> None:
    for alias in settings.CACHES:
        caches[alias].clear()


def is_transactional(request: pytest.FixtureRequest) -> bool:
    """Whether pytest-django runs this test as a TransactionTestCase (same rules)."""
    marker = request.node.get_closest_marker("django_db")
    if marker:
        transactional, reset_sequences, *_rest = validate_django_db(marker)
        if transactional or reset_sequences:
            return True
    names = request.fixturenames
    return any(
        name in names for name in ("transactional_db", "live_server", "django_db_reset_sequences")
    )


def definition_of(request: pytest.FixtureRequest, name: str) -> Definition | None:
    fixturedefs = request.node._fixtureinfo.name2fixturedefs.get(name)
    if not fixturedefs:
        return None
    return getattr(fixturedefs[-1].func, DEFINITION_ATTRIBUTE, None)


def required_levels(request: pytest.FixtureRequest) -> tuple[list[Definition], dict]:
    """The module data this test uses, parents first, and the definition of each name."""
    found = {}
    for name in request.fixturenames:
        definition = definition_of(request, name)
        if definition is not None:
            found[name] = definition
    order: list[Definition] = []

    def visit(name: str) -> None:
        definition = found[name]
        if definition in order:
            return
        for param in definition.params:
            if param not in found:
                raise pytest.UsageError(
                    f"@module_data fixture {definition.name!r} takes {param!r}, which is not "
                    "@module_data: builders run once per module and can only use module data"
                )
            visit(param)
        order.append(definition)

    for name in sorted(found):
        visit(name)
    return order, found


def refetch(value: Any) -> Any:
    """A copy of ``value`` with every saved model instance read again from the database."""
    instances: dict[int, Model] = {}
    _collect(value, instances, set())
    fresh: dict[int, Model] = {}
    by_model: dict[type[Model], dict[int, list[Model]]] = {}
    for instance in instances.values():
        if instance.pk is None:
            fresh[id(instance)] = copy.deepcopy(instance)
        else:
            by_model.setdefault(type(instance), {}).setdefault(instance.pk, []).append(instance)
    for model, by_pk in by_model.items():
        rows = model._base_manager.in_bulk(list(by_pk))
        for pk, originals in by_pk.items():
            for number, original in enumerate(originals):
                if pk not in rows:  # deleted by its own builder: keep what it returned
                    fresh[id(original)] = copy.deepcopy(original)
                elif number == 0:
                    fresh[id(original)] = rows[pk]
                else:  # two objects for one row stay two objects
                    fresh[id(original)] = model._base_manager.get(pk=pk)
    return _rebuild(value, fresh, {})


def _collect(value: Any, instances: dict[int, Model], seen: set[int]) -> None:
    if id(value) in seen:
        return
    seen.add(id(value))
    if isinstance(value, Model):
        instances[id(value)] = value
    elif isinstance(value, dict):
        for item in value.values():
            _collect(item, instances, seen)
    elif isinstance(value, (list, tuple, set, frozenset)):
        for item in value:
            _collect(item, instances, seen)
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        for field in dataclasses.fields(value):
            _collect(getattr(value, field.name), instances, seen)


def _rebuild(value: Any, fresh: dict[int, Model], memo: dict[int, Any]) -> Any:
    if id(value) in memo:
        return memo[id(value)]
    if isinstance(value, Model):
        result = fresh[id(value)]
    elif isinstance(value, dict):
        result = copy.copy(value)
        memo[id(value)] = result
        for key, item in value.items():
            result[key] = _rebuild(item, fresh, memo)
    elif isinstance(value, list):
        result = copy.copy(value)
        memo[id(value)] = result
        result[:] = [_rebuild(item, fresh, memo) for item in value]
    elif isinstance(value, tuple) and hasattr(value, "_fields"):
        result = type(value)(*(_rebuild(item, fresh, memo) for item in value))
    elif isinstance(value, (tuple, set, frozenset)):
        result = type(value)(_rebuild(item, fresh, memo) for item in value)
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        result = copy.copy(value)
        memo[id(value)] = result
        for field in dataclasses.fields(value):
            object.__setattr__(
                result, field.name, _rebuild(getattr(value, field.name), fresh, memo)
            )
    else:
        result = copy.deepcopy(value)
    memo[id(value)] = result
    return result


def copy_mails(messages: list) -> list:
    copies = []
    for message in messages:
        try:
            copies.append(copy.deepcopy(message))
        except Exception:  # noqa: BLE001 - e.g. a connection holding a lock
            copies.append(copy.copy(message))
    return copies


class ModuleData:
    """The module's outer atomic block and the stack of builder levels inside it."""

    def __init__(self) -> None:
        self.outer: list[transaction.Atomic] | None = None
        self.levels: list[Level] = []
        # The test the levels were prepared for; None while nothing is prepared.
        self.item: pytest.Item | None = None

    def level_for(self, definition: Definition, item: pytest.Item) -> Level | None:
        if self.item is not item:
            return None
        return next((level for level in self.levels if level.definition is definition), None)

    def prepare(self, request: pytest.FixtureRequest) -> None:
        """Make the open levels exactly those this test uses (runs before its transaction)."""
        self.item = None
        self._check_nothing_else_is_open()
        clear_caches()
        if is_transactional(request):
            self.close()
            return
        target, found = required_levels(request)
        if not target:
            self.close()
        else:
            self._switch(target, found)
        clear_caches()
        self.item = request.node

    def close(self) -> None:
        while self.levels:
            self._pop()
        if self.outer is not None:
            outer, self.outer = self.outer, None
            exit_atomics(outer)

    def _check_nothing_else_is_open(self) -> None:
        expected = 0 if self.outer is None else 1 + len(self.levels)
        for alias in database_aliases():
            open_blocks = len(connections[alias].atomic_blocks)
            if open_blocks != expected:
                raise RuntimeError(
                    f"{open_blocks} atomic blocks are open on {alias!r} before the test's "
                    f"transaction, {expected} expected (the module's): something keeps a "
                    "transaction open across tests"
                )

    def _switch(self, target: list[Definition], found: dict[str, Definition]) -> None:
        keep = 0
        while (
            keep < min(len(self.levels), len(target))
            and self.levels[keep].definition is target[keep]
        ):
            keep += 1
        while len(self.levels) > keep:
            self._pop()
        if self.outer is None:
            self.outer = enter_atomics()
        for definition in target[keep:]:
            self._push(definition, found)

    def _pop(self) -> None:
        exit_atomics(self.levels.pop().atomics)

    def _push(self, definition: Definition, found: dict[str, Definition]) -> None:
        parents = {}
        for name in definition.params:
            parent = next(level for level in self.levels if level.definition is found[name])
            parents[name] = refetch(parent.value)
        level = Level(definition, enter_atomics())
        outbox = getattr(mail, "outbox", None)
        mail.outbox = level.mails
        try:
            # A builder must not leave its language active for the tests.
            with translation.override(translation.get_language()):
                level.value = definition.build(**parents)
        except BaseException:
            exit_atomics(level.atomics)
            raise
        finally:
            if outbox is None:
                del mail.outbox
            else:
                mail.outbox = outbox
        self.levels.append(level)


def module_data(function: Callable[..., Any] | None = None, *, name: str | None = None):
    """Declare a fixture whose data is built once per module (see the module docstring)."""

    def decorate(build: Callable[..., Any]):
        params = tuple(inspect.signature(build).parameters)
        definition = Definition(name or build.__name__, build, params)

        def fixture(request, db, _module_data, **parents):
            level = _module_data.level_for(definition, request.node)
            if level is None:  # a transactional test, or requested while running
                return build(**parents)
            if level.mails:
                mail.outbox.extend(copy_mails(level.mails))
            return refetch(level.value)

        fixture.__name__ = build.__name__
        fixture.__qualname__ = build.__qualname__
        fixture.__module__ = build.__module__
        fixture.__doc__ = build.__doc__
        fixture.__signature__ = inspect.Signature(
            [
                inspect.Parameter(param, inspect.Parameter.POSITIONAL_OR_KEYWORD)
                for param in ("request", "db", "_module_data", *params)
            ],
            return_annotation=inspect.signature(build).return_annotation,
        )
        setattr(fixture, DEFINITION_ATTRIBUTE, definition)
        return pytest.fixture(name=definition.name)(fixture)

    return decorate(function) if function is not None else decorate


# --- Fixtures, imported into tests/conftest.py -----------------------------------------


@pytest.fixture(scope="module")
def _module_data(django_db_setup, django_db_blocker) -> Iterator[ModuleData]:
    """The module's data; everything built into it is rolled back after its last test."""
    state = ModuleData()
    yield state
    with django_db_blocker.unblock():
        state.close()


@pytest.fixture
def _module_data_prepare(request, _module_data, django_db_blocker) -> None:
    with django_db_blocker.unblock():
        _module_data.prepare(request)


@pytest.fixture
def _django_db_helper(_module_data_prepare, _django_db_helper) -> None:
    """pytest-django's helper, which opens each test's transaction, after our preparation.

    Every way to the database (``db``, ``transactional_db``, the ``django_db`` marker)
    goes through this fixture, so the module's levels are always in place first.
    """
    return _django_db_helper
