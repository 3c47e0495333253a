"""Per-op exceptions of the OpInfo sweep, each with its reason; everything else uses torch.testing's defaults.

Keys are (OpInfo name, dtype name), or (OpInfo name, None) for every dtype.
"""

from __future__ import annotations

_HALF_ACC = ("torch accumulates these in the half type itself; we accumulate in float32 and round once, which "
             "differs by a few half-precision ulps")
_INTERP = ("torch rounds the interpolation weights to the half type before using them; we keep them in float32")

# (rtol, atol, reason)
TOLERANCES: dict[tuple[str, str | None], tuple[float, float, str]] = {
    **{(op, dt): (1e-2, 1e-2, _HALF_ACC) for op in ("nn.functional.embedding_bag", "nn.functional.bilinear",
                                                     "nn.functional.grid_sample", "dist",
                                                     "nn.functional.adaptive_avg_pool1d",
                                                     "nn.functional.adaptive_avg_pool2d",
                                                     "nn.functional.adaptive_avg_pool3d",
                                                     "nn.functional.cosine_similarity",
                                                     "nn.functional.avg_pool1d", "nn.functional.avg_pool2d",
                                                     "nn.functional.avg_pool3d", "nn.functional.conv1d",
                                                     "nn.functional.conv2d", "nn.functional.conv3d",
                                                     "nn.functional.conv_transpose1d",
                                                     "nn.functional.conv_transpose2d",
                                                     "nn.functional.conv_transpose3d")
       for dt in ("float16", "bfloat16")},
    **{(op, dt): (1e-2, 1e-2, _INTERP) for op in ("nn.functional.interpolate.linear",
                                                   "nn.functional.interpolate.bilinear",
                                                   "nn.functional.interpolate.bicubic",
                                                   "nn.functional.interpolate.trilinear")
       for dt in ("float16", "bfloat16")},
    ("nn.functional.interpolate.bilinear", "uint8"): (
        0, 1, "torch interpolates uint8 images in fixed point; float32 weights round a few pixels the other way"),
    **{(op, dt): (5e-2, 5e-2, "torch sums the batch of half-precision products in the half type; we sum in "
                              "float32 and round once") for op in ("addbmm", "baddbmm", "addr", "cross",
                                                                   "addmm.decomposed")
       for dt in ("float16", "bfloat16")},
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
SKIPS: dict[tuple[str, str | None], str] = {}
