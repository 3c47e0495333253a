"""StableHLO module plumbing shared by the converter, the artifact format and the runtime.

Everything here works on jaxlib's MLIR bindings only (no torch): parsing and printing, the portable
(VHLO bytecode) form, the manifest attribute, argument/result names, and clean-ups of what jax.export emits.
"""

from __future__ import annotations

import contextlib
import hashlib
import re
from collections.abc import Iterator, Mapping

import numpy as np
from jaxlib.mlir import ir
from jaxlib.mlir.dialects import func as func_dialect
from jaxlib.mlir.dialects import stablehlo

from torchtpu_aot import jax_compat

BYTECODE_MAGIC = b"ML\xefR"
MANIFEST_ATTR = "torchtpu.manifest"
NAME_ATTR = "torchtpu.name"
PLATFORM_INDEX_ATTR = "jax.global_constant"
SCOPE_PREFIX = "torchtpu_node"  # JAX name scopes the converter puts each node's lowering under (debug info)


def new_context() -> ir.Context:
    """An MLIR context with the func, StableHLO, CHLO and Shardy dialects loaded."""
    return jax_compat.make_ir_context()


def current_version() -> str:
    """The newest StableHLO version this jaxlib writes."""
    return str(stablehlo.get_current_version())


def minimum_version() -> str:
    """The oldest StableHLO version this jaxlib can write (and read) as a portable artifact."""
    return str(stablehlo.get_minimum_version())


def is_bytecode(data: bytes) -> bool:
    return data.startswith(BYTECODE_MAGIC)


class MLIRDiagnosticError(ValueError):
    """MLIR refused a module; ``diagnostics`` holds its messages (``loc: message``), which otherwise go to stderr."""

    def __init__(self, what: str, diagnostics: list[str]):
        super().__init__(f"{what}: {'; '.join(diagnostics) or 'no diagnostic given'}")
        self.diagnostics = diagnostics


@contextlib.contextmanager
def collected_diagnostics(ctx: ir.Context) -> Iterator[list[str]]:
    """Collect the context's diagnostics into a list instead of letting MLIR print them."""
    messages: list[str] = []

    def handle(d) -> bool:
        try:
            messages.append(f"{d.location}: {d.message}")
        except Exception:  # a message quoting corrupted input may not be UTF-8; never raise into MLIR
            messages.append("(a diagnostic that is not valid UTF-8)")
        return True

    handler = ctx.attach_diagnostic_handler(handle)
    try:
        yield messages
    finally:
        handler.detach()


_PRODUCER = re.compile(rb"StableHLO_v(\d{1,4})\.(\d{1,4})\.(\d{1,4})")


def portable_version(data: bytes) -> str | None:
    """The StableHLO version a portable artifact was written for, read from the bytecode header.

    The header is the magic, the bytecode format version (a prefix varint) and a NUL-terminated producer
    string, ``StableHLO_vX.Y.Z`` for portable artifacts. None when the header is cut short or names another
    producer.
    """
    if not is_bytecode(data) or len(data) <= len(BYTECODE_MAGIC):
        return None
    first = data[len(BYTECODE_MAGIC)]
    varint_len = 9 if first == 0 else (first & -first).bit_length()  # trailing zero bits + 1 bytes
    start = len(BYTECODE_MAGIC) + varint_len
    end = data.find(b"\0", start, start + 64)
    match = _PRODUCER.fullmatch(data[start:end]) if end >= 0 else None
    return ".".join(str(int(g)) for g in match.groups()) if match else None


def to_portable(text: str, target_version: str) -> bytes:
    """Serialize StableHLO text as a portable artifact (VHLO bytecode) for ``target_version``.

    Raises MLIRDiagnosticError (e.g. an op the target version cannot express) with MLIR's reasons.
    """
    with new_context() as ctx, collected_diagnostics(ctx) as diagnostics:
        module = parse(text, ctx)
        try:
            return stablehlo.serialize_portable_artifact(module, target_version)
        except ValueError:
            raise MLIRDiagnosticError(f"cannot write StableHLO {target_version}", diagnostics) from None


def from_portable(data: bytes) -> str:
    """StableHLO text of a portable artifact; MLIRDiagnosticError with MLIR's reasons when it cannot be read.
    The locations of an ``export --debug-info`` program are kept, so they reach the compiler.

    Single-threaded, so that it also works in a forked child, where the context's thread pool has no threads.
    """
    with new_context() as ctx, collected_diagnostics(ctx) as diagnostics:
        ctx.enable_multithreading(False)
        try:
            module = stablehlo.deserialize_portable_artifact(ctx, data)
        except ValueError:
            raise MLIRDiagnosticError("cannot read the portable artifact", diagnostics) from None
        return print_module(module, debug_info=has_debug_info(module))


def has_debug_info(module: ir.Module) -> bool:
    """Whether ops carry named locations, which only ``set_locations`` (``export --debug-info``) writes: a program
    printed without locations and parsed again has only positions in that text."""
    return any(isinstance(op.location, ir.NameLoc) for op in _walk(module.body))


def parse(text: str, ctx: ir.Context) -> ir.Module:
    """Parse (and verify) MLIR text; ``ir.MLIRError`` carries the diagnostics when it fails."""
    return ir.Module.parse(text, context=ctx)


def print_module(module: ir.Module, debug_info: bool = False) -> str:
    """Pretty text, without locations unless ``debug_info``: locations carry the exporting machine's file paths."""
    return module.operation.get_asm(enable_debug_info=debug_info, large_elements_limit=None)


def main_func(module: ir.Module):
    for op in module.body.operations:
        if op.operation.name == "func.func" and ir.StringAttr(op.attributes["sym_name"]).value == "main":
            return op
    return None


def read_string_attr(module: ir.Module, name: str) -> str | None:
    """A module string attribute (None if absent); ValueError if it is not a UTF-8 string attribute."""
    attrs = module.operation.attributes
    return ir.StringAttr(attrs[name]).value_bytes.decode("utf-8") if name in attrs else None


def set_string_attr(module: ir.Module, name: str, value: str) -> None:
    module.operation.attributes[name] = ir.StringAttr.get(value)


def _walk(block) -> Iterator[ir.Operation]:
    for op in block.operations:
        yield op.operation
        for region in op.operation.regions:
            for inner in region.blocks:
                yield from _walk(inner)


def op_histogram(module: ir.Module) -> dict[str, int]:
    """How many of each operation the module holds, nested regions included."""
    counts: dict[str, int] = {}
    for op in _walk(module.body):
        counts[op.name] = counts.get(op.name, 0) + 1
    return dict(sorted(counts.items()))


def composite_histogram(module: ir.Module) -> dict[str, int]:
    """How many ``stablehlo.composite`` ops of each name the module holds."""
    counts: dict[str, int] = {}
    for op in _walk(module.body):
        if op.name == "stablehlo.composite":
            name = ir.StringAttr(op.attributes["name"]).value
            counts[name] = counts.get(name, 0) + 1
    return dict(sorted(counts.items()))


def custom_call_targets(module: ir.Module) -> set[str]:
    targets = set()
    for op in _walk(module.body):
        if op.name == "stablehlo.custom_call":
            targets.add(ir.StringAttr(op.attributes["call_target_name"]).value)
    return targets


def fold_identical_platform_cases(module: ir.Module) -> int:
    """Replace each ``stablehlo.case`` whose branches are all the same code by that code, once.

    jax.export lowers some primitives (dot_general, for one) separately per target platform even when every
    platform gets the same ops; the artifact then carries several identical copies behind a switch on the
    platform index. Folding them keeps the program small and readable. Returns how many cases were folded.
    """
    folded = 0
    for op in list(_walk(module.body)):
        if op.name != "stablehlo.case" or len(op.regions) < 2:
            continue
        if not all(_same_region(op.regions[0], other, {}) for other in op.regions[1:]):
            continue
        block = op.regions[0].blocks[0]
        ops = list(block.operations)
        terminator = ops[-1]
        for inner in ops[:-1]:
            inner.operation.move_before(op)
        for result, value in zip(op.results, terminator.operation.operands):
            result.replace_all_uses_with(value)
        op.erase()
        folded += 1
    _erase_dead_ops(module)
    return folded


def _same_region(a, b, inner: dict) -> bool:
    """Structural equality of two regions: same ops, attributes and types, and operands that are either the
    same outside values or corresponding values defined inside (``inner`` maps b's values to a's)."""
    blocks_a, blocks_b = list(a.blocks), list(b.blocks)
    if len(blocks_a) != len(blocks_b):
        return False
    for block_a, block_b in zip(blocks_a, blocks_b):
        if [x.type for x in block_a.arguments] != [x.type for x in block_b.arguments]:
            return False
        inner.update(zip(block_b.arguments, block_a.arguments))
        ops_a, ops_b = list(block_a.operations), list(block_b.operations)
        if len(ops_a) != len(ops_b):
            return False
        for x, y in zip(ops_a, ops_b):
            x, y = x.operation, y.operation
            if (x.name != y.name or _attributes(x) != _attributes(y)
                    or [r.type for r in x.results] != [r.type for r in y.results]
                    or len(x.operands) != len(y.operands) or len(x.regions) != len(y.regions)):
                return False
            if any(inner.get(v, v) != u for u, v in zip(x.operands, y.operands)):
                return False
            if not all(_same_region(ra, rb, inner) for ra, rb in zip(x.regions, y.regions)):
                return False
            inner.update(zip(y.results, x.results))
    return True


def _named_attributes(op) -> list:
    attrs = op.attributes
    return [attrs[i] for i in range(len(attrs))]


def _attributes(op) -> dict[str, str]:
    return {a.name: str(a.attr) for a in _named_attributes(op)}


# StableHLO ops whose removal changes behaviour even when their results are unused.
_SIDE_EFFECTS = {"stablehlo.custom_call", "stablehlo.send", "stablehlo.recv", "stablehlo.infeed",
                 "stablehlo.outfeed", "stablehlo.rng_bit_generator", "stablehlo.rng"}


def _erase_dead_ops(module: ir.Module) -> None:
    """Drop side-effect-free StableHLO ops whose results nothing uses (e.g. folded platform-index switches)."""
    changed = True
    while changed:
        changed = False
        for op in reversed(list(_walk(module.body))):
            if (op.name.startswith("stablehlo.") and op.name not in _SIDE_EFFECTS and len(op.results)
                    and all(not list(r.uses) for r in op.results)):
                op.erase()
                changed = True


def _functions(module: ir.Module) -> dict:
    return {ir.StringAttr(op.attributes["sym_name"]).value: op for op in module.body.operations
            if op.operation.name == "func.func"}


def finish_composites(module: ir.Module) -> None:
    """Give each ``stablehlo.composite`` the op's own operands alone (run after ``fold_identical_platform_cases``).

    As lowered for a multi-platform or shape-polymorphic export (``jax_compat.install_composite_lowering``), a
    composite also passes JAX's platform index and dimension variables to its decomposition. Inside the
    decomposition each dimension variable is read from an operand's shape instead, and the platform index must be
    unused once identical per-platform code is folded. Where that cannot be done (code that differs per platform,
    a dimension no operand has) the op becomes a plain call of its decomposition, which computes the same.
    """
    functions = _functions(module)
    removed: dict[str, int | None] = {}  # decomposition -> leading arguments taken out, or None
    for op in list(_walk(module.body)):
        if op.name != "stablehlo.composite" or jax_compat.DIM_SOURCES_ATTR not in op.attributes:
            continue
        callee = ir.FlatSymbolRefAttr(op.attributes["decomposition"]).value
        if callee not in removed:
            sources = {a.name: [int(v) for v in ir.DenseIntElementsAttr(a.attr)]
                       for a in ir.DictAttr(op.attributes[jax_compat.DIM_SOURCES_ATTR])}
            removed[callee] = _read_dims_inside(functions[callee], sources)
        count = removed[callee]
        operands = list(op.operands)
        attributes = {a.name: a.attr for a in _named_attributes(op) if a.name != jax_compat.DIM_SOURCES_ATTR}
        if count is None:
            _replace_by_call(op)
            continue
        with ir.InsertionPoint(op), op.location:
            new = ir.Operation.create("stablehlo.composite", results=[r.type for r in op.results],
                                      operands=operands[count:], attributes=attributes)
        for old, value in zip(op.results, new.results):
            old.replace_all_uses_with(value)
        op.erase()
    _share_decompositions(module)


def _share_decompositions(module: ir.Module) -> None:
    """Point composites whose decompositions are the same code at one of them, and drop the copies (each
    composite is lowered with a function of its own, so a model's 12 layer norms would otherwise carry 12).
    JAX's own ``chlo.*`` composites are left as JAX wrote them."""
    functions = _functions(module)
    kept: list = []  # the first function of each distinct body
    replacement: dict[str, str] = {}
    for op in list(_walk(module.body)):
        if op.name != "stablehlo.composite" or ir.StringAttr(op.attributes["name"]).value.startswith("chlo."):
            continue
        callee = ir.FlatSymbolRefAttr(op.attributes["decomposition"]).value
        if callee not in replacement:
            function = functions[callee]
            same = next((k for k in kept if _same_function(k, function)), None)
            if same is None:
                kept.append(function)
            replacement[callee] = callee if same is None else ir.StringAttr(same.attributes["sym_name"]).value
        if replacement[callee] != callee:
            op.attributes["decomposition"] = ir.FlatSymbolRefAttr.get(replacement[callee])
    for old, new in replacement.items():
        if old != new:
            functions[old].operation.erase()


def _same_function(a, b) -> bool:
    return (str(a.attributes["function_type"]) == str(b.attributes["function_type"])
            and _same_region(a.regions[0], b.regions[0], {}))


def composites_to_calls(module: ir.Module) -> int:
    """Replace every ``stablehlo.composite`` by a call of its decomposition (what it means); returns how many.

    JAX's own ``chlo.*`` composites (``chlo.erf``...) stay: JAX turns them back into CHLO ops before compiling.
    """
    composites = [op for op in _walk(module.body) if op.name == "stablehlo.composite"
                  and not ir.StringAttr(op.attributes["name"]).value.startswith("chlo.")]
    for op in composites:
        _replace_by_call(op)
    return len(composites)


def _replace_by_call(op) -> None:
    callee = ir.FlatSymbolRefAttr(op.attributes["decomposition"]).value
    with ir.InsertionPoint(op), op.location:
        call = func_dialect.CallOp([r.type for r in op.results], ir.FlatSymbolRefAttr.get(callee), list(op.operands))
    for old, value in zip(op.results, call.results):
        old.replace_all_uses_with(value)
    op.erase()


def _read_dims_inside(function, sources: dict[str, list[int]]) -> int | None:
    """Replace the decomposition's leading platform-index and dimension arguments by values read from its other
    arguments' shapes, and remove them; how many were removed, or None (nothing changed) if one cannot be."""
    block = function.regions[0].blocks[0]
    names = []
    for attrs in (list(function.arg_attrs) if "arg_attrs" in function.attributes else []):
        entries = {a.name: a.attr for a in ir.DictAttr(attrs)}
        if PLATFORM_INDEX_ATTR not in entries:
            break
        names.append(ir.StringAttr(entries[PLATFORM_INDEX_ATTR]).value)
    used = [i for i in range(len(names)) if list(block.arguments[i].uses)]
    if any(names[i] not in sources for i in used):
        return None  # the platform index (code that differs per platform), or a dim no operand has
    first = list(block.operations)[0]
    for i in used:
        argument, (index, axis) = block.arguments[i], sources[names[i]]
        with ir.InsertionPoint(first), ir.Location.unknown():
            size = stablehlo.GetDimensionSizeOp(block.arguments[index], axis).result
            value = size if size.type == argument.type else stablehlo.ConvertOp(argument.type, size).result
        argument.replace_all_uses_with(value)
    _drop_arguments(function, range(len(names)))
    return len(names)


def _drop_arguments(function, indices) -> None:
    """Remove unused block arguments from a function, with their types and attributes."""
    block = function.regions[0].blocks[0]
    drop = set(indices)
    keep = [i for i in range(len(block.arguments)) if i not in drop]
    arg_attrs = list(function.arg_attrs) if "arg_attrs" in function.attributes else None
    for index in sorted(drop, reverse=True):
        block.erase_argument(index)
    ftype = ir.FunctionType(ir.TypeAttr(function.attributes["function_type"]).value)
    function.attributes["function_type"] = ir.TypeAttr.get(
        ir.FunctionType.get([ftype.inputs[i] for i in keep], list(ftype.results)))
    if arg_attrs is not None:
        function.attributes["arg_attrs"] = ir.ArrayAttr.get([arg_attrs[i] for i in keep])


_SCOPE = re.compile(re.escape(SCOPE_PREFIX) + r"(\d+)")


def set_locations(module: ir.Module, sites: list) -> None:
    """Give every op the location of the graph node it was lowered for, ``loc("aten.add.Tensor"("model.py":12:0))``:
    ``sites[i]`` is ``(op name, model line or None)`` for the JAX name scope ``torchtpu_node<i>`` (the innermost one
    named in the op's location wins). Every other op and argument gets an unknown location, so no path of the
    exporting machine's files stays in the program."""
    unknown = ir.Location.unknown()
    for op in _walk(module.body):
        found = _SCOPE.findall(str(op.location))
        loc = unknown
        if found and int(found[-1]) < len(sites):
            name, line = sites[int(found[-1])]
            loc = ir.Location.name(name, ir.Location.file(line.file, line.line, 0) if line else unknown)
        op.location = loc
        for region in op.regions:
            for block in region.blocks:
                for argument in block.arguments:
                    argument.set_location(unknown)


def set_module_name(module: ir.Module, name: str) -> None:
    module.operation.attributes["sym_name"] = ir.StringAttr.get(name)


def set_argument_names(func, names: list[str | None], result_names: list[str]) -> None:
    """Name @main's arguments and results (``torchtpu.name``) so the text says what each one is."""
    arg_attrs = list(func.arg_attrs)
    new_args = []
    for attrs, name in zip(arg_attrs, names):
        entries = {a.name: a.attr for a in ir.DictAttr(attrs)}
        if name is not None:
            entries[NAME_ATTR] = ir.StringAttr.get(name)
        new_args.append(ir.DictAttr.get(entries))
    func.arg_attrs = ir.ArrayAttr.get(new_args)
    func.res_attrs = ir.ArrayAttr.get([ir.DictAttr.get({NAME_ATTR: ir.StringAttr.get(n)}) for n in result_names])


def inline_arguments(func, values: Mapping[int, np.ndarray]) -> None:
    """Turn the given @main arguments into ``stablehlo.constant`` ops and remove them from the signature."""
    block = func.regions[0].blocks[0]
    first = list(block.operations)[0]
    for index, array in values.items():
        arg = block.arguments[index]
        with ir.InsertionPoint(first), ir.Location.unknown():
            const = stablehlo.ConstantOp(_dense_attr(array, arg.type))
        arg.replace_all_uses_with(const.result)
    keep = [i for i in range(len(block.arguments)) if i not in values]
    arg_attrs = list(func.arg_attrs)
    for index in sorted(values, reverse=True):
        block.erase_argument(index)
    ftype = ir.FunctionType(ir.TypeAttr(func.attributes["function_type"]).value)
    func.attributes["function_type"] = ir.TypeAttr.get(
        ir.FunctionType.get([ftype.inputs[i] for i in keep], list(ftype.results))
    )
    func.arg_attrs = ir.ArrayAttr.get([arg_attrs[i] for i in keep])


def _dense_attr(array: np.ndarray, tensor_type) -> ir.DenseElementsAttr:
    """A dense constant of ``tensor_type``; given the type, MLIR takes the raw bytes of any dtype (bf16 too)."""
    return ir.DenseElementsAttr.get(np.ascontiguousarray(array).reshape(np.shape(array)), type=tensor_type)


def sha256_bytes(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


ENTRY_PREFIX_SEPARATOR = "__"


def merge_entry_points(programs: Mapping[str, str], module_name: str, debug_info: bool = False) -> str:
    """One module with each program's @main as a public function named by its key (``{"decode": text}`` gives
    ``@decode``), for entry points that share their weights. Each program's private helpers are renamed
    ``KEY__helper`` so that they cannot clash. The module attributes are the first program's."""
    with new_context() as ctx:
        target = None
        for name, text in programs.items():
            module = parse(text, ctx)
            for op in [op for op in module.body.operations if op.operation.name == "func.func"]:
                old = ir.StringAttr(op.attributes["sym_name"]).value
                new = name if old == "main" else f"{name}{ENTRY_PREFIX_SEPARATOR}{old}"
                ir.SymbolTable.replace_all_symbol_uses(old, new, module.operation)
                op.attributes["sym_name"] = ir.StringAttr.get(new)
            if target is None:
                target = module
                set_module_name(target, module_name)
                continue
            for op in list(module.body.operations):
                target.body.append(op.detach_from_parent())
        return print_module(target, debug_info=debug_info)


def entry_module(text: str, name: str) -> str:
    """The module with its public function ``name`` as @main and every other public function made private (so
    that JAX compiles that entry point alone; the others are dropped as unused)."""
    with new_context() as ctx:
        module = parse(text, ctx)
        for op in module.body.operations:
            if op.operation.name != "func.func":
                continue
            symbol = ir.StringAttr(op.attributes["sym_name"]).value
            if symbol == name:
                op.attributes["sym_name"] = ir.StringAttr.get("main")
            elif _visibility(op) == "public":
                op.attributes["sym_visibility"] = ir.StringAttr.get("private")
        return print_module(module)


def public_function(module: ir.Module, name: str):
    """The public function ``name`` of the module, or None."""
    for op in module.body.operations:
        if (op.operation.name == "func.func" and ir.StringAttr(op.attributes["sym_name"]).value == name
                and _visibility(op) == "public"):
            return op
    return None


def _visibility(func) -> str:
    return ir.StringAttr(func.attributes["sym_visibility"]).value if "sym_visibility" in func.attributes else "public"
