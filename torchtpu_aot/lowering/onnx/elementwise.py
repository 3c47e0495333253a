"""Elementwise ONNX ops: arithmetic, comparisons, logic, bit ops, activations, casts."""

from __future__ import annotations

import jax
import jax.numpy as jnp
import numpy as np
from jax import lax

from torchtpu_aot.lowering.onnx.registry import OnnxNode, onnx_op


def _is_int(x) -> bool:
    return jnp.issubdtype(x.dtype, jnp.integer)


_UNARY = {
    "Abs": jnp.abs, "Neg": jnp.negative, "Exp": jnp.exp, "Log": jnp.log, "Sqrt": jnp.sqrt, "Floor": jnp.floor,
    "Ceil": jnp.ceil, "Sin": jnp.sin, "Cos": jnp.cos, "Tan": jnp.tan, "Asin": jnp.arcsin, "Acos": jnp.arccos,
    "Atan": jnp.arctan, "Sinh": jnp.sinh, "Cosh": jnp.cosh, "Asinh": jnp.arcsinh, "Acosh": jnp.arccosh,
    "Atanh": jnp.arctanh, "Tanh": jnp.tanh, "Sigmoid": jax.nn.sigmoid, "Erf": jax.scipy.special.erf,
    "Sign": jnp.sign, "Round": jnp.round, "IsNaN": jnp.isnan, "Not": jnp.logical_not,
    "BitwiseNot": jnp.bitwise_not, "Relu": lambda x: jnp.maximum(x, jnp.zeros((), x.dtype)),
    "Softsign": lambda x: x / (1 + jnp.abs(x)), "Identity": lambda x: x,
}


def _unary(fn):
    return lambda node, x: fn(x)


for _name, _fn in _UNARY.items():
    onnx_op(_name)(_unary(_fn))


@onnx_op("Reciprocal")
def reciprocal(node: OnnxNode, x):
    return jnp.ones((), x.dtype) / x


@onnx_op("Softplus")
def softplus(node: OnnxNode, x):
    return jnp.logaddexp(x, jnp.zeros((), x.dtype))


def _scalar(x, value):
    return jnp.asarray(value, dtype=x.dtype)


@onnx_op("Elu")
def elu(node: OnnxNode, x):
    alpha = _scalar(x, node.attr("alpha", 1.0))
    return jnp.where(x > 0, x, alpha * (jnp.exp(x) - 1))


@onnx_op("Celu")
def celu(node: OnnxNode, x):
    alpha = _scalar(x, node.attr("alpha", 1.0))
    return jnp.maximum(x, 0) + jnp.minimum(0, alpha * (jnp.exp(x / alpha) - 1))


@onnx_op("Selu")
def selu(node: OnnxNode, x):
    alpha = _scalar(x, node.attr("alpha", 1.67326319217681884765625))
    gamma = _scalar(x, node.attr("gamma", 1.05070102214813232421875))
    return gamma * jnp.where(x > 0, x, alpha * (jnp.exp(x) - 1))


@onnx_op("LeakyRelu")
def leaky_relu(node: OnnxNode, x):
    return jnp.where(x >= 0, x, _scalar(x, node.attr("alpha", 0.01)) * x)


@onnx_op("PRelu")
def prelu(node: OnnxNode, x, slope):
    return jnp.where(x >= 0, x, slope * x)


@onnx_op("ThresholdedRelu")
def thresholded_relu(node: OnnxNode, x):
    return jnp.where(x > _scalar(x, node.attr("alpha", 1.0)), x, jnp.zeros((), x.dtype))


@onnx_op("HardSigmoid")
def hard_sigmoid(node: OnnxNode, x):
    alpha, beta = _scalar(x, node.attr("alpha", 0.2)), _scalar(x, node.attr("beta", 0.5))
    return jnp.clip(alpha * x + beta, 0, 1).astype(x.dtype)


@onnx_op("HardSwish")
def hard_swish(node: OnnxNode, x):
    return x * jnp.clip(x / 6 + 0.5, 0, 1).astype(x.dtype)


@onnx_op("Swish")
def swish(node: OnnxNode, x):
    return x * jax.nn.sigmoid(_scalar(x, node.attr("alpha", 1.0)) * x)


@onnx_op("Mish")
def mish(node: OnnxNode, x):
    return x * jnp.tanh(jnp.logaddexp(x, jnp.zeros((), x.dtype)))


@onnx_op("Gelu")
def gelu(node: OnnxNode, x):
    return jax.nn.gelu(x, approximate=node.attr("approximate", "none") == "tanh").astype(x.dtype)


@onnx_op("Shrink")
def shrink(node: OnnxNode, x):
    bias, lambd = node.attr("bias", 0.0), node.attr("lambd", 0.5)
    y = jnp.where(x < -lambd, x + _scalar(x, bias), jnp.where(x > lambd, x - _scalar(x, bias), jnp.zeros((), x.dtype)))
    return y.astype(x.dtype)


@onnx_op("IsInf")
def is_inf(node: OnnxNode, x):
    pos, neg = node.attr("detect_positive", 1), node.attr("detect_negative", 1)
    return jnp.logical_or(jnp.isposinf(x) & bool(pos), jnp.isneginf(x) & bool(neg))


@onnx_op("Clip")
def clip(node: OnnxNode, x, lo=None, hi=None):
    if lo is not None:
        x = jnp.maximum(x, jnp.asarray(lo, x.dtype))
    if hi is not None:
        x = jnp.minimum(x, jnp.asarray(hi, x.dtype))
    return x


# ---------------------------------------------------------------------------------------------------- binary


@onnx_op("Add")
def add(node: OnnxNode, a, b):
    return jnp.add(a, b)


@onnx_op("Sub")
def sub(node: OnnxNode, a, b):
    return jnp.subtract(a, b)


@onnx_op("Mul")
def mul(node: OnnxNode, a, b):
    return jnp.multiply(a, b)


@onnx_op("Div")
def div(node: OnnxNode, a, b):
    if _is_int(jnp.asarray(a)):
        a, b = jnp.broadcast_arrays(a, b)
        return lax.div(a, b)  # C semantics: truncate toward zero
    return jnp.divide(a, b)


@onnx_op("Mod")
def mod(node: OnnxNode, a, b):
    if node.attr("fmod", 0):
        a, b = jnp.broadcast_arrays(a, b)
        return lax.rem(a, b)
    return jnp.remainder(a, b)


@onnx_op("Pow")
def power(node: OnnxNode, a, b):
    a, b = jnp.asarray(a), jnp.asarray(b)
    if _is_int(a) and not _is_int(b):
        return jnp.power(a.astype(b.dtype), b).astype(a.dtype)
    return jnp.power(a, b.astype(a.dtype))


_BINARY = {
    "And": jnp.logical_and, "Or": jnp.logical_or, "Xor": jnp.logical_xor, "Equal": jnp.equal, "Less": jnp.less,
    "Greater": jnp.greater, "LessOrEqual": jnp.less_equal, "GreaterOrEqual": jnp.greater_equal,
    "BitwiseAnd": jnp.bitwise_and, "BitwiseOr": jnp.bitwise_or, "BitwiseXor": jnp.bitwise_xor,
}


def _binary(fn):
    return lambda node, a, b: fn(a, b)


for _name, _fn in _BINARY.items():
    onnx_op(_name)(_binary(_fn))


@onnx_op("BitShift")
def bit_shift(node: OnnxNode, a, b):
    a, b = jnp.broadcast_arrays(a, b)
    if node.attr("direction") == "LEFT":
        return lax.shift_left(a, b)
    if jnp.issubdtype(a.dtype, jnp.signedinteger):
        return lax.shift_right_arithmetic(a, b)  # the sign bit fills the vacated bits, as numpy's >>
    return lax.shift_right_logical(a, b)


def _variadic(fn):
    def impl(node: OnnxNode, *xs):
        out = xs[0]
        for x in xs[1:]:
            out = fn(out, x)
        return out

    return impl


onnx_op("Max")(_variadic(jnp.maximum))
onnx_op("Min")(_variadic(jnp.minimum))
onnx_op("Sum")(_variadic(jnp.add))


@onnx_op("Mean")
def mean(node: OnnxNode, *xs):
    total = _variadic(jnp.add)(node, *xs)
    return (total / len(xs)).astype(total.dtype)


@onnx_op("Where")
def where(node: OnnxNode, cond, a, b):
    return jnp.where(cond, a, b)


# ---------------------------------------------------------------------------------------------------- casts


def _onnx_dtype(code: int) -> np.dtype:
    from onnx import helper

    return np.dtype(helper.tensor_dtype_to_np_dtype(code))


def cast_to(x, dtype: np.dtype):
    x = jnp.asarray(x)
    if jnp.issubdtype(dtype, jnp.integer) and jnp.issubdtype(x.dtype, jnp.floating):
        x = jnp.trunc(x)
    return x.astype(dtype)


@onnx_op("Cast")
def cast(node: OnnxNode, x):
    return cast_to(x, _onnx_dtype(node.attr("to")))


@onnx_op("CastLike")
def cast_like(node: OnnxNode, x, like):
    return cast_to(x, np.dtype(like.dtype))


@onnx_op("BitCast")
def bit_cast(node: OnnxNode, x):
    dtype = _onnx_dtype(node.attr("to"))
    if x.dtype == jnp.bool_:
        x = x.astype(jnp.uint8)
    if dtype == np.bool_:
        return lax.bitcast_convert_type(x, jnp.uint8) != 0
    return lax.bitcast_convert_type(x, _onnx_dtype(node.attr("to")))


@onnx_op("SwiGLU")
def swiglu(node: OnnxNode, a, b):
    return (a * jax.nn.sigmoid(_scalar(a, node.attr("alpha", 1.0)) * a) * b).astype(a.dtype)
