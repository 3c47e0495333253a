"""Text-generation artifacts: a checkpoint folder -> prefill and decode entry points -> generate on the device,
compared token for token with transformers' own generate, plus sampling, stopping, the cache staying in place,
the CLI and what is refused. Checkpoints are small random models saved here with a tokenizer trained here."""

from __future__ import annotations

import json

import numpy as np
import pytest
import torch
from click.testing import CliRunner

import torchtpu_aot
from tests import llm_tools
from torchtpu_aot.artifact import manifest as manifest_lib
from torchtpu_aot.artifact import read_artifact
from torchtpu_aot.cli.main import main
from torchtpu_aot.errors import ExportError, InputError, ManifestVersionError

PROMPTS = ["the quick brown fox", "hello", "once upon a time there was a model that ran on a chip"]
NEW = 24


@pytest.fixture(scope="module")
def llama(tmp_path_factory):
    """A Llama checkpoint and its artifact: 4 slots x 96 positions, prompts in chunks of up to 16 tokens."""
    folder = llm_tools.checkpoint("llama", tmp_path_factory.mktemp("llama") / "ckpt")
    path = folder.parent / "llama.mlir"
    torchtpu_aot.export_llm(folder, max_seq_len=96, max_batch=4, prefill_chunk=16).save(path)
    lm = llm_tools.model("llama", len(llm_tools.tokenizer()))
    return folder, path, lm, torchtpu_aot.load(path)


def _ids(folder, text: str) -> list[int]:
    from transformers import AutoTokenizer

    return AutoTokenizer.from_pretrained(folder)(text).input_ids


ARCHS = [pytest.param(a, marks=() if a in ("llama", "gpt2") else pytest.mark.slow) for a in llm_tools.ARCHITECTURES]


@pytest.mark.parametrize("arch", ARCHS)
def test_batched_greedy_generation_equals_transformers(arch, tmp_path):
    folder = llm_tools.checkpoint(arch, tmp_path / "ckpt")
    path = torchtpu_aot.export_llm(folder, max_seq_len=64, max_batch=3, prefill_chunk=16).save(tmp_path / "m.mlir")
    program = torchtpu_aot.load(path)
    results = program.generate(PROMPTS, max_new_tokens=NEW, ignore_eos=True)  # one batched call, 3 slots
    lm = llm_tools.model(arch, len(llm_tools.tokenizer()))
    for prompt, result in zip(PROMPTS, results):
        ids = _ids(folder, prompt)
        assert result.prompt_tokens == len(ids)
        assert result.token_ids == llm_tools.greedy(lm, ids, NEW), prompt
        assert result.finish_reason == "length"
        assert result.text == program.tokenizer.decode(result.token_ids, skip_special_tokens=True)
    assert len({t for r in results for t in r.token_ids}) > 8  # not a few repeated tokens: the check means something


def test_long_prompts_go_in_chunks_and_extra_prompts_wait_for_slots(llama):
    folder, _, lm, program = llama
    prompts = [" ".join(llm_tools.CORPUS)[:100], *PROMPTS, "numbers 0123", "symbols !?"]  # 6 prompts, 4 slots
    calls = dict(program.engine.steps)
    results = program.generate(prompts, max_new_tokens=12, ignore_eos=True)
    long = _ids(folder, prompts[0])
    assert len(long) > 2 * program.info.prefill_chunk
    for prompt, result in zip(prompts, results):
        assert result.token_ids == llm_tools.greedy(lm, _ids(folder, prompt), 12), prompt
    prefills = program.engine.steps["prefill"] - calls["prefill"]
    assert prefills == sum(-(-len(_ids(folder, p)) // program.info.prefill_chunk) for p in prompts)


def test_a_128_token_prompt_prefills_in_one_call(tmp_path, llama):
    program = llama[3]
    assert program.info.prefill_chunk == 16  # this artifact's; the default chunk is 256 tokens
    folder = llama[0]
    path = torchtpu_aot.export_llm(folder, max_seq_len=160).save(tmp_path / "default.mlir")
    default = torchtpu_aot.load(path)
    before = default.engine.steps["prefill"]
    default.generate([list(range(5, 133))], max_new_tokens=2)
    assert default.engine.steps["prefill"] - before == 1 and default.info.prefill_chunk >= 128


def test_the_kv_cache_stays_on_the_device_and_is_updated_in_place(llama):
    program = llama[3]
    before = program.cache_arrays()
    pointers = [a.unsafe_buffer_pointer() for a in before]
    program.generate(["hello"], max_new_tokens=6)
    after = program.cache_arrays()
    assert all(a.is_deleted() for a in before)  # donated to the step, not copied
    assert [a.unsafe_buffer_pointer() for a in after] == pointers


def test_slots_decoded_one_call_each_give_the_tokens_of_a_batched_step(llama):
    program = llama[3]
    measured = program.row_steps  # measured on this machine: 0 to max_batch - 1
    assert 0 <= measured < program.max_batch
    prompts, got = [*PROMPTS, "numbers 0123"], {}
    try:
        for rows in (0, program.max_batch):  # never / always one call per busy slot
            program.row_steps = rows
            before = program.engine.steps["row"]
            got[rows] = [[r.token_ids for r in program.generate(prompts, max_new_tokens=16, ignore_eos=True, **s)]
                         for s in ({}, {"temperature": 1.5, "top_p": 0.9, "seed": 3})]
            assert (program.engine.steps["row"] > before) == (rows > 0)
    finally:
        program.row_steps = measured
    assert got[0] == got[program.max_batch]


def test_decode_attends_only_as_far_as_the_busy_slots_have_come(llama, monkeypatch):
    folder, _, lm, program = llama
    assert program.spans == [96]  # spans start at 256 positions; shorter ones here, to cross them while decoding
    monkeypatch.setattr(program, "spans", [8, 16, 32, 96])
    monkeypatch.setattr(program, "row_steps", 0)
    spans, step = [], program._step

    def recording(entry, others, *args):
        if entry == "decode":
            busy = [r.position for r in program.engine.slots if r is not None and r.state == "decode"]
            spans.append((len(others["span"]), max(busy) + 1))
        return step(entry, others, *args)

    monkeypatch.setattr(program, "_step", recording)
    results = program.generate(PROMPTS, max_new_tokens=NEW, ignore_eos=True)
    for prompt, result in zip(PROMPTS, results):
        assert result.token_ids == llm_tools.greedy(lm, _ids(folder, prompt), NEW), prompt
    assert {span for span, _ in spans} == {16, 32, 96}  # the prompts start within 16 positions and end past 32
    assert all(span == min(s for s in program.spans if s >= needed) for span, needed in spans)


def test_a_seed_repeats_the_sampled_text_whatever_shares_the_batch(llama):
    program = llama[3]
    options = dict(max_new_tokens=20, temperature=1.2, ignore_eos=True)
    alone = program.generate(["hello"], seed=7, **options)[0].token_ids
    again = program.generate(["hello"], seed=7, **options)[0].token_ids
    shared = program.generate(["the quick", "hello"], seed=6, **options)[1].token_ids  # prompt 1 samples with seed+1
    other = program.generate(["hello"], seed=8, **options)[0].token_ids
    assert alone == again == shared and other != alone


def test_top_k_sampling_stays_within_the_k_most_likely_tokens(llama):
    folder, _, lm, program = llama
    k, checked = 3, 0
    for seed in range(4):
        for prompt in PROMPTS:
            ids = _ids(folder, prompt)
            sampled = program.generate([prompt], max_new_tokens=30, temperature=2.0, top_k=k, seed=seed,
                                       ignore_eos=True)[0].token_ids
            with torch.no_grad():
                logits = lm(torch.tensor([ids + sampled])).logits[0, len(ids) - 1:-1]
            allowed = torch.topk(logits, k).indices
            assert all(t in allowed[i].tolist() for i, t in enumerate(sampled)), (seed, prompt)
            checked += len(sampled)
    assert checked == 4 * len(PROMPTS) * 30


def test_sampler_top_p_and_temperature_on_known_logits():
    from torchtpu_aot.runtime.sampling import SamplingParams, SlotSettings, choose, key_data

    slots = 64
    logits = np.log(np.array([[0.5, 0.3, 0.15, 0.05]] * slots, np.float32))
    draws = {"top_p": [], "plain": []}
    for n in range(100):
        for name, params in (("top_p", SamplingParams(1.0, None, 0.7, 0)),
                             ("plain", SamplingParams(1.0, None, None, 0))):
            settings = SlotSettings.of([params] * slots, [key_data(s) for s in range(slots)], [n] * slots)
            draws[name] += np.asarray(choose(logits, settings, params.mode)).tolist()
    assert set(draws["top_p"]) == {0, 1}  # 0.5 + 0.3 reaches 0.7: the two most likely only
    counts = np.bincount(draws["plain"], minlength=4) / len(draws["plain"])
    assert np.abs(counts - [0.5, 0.3, 0.15, 0.05]).max() < 0.03  # 6400 draws (standard error 0.006)
    greedy = SlotSettings.of([SamplingParams()] * slots, [key_data(0)] * slots, [0] * slots)
    assert np.asarray(choose(logits, greedy, "greedy")).tolist() == [0] * slots


def test_stop_strings_end_the_text_and_streams_never_show_them(llama):
    program = llama[3]
    full = program.generate(["the quick brown"], max_new_tokens=24, ignore_eos=True)[0]
    stop = full.text[8:11]
    assert stop and full.text.index(stop) >= 1
    cut = full.text[:full.text.index(stop)]
    events = list(program.generate_stream(["the quick brown"], max_new_tokens=24, ignore_eos=True, stop=[stop]))
    result = events[-1].result
    assert result.finish_reason == "stop" and result.text == cut
    assert "".join(e.text for e in events) == cut
    assert all(stop not in "".join(e.text for e in events[:i]) for i in range(len(events)))


def test_end_of_sequence_stops_unless_ignored(llama):
    program = llama[3]
    tokens = program.generate(["hello"], max_new_tokens=20, ignore_eos=True)[0].token_ids
    eos = tokens[5]
    info = program.info
    try:
        program.info = info.replace(eos_token_ids=(eos,))
        stopped = program.generate(["hello"], max_new_tokens=20)[0]
        past = program.generate(["hello"], max_new_tokens=20, ignore_eos=True)[0]
    finally:
        program.info = info
    assert stopped.finish_reason == "stop" and stopped.token_ids == tokens[:tokens.index(eos) + 1]
    assert past.token_ids == tokens and past.finish_reason == "length"


def test_the_context_limit(llama):
    folder, _, lm, program = llama
    prompt = list(range(10, 10 + program.max_seq_len - 3))
    result = program.generate([prompt], max_new_tokens=10, ignore_eos=True)[0]
    assert result.finish_reason == "length" and len(result.token_ids) == 3  # prompt + new tokens fill 96 positions
    assert result.token_ids == llm_tools.greedy(lm, prompt, 3)
    with pytest.raises(InputError, match=r"96 tokens long.*holds 96 positions.*at most 95"):
        program.generate([list(range(96))])
    with pytest.raises(InputError, match="max_new_tokens must be"):
        program.generate(["hello"], max_new_tokens=0)
    with pytest.raises(InputError, match=r"top_p must be in \(0, 1\]"):
        program.generate(["hello"], temperature=1.0, top_p=1.5)


def test_the_manifest_lists_entry_points_cache_and_tokenizer(llama):
    folder, path, _, program = llama
    m = read_artifact(path).manifest
    assert m.format_version == 4 and set(m.entry_points) == {"decode", "prefill"}
    g = m.generation
    assert (g.architecture, g.max_batch, g.max_seq_len, g.prefill_chunk) == ("LlamaForCausalLM", 4, 96, 16)
    assert len(g.cache) == 4 and g.cache[0].shape == (4, 2, 96, 16) and g.eos_token_ids == (2,)
    assert {"tokenizer.json", "tokenizer_config.json", "generation_config.json"} <= set(g.files)
    assert (path.parent / g.files["tokenizer.json"].file).read_bytes() == (folder / "tokenizer.json").read_bytes()
    assert list(m.entry("decode").symbols) == ["span"] and list(m.entry("prefill").symbols) == ["chunk"]
    text = path.read_text()
    assert "func.func public @decode" in text and "func.func public @prefill" in text and "@main" not in text
    assert manifest_lib.loads(m.dumps(), "again") == m  # the typed manifest round-trips


def test_older_runtimes_refuse_generation_artifacts(llama, monkeypatch):
    monkeypatch.setattr(manifest_lib, "FORMAT_VERSION", 3)
    with pytest.raises(ManifestVersionError, match="format version 4"):
        read_artifact(llama[1])


def test_a_changed_tokenizer_file_is_refused(llama, tmp_path):
    import shutil

    _, path, _, _ = llama
    for f in path.parent.glob("llama.*"):
        shutil.copy(f, tmp_path / f.name)
    (tmp_path / "llama.tokenizer.json").write_text("{}")
    with pytest.raises(torchtpu_aot.errors.WeightsDigestError, match="does not match the SHA-256"):
        torchtpu_aot.load(tmp_path / "llama.mlir").generate(["hello"])


def test_cli_exports_a_checkpoint_generates_and_inspects(llama, tmp_path):
    folder = llama[0]
    runner = CliRunner()
    out = tmp_path / "cli.mlir"
    result = runner.invoke(main, ["export", str(folder), "-o", str(out), "--max-seq-len", "64", "--max-batch", "2"])
    assert result.exit_code == 0, result.output
    assert "text generation: LlamaForCausalLM" in result.output and "cli.tokenizer.json" in result.output
    result = runner.invoke(main, ["generate", str(out), "--prompt", "the quick brown", "-n", "8"])
    assert result.exit_code == 0, result.output
    want = torchtpu_aot.load(out).generate(["the quick brown"], max_new_tokens=8)[0]
    assert result.stdout.startswith(want.text) and "tokens/s" in result.output
    result = runner.invoke(main, ["inspect", str(out)])
    assert result.exit_code == 0 and "entry points" in result.output and "prefill" in result.output
    result = runner.invoke(main, ["run", str(out), "--random-inputs"])
    assert result.exit_code == 6 and "torchtpu generate" in result.output


def test_a_model_file_exports_for_text_generation(tmp_path):
    model_file = tmp_path / "tiny_lm.py"
    model_file.write_text("from tests import llm_tools\n\n\ndef build_causal_lm():\n"
                          "    return llm_tools.model('gpt2', 320), llm_tools.tokenizer()\n")
    out = tmp_path / "tiny.mlir"
    result = CliRunner().invoke(main, ["export", str(model_file), "--task", "text-generation", "-o", str(out),
                                       "--max-seq-len", "32"])
    assert result.exit_code == 0, result.output
    program = torchtpu_aot.load(out)
    lm = llm_tools.model("gpt2", 320)
    got = program.generate(["hello world"], max_new_tokens=6, ignore_eos=True)[0].token_ids
    assert got == llm_tools.greedy(lm, program.encode("hello world"), 6)


def test_bfloat16_artifacts_store_half_the_bytes_and_generate(llama, tmp_path):
    folder = llama[0]
    path = torchtpu_aot.export_llm(folder, max_seq_len=64, dtype="bfloat16").save(tmp_path / "bf16.mlir")
    program = torchtpu_aot.load(path)
    assert program.info.cache[0].dtype == "bfloat16" and program.manifest.precision.compute == "bfloat16"
    f32 = llama[1].with_suffix(".safetensors").stat().st_size
    assert path.with_suffix(".safetensors").stat().st_size < 0.55 * f32
    tokens = program.generate(PROMPTS, max_new_tokens=8, ignore_eos=True)
    bf16 = llm_tools.model("llama", len(llm_tools.tokenizer())).to(torch.bfloat16)
    agree = [np.mean([a == b for a, b in zip(r.token_ids, llm_tools.greedy(bf16, program.encode(p), 8))])
             for p, r in zip(PROMPTS, tokens)]
    assert np.mean(agree) >= 0.75  # bfloat16 rounding may flip near-ties; a wrong program agrees by chance only


def test_models_that_cannot_be_served_this_way_are_refused_with_the_reason(tmp_path):
    import transformers as T

    t5 = T.T5ForConditionalGeneration(T.T5Config(vocab_size=64, d_model=16, d_ff=32, num_layers=1, num_heads=2,
                                                 d_kv=8))
    with pytest.raises(ExportError, match="encoder-decoder"):
        torchtpu_aot.export_llm(t5)
    lm = llm_tools.model("llama", 320)
    with pytest.raises(ExportError, match=r"max_seq_len 512 is beyond the 256 positions"):
        torchtpu_aot.export_llm(lm, max_seq_len=512)
    sliding = llm_tools.model("mistral", 320, sliding_window=8)
    torchtpu_aot.export_llm(sliding, max_seq_len=32)  # one window for every layer: supported
    mixed = llm_tools.model("qwen2", 320, use_sliding_window=True, sliding_window=8, max_window_layers=1)
    with pytest.raises(ExportError, match="mixes attention kinds"):
        torchtpu_aot.export_llm(mixed, max_seq_len=32)


def test_sliding_window_attention_matches_transformers(tmp_path):
    folder = llm_tools.checkpoint("mistral", tmp_path / "ckpt", sliding_window=6)
    program = torchtpu_aot.load(torchtpu_aot.export_llm(folder, max_seq_len=48).save(tmp_path / "m.mlir"))
    lm = llm_tools.model("mistral", len(llm_tools.tokenizer()), sliding_window=6)
    ids = program.encode("once upon a time there was a model")
    assert len(ids) > 6
    assert program.generate([ids], max_new_tokens=10, ignore_eos=True)[0].token_ids == llm_tools.greedy(lm, ids, 10)
    program.spans, program.row_steps = [8, 16, 48], 0  # the window within shorter spans too
    assert program.generate([ids], max_new_tokens=10, ignore_eos=True)[0].token_ids == llm_tools.greedy(lm, ids, 10)


def test_manifest_file_names_are_checked(llama, tmp_path):
    raw = json.loads(read_artifact(llama[1]).manifest.dumps())
    raw["generation"]["files"]["tokenizer.json"]["file"] = "../secret.json"
    with pytest.raises(torchtpu_aot.errors.UnsafePathError, match="not a plain file name"):
        manifest_lib.from_json(raw, "edited")


def test_the_generation_golden_is_reproducible_and_generates_transformers_tokens(tmp_path):
    from tests import golden_tools

    folder = golden_tools.ARTIFACTS / golden_tools.GENERATION_GOLDEN
    stored = folder / f"{golden_tools.GENERATION_GOLDEN}.mlir"
    artifact, _ = golden_tools.export_generation_golden(tmp_path)
    fresh = artifact.save(tmp_path / stored.name)
    for path in folder.glob(f"{golden_tools.GENERATION_GOLDEN}.*"):  # program, weights, tokenizer files
        assert (tmp_path / path.name).read_bytes() == path.read_bytes(), f"{path.name} differs: run make goldens"
    assert fresh.exists()
    expected = json.loads((folder / "expected.json").read_text())
    results = torchtpu_aot.load(stored).generate([r["prompt"] for r in expected["results"]],
                                                 max_new_tokens=expected["max_new_tokens"], ignore_eos=True)
    assert [r.token_ids for r in results] == [r["token_ids"] for r in expected["results"]]
    assert [r.text for r in results] == [r["text"] for r in expected["results"]]
