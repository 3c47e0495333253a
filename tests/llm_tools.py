"""Small Hugging Face causal LMs for the text-generation tests, goldens and benchmarks, built offline.

``checkpoint(arch, folder)`` writes a ``save_pretrained`` folder (config, safetensors weights, generation config)
of a small random model of that architecture, with a byte-level BPE tokenizer trained here with the ``tokenizers``
package (nothing is downloaded). Weights are drawn with ``initializer_range`` 0.15, so greedy output varies
instead of repeating one token (a comparison of repeated tokens would prove little).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

CORPUS = [
    "the quick brown fox jumps over the lazy dog. ",
    "hello world, this is a tiny corpus for a tiny tokenizer. ",
    "numbers 0123456789 and symbols !?.,;: ",
    "once upon a time there was a model that ran on a chip far away. ",
    "<|user|> what is the capital of france? <|assistant|> paris. ",
]
SPECIAL = ["<unk>", "<s>", "</s>", "<|user|>", "<|assistant|>"]
# A chat template in Jinja, as tokenizer_config.json carries one.
CHAT_TEMPLATE = ("{% for message in messages %}<|{{ message['role'] }}|> {{ message['content'] }} {% endfor %}"
                 "{% if add_generation_prompt %}<|assistant|>{% endif %}")

ARCHITECTURES = ("llama", "qwen2", "mistral", "gemma", "phi3", "gpt2")


def tokenizer(vocab_size: int = 320):
    """A byte-level BPE tokenizer trained on CORPUS, as a transformers fast tokenizer (BOS added to prompts)."""
    from tokenizers import Tokenizer, decoders, models, pre_tokenizers, processors, trainers
    from transformers import PreTrainedTokenizerFast

    tok = Tokenizer(models.BPE(unk_token="<unk>"))
    tok.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False)
    tok.decoder = decoders.ByteLevel()
    trainer = trainers.BpeTrainer(vocab_size=vocab_size, special_tokens=SPECIAL, show_progress=False,
                                  initial_alphabet=pre_tokenizers.ByteLevel.alphabet())
    tok.train_from_iterator(CORPUS * 10, trainer)
    tok.post_processor = processors.TemplateProcessing(single="<s> $A", special_tokens=[("<s>", 1)])
    fast = PreTrainedTokenizerFast(tokenizer_object=tok, bos_token="<s>", eos_token="</s>", unk_token="<unk>")
    fast.chat_template = CHAT_TEMPLATE
    return fast


def config(arch: str, vocab_size: int, **overrides: Any):
    import transformers as T

    common = dict(vocab_size=vocab_size, hidden_size=64, intermediate_size=128, num_hidden_layers=2,
                  num_attention_heads=4, num_key_value_heads=2, max_position_embeddings=256, initializer_range=0.15,
                  bos_token_id=1, eos_token_id=2, pad_token_id=0)
    configs = {
        "llama": (T.LlamaConfig, common),
        "qwen2": (T.Qwen2Config, common),
        "mistral": (T.MistralConfig, {**common, "sliding_window": None}),
        # Gemma scales its embeddings by sqrt(hidden size): larger weights keep its greedy output varied
        "gemma": (T.GemmaConfig, {**common, "head_dim": 16, "initializer_range": 0.3}),
        "phi3": (T.Phi3Config, {**common, "sliding_window": None}),
        "gpt2": (T.GPT2Config, dict(vocab_size=vocab_size, n_embd=64, n_layer=2, n_head=4, n_positions=256,
                                    initializer_range=0.15, bos_token_id=1, eos_token_id=2)),
    }
    cls, values = configs[arch]
    return cls(**{**values, **overrides})


def model(arch: str, vocab_size: int, seed: int = 0, **overrides: Any):
    import torch
    import transformers as T

    classes = {"llama": T.LlamaForCausalLM, "qwen2": T.Qwen2ForCausalLM, "mistral": T.MistralForCausalLM,
               "gemma": T.GemmaForCausalLM, "phi3": T.Phi3ForCausalLM, "gpt2": T.GPT2LMHeadModel}
    torch.manual_seed(seed)
    return classes[arch](config(arch, vocab_size, **overrides)).eval()


def checkpoint(arch: str, folder: Path, seed: int = 0, **overrides: Any) -> Path:
    """A save_pretrained folder of a small random ``arch`` model with its tokenizer and generation config."""
    folder = Path(folder)
    tok = tokenizer()
    lm = model(arch, len(tok), seed, **overrides)
    lm.save_pretrained(folder)
    lm.generation_config.save_pretrained(folder)
    tok.save_pretrained(folder)
    return folder


def greedy(lm, ids: list[int], max_new_tokens: int) -> list[int]:
    """transformers' own greedy generation of ``max_new_tokens`` tokens, not stopping at the end-of-sequence
    token (compare with ``generate(..., ignore_eos=True)``)."""
    import torch
    from transformers import GenerationConfig

    settings = GenerationConfig(max_new_tokens=max_new_tokens, do_sample=False, eos_token_id=None, pad_token_id=0)
    with torch.no_grad():
        out = lm.generate(torch.tensor([ids]), attention_mask=torch.ones(1, len(ids), dtype=torch.long),
                          generation_config=settings)
    return out[0, len(ids):].tolist()
