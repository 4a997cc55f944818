"""The package's own source: guards against mistakes no other test would see."""
import ast
from pathlib import Path

import readout

PACKAGE = Path(readout.__file__).parent


def _top_level_names(tree: ast.Module):
    for node in tree.body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            yield node.name, node.lineno
        elif isinstance(node, ast.Assign):
            yield from ((t.id, node.lineno) for t in node.targets if isinstance(t, ast.Name))
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            yield node.target.id, node.lineno


def test_no_module_binds_a_top_level_name_twice():
    """A pattern or function defined again further down a module silently replaces the first one:
    every use then runs the second (a rule added under a name already taken never runs)."""
    twice = []
    for path in sorted(PACKAGE.rglob("*.py")):
        first: dict[str, int] = {}
        for name, line in _top_level_names(ast.parse(path.read_text(encoding="utf-8"))):
            if name in first:
                twice.append(f"{path.relative_to(PACKAGE)}: {name} (lines {first[name]} and {line})")
            first.setdefault(name, line)
    assert not twice, twice
