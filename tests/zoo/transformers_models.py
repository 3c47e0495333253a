"""Hugging Face transformers models built from small configs with random weights (nothing is downloaded).

Each model is wrapped so it returns a dict of the output tensors that matter: transformers' ``ModelOutput``
classes are dataclass-dicts whose optional fields depend on the call, and the artifact keeps the model's own
(dict) structure either way.
"""

from __future__ import annotations

import os

import torch
from torch import nn

from tests.zoo.catalog import TRANSFORMERS, Built, ZooModel

os.environ.setdefault("HF_HUB_OFFLINE", "1")  # never reach the hub, even by accident
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

VOCAB, SEQ = 1000, 16


class SelectOutputs(nn.Module):
    """Call a transformers model with keyword inputs and return ``{key: output[key]}`` for ``keys``."""

    def __init__(self, model: nn.Module, keys: tuple[str, ...]):
        super().__init__()
        self.model = model
        self.keys = keys

    def forward(self, **inputs: torch.Tensor) -> dict[str, torch.Tensor]:
        out = self.model(**inputs)
        return {k: out[k] for k in self.keys}


def _tokens(batch: int = 1, seq: int = SEQ, padded: int = 3) -> dict[str, torch.Tensor]:
    """Token ids and an attention mask whose last ``padded`` positions are padding (exercising the mask)."""
    mask = torch.ones(batch, seq, dtype=torch.int64)
    mask[:, seq - padded:] = 0
    return {"input_ids": torch.randint(0, VOCAB, (batch, seq)), "attention_mask": mask}


_SMALL = dict(hidden_size=64, num_hidden_layers=2, num_attention_heads=4, intermediate_size=128)


def _bert() -> Built:
    from transformers import BertConfig, BertModel

    config = BertConfig(vocab_size=VOCAB, max_position_embeddings=64, **_SMALL)
    inputs = {**_tokens(), "token_type_ids": torch.tensor([[0] * 8 + [1] * 8])}
    return SelectOutputs(BertModel(config), ("last_hidden_state", "pooler_output")), (), inputs


def _gpt2() -> Built:
    from transformers import GPT2Config, GPT2LMHeadModel

    config = GPT2Config(vocab_size=VOCAB, n_positions=64, n_embd=64, n_layer=2, n_head=4, use_cache=False,
                        bos_token_id=1, eos_token_id=2)
    return SelectOutputs(GPT2LMHeadModel(config), ("logits",)), (), _tokens(padded=0)


def _llama() -> Built:
    from transformers import LlamaConfig, LlamaForCausalLM

    config = LlamaConfig(vocab_size=VOCAB, max_position_embeddings=64, num_key_value_heads=2, use_cache=False,
                         **_SMALL)
    return SelectOutputs(LlamaForCausalLM(config), ("logits",)), (), _tokens(padded=0)


def _t5_encoder() -> Built:
    from transformers import T5Config, T5EncoderModel

    config = T5Config(vocab_size=VOCAB, d_model=64, d_kv=16, d_ff=128, num_layers=2, num_heads=4,
                      relative_attention_num_buckets=8, relative_attention_max_distance=16)
    return SelectOutputs(T5EncoderModel(config), ("last_hidden_state",)), (), _tokens()


def _vit() -> Built:
    from transformers import ViTConfig, ViTForImageClassification

    config = ViTConfig(image_size=32, patch_size=8, num_labels=10, **_SMALL)
    return (SelectOutputs(ViTForImageClassification(config), ("logits",)), (),
            {"pixel_values": torch.randn(1, 3, 32, 32)})


def _whisper_encoder() -> Built:
    from transformers import WhisperConfig, WhisperModel

    config = WhisperConfig(vocab_size=VOCAB, num_mel_bins=80, d_model=64, encoder_layers=2, decoder_layers=2,
                           encoder_attention_heads=4, decoder_attention_heads=4, encoder_ffn_dim=128,
                           decoder_ffn_dim=128, max_source_positions=32, max_target_positions=32,
                           pad_token_id=0, bos_token_id=1, eos_token_id=2, decoder_start_token_id=3)
    # The encoder insists on 2 * max_source_positions mel frames.
    return (SelectOutputs(WhisperModel(config).get_encoder(), ("last_hidden_state",)), (),
            {"input_features": torch.randn(1, 80, 64)})


def _distilbert() -> Built:
    from transformers import DistilBertConfig, DistilBertModel

    config = DistilBertConfig(vocab_size=VOCAB, max_position_embeddings=64, dim=64, n_layers=2, n_heads=4,
                              hidden_dim=128)
    return SelectOutputs(DistilBertModel(config), ("last_hidden_state",)), (), _tokens()


def _roberta() -> Built:
    from transformers import RobertaConfig, RobertaModel

    config = RobertaConfig(vocab_size=VOCAB, max_position_embeddings=64, pad_token_id=1, **_SMALL)
    return SelectOutputs(RobertaModel(config), ("last_hidden_state", "pooler_output")), (), _tokens()


def _mistral() -> Built:
    from transformers import MistralConfig, MistralForCausalLM

    config = MistralConfig(vocab_size=VOCAB, max_position_embeddings=64, num_key_value_heads=2, sliding_window=8,
                           use_cache=False, **_SMALL)
    return SelectOutputs(MistralForCausalLM(config), ("logits",)), (), _tokens(padded=0)


def _qwen2() -> Built:
    from transformers import Qwen2Config, Qwen2ForCausalLM

    config = Qwen2Config(vocab_size=VOCAB, max_position_embeddings=64, num_key_value_heads=2, use_cache=False,
                         **_SMALL)
    return SelectOutputs(Qwen2ForCausalLM(config), ("logits",)), (), _tokens(padded=0)


def _clip_vision() -> Built:
    from transformers import CLIPVisionConfig, CLIPVisionModel

    config = CLIPVisionConfig(image_size=32, patch_size=8, **_SMALL)
    return (SelectOutputs(CLIPVisionModel(config), ("last_hidden_state", "pooler_output")), (),
            {"pixel_values": torch.randn(1, 3, 32, 32)})


_BUILDERS = {
    "hf_bert": (_bert, f"ids 1x{SEQ} (3 padded), token types"),
    "hf_gpt2": (_gpt2, f"ids 1x{SEQ}"),
    "hf_llama": (_llama, f"ids 1x{SEQ}"),
    "hf_t5_encoder": (_t5_encoder, f"ids 1x{SEQ} (3 padded)"),
    "hf_vit": (_vit, "1x3x32x32"),
    "hf_whisper_encoder": (_whisper_encoder, "mel 1x80x64"),
    "hf_distilbert": (_distilbert, f"ids 1x{SEQ} (3 padded)"),
    "hf_roberta": (_roberta, f"ids 1x{SEQ} (3 padded)"),
    "hf_mistral": (_mistral, f"ids 1x{SEQ}, sliding window 8"),
    "hf_qwen2": (_qwen2, f"ids 1x{SEQ}"),
    "hf_clip_vision": (_clip_vision, "1x3x32x32"),
}


def transformers_models() -> list[ZooModel]:
    return [ZooModel(name, TRANSFORMERS, fn, inputs) for name, (fn, inputs) in _BUILDERS.items()]
