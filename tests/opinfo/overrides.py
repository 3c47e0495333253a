"""Per-op exceptions of the OpInfo sweep, each with its reason; everything else uses torch.testing's defaults.

Keys are (OpInfo name, dtype name), or (OpInfo name, None) for every dtype.
"""

from __future__ import annotations

_HALF_ACC = ("torch accumulates these in the half type itself; we accumulate in float32 and round once, which "
             "differs by a few half-precision ulps")
_INTERP = ("torch rounds the interpolation weights to the half type before using them; we keep them in float32")
_GRID = ("torch's CPU grid sampler computes the source coordinates and weights in the half type itself (in "
         "bfloat16 a coordinate 20 pixels in is off by up to 0.06 pixel); we compute them in float32, and against a "
         "float64 reference our error is 30-80x smaller than torch's")
_HALF_PRODUCTS = ("torch's CPU kernel rounds each elementwise product to the half type before the sum or difference; "
                  "we compute in float32 and round once")
_BATCH_STATS = ("in training mode torch's CPU kernel normalizes with the batch mean and inverse std already rounded to "
                "the half type (the dtype of the statistics it returns); we normalize with their float32 values")


def _half(ops, float16: tuple[float, float], bfloat16: tuple[float, float], reason: str) -> dict:
    """Entries for ``ops`` in both half types, each with its own (rtol, atol)."""
    return {(op, dt): (*tol, reason) for op in ops for dt, tol in (("float16", float16), ("bfloat16", bfloat16))}


# (rtol, atol, reason)
TOLERANCES: dict[tuple[str, str | None], tuple[float, float, str]] = {
    **{(op, dt): (1e-2, 1e-2, _HALF_ACC) for op in ("nn.functional.embedding_bag", "nn.functional.bilinear", "dist",
                                                     "nn.functional.cosine_similarity", "nn.functional.conv1d",
                                                     "nn.functional.conv2d", "nn.functional.conv3d",
                                                     "nn.functional.conv_transpose1d")
       for dt in ("float16", "bfloat16")},
    # Overlapping output windows (and 3-D adaptive pooling bins) summed in the half type stray further.
    **_half(("nn.functional.conv_transpose2d",), (1e-2, 1e-2), (1.6e-2, 8e-2), _HALF_ACC),
    **_half(("nn.functional.conv_transpose3d",), (1e-2, 1e-1), (1.6e-2, 2.5e-1), _HALF_ACC),
    **_half(("nn.functional.adaptive_avg_pool3d",), (1e-2, 1e-2), (1.6e-2, 2e-2), _HALF_ACC),
    **_half(("native_batch_norm", "_native_batch_norm_legit", "_batch_norm_with_update", "nn.functional.batch_norm"),
            (1e-3, 1e-3), (1.6e-2, 4e-3), _BATCH_STATS),
    **_half(("nn.functional.instance_norm",), (1e-3, 2e-3), (1.6e-2, 8e-3), _BATCH_STATS),
    **_half(("cross", "linalg.cross", "addr"), (1e-3, 5e-3), (1.6e-2, 5e-2), _HALF_PRODUCTS),
    **_half(("logit",), (1e-3, 5e-4), (1.6e-2, 3e-3),
            "torch's CPU kernel computes x / (1 - x) in the half type (rounding eps, 1 - x and the quotient) before "
            "the log; torch's own decomposition, which export uses, computes in float32"),
    **_half(("log_softmax",), (1e-3, 2.5e-4), (1.6e-2, 5e-3),
            "along an innermost dim torch's CPU kernel rounds the sum of exponentials and its log to the half type; "
            "we keep both in float32"),
    **{(op, dt): (1e-2, 1e-2, _INTERP) for op in ("nn.functional.interpolate.linear",
                                                   "nn.functional.interpolate.bilinear",
                                                   "nn.functional.interpolate.bicubic",
                                                   "nn.functional.interpolate.trilinear")
       for dt in ("float16", "bfloat16")},
    **{(op, dt): (rtol, atol, _GRID) for op in ("grid_sampler_2d", "grid_sampler_3d", "nn.functional.grid_sample")
       for dt, rtol, atol in (("float16", 1e-2, 3e-2), ("bfloat16", 1e-1, 2.5e-1))},
    **{(op, "uint8"): (0, 1, "torch interpolates uint8 images in fixed point; float32 weights round a few pixels "
                             "the other way") for op in ("nn.functional.interpolate.bilinear",
                                                         "nn.functional.upsample_bilinear")},
    **_half(("addbmm",), (1e-2, 1e-2), (1.6e-2, 3.5e-1),
            "torch sums the batch of half-precision products in the half type; we sum in float32 and round once"),
    **{("torch.ops.aten._scaled_dot_product_flash_attention_for_cpu", dt): (rtol, atol, (
        "torch's flash kernel takes each row's softmax online, over blocks of keys; we take it once over the row. "
        "Both are within rounding of a float64 reference (float32: torch 1.9e-5, ours 1.1e-5 at most)"))
       for dt, rtol, atol in (("float32", 1.3e-6, 5e-5), ("float16", 1e-2, 1e-2), ("bfloat16", 1e-2, 1e-2))},
    ("addbmm", "float32"): (1.3e-6, 1e-4, "one dot_general over batch and k sums in a different order than "
                                          "torch's per-batch addmm chain"),
}

# Ops whose values torch leaves uninitialized: only dtype and shape are compared.
UNDEFINED_VALUES: frozenset[str] = frozenset({
    "empty", "empty_like", "new_empty", "empty_strided", "new_empty_strided", "empty_permuted",
})

# Ops whose index outputs torch leaves unspecified among equal values (an unstable sort, a tie for the extreme):
# those outputs are checked for dtype, shape and range only; the values beside them are compared exactly.
TIED_INDICES: dict[str, str] = {
    op: "torch's CPU kernel picks an unspecified index among equal values" for op in (
        "sort", "argsort", "msort", "topk", "kthvalue", "median", "nanmedian", "mode", "max.reduction_with_dim",
        "min.reduction_with_dim", "argmax", "argmin", "cummax", "cummin", "nn.functional.max_pool1d",
        "nn.functional.max_pool2d", "nn.functional.max_pool3d", "nn.functional.adaptive_max_pool1d",
        "nn.functional.adaptive_max_pool2d", "nn.functional.adaptive_max_pool3d", "sort.stable")
}

# Random ops that draw once per (batch, channel) and apply the draw to the whole channel: their outputs are
# compared as distributions over the channels (one independent draw each), not over the elements, which are not
# independent (a Kolmogorov-Smirnov bound for N elements is far too tight for N / channel-size draws).
CHANNEL_DRAWS: dict[str, int | None] = {  # op -> its spatial dims (None: every dim after the channel dim)
    "nn.functional.dropout1d": 1, "nn.functional.dropout2d": 2, "nn.functional.dropout3d": 3,
    "nn.functional.feature_alpha_dropout.with_train": None,
}

# Samples not run at all, with the reason.
SKIPS: dict[tuple[str, str | None], str] = {
    ("nn.functional.soft_margin_loss", "float16"): (
        "torch's float16 kernel computes exp(-y * x) in float16, which overflows to inf for OpInfo's margins (up to "
        "30), so its loss is inf; we compute in float32, as torch's own decomposition does, and return the finite "
        "loss (within half a float16 ulp of a float64 reference)"),
}

# Ops whose vector outputs are unique only up to each vector's sign: both sides are put in one sign gauge before
# the usual comparison (sweep.fix_signs). op -> ((output position, "col" | "row" vectors), ...), reason; the first
# output's signs also flip the others' vector j (an SVD's U column j and V column / Vh row j change sign together).
# Repeated eigenvalues or singular values leave whole subspaces free: those samples may still differ, and fail.
_SIGN = "eigenvectors/singular vectors are unique only up to sign"
SIGN_GAUGE: dict[str, tuple[tuple[tuple[int, str], ...], str]] = {
    "linalg.eigh": (((1, "col"),), _SIGN),
    "linalg.svd": (((0, "col"), (2, "row")), _SIGN),
    **{op: (((0, "col"), (2, "col")), _SIGN) for op in ("svd", "svd_lowrank", "pca_lowrank")},
}

# Random ops whose result does not depend on the draw for OpInfo's samples, so values are compared, not
# distributions: the samples have rank <= q, so the random projection spans the whole range exactly.
DRAW_INDEPENDENT: dict[str, str] = {
    op: "OpInfo's inputs have rank <= q: any random projection spans their range, and the factors are exact"
    for op in ("svd_lowrank", "pca_lowrank")
}
