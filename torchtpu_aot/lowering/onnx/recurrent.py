"""ONNX recurrent layers (RNN, GRU, LSTM), each direction one ``lax.scan`` over the sequence."""

from __future__ import annotations

import jax
import jax.numpy as jnp
from jax import lax

from torchtpu_aot.lowering.onnx.registry import OnnxNode, onnx_op

_ACTIVATIONS = {
    "sigmoid": lambda x, a, b: jax.nn.sigmoid(x), "tanh": lambda x, a, b: jnp.tanh(x),
    "relu": lambda x, a, b: jnp.maximum(x, 0), "leakyrelu": lambda x, a, b: jnp.where(x >= 0, x, a * x),
    "thresholdedrelu": lambda x, a, b: jnp.where(x > a, x, 0), "scaledtanh": lambda x, a, b: a * jnp.tanh(b * x),
    "hardsigmoid": lambda x, a, b: jnp.clip(a * x + b, 0, 1), "elu": lambda x, a, b: jnp.where(x > 0, x, a * (
        jnp.exp(x) - 1)), "softsign": lambda x, a, b: x / (1 + jnp.abs(x)),
    "softplus": lambda x, a, b: jnp.logaddexp(x, 0), "affine": lambda x, a, b: a * x + b,
}


def _activations(node: OnnxNode, defaults: list[str], directions: int) -> list:
    names = node.attr("activations") or defaults * directions
    alphas = list(node.attr("activation_alpha") or [])
    betas = list(node.attr("activation_beta") or [])
    fns = []
    for i, name in enumerate(names):
        alpha = alphas[i] if i < len(alphas) else (0.01 if name.lower() == "leakyrelu" else 1.0)
        beta = betas[i] if i < len(betas) else 0.0
        fn = _ACTIVATIONS[name.lower()]
        fns.append(lambda x, fn=fn, a=alpha, b=beta: fn(x, a, b).astype(x.dtype))
    per = len(defaults)
    return [fns[d * per:(d + 1) * per] for d in range(directions)]


def _run(node: OnnxNode, kind: str, x, w, r, b, lengths, h0, c0=None, p=None):
    layout = node.attr("layout", 0)
    if layout:
        x = jnp.swapaxes(x, 0, 1)
        h0 = None if h0 is None else jnp.swapaxes(h0, 0, 1)
        c0 = None if c0 is None else jnp.swapaxes(c0, 0, 1)
    direction = node.attr("direction", "forward")
    dirs = 2 if direction == "bidirectional" else 1
    hidden = node.attr("hidden_size") or r.shape[-1]
    seq, batch = x.shape[0], x.shape[1]
    gates = {"RNN": 1, "GRU": 3, "LSTM": 4}[kind]
    defaults = {"RNN": ["Tanh"], "GRU": ["Sigmoid", "Tanh"], "LSTM": ["Sigmoid", "Tanh", "Tanh"]}[kind]
    acts = _activations(node, defaults, dirs)
    clip = node.attr("clip")
    zeros = jnp.zeros((dirs, batch, hidden), x.dtype)
    h0 = zeros if h0 is None else h0
    c0 = zeros if c0 is None else c0
    b = jnp.zeros((dirs, 2 * gates * hidden), x.dtype) if b is None else b
    steps = jnp.arange(seq)
    lengths = None if lengths is None else jnp.asarray(lengths).astype(jnp.int64)
    ys, hs, cs = [], [], []
    for d in range(dirs):
        reverse = direction == "reverse" or d == 1
        wd, rd = w[d], r[d]
        wb, rb = b[d][:gates * hidden], b[d][gates * hidden:]
        f = acts[d]
        pd = None if p is None else p[d]

        def gate(v):
            return jnp.clip(v, -clip, clip) if clip else v

        def step(carry, inputs, wd=wd, rd=rd, wb=wb, rb=rb, f=f, pd=pd):
            h, c = carry
            xt, t = inputs
            xw = xt @ wd.T + wb
            if kind == "RNN":
                h_new = f[0](gate(xw + h @ rd.T + rb))
                c_new = c
            elif kind == "GRU":
                xz, xr, xh = jnp.split(xw, 3, axis=-1)
                rz, rr, rh = jnp.split(rd, 3, axis=0)
                bz, br, bh = jnp.split(rb, 3)
                z = f[0](gate(xz + h @ rz.T + bz))
                rt = f[0](gate(xr + h @ rr.T + br))
                if node.attr("linear_before_reset", 0):
                    hh = f[1](gate(xh + rt * (h @ rh.T + bh)))
                else:
                    hh = f[1](gate(xh + (rt * h) @ rh.T + bh))
                h_new = (1 - z) * hh + z * h
                c_new = c
            else:
                g = xw + h @ rd.T + rb
                gi, go, gf, gc = jnp.split(g, 4, axis=-1)
                pi, po, pf = (None, None, None) if pd is None else jnp.split(pd, 3)
                i = f[0](gate(gi + (0 if pi is None else pi * c)))
                ft = f[0](gate(gf + (0 if pf is None else pf * c)))
                if node.attr("input_forget", 0):
                    ft = 1 - i
                c_new = ft * c + i * f[1](gate(gc))
                o = f[0](gate(go + (0 if po is None else po * c_new)))
                h_new = o * f[2](c_new)
            if lengths is not None:
                live = (t < lengths)[:, None]
                h_new = jnp.where(live, h_new, h)
                c_new = jnp.where(live, c_new, c)
                out = jnp.where(live, h_new, jnp.zeros((), h_new.dtype))
            else:
                out = h_new
            return (h_new, c_new), out

        xs = (x, steps)
        if reverse:
            if lengths is None:
                xs = (jnp.flip(x, 0), jnp.flip(steps, 0))
            else:  # each sequence reversed within its own length
                t = steps[:, None]
                index = jnp.where(t < lengths[None, :], lengths[None, :] - 1 - t, t)
                xs = (jnp.take_along_axis(x, index[:, :, None], axis=0), jnp.flip(steps, 0) * 0 + steps)
        (h, c), y = lax.scan(step, (h0[d], c0[d]), xs)
        if reverse:
            if lengths is None:
                y = jnp.flip(y, 0)
            else:
                t = steps[:, None]
                index = jnp.where(t < lengths[None, :], lengths[None, :] - 1 - t, t)
                y = jnp.take_along_axis(y, index[:, :, None], axis=0)
        ys.append(y)
        hs.append(h)
        cs.append(c)
    y = jnp.stack(ys, axis=1)
    h, c = jnp.stack(hs), jnp.stack(cs)
    if layout:
        y = jnp.transpose(y, (2, 0, 1, 3))
        h, c = jnp.swapaxes(h, 0, 1), jnp.swapaxes(c, 0, 1)
    outputs = (y, h, c) if kind == "LSTM" else (y, h)
    return outputs[:node.n_outputs]


@onnx_op("RNN")
def rnn(node: OnnxNode, x, w, r, b=None, lengths=None, h0=None):
    return _run(node, "RNN", x, w, r, b, lengths, h0)


@onnx_op("GRU")
def gru(node: OnnxNode, x, w, r, b=None, lengths=None, h0=None):
    return _run(node, "GRU", x, w, r, b, lengths, h0)


@onnx_op("LSTM")
def lstm(node: OnnxNode, x, w, r, b=None, lengths=None, h0=None, c0=None, p=None):
    return _run(node, "LSTM", x, w, r, b, lengths, h0, c0, p)
