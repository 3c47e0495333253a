"""ONNX loss ops: NegativeLogLikelihoodLoss and SoftmaxCrossEntropyLoss (with class weights, ignore_index)."""

from __future__ import annotations

import jax
import jax.numpy as jnp

from torchtpu_aot.lowering.onnx.registry import OnnxNode, onnx_op


def _nll(node: OnnxNode, log_prob, target, weight):
    ignore = node.attr("ignore_index")
    target = jnp.asarray(target).astype(jnp.int64)
    keep = jnp.ones(target.shape, jnp.bool_) if ignore is None else target != ignore
    safe = jnp.where(keep, target, 0)
    picked = jnp.take_along_axis(log_prob, jnp.expand_dims(safe, 1), axis=1).squeeze(1)
    w = jnp.ones(target.shape, log_prob.dtype) if weight is None else jnp.take(weight, safe)
    w = jnp.where(keep, w, jnp.zeros((), log_prob.dtype))
    loss = -picked * w
    reduction = node.attr("reduction", "mean")
    if reduction == "none":
        return loss
    if reduction == "sum":
        return jnp.sum(loss)
    return (jnp.sum(loss) / jnp.sum(w)).astype(log_prob.dtype)


@onnx_op("NegativeLogLikelihoodLoss")
def negative_log_likelihood_loss(node: OnnxNode, x, target, weight=None):
    return _nll(node, x, target, weight)


@onnx_op("SoftmaxCrossEntropyLoss")
def softmax_cross_entropy_loss(node: OnnxNode, scores, labels, weight=None):
    log_prob = jax.nn.log_softmax(scores, axis=1)
    loss = _nll(node, log_prob, labels, weight)
    return (loss, log_prob) if node.n_outputs > 1 else loss
