"""Skip torch's decomposition pass when the exported graph needs none: the fast conversion path.

``run_decompositions`` re-traces the whole program to functionalize and decompose it, which costs about as much
as torch.export itself. Most inference graphs need neither: every op already has a lowering, and the only
mutation is ``x.relu_()`` or ``out += identity`` on an intermediate nothing else views. Such an in-place op is
its functional variant plus "later readers see the new value", which a copy of the graph can say directly.
Anything else (mutated inputs or buffers, views of a mutated tensor, ops without a lowering) goes through
torch's decompositions as before.
"""

from __future__ import annotations

import torch
from torch.export import ExportedProgram
from torch.export.graph_signature import OutputKind

from torchtpu_aot.convert.diagnostics import all_nodes, op_key

_MUTATING_OUTPUTS = (OutputKind.BUFFER_MUTATION, OutputKind.USER_INPUT_MUTATION)


def without_decomposition(ep: ExportedProgram, lowered: set[str]) -> ExportedProgram | None:
    """``ep`` itself, or a functional copy of it (the user's program is left untouched), when every op has a
    lowering once in-place ops on fresh intermediates count as their functional variants; None when torch's
    decompositions are needed."""
    if any(spec.kind in _MUTATING_OUTPUTS for spec in ep.graph_signature.output_specs):
        return None
    in_place: dict[str, torch._ops.OpOverload] = {}
    top = set(ep.graph.nodes)
    for node in all_nodes(ep.graph_module):
        if node.op != "call_function":
            continue
        if node not in top and _is_mutating(node.target):
            return None  # in-place ops inside control-flow bodies: torch's functionalization handles them
        if not _is_mutating(node.target):
            if op_key(node.target) not in lowered:
                return None
            continue
        functional = _functional_variant(node.target)
        if functional is None or str(functional) not in lowered or not _fresh_and_unviewed(node):
            return None
        in_place[node.name] = functional
    return _functionalized(ep, in_place) if in_place else ep


def _is_mutating(target) -> bool:
    return isinstance(target, torch._ops.OpOverload) and target._schema.is_mutable


def _functional_variant(op: torch._ops.OpOverload) -> torch._ops.OpOverload | None:
    """``aten.add.Tensor`` for ``aten.add_.Tensor``: the same overload without the trailing underscore, when
    only ``self`` is written."""
    schema = op._schema
    written = [a for a in schema.arguments if a.alias_info is not None and a.alias_info.is_write]
    name = schema.name.split("::")[-1]
    if len(written) != 1 or written[0] is not schema.arguments[0] or not name.endswith("_"):
        return None
    packet = getattr(torch.ops.aten, name[:-1], None)
    overload = getattr(packet, op._overloadname, None) if packet is not None else None
    return None if overload is None or overload._schema.is_mutable else overload


def _alias_root(node: torch.fx.Node) -> torch.fx.Node:
    """The node whose storage an in-place result shares (``relu_(add_(x, y))`` -> ``x``)."""
    while _is_mutating(node.target) and node.args and isinstance(node.args[0], torch.fx.Node):
        node = node.args[0]
    return node


def _aliases(root: torch.fx.Node) -> list[torch.fx.Node]:
    """``root`` and the chain of in-place results that share its storage."""
    members, frontier = [root], [root]
    while frontier:
        node = frontier.pop()
        for user in node.users:
            if _is_mutating(user.target) and user.args and user.args[0] is node and user not in members:
                members.append(user)
                frontier.append(user)
    return members


def _returns_alias(target) -> bool:
    return isinstance(target, torch._ops.OpOverload) and any(r.alias_info is not None for r in target._schema.returns)


def _fresh_and_unviewed(node: torch.fx.Node) -> bool:
    """The mutated tensor is an op's own new result (not an input, a weight or a view), and no view of it
    exists that would have to see the mutation."""
    root = _alias_root(node.args[0]) if node.args and isinstance(node.args[0], torch.fx.Node) else None
    if root is None or root.op != "call_function" or _returns_alias(root.target):
        return False
    for member in _aliases(root):
        for user in member.users:
            if user.op == "call_function" and not _is_mutating(user.target) and _returns_alias(user.target):
                return False
            if user.op == "call_function" and not isinstance(user.target, torch._ops.OpOverload):
                return False  # operator.getitem and friends: leave aliasing questions to torch
    return True


def _functionalized(ep: ExportedProgram, in_place: dict[str, torch._ops.OpOverload]) -> ExportedProgram:
    """A copy of ``ep`` where each in-place node calls its functional variant and every later reader of the
    mutated tensor (or of an earlier in-place result on it) reads the new node instead."""
    graph = copied_graph(ep)
    order = {node: i for i, node in enumerate(graph.nodes)}
    rewritten = [node for node in graph.nodes if node.name in in_place]
    aliases = {node: _aliases(_alias_root(node.args[0])) for node in rewritten}  # before any target changes
    for node in rewritten:
        for alias in aliases[node]:
            if alias is node:
                continue
            for user in list(alias.users):
                if order[user] > order[node]:
                    user.replace_input_with(alias, node)
        node.target = in_place[node.name]
    return ep._update(torch.fx.GraphModule(ep.graph_module, graph), ep.graph_signature)


def copied_graph(ep: ExportedProgram) -> torch.fx.Graph:
    """A copy of ``ep``'s graph to rewrite, its nodes named as in ``ep`` (the graph signature uses the names)."""
    graph = torch.fx.Graph()
    copies: dict[torch.fx.Node, torch.fx.Node] = {}
    graph.output(graph.graph_copy(ep.graph, copies))
    for old, new in copies.items():
        new.name = old.name  # the copy's namespace renames names like `input`
    return graph
