import pytest
import torch

import torchtpu_aot.lowering.elementwise as elementwise
from tests.lowering.harness import check_lowering, imports_torch, meta_of, run_lowering, untested_ops
from torchtpu_aot.errors import LoweringError

NAN, INF = float("nan"), float("inf")


def f32(*shape, low=-3.0, high=3.0, seed=0):
    g = torch.Generator().manual_seed(seed)
    return torch.rand(*shape, generator=g) * (high - low) + low


def i64(*shape, low=-10, high=10, seed=0):
    g = torch.Generator().manual_seed(seed)
    return torch.randint(low, high, shape, generator=g)


def special():
    return torch.tensor([0.0, -0.0, 1.5, -1.5, 2.5, -2.5, NAN, INF, -INF, 7.0, -7.0, 0.49999997])


def test_module_is_torch_free_and_fully_tested():
    assert not imports_torch(elementwise.__file__)
    assert untested_ops(elementwise.__name__, __file__) == set()


@pytest.mark.parametrize("a,b", [
    (f32(3, 4), f32(3, 4, seed=1)),
    (f32(3, 1), f32(4, seed=1)),
    (i64(3, 4), i64(3, 4, seed=1)),
    (i64(3, 4), f32(4)),
    (torch.tensor([True, False, True]), torch.tensor([True, False, False])),
    (i64(3).int(), torch.tensor(1.5, dtype=torch.float64)),
    (f32(3), torch.tensor(2, dtype=torch.int64)),
    (f32(2, 3).half(), f32(3).bfloat16()),
    (torch.tensor([1, 2, 200], dtype=torch.uint8), torch.tensor([1, -2, 100], dtype=torch.int8)),
    (f32(0, 3), f32(3)),
])
def test_add_sub_mul_tensor(a, b):
    check_lowering("aten.mul.Tensor", a, b)
    if a.dtype == torch.bool:
        check_lowering("aten.add.Tensor", a, b)
    else:
        check_lowering("aten.add.Tensor", a, b, alpha=2)
        check_lowering("aten.sub.Tensor", a, b)
        check_lowering("aten.rsub.Tensor", a, b, alpha=2)


@pytest.mark.parametrize("a,s", [
    (f32(5), 2.5), (i64(5), 2.5), (i64(5), 3), (torch.tensor([250, 3], dtype=torch.uint8), 10),
    (torch.tensor([1, 2], dtype=torch.int8), 300),
    (f32(4).half(), 1e-4), (torch.tensor([True, False]), True),
])
def test_scalar_arithmetic(a, s):
    check_lowering("aten.add.Tensor", a, s)
    check_lowering("aten.mul.Scalar", a, s)
    if a.dtype != torch.bool:
        check_lowering("aten.add.Scalar", a, s, 2)
        check_lowering("aten.sub.Scalar", a, s, 2)
        check_lowering("aten.rsub.Scalar", a, s)


DIV_A = torch.tensor([7.0, -7.0, 7.0, -7.0, 0.0, 1.0, -1.0, 0.0, 5.5, -5.5, 1e-30, NAN, INF, 6.0])
DIV_B = torch.tensor([2.0, 2.0, -2.0, -2.0, 3.0, 0.0, 0.0, 0.0, 0.5, 2.5, -1e10, 1.0, 2.0, -3.0])
IDIV_A = torch.tensor([7, -7, 7, -7, 0, 6, -6, 1, -1, 9])
IDIV_B = torch.tensor([2, 2, -2, -2, 3, -3, 3, 5, 5, -4])


@pytest.mark.parametrize("mode", [None, "trunc", "floor"])
def test_div_modes(mode):
    check_lowering("aten.div.Tensor_mode", DIV_A, DIV_B, rounding_mode=mode)
    check_lowering("aten.div.Tensor_mode", IDIV_A, IDIV_B, rounding_mode=mode)
    check_lowering("aten.div.Tensor_mode", IDIV_A.int(), IDIV_B.to(torch.int8), rounding_mode=mode)
    check_lowering("aten.div.Scalar_mode", DIV_A, -2.5, rounding_mode=mode)
    check_lowering("aten.div.Scalar_mode", IDIV_A, 3, rounding_mode=mode)
    check_lowering("aten.div.Scalar_mode", IDIV_A, -2.5, rounding_mode=mode)


def test_div_true():
    check_lowering("aten.div.Tensor", DIV_A, DIV_B)
    check_lowering("aten.div.Tensor", IDIV_A, IDIV_B)
    check_lowering("aten.div.Tensor", IDIV_A, torch.tensor(2.0, dtype=torch.float64))
    check_lowering("aten.div.Scalar", IDIV_A, 4)
    check_lowering("aten.div.Scalar", f32(3, 2).bfloat16(), 3.0)


@pytest.mark.parametrize("dtype", [torch.float32, torch.float16, torch.bfloat16])
@pytest.mark.parametrize("divisor", [127.5, 3, -7.0, 0.1, 1e6])
def test_division_by_a_constant_is_rounded_as_torch_rounds_it(dtype, divisor):
    # XLA multiplies by the constant's rounded reciprocal, 1 ulp off for about half of these; torch divides.
    generator = torch.Generator().manual_seed(0)
    normal = torch.randn(20000, generator=generator) * torch.exp(torch.empty(20000).uniform_(-20, 20,
                                                                                           generator=generator))
    specials = torch.tensor([0.0, -0.0, 1.0, -127.5, 255.0, float("inf"), float("-inf"), float("nan")])
    x = torch.cat([normal, specials]).to(dtype)
    check_lowering("aten.div.Scalar", x, divisor, rtol=0, atol=0)
    check_lowering("aten.div.Tensor", x, divisor, rtol=0, atol=0)


def test_floor_divide():
    check_lowering("aten.floor_divide.default", IDIV_A, IDIV_B)
    check_lowering("aten.floor_divide.default", DIV_A, DIV_B)
    check_lowering("aten.floor_divide.Scalar", IDIV_A, -3)


def test_remainder_fmod():
    for a, b in [(DIV_A, DIV_B), (IDIV_A, IDIV_B)]:
        check_lowering("aten.remainder.Tensor", a, b)
        check_lowering("aten.fmod.Tensor", a, b)
    check_lowering("aten.remainder.Scalar", DIV_A, -1.5)
    check_lowering("aten.remainder.Scalar", IDIV_A, 4)
    check_lowering("aten.remainder.Scalar", IDIV_A, 2.5)
    check_lowering("aten.remainder.Scalar_Tensor", 5, IDIV_B)
    check_lowering("aten.remainder.Scalar_Tensor", -5.5, DIV_B)
    check_lowering("aten.fmod.Scalar", DIV_A, -1.5)
    check_lowering("aten.fmod.Scalar", IDIV_A, 4)


@pytest.mark.parametrize("e", [0, 1, 2, 3, 0.5, -0.5, -1, -2, 2.5, -1.7, 4, 2.0, 0.0])
def test_pow_tensor_scalar_float(e):
    x = torch.tensor([0.0, 0.5, 1.0, 2.0, 3.5, -2.0, INF, NAN])
    check_lowering("aten.pow.Tensor_Scalar", x, e)


def test_pow_tensor_scalar_int():
    x = torch.tensor([0, 1, -1, 2, -3, 7])
    for e in (0, 1, 2, 3, 5):
        check_lowering("aten.pow.Tensor_Scalar", x, e)
    check_lowering("aten.pow.Tensor_Scalar", x, 0.5)
    check_lowering("aten.pow.Tensor_Scalar", x, 2.0)
    check_lowering("aten.pow.Tensor_Scalar", f32(4).bfloat16(), 2)


def test_pow_tensor_tensor():
    check_lowering("aten.pow.Tensor_Tensor", f32(3, 4, low=0.1), f32(4, seed=2))
    base = torch.tensor([2, -1, 1, 3, 0, -2, 5, 2])
    exp = torch.tensor([-1, -3, -2, 2, 0, 3, 0, 62])
    check_lowering("aten.pow.Tensor_Tensor", base, exp)
    check_lowering("aten.pow.Tensor_Tensor", base.int(), exp.to(torch.int8))
    check_lowering("aten.pow.Tensor_Tensor", base, torch.tensor([0.5, 2.0, -1.0, 1.0, 3.0, 2.0, 0.0, 1.5]))
    check_lowering("aten.pow.Scalar", 2, base.clamp(min=0))
    check_lowering("aten.pow.Scalar", 2.0, base)
    check_lowering("aten.pow.Scalar", 1.5, f32(5))


UNARY = [
    "aten.exp.default", "aten.exp2.default", "aten.expm1.default", "aten.sin.default", "aten.cos.default",
    "aten.tan.default", "aten.atan.default", "aten.sinh.default", "aten.cosh.default", "aten.tanh.default",
    "aten.asinh.default", "aten.erf.default", "aten.sigmoid.default", "aten.reciprocal.default",
    "aten.neg.default", "aten.abs.default",
]
POSITIVE_UNARY = [
    "aten.log.default", "aten.log2.default", "aten.log10.default", "aten.log1p.default", "aten.sqrt.default",
    "aten.rsqrt.default", "aten.acosh.default",
]
UNIT_UNARY = ["aten.asin.default", "aten.acos.default", "aten.atanh.default", "aten.erfinv.default"]


@pytest.mark.parametrize("op", UNARY + POSITIVE_UNARY + UNIT_UNARY)
def test_unary_float(op):
    if op in POSITIVE_UNARY:
        x = f32(4, 5, low=1.0, high=20.0)
    elif op in UNIT_UNARY:
        x = f32(4, 5, low=-0.99, high=0.99)
    else:
        x = f32(4, 5)
    check_lowering(op, torch.cat([x.flatten(), torch.tensor([NAN, 0.0])]))
    if op in ("aten.exp.default", "aten.log.default", "aten.erfinv.default", "aten.tanh.default"):
        check_lowering(op, x.bfloat16())
    if op in ("aten.exp.default", "aten.sigmoid.default", "aten.sqrt.default", "aten.reciprocal.default",
              "aten.log2.default", "aten.erfinv.default"):
        check_lowering(op, torch.tensor([[1, 2, 3]]))
        check_lowering(op, torch.tensor([True, False]))
        check_lowering(op, torch.empty(0, 2))


def test_neg_abs_int():
    for x in (i64(6), torch.tensor([-128, 5, 127], dtype=torch.int8), torch.tensor([0, 1, 255], dtype=torch.uint8)):
        check_lowering("aten.neg.default", x)
        check_lowering("aten.abs.default", x)


def test_log_domain_edges():
    x = torch.tensor([0.0, -1.0, INF, 1e-30])
    for op in POSITIVE_UNARY:
        check_lowering(op, x)


def test_log2_is_exact_at_powers_of_two():
    def powers(low, high, dtype):
        return torch.exp2(torch.arange(low, high, dtype=torch.float64)).to(dtype)

    check_lowering("aten.log2.default", powers(-126, 128, torch.float32), rtol=0, atol=0)
    check_lowering("aten.log2.default", powers(-1022, 1024, torch.float64), rtol=0, atol=0)
    check_lowering("aten.log2.default", powers(-14, 16, torch.float16), rtol=0, atol=0)
    check_lowering("aten.log2.default", powers(-126, 128, torch.bfloat16), rtol=0, atol=0)
    check_lowering("aten.log2.default", torch.tensor([0.5, 0.7071, 0.7072, 1.4142, 1.4143, 3.0, 1e30, 1e-30]))
    check_lowering("aten.log10.default", torch.tensor([1.0, 10.0, 100.0, 1e6, 0.1, 1e-3]))


def test_sign():
    for op in ("aten.sign.default", "aten.sgn.default"):
        check_lowering(op, special())
        check_lowering(op, i64(8))
        check_lowering(op, torch.tensor([True, False]))


def test_atan2():
    check_lowering("aten.atan2.default", f32(3, 4), f32(4, seed=3))
    check_lowering("aten.atan2.default", torch.tensor([0.0, -0.0, 1.0, NAN]), torch.tensor([-1.0, -1.0, 0.0, 1.0]))
    check_lowering("aten.atan2.default", i64(4), i64(4, seed=5))


@pytest.mark.parametrize("dtype", [torch.float32, torch.bfloat16])
def test_activations(dtype):
    x = torch.cat([f32(40, low=-8, high=8), special()]).to(dtype)
    finite = x[x.isfinite()]
    check_lowering("aten.gelu.default", finite)
    check_lowering("aten.gelu.default", finite, approximate="tanh")
    check_lowering("aten.gelu.default", torch.tensor([NAN, -INF]).to(dtype), approximate="none")
    check_lowering("aten.silu.default", x)
    check_lowering("aten.hardswish.default", x)
    check_lowering("aten.hardsigmoid.default", x)
    check_lowering("aten.elu.default", x)
    check_lowering("aten.elu.default", x, 0.5, 2.0, 1.5)
    check_lowering("aten.softplus.default", x)
    check_lowering("aten.softplus.default", x, 2.0, 5.0)
    check_lowering("aten.mish.default", x)


def test_simple_activations():
    x = torch.cat([f32(20, low=-8, high=8), special()])
    check_lowering("aten.relu.default", x)
    check_lowering("aten.relu.default", x.bfloat16())
    check_lowering("aten.hardtanh.default", x)
    check_lowering("aten.hardtanh.default", x, 0.0, 6.0)
    check_lowering("aten.leaky_relu.default", x)
    check_lowering("aten.leaky_relu.default", x.bfloat16(), 0.2)
    check_lowering("aten.relu.default", i64(10))
    check_lowering("aten.hardtanh.default", i64(10), -2, 3)


def test_gelu_rejects_unknown_approximation():
    x = f32(3)
    with pytest.raises(LoweringError):
        run_lowering("aten.gelu.default", meta_of(x), x, approximate="erf")


def test_clamp():
    x = torch.cat([f32(10, low=-5, high=5), special()])
    check_lowering("aten.clamp.default", x, -1.0, 2.0)
    check_lowering("aten.clamp.default", x, None, 2.0)
    check_lowering("aten.clamp.default", x, -1.0)
    check_lowering("aten.clamp.default", x, 3.0, 1.0)
    check_lowering("aten.clamp.default", x, NAN, 1.0)
    check_lowering("aten.clamp.default", i64(10), -2, 4)
    check_lowering("aten.clamp.default", i64(10), -2.5, 4)
    check_lowering("aten.clamp.default", torch.tensor([0, 100, 255], dtype=torch.uint8), 10, 200)
    lo, hi = f32(4, 1, seed=3, low=-2, high=0), f32(5, seed=4, low=0, high=2)
    check_lowering("aten.clamp.Tensor", f32(5), lo, hi)
    check_lowering("aten.clamp.Tensor", f32(5), lo)
    check_lowering("aten.clamp.Tensor", f32(5), None, hi)
    check_lowering("aten.clamp.Tensor", i64(5), torch.tensor(-1.5), None)
    check_lowering("aten.clamp_min.default", x, 0.5)
    check_lowering("aten.clamp_min.default", i64(5), 0.5)
    check_lowering("aten.clamp_max.default", x, 0.5)
    check_lowering("aten.clamp_max.default", i64(5), 2)
    check_lowering("aten.clamp_min.Tensor", x, torch.tensor(0.5))
    check_lowering("aten.clamp_max.Tensor", f32(3, 4), f32(4, seed=2))


def test_maximum_minimum_propagate_nan_and_fmax_fmin_ignore_it():
    check_lowering("aten.maximum.default", torch.tensor([True, False]), torch.tensor([False, False]))
    a = torch.tensor([1.0, NAN, 3.0, NAN, -0.0, INF])
    b = torch.tensor([2.0, 1.0, NAN, NAN, 0.0, 1.0])
    for op in ("aten.maximum.default", "aten.minimum.default", "aten.max.other", "aten.min.other",
               "aten.fmax.default", "aten.fmin.default"):
        check_lowering(op, a, b)
        check_lowering(op, i64(3, 4), i64(4, seed=1) if "f" in op else f32(4))


COMPARISONS = [
    ("aten.eq.Tensor", "aten.eq.Scalar"), ("aten.ne.Tensor", "aten.ne.Scalar"), ("aten.lt.Tensor", "aten.lt.Scalar"),
    ("aten.le.Tensor", "aten.le.Scalar"), ("aten.gt.Tensor", "aten.gt.Scalar"), ("aten.ge.Tensor", "aten.ge.Scalar"),
]


@pytest.mark.parametrize("tensor_op,scalar_op", COMPARISONS)
def test_comparisons(tensor_op, scalar_op):
    a = torch.tensor([1.0, NAN, 3.0, -0.0, INF, 2.0])
    b = torch.tensor([1.0, NAN, 2.0, 0.0, INF, 3.0])
    check_lowering(tensor_op, a, b)
    check_lowering(tensor_op, i64(3, 4, low=0, high=3), i64(4, low=0, high=3, seed=1))
    check_lowering(scalar_op, a, 2.0)
    check_lowering(scalar_op, i64(6, low=0, high=3), 1.5)
    if tensor_op in ("aten.eq.Tensor", "aten.lt.Tensor"):
        check_lowering(tensor_op, i64(6, low=0, high=3), torch.tensor(1.5))
        check_lowering(tensor_op, torch.tensor([True, False]), torch.tensor([True, True]))
        check_lowering(scalar_op, torch.tensor([1, 2, 255], dtype=torch.uint8), -255)


def test_logical():
    a = torch.tensor([0.0, 1.0, NAN, -2.0])
    b = torch.tensor([0, 0, 3, 1])
    for op in ("aten.logical_and.default", "aten.logical_or.default", "aten.logical_xor.default"):
        check_lowering(op, a, b)
        check_lowering(op, torch.tensor([True, False, True]), torch.tensor([[True], [False]]))
    check_lowering("aten.logical_not.default", a)
    check_lowering("aten.logical_not.default", b)
    check_lowering("aten.logical_not.default", torch.tensor([True, False]))


BITWISE = [
    ("aten.bitwise_and.Tensor", "aten.bitwise_and.Scalar", "aten.bitwise_and.Scalar_Tensor"),
    ("aten.bitwise_or.Tensor", "aten.bitwise_or.Scalar", "aten.bitwise_or.Scalar_Tensor"),
    ("aten.bitwise_xor.Tensor", "aten.bitwise_xor.Scalar", "aten.bitwise_xor.Scalar_Tensor"),
]


@pytest.mark.parametrize("tensor_op,scalar_op,scalar_tensor_op", BITWISE)
def test_bitwise(tensor_op, scalar_op, scalar_tensor_op):
    a, b = i64(8, low=-100, high=100), i64(8, low=-100, high=100, seed=1)
    bools = torch.tensor([True, False, True, False]), torch.tensor([True, True, False, False])
    u8 = torch.tensor([0, 15, 255, 128], dtype=torch.uint8)
    check_lowering(tensor_op, a, b)
    check_lowering(tensor_op, *bools)
    check_lowering(tensor_op, u8, torch.tensor([1, 2, 3, 4], dtype=torch.int8))
    check_lowering(scalar_op, a, 6)
    check_lowering(scalar_op, bools[0], True)
    check_lowering(scalar_tensor_op, 12, a)


def test_bitwise_not():
    check_lowering("aten.bitwise_not.default", i64(8, low=-100, high=100))
    check_lowering("aten.bitwise_not.default", torch.tensor([0, 15, 255, 128], dtype=torch.uint8))
    check_lowering("aten.bitwise_not.default", torch.tensor([True, False]))


def test_where_and_masked_fill():
    cond = torch.tensor([[True], [False], [True]])
    check_lowering("aten.where.self", cond, f32(3, 4), f32(4, seed=1))
    check_lowering("aten.where.self", cond, i64(3, 4), f32(4, seed=1))
    check_lowering("aten.where.self", cond, i64(4), torch.tensor(2.5, dtype=torch.float64))
    check_lowering("aten.where.ScalarOther", cond, i64(3, 4), 0.5)
    check_lowering("aten.where.ScalarOther", cond, f32(3, 4).half(), 7)
    check_lowering("aten.where.ScalarSelf", cond, 1, i64(4))
    check_lowering("aten.where.Scalar", cond, 1.0, 0.0)
    check_lowering("aten.where.Scalar", cond, 1, 0)
    x = f32(3, 4)
    check_lowering("aten.masked_fill.Scalar", x, x > 0, -INF)
    check_lowering("aten.masked_fill.Scalar", x, torch.tensor([True, False, False, True]), 2)
    check_lowering("aten.masked_fill.Scalar", i64(3, 4), torch.tensor([True, False, False, True]), 2.7)
    check_lowering("aten.masked_fill.Tensor", x, x < 0, torch.tensor(5.0))
    check_lowering("aten.masked_fill.Tensor", x.bfloat16(), x < 0, torch.tensor(5.0, dtype=torch.float64))


def test_isnan_isinf_isfinite():
    for op in ("aten.isnan.default", "aten.isinf.default", "aten.isfinite.default"):
        check_lowering(op, special())
        check_lowering(op, special().bfloat16())
        check_lowering(op, i64(5))
        check_lowering(op, torch.tensor([True]))


def test_rounding():
    x = torch.cat([special(), f32(20, low=-10, high=10), torch.tensor([0.5, -0.5, 1e20, -3.5, 4.5])])
    for op in ("aten.floor.default", "aten.ceil.default", "aten.round.default", "aten.trunc.default",
               "aten.fix.default", "aten.frac.default"):
        check_lowering(op, x)
        if op in ("aten.round.default", "aten.frac.default"):
            check_lowering(op, x.bfloat16())
        elif op != "aten.fix.default":
            check_lowering(op, i64(5))
    for decimals in (0, 1, 2, -1, -2):
        check_lowering("aten.round.decimals", x, decimals=decimals)
    check_lowering("aten.round.decimals", torch.tensor([1.25, 2.675, 125.0, 150.0]), decimals=-2)


def test_lerp_addcmul_addcdiv():
    a, b = f32(3, 4), f32(4, seed=1)
    for w in (0.0, 0.3, 0.5, 0.75, 1.0, -1.0, 2.0):
        check_lowering("aten.lerp.Scalar", a, b, w)
    check_lowering("aten.lerp.Tensor", a, b, f32(3, 1, low=-1, high=2, seed=2))
    check_lowering("aten.lerp.Scalar", a.bfloat16(), b.bfloat16(), 0.7)
    check_lowering("aten.addcmul.default", a, b, f32(3, 1, seed=2))
    check_lowering("aten.addcmul.default", a, b, f32(3, 1, seed=2), value=0.5)
    check_lowering("aten.addcmul.default", i64(3), i64(3, seed=1), i64(3, seed=2), value=3)
    check_lowering("aten.addcdiv.default", a, b, f32(3, 1, low=1, high=2, seed=2))
    check_lowering("aten.addcdiv.default", a, b, f32(3, 1, low=1, high=2, seed=2), value=-2)
    check_lowering("aten.addcmul.default", a.bfloat16(), b.bfloat16(), b.bfloat16(), value=0.1)


def test_nan_to_num():
    for x in (special(), special().bfloat16(), special().half(), special().double()):
        check_lowering("aten.nan_to_num.default", x)
        check_lowering("aten.nan_to_num.default", x, 1.0, 100.0, -100.0)
        check_lowering("aten.nan_to_num.default", x, None, None, -5.0)
    check_lowering("aten.nan_to_num.default", i64(4))


@pytest.mark.parametrize("diagonal", [0, 1, -1, 3, -5, 2**40, -(2**40)])
def test_tril_triu(diagonal):
    check_lowering("aten.tril.default", f32(4, 6), diagonal)
    check_lowering("aten.triu.default", f32(2, 5, 3), diagonal)


def test_tril_triu_dtypes():
    for x in (torch.tensor([[True, True], [True, True]]), i64(3, 3)):
        check_lowering("aten.tril.default", x)
        check_lowering("aten.triu.default", x, 1)


def test_casts():
    x = torch.tensor([1.7, -1.7, 0.0, 0.5, -0.0, NAN, 300.0])
    check_lowering("aten._to_copy.default", x[:-2], dtype=torch.int32)
    check_lowering("aten._to_copy.default", x, dtype=torch.bool)
    check_lowering("aten._to_copy.default", x, dtype=torch.bfloat16)
    check_lowering("aten._to_copy.default", x, dtype=torch.float64)
    check_lowering("aten._to_copy.default", x)
    check_lowering("aten._to_copy.default", x, dtype=torch.float16, layout=torch.strided, device=torch.device("cpu"))
    check_lowering("aten._to_copy.default", i64(5), dtype=torch.float32)
    check_lowering("aten._to_copy.default", i64(5), dtype=torch.bool)
    check_lowering("aten._to_copy.default", torch.tensor([True, False]), dtype=torch.float32)
    check_lowering("aten.to.dtype", x[:-2], torch.int64)
    check_lowering("aten.to.dtype", i64(5), torch.float16)
    check_lowering("aten.to.device", x, torch.device("cpu"), torch.float64)
    check_lowering("aten.to.other", x[:-2], i64(1))
    check_lowering("aten.to.dtype_layout", x, dtype=torch.bfloat16)
    check_lowering("aten.type_as.default", i64(3), x)


def test_identities_and_copy():
    x = f32(3, 4)
    for op in ("aten.clone.default", "aten.alias.default", "aten.detach.default", "aten.lift_fresh_copy.default",
               "aten.positive.default"):
        check_lowering(op, x)
    check_lowering("aten.clone.default", x, memory_format=torch.contiguous_format)
    check_lowering("aten.copy.default", x, f32(4, seed=1))
    check_lowering("aten.copy.default", x, i64(3, 1))
    check_lowering("aten.copy.default", i64(2, 2), torch.tensor(2.7))


def test_dropout_in_eval_is_identity():
    x = f32(3, 4)
    for op in ("aten.dropout.default", "aten.feature_dropout.default", "aten.alpha_dropout.default",
               "aten.feature_alpha_dropout.default"):
        check_lowering(op, x, 0.5, False)
        check_lowering(op, x, 0.0, True)
    check_lowering("aten.native_dropout.default", x, 0.5, False)


def test_dropout_draws_random_numbers_only_in_training():
    from torchtpu_aot.lowering import is_random

    x = f32(3, 4)
    assert is_random("aten.dropout.default", (x, 0.5, True))
    assert not is_random("aten.dropout.default", (x, 0.5, False))
    assert not is_random("aten.dropout.default", (x, 0.0, True))
    assert is_random("aten.native_dropout.default", (x, 0.1, None))  # torch: no train flag means training


def test_assert_tensor_metadata():
    x = f32(2, 3)
    check_lowering("aten._assert_tensor_metadata.default", x, [2, 3], None, torch.float32,
                   device=torch.device("cpu"), layout=torch.strided)


@pytest.mark.parametrize("dtype", [torch.int8, torch.int64, torch.uint8])
def test_shifts_past_the_bit_width(dtype):
    x = torch.tensor([1, -3, 100, 7, -128], dtype=torch.int64).to(dtype)
    s = torch.tensor([0, 2, 7, 9, 70], dtype=torch.int64).to(dtype)
    for op in ("aten.bitwise_left_shift.Tensor", "aten.bitwise_right_shift.Tensor", "aten.__lshift__.Tensor",
               "aten.__rshift__.Tensor"):
        check_lowering(op, x, s)
    check_lowering("aten.bitwise_left_shift.Tensor_Scalar", x, 3)
    check_lowering("aten.bitwise_right_shift.Tensor_Scalar", x, 1)
    check_lowering("aten.__lshift__.Scalar", x, 2)
    check_lowering("aten.__rshift__.Scalar", x, 2)
    check_lowering("aten.bitwise_left_shift.Scalar_Tensor", 5, s)
    check_lowering("aten.bitwise_right_shift.Scalar_Tensor", 64, s)


def test_sign_and_float_decomposition_ops():
    from torchtpu_aot.lowering import lookup as lookup_op

    x = torch.tensor([-2.5, -0.0, 0.0, 3.0, NAN, INF, -INF, 1e-40])
    y = torch.tensor([1.0, -1.0, 2.0, -0.0, 3.0, NAN, 1.0, -5.0])
    check_lowering("aten.signbit.default", x)
    check_lowering("aten.copysign.Tensor", x, y)
    check_lowering("aten.copysign.Scalar", x, -1.0)
    check_lowering("aten.angle.default", x)
    check_lowering("aten.hypot.default", x, y)
    check_lowering("aten.nextafter.default", x, y)
    check_lowering("aten.ldexp.Tensor", x, torch.tensor([1, 2, -3, 0, 4, 1, 2, 3]))
    check_lowering("aten.frexp.Tensor", torch.tensor([-2.5, 0.0, 3.0, 1024.0, 1e-3]))
    assert lookup_op("aten.atan2.out") is lookup_op("aten.atan2.default")
    for op in ("aten.conj_physical.default", "aten.resolve_conj.default", "aten.resolve_neg.default"):
        check_lowering(op, x)
    z = torch.tensor([1 + 2j, -3j], dtype=torch.complex64)
    for op in ("aten._conj.default", "aten._conj_physical.default"):  # torch's _conj takes complex tensors only
        assert run_lowering(op, meta_of(z), z).tolist() == [1 - 2j, 3j]


@pytest.mark.parametrize("dtype", [torch.int64, torch.int16, torch.uint8])
def test_gcd_and_lcm(dtype):
    a = torch.tensor([12, 0, 7, 100, 9, 0], dtype=torch.int64)
    b = torch.tensor([18, 5, 0, 75, 6, 0], dtype=torch.int64)
    if dtype != torch.uint8:
        a, b = a * torch.tensor([1, -1, 1, -1, 1, 1]), b
    check_lowering("aten.gcd.default", a.to(dtype), b.to(dtype))
    check_lowering("aten.lcm.default", a.to(dtype), b.to(dtype))


def test_complex_tensors_from_and_to_their_parts():
    re, im = torch.randn(3, 4), torch.randn(4)
    check_lowering("aten.complex.default", re, im)
    check_lowering("aten.complex.default", re.double(), re.double())
    check_lowering("aten.polar.default", re.abs(), torch.randn(3, 4))
    check_lowering("aten.view_as_complex.default", torch.randn(3, 5, 2))
    check_lowering("aten.view_as_real.default", torch.randn(3, 5, dtype=torch.complex64))
