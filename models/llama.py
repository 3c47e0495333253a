"""A LLaMA-style decoder (the TinyLlama architecture): RMSNorm, rotary position embeddings, SwiGLU MLP and
grouped-query causal attention, no biases, an untied LM head.

``LlamaConfig`` sizes it; ``build()`` uses the small default. ``benchmarks/llama_1b.py`` builds the same
architecture at TinyLlama's 1.1B parameters.

For text generation, ``build_causal_lm()`` gives the same architecture as transformers' ``LlamaForCausalLM`` (at
``CAUSAL_LM``'s size, 56M parameters), which ``torchtpu export models/llama.py --task text-generation`` exports
with prefill and decode entry points and a KV cache.
"""

from __future__ import annotations

from dataclasses import dataclass

import torch
from torch import nn
from torch.export import Dim
from torch.nn import functional as F


@dataclass(frozen=True)
class LlamaConfig:
    vocab_size: int = 2048
    hidden_size: int = 256
    intermediate_size: int = 704      # TinyLlama's 2.75x the hidden size
    num_layers: int = 4
    num_heads: int = 8
    num_kv_heads: int = 4             # grouped-query attention: 2 query heads share each key/value head
    rms_norm_eps: float = 1e-5
    rope_theta: float = 10000.0
    tie_word_embeddings: bool = False

    @property
    def head_dim(self) -> int:
        return self.hidden_size // self.num_heads

    def num_parameters(self) -> int:
        """Parameters of ``Llama(self)`` (the rotary frequencies are a buffer, not counted)."""
        h, kv = self.hidden_size, self.num_kv_heads * self.head_dim
        layer = 2 * h * h + 2 * h * kv + 3 * h * self.intermediate_size + 2 * h
        head = 0 if self.tie_word_embeddings else self.vocab_size * h
        return self.vocab_size * h + self.num_layers * layer + h + head


# The text-generation benchmark's model: 56,369,664 parameters (225 MB of float32 weights), TinyLlama's
# tokenizer-sized vocabulary.
CAUSAL_LM = LlamaConfig(vocab_size=32000, hidden_size=512, intermediate_size=1408, num_layers=8, num_heads=8,
                        num_kv_heads=4)

# TinyLlama-1.1B (https://huggingface.co/TinyLlama/TinyLlama-1.1B-intermediate-step-1431k-3T): 1,100,048,384
# parameters.
TINYLLAMA_1B = LlamaConfig(vocab_size=32000, hidden_size=2048, intermediate_size=5632, num_layers=22,
                           num_heads=32, num_kv_heads=4)


class RMSNorm(nn.Module):
    def __init__(self, size: int, eps: float):
        super().__init__()
        self.weight = nn.Parameter(torch.ones(size))
        self.eps = eps

    def forward(self, x):
        variance = x.pow(2).mean(-1, keepdim=True)
        return self.weight * (x * torch.rsqrt(variance + self.eps))


def rotary_frequencies(config: LlamaConfig) -> torch.Tensor:
    exponents = torch.arange(0, config.head_dim, 2, dtype=torch.float32) / config.head_dim
    return 1.0 / config.rope_theta ** exponents


def rotate_half(x):
    first, second = x.chunk(2, dim=-1)
    return torch.cat((-second, first), dim=-1)


class Attention(nn.Module):
    def __init__(self, config: LlamaConfig):
        super().__init__()
        self.heads, self.kv_heads, self.head_dim = config.num_heads, config.num_kv_heads, config.head_dim
        self.q_proj = nn.Linear(config.hidden_size, self.heads * self.head_dim, bias=False)
        self.k_proj = nn.Linear(config.hidden_size, self.kv_heads * self.head_dim, bias=False)
        self.v_proj = nn.Linear(config.hidden_size, self.kv_heads * self.head_dim, bias=False)
        self.o_proj = nn.Linear(self.heads * self.head_dim, config.hidden_size, bias=False)

    def forward(self, x, cos, sin):
        b, t, _ = x.shape
        q = self.q_proj(x).view(b, t, self.heads, self.head_dim).transpose(1, 2)
        k = self.k_proj(x).view(b, t, self.kv_heads, self.head_dim).transpose(1, 2)
        v = self.v_proj(x).view(b, t, self.kv_heads, self.head_dim).transpose(1, 2)
        q = q * cos + rotate_half(q) * sin
        k = k * cos + rotate_half(k) * sin
        y = F.scaled_dot_product_attention(q, k, v, is_causal=True, enable_gqa=True)
        return self.o_proj(y.transpose(1, 2).reshape(b, t, self.heads * self.head_dim))


class MLP(nn.Module):
    def __init__(self, config: LlamaConfig):
        super().__init__()
        self.gate_proj = nn.Linear(config.hidden_size, config.intermediate_size, bias=False)
        self.up_proj = nn.Linear(config.hidden_size, config.intermediate_size, bias=False)
        self.down_proj = nn.Linear(config.intermediate_size, config.hidden_size, bias=False)

    def forward(self, x):
        return self.down_proj(F.silu(self.gate_proj(x)) * self.up_proj(x))


class DecoderLayer(nn.Module):
    def __init__(self, config: LlamaConfig):
        super().__init__()
        self.input_layernorm = RMSNorm(config.hidden_size, config.rms_norm_eps)
        self.self_attn = Attention(config)
        self.post_attention_layernorm = RMSNorm(config.hidden_size, config.rms_norm_eps)
        self.mlp = MLP(config)

    def forward(self, x, cos, sin):
        x = x + self.self_attn(self.input_layernorm(x), cos, sin)
        return x + self.mlp(self.post_attention_layernorm(x))


class Llama(nn.Module):
    """Token ids [batch, seq] (int64) -> logits [batch, seq, vocab]."""

    def __init__(self, config: LlamaConfig):
        super().__init__()
        self.config = config
        self.embed_tokens = nn.Embedding(config.vocab_size, config.hidden_size)
        self.layers = nn.ModuleList(DecoderLayer(config) for _ in range(config.num_layers))
        self.norm = RMSNorm(config.hidden_size, config.rms_norm_eps)
        self.lm_head = nn.Linear(config.hidden_size, config.vocab_size, bias=False)
        if config.tie_word_embeddings:
            self.lm_head.weight = self.embed_tokens.weight
        self.register_buffer("inv_freq", rotary_frequencies(config), persistent=False)

    def forward(self, ids):
        positions = torch.arange(ids.shape[1], device=ids.device, dtype=torch.float32)
        freqs = positions[:, None] * self.inv_freq[None, :]
        angles = torch.cat((freqs, freqs), dim=-1)
        cos, sin = angles.cos(), angles.sin()
        x = self.embed_tokens(ids)
        for layer in self.layers:
            x = layer(x, cos, sin)
        return self.lm_head(self.norm(x))


def materialize(config: LlamaConfig, *, std: float = 0.02, seed: int = 0) -> Llama:
    """``Llama(config)`` built without nn.Linear's default (kaiming) init, which is slow over a billion
    parameters: made on the meta device, given uninitialised CPU memory, then filled with N(0, std) weights
    (norm weights 1) from a generator seeded with ``seed``, so the same config gives the same weights."""
    with torch.device("meta"):
        model = Llama(config)
    model.to_empty(device="cpu")
    if config.tie_word_embeddings:  # to_empty gives each module its own tensor: tie them again
        model.lm_head.weight = model.embed_tokens.weight
    generator = torch.Generator().manual_seed(seed)
    with torch.no_grad():
        for module in model.modules():
            if isinstance(module, RMSNorm):
                module.weight.fill_(1.0)
            elif isinstance(module, (nn.Linear, nn.Embedding)):
                module.weight.normal_(0.0, std, generator=generator)
        model.inv_freq.copy_(rotary_frequencies(config))
    return model.eval()


CONFIG = LlamaConfig()

# Any batch up to 16 and any sequence length up to 256.
DYNAMIC_SHAPES = ({0: Dim("batch", min=1, max=16), 1: Dim("seq", min=1, max=256)},)


def build():
    model = Llama(CONFIG).eval()
    return model, (torch.randint(0, CONFIG.vocab_size, (2, 16), dtype=torch.int64),)


def build_causal_lm(config: LlamaConfig = CAUSAL_LM, *, std: float = 0.02, seed: int = 0, max_positions: int = 2048):
    """This architecture as transformers' ``LlamaForCausalLM``, weights filled as ``materialize`` fills them (N(0,
    std) from a seeded generator, norms 1), for text-generation artifacts and their benchmarks."""
    import transformers

    hf = transformers.LlamaConfig(
        vocab_size=config.vocab_size, hidden_size=config.hidden_size, intermediate_size=config.intermediate_size,
        num_hidden_layers=config.num_layers, num_attention_heads=config.num_heads,
        num_key_value_heads=config.num_kv_heads, rms_norm_eps=config.rms_norm_eps, rope_theta=config.rope_theta,
        tie_word_embeddings=config.tie_word_embeddings, max_position_embeddings=max_positions, bos_token_id=1,
        eos_token_id=2)
    with torch.device("meta"):
        model = transformers.LlamaForCausalLM(hf)
    model.to_empty(device="cpu")
    model.model.rotary_emb = type(model.model.rotary_emb)(hf)  # a buffer computed at construction, not a weight
    if config.tie_word_embeddings:
        model.tie_weights()
    generator = torch.Generator().manual_seed(seed)
    with torch.no_grad():
        for module in model.modules():
            if isinstance(module, (nn.Linear, nn.Embedding)):
                module.weight.normal_(0.0, std, generator=generator)
            elif type(module).__name__ == "LlamaRMSNorm":
                module.weight.fill_(1.0)
    return model.eval()
