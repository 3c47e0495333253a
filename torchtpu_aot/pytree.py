"""The pytree specs that describe a model's input and output structure in the manifest.

A ``TreeSpec`` is a frozen tree of nodes: a leaf (one tensor or constant), ``None``, a tuple, a list, a dict (string
or integer keys) or a named tuple (its type name and field names; torch's ``topk``/``max``/``sort`` results and
users' ``NamedTuple`` classes). In JSON each node is ``{"kind": "leaf"}``, ``{"kind": "none"}``,
``{"kind": "tuple"|"list", "children": [...]}``, ``{"kind": "dict", "keys": [...], "children": [...]}`` or
``{"kind": "namedtuple", "type": "topk", "keys": ["values", "indices"], "children": [...]}``. Kept free of torch
so serving hosts can use it. Named tuples come back as ``collections.namedtuple`` classes made from their recorded
names: nothing from the artifact is imported or executed.
"""

from __future__ import annotations

import collections
import functools
import keyword
from dataclasses import dataclass
from typing import Any

from torchtpu_aot.errors import ArtifactError, InputError

_KINDS = ("leaf", "none", "tuple", "list", "dict", "namedtuple")
NAMEDTUPLE_KIND = "namedtuple"


@dataclass(frozen=True)
class TreeSpec:
    """One node of a structure: ``kind`` and, for containers, ``children`` (and ``keys`` for dicts and named
    tuples, ``type_name`` for named tuples)."""

    kind: str
    children: tuple[TreeSpec, ...] = ()
    keys: tuple[Any, ...] | None = None
    type_name: str | None = None

    @property
    def num_leaves(self) -> int:
        return num_leaves(self)

    def uses(self, kind: str) -> bool:
        """Whether a node of ``kind`` appears anywhere in the tree."""
        return self.kind == kind or any(c.uses(kind) for c in self.children)

    def to_json(self) -> dict:
        if self.kind in ("leaf", "none"):
            return {"kind": self.kind}
        out: dict[str, Any] = {"kind": self.kind, "children": [c.to_json() for c in self.children]}
        if self.kind in ("dict", NAMEDTUPLE_KIND):
            out["keys"] = list(self.keys or ())
        if self.kind == NAMEDTUPLE_KIND:
            out["type"] = self.type_name
        return out


LEAF = TreeSpec("leaf")
NONE = TreeSpec("none")


def from_json(spec: Any, where: str = "spec") -> TreeSpec:
    """The TreeSpec of a JSON spec; ArtifactError unless it is well formed."""
    if not isinstance(spec, dict) or spec.get("kind") not in _KINDS:
        raise ArtifactError(f"The artifact's {where} is not a valid pytree spec (kind must be one of {_KINDS}).")
    kind = spec["kind"]
    if kind in ("leaf", "none"):
        return LEAF if kind == "leaf" else NONE
    children = spec.get("children")
    if not isinstance(children, list):
        raise ArtifactError(f"The artifact's {where} has a {kind} node without a children list.")
    keys = type_name = None
    if kind in ("dict", NAMEDTUPLE_KIND):
        keys = spec.get("keys")
        if not isinstance(keys, list) or len(keys) != len(children):
            raise ArtifactError(f"The artifact's {where} has a {kind} node whose keys do not match its children.")
        if not all(isinstance(k, str) or (isinstance(k, int) and not isinstance(k, bool)) for k in keys):
            raise ArtifactError(f"The artifact's {where} has {kind} keys that are not strings or integers.")
        keys = tuple(keys)
    if kind == NAMEDTUPLE_KIND:
        type_name = spec.get("type")
        if not (_is_identifier(type_name) and all(_is_identifier(k) and not k.startswith("_") for k in keys)
                and len(set(keys)) == len(keys)):
            raise ArtifactError(f"The artifact's {where} has a named tuple whose type or field names are not "
                                "distinct Python identifiers.")
    return TreeSpec(kind, tuple(from_json(c, f"{where}[{i}]") for i, c in enumerate(children)), keys, type_name)


def _is_identifier(name: Any) -> bool:
    return isinstance(name, str) and name.isidentifier() and not keyword.iskeyword(name)


def num_leaves(spec: TreeSpec) -> int:
    if spec.kind == "leaf":
        return 1
    return sum(num_leaves(c) for c in spec.children)


def leaf_paths(spec: TreeSpec, prefix: tuple = ()) -> list[tuple]:
    """The key path of every leaf, in flattening order."""
    if spec.kind == "leaf":
        return [prefix]
    keys = spec.keys if spec.keys is not None else range(len(spec.children))
    return [p for key, child in zip(keys, spec.children) for p in leaf_paths(child, prefix + (key,))]


def path_name(path: tuple) -> str:
    """A readable name for a key path: ``logits``, ``0``, ``hidden.1``."""
    return ".".join(str(p) for p in path)


def flatten(spec: TreeSpec, tree: Any, path: str = "input") -> list[Any]:
    """The leaves of ``tree`` in spec order; an InputError names the first place the structure differs."""
    kind = spec.kind
    if kind == "leaf":
        return [tree]
    if kind == "none":
        if tree is not None:
            raise InputError(f"{path} must be None (as when the model was exported), got {type(tree).__name__}.")
        return []
    children = spec.children
    if kind == "dict" or (kind == NAMEDTUPLE_KIND and isinstance(tree, dict)):
        if not isinstance(tree, dict):
            raise InputError(f"{path} must be a dict with keys {list(spec.keys)}, got {type(tree).__name__}.")
        missing = [k for k in spec.keys if k not in tree]
        extra = [k for k in tree if k not in spec.keys]
        if missing or extra:
            raise InputError(
                f"{path} has keys {sorted(map(str, tree))}; the model was exported with keys "
                f"{list(map(str, spec.keys))} (missing: {missing}, unexpected: {extra})."
            )
        items = [(tree[k], f"{path}[{k!r}]") for k in spec.keys]
    else:
        want = "tuple" if kind == NAMEDTUPLE_KIND else kind
        if not isinstance(tree, (tuple, list)) or len(tree) != len(children):
            got = f"{type(tree).__name__} of length {len(tree)}" if isinstance(tree, (tuple, list)) else type(
                tree).__name__
            raise InputError(f"{path} must be a {want} of length {len(children)}, got {got}.")
        items = [(item, f"{path}[{i}]") for i, item in enumerate(tree)]
    leaves = []
    for child, (item, item_path) in zip(children, items):
        leaves.extend(flatten(child, item, item_path))
    return leaves


def unflatten(spec: TreeSpec, leaves: list[Any]) -> Any:
    """Rebuild the structure from its leaves."""
    return _build(spec, iter(leaves))


def _build(spec: TreeSpec, it) -> Any:
    kind = spec.kind
    if kind == "leaf":
        return next(it)
    if kind == "none":
        return None
    children = [_build(c, it) for c in spec.children]
    if kind == "tuple":
        return tuple(children)
    if kind == "list":
        return children
    if kind == NAMEDTUPLE_KIND:
        return namedtuple_class(spec.type_name, spec.keys)(*children)
    return dict(zip(spec.keys, children))


@functools.lru_cache(maxsize=256)
def namedtuple_class(type_name: str, fields: tuple[str, ...]) -> type:
    """One class per (name, fields), so results of the same program share a type (and compare equal)."""
    return collections.namedtuple(type_name, fields)
