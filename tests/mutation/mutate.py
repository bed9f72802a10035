"""A small mutation tester for the pure rules: ``domain/`` and the importers' value and payer rules.

Run by hand, from the repository root (not part of the test suite):

    .venv/bin/python -m tests.mutation.mutate --list                # the targets, their mutants
    .venv/bin/python -m tests.mutation.mutate                       # every target
    .venv/bin/python -m tests.mutation.mutate domain.money importers.values
    .venv/bin/python -m tests.mutation.mutate domain.schengen --jobs 2 --survivors

It prints one line per module (score, killed / run, seconds) and, with ``--survivors``, each
surviving mutant as ``function:line  change``. About 2 000 mutants in all, at roughly half a second
each on an idle core (half an hour; ``domain.schengen`` alone is a quarter of it): run it in the
background, ``nice``, one job on a shared machine. A new ``domain/`` module without tests in
TARGETS is named on stderr.

Reading a survivor: either a behaviour no test pins (add a worked example at that edge), or an
*equivalent* mutant that no test could catch because the program's behaviour does not change — a
length guard longer than any match (``len(text) <= 8`` before a pattern that matches at most five
characters), a fast path whose slow path gives the same answer, ``>`` for ``>=`` where equality
replaces a value by itself, ``return False`` for ``return None`` in a truth test, a branch no
caller can reach. One more kind is the tool's own limit: a function that runs only while its
module is imported (``payers.phrase_pattern`` building the module's patterns) already ran, unmutated, in
the parent, so its mutants survive. Those are left, and named in the report of the run.

Each mutant changes one thing inside one function — a comparison's boundary (``<`` for ``<=``),
its sense (``==`` for ``!=``, ``in`` for ``not in``), an arithmetic operator, ``and``/``or``, a
dropped ``not``, an integer constant off by one, a boolean flipped, a returned value replaced by
None — and the module's tests are run against it. A mutant the tests fail on is *killed*; one they
pass with *survives*: a behaviour no test pins. The score is killed / (killed + survived).

How a mutant is put in place, without touching the files: the parent process imports the module
and the libraries once; for each mutant a forked child recompiles the one mutated function and
swaps its ``__code__`` into the live function object, so every reference to it (a table, a default
argument, another module's ``from ... import``) runs the mutant. The child then runs the module's
tests with pytest and reports its exit status. A mutant that makes the tests hang is killed by a
timeout.

Not mutated: docstrings and other strings (messages), annotations, decorators, class bodies and
module-level statements other than integer constants.
"""

import argparse
import ast
import contextlib
import copy
import importlib
import os
import signal
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from types import FunctionType

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = "ameli_desktop"

# module (relative to the package) -> the tests that hold its rules.
TARGETS: dict[str, list[str]] = {
    "domain.acts": [  # the worked examples first: most mutants die there
        "tests/unit/domain/test_acts_pinned.py",
        "tests/unit/domain/test_acts.py",
        "tests/unit/domain/test_matching.py",
    ],
    "domain.matching": [
        "tests/unit/domain/test_matching_pinned.py",
        "tests/unit/domain/test_matching.py",
        "tests/unit/domain/test_acts.py",
        "tests/unit/domain/test_acts_pinned.py",
    ],
    "domain.appointments": [
        "tests/unit/domain/test_appointments.py",
        "tests/unit/domain/test_appointments_edges.py",
    ],
    "domain.beneficiaries": [
        "tests/unit/domain/test_beneficiary_rules.py",
        "tests/unit/domain/test_beneficiary_edges.py",
    ],
    "domain.ceam": ["tests/unit/domain/test_ceam.py", "tests/unit/domain/test_ceam_edges.py"],
    "domain.claims": [
        "tests/unit/domain/test_claims_and_lines.py",
        "tests/unit/domain/test_claims_edges.py",
    ],
    "domain.dates": [
        "tests/unit/domain/test_dates.py",
        "tests/unit/domain/test_dates_edges.py",
        "tests/unit/domain/test_appointments.py",
        "tests/unit/domain/test_ceam.py",
    ],
    "domain.errors": ["tests/unit/domain/test_errors.py"],
    "domain.facts": ["tests/unit/domain/test_facts.py", "tests/unit/domain/test_facts_edges.py"],
    "domain.help": [
        "tests/unit/domain/test_help.py",
        "tests/unit/domain/test_help_edges.py",
        "tests/unit/domain/test_ameli_login.py",
    ],
    "domain.identifiers": [
        "tests/unit/domain/test_identifiers_and_people.py",
        "tests/unit/domain/test_ameli_login.py",
    ],
    "domain.money": [
        "tests/unit/domain/test_money.py",
        "tests/unit/importers/test_amounts_and_dates_linear.py",
    ],
    "domain.names": ["tests/unit/domain/test_identifiers_and_people.py"],
    "domain.payments": [
        "tests/unit/domain/test_payments.py",
        "tests/unit/domain/test_people_lines_payments_edges.py",
    ],
    "domain.people": [
        "tests/unit/domain/test_identifiers_and_people.py",
        "tests/unit/domain/test_people_lines_payments_edges.py",
    ],
    "domain.reimbursements": [
        "tests/unit/domain/test_claims_and_lines.py",
        "tests/unit/domain/test_people_lines_payments_edges.py",
    ],
    "domain.schengen": [  # the quick worked examples first: most mutants die there
        "tests/unit/domain/test_schengen_edges.py",
        "tests/unit/domain/test_schengen_pinned.py",
        "tests/unit/domain/test_schengen.py",
    ],
    "domain.texts": [
        "tests/unit/domain/test_texts.py",
        "tests/unit/domain/test_texts_edges.py",
        "tests/unit/domain/test_ceam.py",
    ],
    "domain.vitale": ["tests/unit/domain/test_vitale.py"],
    "importers.values": [
        "tests/unit/importers/test_statement_values.py",
        "tests/unit/importers/test_value_rules_edges.py",
        "tests/unit/importers/test_amounts_and_dates_linear.py",
    ],
    "importers.printed": [  # the PDF readers' values (amounts, rates, dates as printed)
        "tests/unit/importers/test_printed_edges.py",
        "tests/unit/importers/test_ameli_pdf.py::test_amounts_in_every_form_printed",
        "tests/unit/importers/test_ameli_pdf.py::test_what_is_not_an_amount",
        "tests/unit/importers/test_ameli_pdf.py::test_any_amount_printed_reads_back",
    ],
    "importers.payers": [
        "tests/unit/importers/test_payers.py",
        "tests/unit/importers/test_payer_edges.py",
    ],
}
TIMEOUT = 60.0  # seconds for one mutant's tests (a mutant can loop for ever)


# ------------------------------------------------------------------ mutation points
@dataclass(frozen=True)
class Mutant:
    module: str
    function: str  # "name" or "Class.name": the top-level def whose code is swapped
    index: int  # the n-th mutation point in that def
    line: int
    change: str


_COMPARE_SWAPS: dict[type[ast.cmpop], list[type[ast.cmpop]]] = {
    ast.Lt: [ast.LtE, ast.GtE],
    ast.LtE: [ast.Lt, ast.Gt],
    ast.Gt: [ast.GtE, ast.LtE],
    ast.GtE: [ast.Gt, ast.Lt],
    ast.Eq: [ast.NotEq],
    ast.NotEq: [ast.Eq],
    ast.Is: [ast.IsNot],
    ast.IsNot: [ast.Is],
    ast.In: [ast.NotIn],
    ast.NotIn: [ast.In],
}
_BINOP_SWAPS: dict[type[ast.operator], type[ast.operator]] = {
    ast.Add: ast.Sub,
    ast.Sub: ast.Add,
    ast.Mult: ast.FloorDiv,
    ast.FloorDiv: ast.Mult,
    ast.Div: ast.Mult,
    ast.Mod: ast.FloorDiv,
}
_SYMBOLS = {
    ast.Lt: "<", ast.LtE: "<=", ast.Gt: ">", ast.GtE: ">=", ast.Eq: "==", ast.NotEq: "!=",
    ast.Is: "is", ast.IsNot: "is not", ast.In: "in", ast.NotIn: "not in", ast.Add: "+",
    ast.Sub: "-", ast.Mult: "*", ast.FloorDiv: "//", ast.Div: "/", ast.Mod: "%",
}  # fmt: skip


def _is_docstring(node: ast.AST, parent: ast.AST | None) -> bool:
    body = getattr(parent, "body", None)
    return (
        isinstance(node, ast.Expr)
        and isinstance(node.value, ast.Constant)
        and isinstance(node.value.value, str)
        and bool(body)
        and body[0] is node
    )


def _skipped_call(node: ast.AST) -> bool:
    """Calls whose arguments are messages or logging: changing them proves nothing."""
    if not isinstance(node, ast.Call):
        return False
    name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
    return name in {"QT_TRANSLATE_NOOP", "debug", "info", "warning", "error", "exception"}


class _Points(ast.NodeTransformer):
    """Walks a function; lists its mutation points, or applies the one numbered ``target``."""

    def __init__(self, target: int | None = None) -> None:
        self.target = target
        self.found: list[tuple[int, str]] = []  # (line, change)
        self._parents: list[ast.AST] = []

    def _point(self, node: ast.AST, change: str) -> bool:
        """Register a point; True when it is the one to apply."""
        self.found.append((getattr(node, "lineno", 0), change))
        return len(self.found) - 1 == self.target

    def generic_visit(self, node: ast.AST) -> ast.AST:
        self._parents.append(node)
        try:
            for name, value in ast.iter_fields(node):
                if name in {"annotation", "returns", "decorator_list", "type_comment"}:
                    continue
                if isinstance(value, list):
                    new_values = []
                    for item in value:
                        if isinstance(item, ast.AST):
                            if _is_docstring(item, node) or _skipped_call(item):
                                new_values.append(item)
                                continue
                            visited = self.visit(item)
                            if visited is not None:
                                new_values.append(visited)
                            continue
                        new_values.append(item)
                    value[:] = new_values
                elif isinstance(value, ast.AST) and not _skipped_call(value):
                    setattr(node, name, self.visit(value))
        finally:
            self._parents.pop()
        return node

    def visit_Compare(self, node: ast.Compare) -> ast.AST:
        self.generic_visit(node)
        for position, op in enumerate(node.ops):
            for swap in _COMPARE_SWAPS.get(type(op), []):
                change = f"{_SYMBOLS[type(op)]} -> {_SYMBOLS[swap]}"
                if self._point(node, change):
                    node.ops[position] = swap()
        return node

    def visit_BinOp(self, node: ast.BinOp) -> ast.AST:
        self.generic_visit(node)
        swap = _BINOP_SWAPS.get(type(node.op))
        if (
            swap is not None
            and not isinstance(node.left, ast.Constant | ast.JoinedStr)
            and self._point(node, f"{_SYMBOLS[type(node.op)]} -> {_SYMBOLS[swap]}")
        ):
            node.op = swap()
        return node

    def visit_AugAssign(self, node: ast.AugAssign) -> ast.AST:
        self.generic_visit(node)
        swap = _BINOP_SWAPS.get(type(node.op))
        if swap is not None and self._point(
            node, f"{_SYMBOLS[type(node.op)]}= -> {_SYMBOLS[swap]}="
        ):
            node.op = swap()
        return node

    def visit_BoolOp(self, node: ast.BoolOp) -> ast.AST:
        self.generic_visit(node)
        other = ast.Or if isinstance(node.op, ast.And) else ast.And
        if self._point(node, f"{type(node.op).__name__.lower()} -> {other.__name__.lower()}"):
            node.op = other()
        return node

    def visit_UnaryOp(self, node: ast.UnaryOp) -> ast.AST:
        self.generic_visit(node)
        if isinstance(node.op, ast.Not) and self._point(node, "not x -> x"):
            return node.operand
        if isinstance(node.op, ast.USub) and self._point(node, "-x -> x"):
            return node.operand
        return node

    def visit_Constant(self, node: ast.Constant) -> ast.AST:
        value = node.value
        if isinstance(value, bool):
            if self._point(node, f"{value} -> {not value}"):
                return ast.copy_location(ast.Constant(not value), node)
        elif isinstance(value, int):
            if self._point(node, f"{value} -> {value + 1}"):
                return ast.copy_location(ast.Constant(value + 1), node)
            if value != 0 and self._point(node, f"{value} -> {value - 1}"):
                return ast.copy_location(ast.Constant(value - 1), node)
        return node

    def visit_Return(self, node: ast.Return) -> ast.AST:
        self.generic_visit(node)
        returns_something = node.value is not None and not (
            isinstance(node.value, ast.Constant) and node.value.value is None
        )
        if returns_something and self._point(node, "return x -> return None"):
            node.value = ast.Constant(None)
        return node

    def visit_JoinedStr(self, node: ast.JoinedStr) -> ast.AST:
        return node  # an f-string: a message


def _functions(tree: ast.Module) -> Iterator[tuple[str, ast.FunctionDef | ast.AsyncFunctionDef]]:
    """Top-level functions and the methods of top-level classes, by qualified name."""
    for node in tree.body:
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            yield node.name, node
        elif isinstance(node, ast.ClassDef):
            for item in node.body:
                if isinstance(item, ast.FunctionDef | ast.AsyncFunctionDef):
                    yield f"{node.name}.{item.name}", item


def module_path(module: str) -> Path:
    return ROOT / PACKAGE / (module.replace(".", "/") + ".py")


def mutants_of(module: str) -> list[Mutant]:
    tree = ast.parse(module_path(module).read_text(encoding="utf-8"))
    found = []
    for qualified, function in _functions(tree):
        points = _Points()
        points.visit(copy.deepcopy(function))
        found += [
            Mutant(module, qualified, index, line, change)
            for index, (line, change) in enumerate(points.found)
        ]
    return found


# ------------------------------------------------------------------ putting a mutant in place
def _live_function(module: object, qualified: str) -> FunctionType:
    owner: object = module
    *classes, name = qualified.split(".")
    for class_name in classes:
        owner = getattr(owner, class_name)
    raw = vars(owner)[name] if classes else getattr(owner, name)
    if isinstance(raw, staticmethod | classmethod):
        raw = raw.__func__
    elif isinstance(raw, property):
        raw = raw.fget
    while hasattr(raw, "__wrapped__"):  # functools.cache and friends
        if hasattr(raw, "cache_clear"):
            raw.cache_clear()
        raw = raw.__wrapped__
    if not isinstance(raw, FunctionType):
        raise TypeError(f"{qualified} is not a plain function")
    return raw


def install(mutant: Mutant) -> None:
    """Swap the mutated code into the live function (in this process only)."""
    name = f"{PACKAGE}.{mutant.module}"
    module = importlib.import_module(name)
    path = module_path(mutant.module)
    tree = ast.parse(path.read_text(encoding="utf-8"))
    function = dict(_functions(tree))[mutant.function]
    mutated = _Points(target=mutant.index).visit(copy.deepcopy(function))
    mutated.decorator_list = []
    if "." in mutant.function:  # a method: compiled in a class, so super() keeps its cell
        holder = ast.ClassDef(
            name="_Mutant", bases=[], keywords=[], body=[mutated], decorator_list=[], type_params=[]
        )
        wrapper = ast.Module(body=[holder], type_ignores=[])
    else:
        wrapper = ast.Module(body=[mutated], type_ignores=[])
    ast.fix_missing_locations(wrapper)
    namespace: dict[str, object] = {}
    exec(compile(wrapper, str(path), "exec"), module.__dict__, namespace)  # noqa: S102 - our own source
    new = (
        namespace["_Mutant"].__dict__[mutated.name]
        if "." in mutant.function
        else namespace[mutated.name]
    )  # type: ignore[index]
    if isinstance(new, staticmethod | classmethod):
        new = new.__func__
    live = _live_function(module, mutant.function)
    live.__code__ = new.__code__  # type: ignore[union-attr]
    live.__defaults__ = new.__defaults__  # type: ignore[union-attr]
    live.__kwdefaults__ = new.__kwdefaults__  # type: ignore[union-attr]
    # What the module cached with its own code (a facts file loaded once) is computed again by
    # the mutant.
    for value in list(vars(module).values()):
        if callable(getattr(value, "cache_clear", None)):
            value.cache_clear()


# ------------------------------------------------------------------ running
class ToolError(Exception):
    """The module cannot be scored (no tests, or tests that fail as they are)."""


@dataclass
class Score:
    module: str
    killed: int = 0
    survived: list[Mutant] = field(default_factory=list)
    errors: list[tuple[Mutant, str]] = field(default_factory=list)

    @property
    def total(self) -> int:
        return self.killed + len(self.survived)

    @property
    def percent(self) -> float:
        return 100.0 * self.killed / self.total if self.total else 100.0


def _child(mutant: Mutant | None, tests: list[str]) -> None:
    """In the forked child: put the mutant in place (None: the code as it is), run the tests,
    exit with pytest's code."""
    import pytest

    try:
        if mutant is not None:
            install(mutant)
    except Exception as exc:  # reported as a tool error, not a kill
        sys.stderr.write(f"cannot install {mutant}: {exc!r}\n")
        os._exit(99)
    from hypothesis import settings

    # Fewer examples per property: a mutant is usually caught by the first few, and each
    # surviving mutant runs every test of its module.
    settings.register_profile("mutation", max_examples=30, deadline=None, database=None)
    settings.load_profile("mutation")
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, 1)
    os.dup2(devnull, 2)
    code = pytest.main(
        ["-x", "-q", "-p", "no:randomly", "-p", "no:cacheprovider", "--no-header",
         "-o", "addopts=", "--timeout", str(int(TIMEOUT)),
         # hypothesis is loaded before pytest starts (the profile below): not a test's problem
         "-W", "ignore::pytest.PytestAssertRewriteWarning", *tests]
    )  # fmt: skip
    os._exit(int(code))


def _warm(tests: list[str]) -> None:
    """Import in the parent what the tests need — pytest's plugins, the conftest files, every
    module the test files import — so each forked child starts warm and a mutant costs its
    tests' run, not pytest's start (several times faster). The test modules themselves are not
    imported: their module-level values (a table built with the rules) must be computed by the
    mutant in the child, as must any cache of the mutated module (cleared in ``install``)."""
    from importlib.metadata import entry_points

    for plugin in entry_points(group="pytest11"):
        with contextlib.suppress(Exception):
            plugin.load()
    names = {"tests.conftest", "tests.keyring_service"}
    for test in tests:
        tree = ast.parse((ROOT / test.partition("::")[0]).read_text(encoding="utf-8"))
        for node in tree.body:
            if isinstance(node, ast.Import):
                names.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
                names.add(node.module)
    for name in sorted(names):
        with contextlib.suppress(Exception):
            importlib.import_module(name)


def run_one(mutant: Mutant, tests: list[str]) -> tuple[str, str]:
    """('killed'|'survived'|'error', detail)."""
    pid = os.fork()
    if pid == 0:
        _child(mutant, tests)
    deadline = time.monotonic() + TIMEOUT + 30
    while True:
        done, status = os.waitpid(pid, os.WNOHANG)
        if done:
            break
        if time.monotonic() > deadline:
            os.kill(pid, signal.SIGKILL)
            os.waitpid(pid, 0)
            return "killed", "timeout"
        time.sleep(0.02)
    code = os.waitstatus_to_exitcode(status)
    if code == 99:
        return "error", "could not install"
    if code == 0:
        return "survived", ""
    if code == 5:  # no tests collected: the mapping is wrong
        return "error", "no tests ran"
    return "killed", f"exit {code}"


def score(module: str, *, jobs: int = 1, limit: int | None = None) -> Score:
    tests = [t for t in TARGETS[module] if (ROOT / t.partition("::")[0]).exists()]
    if not tests:
        raise ToolError(f"{module}: none of its tests exist: {' '.join(TARGETS[module])}")
    mutants = mutants_of(module)
    if limit is not None:
        mutants = mutants[:limit]
    result = Score(module)
    # Load what the tests need once, in the parent: each fork starts warm.
    importlib.import_module(f"{PACKAGE}.{module}")
    _warm(tests)
    pid = os.fork()
    if pid == 0:
        _child(None, tests)
    _pid, status = os.waitpid(pid, 0)
    if os.waitstatus_to_exitcode(status) != 0:  # the tests must pass before they can judge
        raise ToolError(f"{module}: its tests fail without any mutant: {' '.join(tests)}")
    pending = list(mutants)
    running: dict[int, tuple[Mutant, float]] = {}
    while pending or running:
        while pending and len(running) < jobs:
            mutant = pending.pop(0)
            pid = os.fork()
            if pid == 0:
                _child(mutant, tests)
            running[pid] = (mutant, time.monotonic())
        pid, status = os.waitpid(-1, os.WNOHANG)
        if pid == 0:
            for other, (_mutant, started) in list(running.items()):
                if time.monotonic() - started > TIMEOUT + 30:
                    os.kill(other, signal.SIGKILL)
                    os.waitpid(other, 0)
                    del running[other]
                    result.killed += 1  # a hang is a failure the tests noticed
            time.sleep(0.02)
            continue
        mutant, _started = running.pop(pid)
        done = len(mutants) - len(pending) - len(running)
        code = os.waitstatus_to_exitcode(status)
        if code == 0:  # on stderr at once: a run stopped half-way still says what it found
            result.survived.append(mutant)
            sys.stderr.write(
                f"  {module}: survived {mutant.function}:{mutant.line}  {mutant.change}\n"
            )
        elif code in (99, 5):
            result.errors.append((mutant, "could not install" if code == 99 else "no tests ran"))
        else:
            result.killed += 1
        if done % 25 == 0:
            sys.stderr.write(
                f"  {module}: {done} / {len(mutants)} mutants run,"
                f" {result.killed} killed of {result.total} so far\n"
            )
    return result


def untargeted() -> list[str]:
    """Modules of ``domain/`` with something to mutate that TARGETS forgot (a new module)."""
    found = []
    for path in sorted((ROOT / PACKAGE / "domain").glob("*.py")):
        module = f"domain.{path.stem}"
        if path.stem != "__init__" and module not in TARGETS and mutants_of(module):
            found.append(module)
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("modules", nargs="*", help="e.g. domain.money (default: every target)")
    parser.add_argument("--jobs", type=int, default=1, help="mutants run at once (default 1)")
    parser.add_argument("--limit", type=int, help="only the first N mutants of each module")
    parser.add_argument("--survivors", action="store_true", help="list every surviving mutant")
    parser.add_argument("--list", action="store_true", help="count the mutants and stop")
    args = parser.parse_args(argv)
    os.chdir(ROOT)
    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    modules = args.modules or list(TARGETS)
    unknown = [m for m in modules if m not in TARGETS]
    if unknown:
        parser.error(f"unknown modules: {', '.join(unknown)} (see TARGETS)")
    for module in untargeted():
        print(f"{module:<24} has functions but no tests in TARGETS: add them", file=sys.stderr)
    if args.list:
        for module in modules:
            print(f"{module:<24} {len(mutants_of(module)):>5} mutants")
        return 0
    import hypothesis  # noqa: F401 - loaded once in the parent, shared by every fork
    import pytest  # noqa: F401

    scores = []
    for module in modules:
        started = time.monotonic()
        try:
            result = score(module, jobs=args.jobs, limit=args.limit)
        except ToolError as exc:
            print(f"{module:<24} not scored: {exc}", flush=True)
            continue
        scores.append(result)
        print(
            f"{module:<24} {result.percent:5.1f} %  killed {result.killed:>4} / {result.total:<4}"
            f" ({time.monotonic() - started:.0f} s)"
            + (f"  {len(result.errors)} not run" if result.errors else ""),
            flush=True,
        )
        if args.survivors:
            for mutant in result.survived:
                print(f"    survived  {mutant.function}:{mutant.line}  {mutant.change}")
        for mutant, why in result.errors:
            print(f"    not run   {mutant.function}:{mutant.line}  {mutant.change}: {why}")
    killed = sum(s.killed for s in scores)
    total = sum(s.total for s in scores)
    print(
        f"{'all':<24} {100.0 * killed / total if total else 100:5.1f} %  killed {killed} / {total}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
