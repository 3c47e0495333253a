"""Text generation on the command line: exporting a causal LM (``export CHECKPOINT_DIR --task text-generation``)
and ``torchtpu generate``. ``generate`` imports no torch."""

from __future__ import annotations

import sys
import time
from pathlib import Path
from typing import Any

import click

from torchtpu_aot.artifact.manifest import Manifest

from .formatting import human_bytes, partition_summary, quantization_text, seconds, shape_text, table
from .inputs import devices_text, join_hosts, parallel_options

_PATH = click.Path(path_type=Path)
TASKS = ("auto", "model", "text-generation")


def is_checkpoint_folder(path: Path) -> bool:
    return path.is_dir() and (path / "config.json").is_file()


def export_llm_cmd(source: Path, output: Path | None, options: dict[str, Any], echo) -> None:
    """``torchtpu export SOURCE --task text-generation``: a checkpoint folder, or a model file whose
    ``build_causal_lm()`` (or ``build()``) returns a transformers causal LM (optionally with its tokenizer)."""
    import torchtpu_aot
    from torchtpu_aot import progress
    from torchtpu_aot.artifact import check_overwrite, output_paths
    from torchtpu_aot.frontend.llm import PHASES
    from torchtpu_aot.frontend.model_file import load_causal_lm_file

    from .progress import Phases

    start = time.perf_counter()
    name = source.name if source.is_dir() else source.stem
    path = output if output is not None else Path("out") / f"{name}.mlir"
    check_overwrite(output_paths(path), options.pop("force"))
    fmt, target_version = options.pop("fmt"), options.pop("target_version")
    tokenizer = None
    if source.is_dir():
        model = source
        if not is_checkpoint_folder(source):
            raise click.BadParameter(f"{source} is a folder without config.json; pass a Hugging Face checkpoint "
                                     "folder (save_pretrained's output).", param_hint="'MODEL'")
    else:
        model, tokenizer = load_causal_lm_file(source)
    with Phases(PHASES) as shown, progress.listening(shown):  # each phase as it ends; a bar on a terminal
        artifact = torchtpu_aot.export_llm(model, name=name, tokenizer=tokenizer, **options)
        path.parent.mkdir(parents=True, exist_ok=True)
        with progress.phase("save"):
            artifact.save(path, format=fmt, target_version=target_version, overwrite=True, progress=shown.transfer)
    saved = time.perf_counter()
    from torchtpu_aot.artifact import read_artifact

    manifest = read_artifact(path).manifest
    for line in describe(manifest):
        echo(line)
    split = partition_summary(manifest)
    if split:
        echo(split)
    if manifest.weights.quantized:
        echo(f"quantized: {quantization_text(manifest.weights)}")
    echo(f"wrote {path}  ({human_bytes(path.stat().st_size)}) and {path.with_suffix('.safetensors').name}  "
         f"({human_bytes(path.with_suffix('.safetensors').stat().st_size)})"
         + (f", {', '.join(f'{path.stem}.{n}' for n in sorted(artifact.files))}" if artifact.files else ""))
    echo(f"exported {name} in {seconds(saved - start)}")


def describe(m: Manifest) -> list[str]:
    """What a generation artifact holds, for ``export`` and ``inspect``."""
    g = m.generation
    lines = [f"text generation: {g.architecture}, vocabulary {g.vocab_size}, {g.max_batch} slot"
             f"{'s' if g.max_batch > 1 else ''} x {g.max_seq_len} positions, prompts in chunks of up to "
             f"{g.prefill_chunk} tokens",
             f"KV cache: {len(g.cache) // 2} layers, {g.cache[0].dtype}{shape_text(g.cache[0].shape)} keys and "
             f"values per layer, {human_bytes(g.cache_bytes)} on the device",
             "entry points"]
    rows = []
    for name, entry in m.entry_points.items():
        inputs = ", ".join(f"{e.name} {e.dtype}{shape_text(e.shape)}" for e in entry.tensor_inputs
                           if e.name not in {c.name for c in g.cache})
        rows.append([name, f"({inputs}, cache) -> logits, cache", f"{len(entry.weights.tensors)} weights"])
    lines += table(rows)
    files = ", ".join(sorted(g.files)) or "none (prompts are token ids)"
    eos = ", ".join(map(str, g.eos_token_ids)) or "none"
    lines.append(f"tokenizer files: {files}; end of sequence: {eos}")
    return lines


def _parallel_options(fn):
    return parallel_options(fn, devices=True)


@click.command("generate")
@click.argument("artifact", metavar="ART.mlir", type=_PATH)
@click.option("-p", "--prompt", "prompts", multiple=True, metavar="TEXT",
              help="A prompt (repeat for several, generated side by side in the artifact's slots).")
@click.option("--ids", "id_prompts", multiple=True, metavar="N,N,...",
              help="A prompt as token ids, for artifacts exported without a tokenizer.")
@click.option("-n", "--max-new-tokens", type=click.IntRange(min=1), default=64, show_default=True)
@click.option("--temperature", type=click.FloatRange(min=0), default=0.0, show_default=True,
              help="0: greedy; higher: more random.")
@click.option("--top-k", type=click.IntRange(min=0), help="Sample from the K most likely tokens (0: no limit).")
@click.option("--top-p", type=click.FloatRange(min=0, max=1, min_open=True),
              help="Sample from the most likely tokens whose probability adds up to P.")
@click.option("--seed", type=click.IntRange(min=0), help="Seed for sampling: the same seed gives the same text.")
@click.option("--stop", multiple=True, metavar="TEXT", help="Stop at this text (repeatable; it is not printed).")
@click.option("--ignore-eos", is_flag=True, help="Keep going past the end-of-sequence token.")
@click.option("--cache-dir", type=_PATH, metavar="DIR",
              help="JAX's persistent compilation cache, so a later run loads the compiled steps.")
@_parallel_options
def generate_cmd(artifact: Path, prompts: tuple[str, ...], id_prompts: tuple[str, ...], max_new_tokens: int,
                 temperature: float, top_k: int | None, top_p: float | None, seed: int | None,
                 stop: tuple[str, ...], ignore_eos: bool, cache_dir: Path | None, devices: int | None,
                 tensor_parallel: int | None, hosts: dict) -> None:
    """Generate text with a text-generation artifact (export CHECKPOINT_DIR --task text-generation).

    Streams the text of a single prompt as it is generated; with several prompts, prints each result when all
    are done. Then prints the prompt and generated token counts and the tokens per second.

    \b
    Examples:
      torchtpu generate out/llm.mlir --prompt "Once upon a time" -n 32
      torchtpu generate out/llm.mlir -p "Hello" -p "Bonjour" --temperature 0.8 --top-p 0.95 --seed 1
      torchtpu generate out/llm.mlir -p "Hello" --tensor-parallel 8    # exported with --shard auto

    --tensor-parallel T splits the weights and the KV cache's heads across T devices; --devices N (a multiple of
    T) also splits the slots across N/T groups. With --coordinator, run the same command in every process: they
    generate the same tokens (sampling seeds are shared), and process 0 prints them.
    """
    import torchtpu_aot
    from torchtpu_aot.errors import InputError

    given: list[Any] = list(prompts) + [_ids(text) for text in id_prompts]
    if not given:
        raise click.UsageError("Give a prompt: --prompt TEXT (or --ids N,N,... for token ids).")
    process = join_hosts(hosts)
    start = time.perf_counter()
    program = torchtpu_aot.load(artifact, cache_dir=cache_dir, devices=devices, tensor_parallel=tensor_parallel,
                                progress=True)
    if not isinstance(program, torchtpu_aot.GenerationProgram):
        raise InputError(f"{artifact} is not a text-generation artifact; run it with `torchtpu run`.")
    loaded = time.perf_counter()
    options = dict(max_new_tokens=max_new_tokens, temperature=temperature, top_k=top_k, top_p=top_p, seed=seed,
                   stop=list(stop), ignore_eos=ignore_eos)
    results: dict[int, Any] = {}
    first_token = None
    if process != 0:
        for _event in program.generate_stream(given, **options):  # the same steps as process 0, which prints
            pass
        click.echo(f"process {process}: generated with process 0{devices_text(program)}", err=True)
        return
    single = len(given) == 1 and program.has_tokenizer
    for event in program.generate_stream(given, **options):
        first_token = first_token or time.perf_counter()
        if single and event.text:
            click.echo(event.text, nl=False)
            sys.stdout.flush()
        if event.finished:
            results[event.index] = event.result
    done = time.perf_counter()
    if single:
        click.echo()
    else:
        for i, prompt in enumerate(given):
            r = results[i]
            click.echo(f"[{i}] {prompt if isinstance(prompt, str) else prompt!r}")
            click.echo(r.text if r.text is not None else " ".join(map(str, r.token_ids)))
    generated = sum(len(r.token_ids) for r in results.values())
    prompt_tokens = sum(r.prompt_tokens for r in results.values())
    reasons = ", ".join(sorted({r.finish_reason for r in results.values()}))
    click.echo(f"-- {prompt_tokens} prompt tokens, {generated} generated ({reasons}) in {seconds(done - loaded)}: "
               f"{generated / max(done - loaded, 1e-9):.1f} tokens/s, first token after "
               f"{seconds((first_token or done) - loaded)} (includes compiling); loaded in "
               f"{seconds(loaded - start)}{devices_text(program)}", err=True)


def _ids(text: str) -> list[int]:
    try:
        ids = [int(t) for t in text.replace(" ", "").split(",") if t]
    except ValueError:
        ids = []
    if not ids:
        raise click.BadParameter(f"{text!r} is not a comma-separated list of token ids.", param_hint="'--ids'")
    return ids


COMMANDS = [generate_cmd]
