"""The JSON pytree specs that describe a model's input and output structure in the manifest.

A spec is a plain dict: ``{"kind": "leaf"}``, ``{"kind": "none"}``, ``{"kind": "tuple"|"list", "children": [...]}``
or ``{"kind": "dict", "keys": [...], "children": [...]}``. Kept free of torch so serving hosts can use it.
"""

from __future__ import annotations

from typing import Any

from torchtpu_aot.errors import ArtifactError, InputError

LEAF = {"kind": "leaf"}
_KINDS = ("leaf", "none", "tuple", "list", "dict")


def validate(spec: Any, where: str = "spec") -> None:
    """Raise ArtifactError unless ``spec`` is a well-formed pytree spec."""
    if not isinstance(spec, dict) or spec.get("kind") not in _KINDS:
        raise ArtifactError(f"The artifact's {where} is not a valid pytree spec (kind must be one of {_KINDS}).")
    kind = spec["kind"]
    if kind in ("tuple", "list", "dict"):
        children = spec.get("children")
        if not isinstance(children, list):
            raise ArtifactError(f"The artifact's {where} has a {kind} node without a children list.")
        if kind == "dict":
            keys = spec.get("keys")
            if not isinstance(keys, list) or len(keys) != len(children):
                raise ArtifactError(f"The artifact's {where} has a dict node whose keys do not match its children.")
        for i, child in enumerate(children):
            validate(child, f"{where}[{i}]")


def num_leaves(spec: dict) -> int:
    kind = spec["kind"]
    if kind == "leaf":
        return 1
    if kind == "none":
        return 0
    return sum(num_leaves(c) for c in spec["children"])


def leaf_paths(spec: dict, prefix: tuple = ()) -> list[tuple]:
    """The key path of every leaf, in flattening order."""
    kind = spec["kind"]
    if kind == "leaf":
        return [prefix]
    if kind == "none":
        return []
    keys = spec["keys"] if kind == "dict" else range(len(spec["children"]))
    return [p for key, child in zip(keys, spec["children"]) for p in leaf_paths(child, prefix + (key,))]


def path_name(path: tuple) -> str:
    """A readable name for a key path: ``logits``, ``0``, ``hidden.1``."""
    return ".".join(str(p) for p in path)


def flatten(spec: dict, tree: Any, path: str = "input") -> list[Any]:
    """The leaves of ``tree`` in spec order; an InputError names the first place the structure differs."""
    kind = spec["kind"]
    if kind == "leaf":
        return [tree]
    if kind == "none":
        if tree is not None:
            raise InputError(f"{path} must be None (as when the model was exported), got {type(tree).__name__}.")
        return []
    children = spec["children"]
    if kind == "dict":
        if not isinstance(tree, dict):
            raise InputError(f"{path} must be a dict with keys {spec['keys']}, got {type(tree).__name__}.")
        missing = [k for k in spec["keys"] if k not in tree]
        extra = [k for k in tree if k not in spec["keys"]]
        if missing or extra:
            raise InputError(
                f"{path} has keys {sorted(map(str, tree))}; the model was exported with keys "
                f"{list(map(str, spec['keys']))} (missing: {missing}, unexpected: {extra})."
            )
        items = [(tree[k], f"{path}[{k!r}]") for k in spec["keys"]]
    else:
        if not isinstance(tree, (tuple, list)) or len(tree) != len(children):
            got = f"{type(tree).__name__} of length {len(tree)}" if isinstance(tree, (tuple, list)) else type(
                tree).__name__
            raise InputError(f"{path} must be a {kind} of length {len(children)}, got {got}.")
        items = [(item, f"{path}[{i}]") for i, item in enumerate(tree)]
    leaves = []
    for child, (item, item_path) in zip(children, items):
        leaves.extend(flatten(child, item, item_path))
    return leaves


def unflatten(spec: dict, leaves: list[Any]) -> Any:
    """Rebuild the structure from its leaves."""
    it = iter(leaves)
    tree = _build(spec, it)
    return tree


def _build(spec: dict, it) -> Any:
    kind = spec["kind"]
    if kind == "leaf":
        return next(it)
    if kind == "none":
        return None
    children = [_build(c, it) for c in spec["children"]]
    if kind == "tuple":
        return tuple(children)
    if kind == "list":
        return children
    return dict(zip(spec["keys"], children))
