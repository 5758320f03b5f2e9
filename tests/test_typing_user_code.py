"""The code users copy is valid user code under ``mypy --strict`` and pyright's strict mode.

What is checked, each file as a user would hold it:

- every script in ``examples/`` and the code cells of the notebooks there;
- every Python block of ``README.md`` and ``docs/*.md``: ```` ```python ```` fences and
  ```` ```{doctest} ```` blocks. A block of ``>>>`` examples becomes the code a user
  types (the prompts and the expected output dropped); the blocks of one page are one
  module, in page order, since a page's examples share their names as a session does.

The snippets are written to a temporary folder and checked by one run of each tool,
with the installed ``nmda_pain``. A failure lists every error at the line of the
README, page, script or notebook cell it comes from.

Bare expressions in ``>>>`` examples and notebook cells are what a session displays,
so pyright's ``reportUnusedExpression`` is off in those files only, and a page's blocks
may each import what they use (``reportDuplicateImport``). Two libraries the exports
hand values to ship no types of their own: networkx (pyright reads the typeshed stubs it
bundles; mypy sees ``Any``) and pandas (``Any`` to mypy, unknown to pyright, which is
told not to guess types from a library's source). What pandas returns is pandas' to
type, so in a file that works on DataFrames pyright's ``reportUnknown*`` rules are off;
every other strict rule, and mypy's strict mode, applies in full.

Neither tool is optional here: without one the test is skipped, and under
``NMDA_PAIN_STRICT=1`` a skip fails the run (``tests/conftest.py``).
"""

from __future__ import annotations

import doctest
import importlib.util
import json
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from collections.abc import Iterator

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
PAGES = (ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md")))

# Third-party libraries the examples use that ship no types (no py.typed, no stubs
# in the test extra). Everything else, nmda_pain first, is checked in full.
UNTYPED = ("networkx", "pandas")

_FENCE = re.compile(r"^(?P<fence>`{3,}|~{3,})\s*(?P<info>\S*)")
_PYTHON_INFOS = frozenset({"python", "py", "python3", "pycon", "{doctest}", "{code-cell}"})
_DISPLAYS = "# pyright: reportUnusedExpression=false\n"
# The blocks of a page each import what they use, as a reader copies one block at a time.
_PAGE = "# pyright: reportUnusedExpression=false, reportDuplicateImport=false\n"
_PANDAS = re.compile(r"\bto_dataframe\(|^\s*(?:import|from)\s+pandas\b", re.MULTILINE)
_PANDAS_VALUES = (
    "# pyright: reportUnknownMemberType=false, reportUnknownVariableType=false, "
    "reportUnknownArgumentType=false, reportUnknownLambdaType=false\n"
)
# Jupyter's built-in ``display``, as a type checker should see it in a notebook.
_JUPYTER_DISPLAY = "def display(*objects: object) -> None: ...\n"


@dataclass
class Snippet:
    """One generated module and, for each of its lines, where that line comes from."""

    name: str
    header: str = ""
    lines: list[str] = field(default_factory=list)
    origins: list[str] = field(default_factory=list)

    def add(self, code: str, origin: str, first_line: int) -> None:
        for offset, line in enumerate(code.splitlines()):
            self.lines.append(line)
            self.origins.append(f"{origin}:{first_line + offset}")

    @property
    def code(self) -> str:
        return "".join(f"{line}\n" for line in self.lines)

    @property
    def preamble(self) -> str:
        """The lines written before the code: the header, and pyright's rules for pandas."""
        return self.header + (_PANDAS_VALUES if _PANDAS.search(self.code) else "")

    @property
    def text(self) -> str:
        return self.preamble + self.code

    def origin(self, line: int) -> str:
        """Where line *line* (1-based, counting the preamble) of the module comes from."""
        index = line - 1 - self.preamble.count("\n")
        if 0 <= index < len(self.origins):
            return self.origins[index]
        return f"{self.name}:{line}"


def fenced_blocks(text: str) -> Iterator[tuple[str, int, str]]:
    """Each fenced block of a Markdown text: its info string, first line (1-based) and body."""
    lines = text.splitlines()
    number = 0
    while number < len(lines):
        opening = _FENCE.match(lines[number])
        number += 1
        if opening is None:
            continue
        fence, body_start, body = opening["fence"], number, []
        while number < len(lines) and not lines[number].startswith(fence):
            body.append(lines[number])
            number += 1
        number += 1  # the closing fence
        # MyST directive options (":options: +ELLIPSIS") head a block; they are no code.
        while body and body[0].startswith(":"):
            body.pop(0)
            body_start += 1
        yield opening["info"], body_start + 1, "\n".join(body) + "\n"


def page_snippet(page: Path) -> Snippet:
    """The Python of one Markdown page, as one module."""
    relative = page.relative_to(ROOT).as_posix()
    stem = re.sub(r"\W", "_", page.stem.lower())
    snippet = Snippet(name=f"page_{stem}.py", header=_PAGE)
    parser = doctest.DocTestParser()
    for info, first_line, body in fenced_blocks(page.read_text(encoding="utf-8")):
        if info not in _PYTHON_INFOS:
            continue
        examples = parser.get_examples(body)
        if not examples and ">>>" not in body:
            snippet.add(body, relative, first_line)
        for example in examples:
            snippet.add(example.source, relative, first_line + example.lineno)
    return snippet


def notebook_snippet(notebook: Path) -> Snippet:
    """The code cells of a notebook, as one module, with Jupyter's built-in ``display``."""
    relative = notebook.relative_to(ROOT).as_posix()
    snippet = Snippet(
        name=f"notebook_{notebook.stem}.py",
        header=_DISPLAYS + _JUPYTER_DISPLAY,
    )
    cells = json.loads(notebook.read_text(encoding="utf-8"))["cells"]
    for index, cell in enumerate(cells):
        if cell["cell_type"] == "code":
            snippet.add("".join(cell["source"]), f"{relative} cell {index}", 1)
    return snippet


def script_snippet(script: Path) -> Snippet:
    """An example script, as it is."""
    snippet = Snippet(name=f"example_{script.stem}.py")
    snippet.add(script.read_text(encoding="utf-8"), script.relative_to(ROOT).as_posix(), 1)
    return snippet


def user_code() -> list[Snippet]:
    """Every snippet to check; pages without Python are left out."""
    snippets = [script_snippet(path) for path in sorted(EXAMPLES.glob("*.py"))]
    snippets += [notebook_snippet(path) for path in sorted(EXAMPLES.glob("*.ipynb"))]
    snippets += [page_snippet(page) for page in PAGES]
    return [snippet for snippet in snippets if snippet.lines]


@pytest.fixture(scope="module")
def checked(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, Snippet]]:
    """The snippets written to a fresh folder, with the tools' configuration beside them."""
    folder = tmp_path_factory.mktemp("user_code")
    snippets = {snippet.name: snippet for snippet in user_code()}
    for snippet in snippets.values():
        (folder / snippet.name).write_text(snippet.text, encoding="utf-8")
    untyped = "".join(f"[mypy-{name}.*]\nignore_missing_imports = True\n" for name in UNTYPED)
    (folder / "mypy.ini").write_text(
        f"[mypy]\nstrict = True\ncache_dir = {folder / '.mypy_cache'}\n{untyped}",
        encoding="utf-8",
    )
    (folder / "pyrightconfig.json").write_text(
        json.dumps(
            {
                "include": sorted(snippets),
                "typeCheckingMode": "strict",
                "pythonVersion": "3.10",
                "reportMissingTypeStubs": False,  # for UNTYPED, which have none
                # What a library without types returns is unknown, as it is Any to mypy:
                # no guessing from pandas' source.
                "useLibraryCodeForTypes": False,
            }
        ),
        encoding="utf-8",
    )
    return folder, snippets


def test_the_user_code_is_found():
    snippets = {snippet.name: snippet for snippet in user_code()}
    expected = {
        "example_extend_registry.py",
        "example_mechanism_network.py",
        "example_neuropathic_pain.py",
        "notebook_explore.py",
        "page_readme.py",
        "page_tutorial.py",
        "page_howto.py",
    }
    assert expected <= set(snippets)
    assert {path.name for path in EXAMPLES.glob("*.py")} == {
        name.removeprefix("example_") for name in snippets if name.startswith("example_")
    }
    # The tutorial's recipe of extending the shipped registry in one call is among them.
    assert any(".extend(" in line for line in snippets["page_tutorial.py"].lines)
    # Prompts and expected output are dropped; the code a user types is kept.
    readme = snippets["page_readme.py"].lines
    assert "from nmda_pain import default_registry, find_claims" in readme
    assert not any(line.startswith((">>>", "...")) for line in readme)


def test_fenced_blocks_keep_the_line_numbers_of_the_page():
    page = "text\n\n```{doctest}\n:options: +ELLIPSIS\n>>> x = 1\n>>> x\n1\n```\n"
    ((info, first_line, body),) = fenced_blocks(page)
    assert (info, first_line) == ("{doctest}", 5)
    (assignment, display) = doctest.DocTestParser().get_examples(body)
    assert (assignment.source, first_line + assignment.lineno) == ("x = 1\n", 5)
    assert (display.source, first_line + display.lineno) == ("x\n", 6)


def _mypy_errors(folder: Path, snippets: dict[str, Snippet]) -> list[str]:
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--config-file",
            str(folder / "mypy.ini"),
            "--no-error-summary",
            "--show-error-codes",
            *sorted(snippets),
        ],
        cwd=folder,
        capture_output=True,
        text=True,
        check=False,
        timeout=600,
    )
    errors = []
    for line in result.stdout.splitlines():
        name, _, rest = line.partition(":")
        number, _, message = rest.partition(":")
        if name in snippets and number.isdecimal():
            if message.strip().startswith("note:"):
                continue
            errors.append(f"{snippets[name].origin(int(number))}:{message}")
        elif line.strip():
            errors.append(line)
    if result.returncode not in {0, 1} or (result.returncode == 1 and not errors):
        errors.append(f"mypy exited with {result.returncode}: {result.stderr.strip()}")
    return errors


def test_the_user_code_passes_mypy_strict(checked):
    if importlib.util.find_spec("mypy") is None:
        pytest.skip("mypy is not installed: pip install -e '.[lint]'")
    folder, snippets = checked
    errors = _mypy_errors(folder, snippets)
    assert not errors, "mypy --strict finds errors in user code:\n" + "\n".join(errors)


def _pyright() -> str | None:
    """The pyright command of this environment, else one on the PATH."""
    beside = Path(sys.executable).with_name("pyright")
    return str(beside) if beside.is_file() else shutil.which("pyright")


def test_the_user_code_passes_pyright_strict(checked):
    command = _pyright()
    if command is None:
        pytest.skip("pyright is not installed: pip install -e '.[lint]'")
    folder, snippets = checked
    result = subprocess.run(
        [command, "--outputjson", "--pythonpath", sys.executable, "-p", str(folder)],
        cwd=folder,
        capture_output=True,
        text=True,
        check=False,
        timeout=600,
    )
    try:
        report = json.loads(result.stdout)
    except json.JSONDecodeError:
        pytest.fail(f"pyright gave no report (exit {result.returncode}): {result.stderr}")
    errors = []
    for diagnostic in report["generalDiagnostics"]:
        if diagnostic["severity"] not in {"error", "warning"}:
            continue
        name = Path(diagnostic["file"]).name
        line = diagnostic["range"]["start"]["line"] + 1
        where = snippets[name].origin(line) if name in snippets else f"{name}:{line}"
        rule = diagnostic.get("rule", "")
        errors.append(f"{where}: {diagnostic['severity']}: {diagnostic['message']}  [{rule}]")
    assert report["summary"]["filesAnalyzed"] == len(snippets)
    assert not errors, "pyright (strict) finds errors in user code:\n" + "\n".join(errors)
