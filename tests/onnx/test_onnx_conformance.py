"""ONNX's backend node tests through export -> save -> load -> run: a fast sample, and the whole suite (slow)."""

from __future__ import annotations

import pytest

from tests.onnx.conformance import expected_failures, run_node_tests, summary

# One or two tests per op family: elementwise, reductions, shape ops, indexing, conv/pool, norms, attention,
# recurrent layers, control flow, resize, quantization, and an expanded (function-body) test.
SAMPLE = [
    "test_add_bcast", "test_div_int8", "test_mod_mixed_sign_int32", "test_pow_types_float32_int64",
    "test_cast_FLOAT_to_FLOAT16", "test_reduce_sum_keepdims_random", "test_argmax_negative_axis_keepdims_example",
    "test_softmax_axis_1", "test_reshape_negative_extended_dims", "test_slice_neg_steps",
    "test_transpose_all_permutations_3", "test_gather_elements_negative_indices", "test_scatternd_add",
    "test_conv_with_strides_and_asymmetric_padding", "test_maxpool_2d_ceil",
    "test_averagepool_2d_pads_count_include_pad", "test_convtranspose_pads",
    "test_layer_normalization_4d_axis1_expanded", "test_batchnorm_example",
    "test_attention_4d_gqa_with_past_and_present", "test_lstm_with_peepholes", "test_if",
    "test_resize_upsample_sizes_cubic", "test_quantizelinear_axis", "test_top_k_smallest", "test_einsum_batch_matmul",
    "test_sce_mean_weight_ii_expanded", "test_range_float_type_positive_delta_expanded",
]


def test_fast_sample_passes():
    include = "^(" + "|".join(SAMPLE) + ")_cpu$"
    outcomes, _ = run_node_tests(include)
    assert sorted(outcomes) == sorted(SAMPLE), "a sampled test is missing from onnx's node tests"
    failed = {name: o.reason for name, o in outcomes.items() if o.status != "pass"}
    assert not failed, failed


@pytest.mark.slow
def test_node_tests_pass_rate_and_no_new_failures():
    outcomes, _ = run_node_tests()
    counts = summary(outcomes)
    assert counts["total"] >= 1800, counts
    assert counts["pass"] >= 0.90 * counts["denominator"], counts
    unexpected = {n: o.reason for n, o in outcomes.items() if o.status == "fail" and n not in expected_failures()}
    assert not unexpected, f"node tests that used to pass now fail: {unexpected}"
