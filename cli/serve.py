"""``torchtpu serve`` and ``torchtpu bench-serve``: the artifact behind the Open Inference Protocol, and its load test.

Neither imports torch: a serving host needs only the runtime and the serving stack.
"""

from __future__ import annotations

import time
from pathlib import Path

import click
import numpy as np

from .formatting import seconds, table
from .inputs import devices_text, join_hosts, runtime_options

_PATH = click.Path(path_type=Path)


def _sizes(text: str | None, option: str) -> list[int] | None:
    if text is None:
        return None
    try:
        sizes = [int(s) for s in text.split(",") if s.strip()]
    except ValueError:
        sizes = []
    if not sizes or min(sizes) < 1:
        raise click.BadParameter(f"expected positive integers separated by commas, got {text!r}.", param_hint=option)
    return sizes


@click.command("serve")
@click.argument("artifacts", metavar="ART.mlir [ART2.mlir ...]", type=_PATH, nargs=-1)
@click.option("--name", "named", multiple=True, metavar="NAME=ART.mlir",
              help="Serve an artifact under NAME instead of its file name (repeatable).")
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on (0.0.0.0 for all).")
@click.option("--port", type=click.IntRange(0, 65535), default=8000, show_default=True, help="Port to listen on.")
@click.option("--max-batch-size", type=click.IntRange(min=1), default=8, show_default=True,
              help="Rows gathered into one call for models whose dim 0 is a dynamic batch dim; 1 turns batching off.")
@click.option("--batch-timeout-ms", type=click.FloatRange(min=0), default=5.0, show_default=True,
              help="Longest a request waits for others to join its batch. A batch goes sooner once it holds as "
                   "many requests as the previous call did, so under light load nothing waits.")
@click.option("--buckets", metavar="N,N,...",
              help="Batch sizes to compile; a batch is padded up to the next one.  [default: powers of two up to "
                   "--max-batch-size]")
@click.option("--max-request-mb", type=click.FloatRange(min=0, min_open=True), default=64.0, show_default=True,
              help="Largest request body accepted (413 above it).")
@click.option("--warmup/--no-warmup", default=True, show_default=True,
              help="Compile every bucket before accepting requests.")
@click.option("--access-log", is_flag=True, help="Log every request.")
@click.option("--max-waiting", type=click.IntRange(min=0), default=256, show_default=True,
              help="Text generation: requests that may wait for a free slot; beyond them, 429 with Retry-After.")
@runtime_options
def serve_cmd(artifacts: tuple[Path, ...], named: tuple[str, ...], host: str, port: int, max_batch_size: int,
              batch_timeout_ms: float, buckets: str | None, max_request_mb: float, warmup: bool, access_log: bool,
              max_waiting: int, cache_dir: Path | None, devices: int | None, fold_weights: bool | None,
              tensor_parallel: int | None, hosts: dict) -> None:
    """Serve artifacts over the Open Inference Protocol (KServe v2 REST), each by its file name (or the name
    given with --name), and text-generation artifacts over the OpenAI API too.

    Endpoints: /v2 (server metadata and the models), /v2/health/live, /v2/health/ready,
    /v2/models/NAME[/versions/1][/ready|/infer] (JSON or binary tensor data), /v2/repository/index, /metrics
    (Prometheus). Models whose inputs and outputs share a dynamic dim 0 batch concurrent requests.
    Text-generation artifacts (export --task text-generation) answer /v1/models, /v1/completions,
    /v1/chat/completions (streaming with stream: true) and /v2/models/NAME/generate[_stream], with continuous
    batching over their slots. SIGTERM finishes the requests in flight, then exits.

    --tensor-parallel T splits the weights of artifacts exported with --shard across T devices. With
    --coordinator, start the same command in every process: process 0 listens and shares each call with the
    others, which make it on their devices too; they exit when process 0 does.

    \b
    Examples:
      torchtpu serve out/resnet18.mlir --port 8000
      torchtpu serve out/mlp.mlir out/gpt_decoder.mlir --max-batch-size 32 --batch-timeout-ms 5
      torchtpu serve --name classifier=out/resnet18.mlir --max-batch-size 64 --devices 8
      torchtpu serve out/llm.mlir --port 8000       # then: openai.OpenAI(base_url="http://127.0.0.1:8000/v1")
      torchtpu serve out/llm.mlir --tensor-parallel 8      # exported with --shard auto
    """
    from torchtpu_aot.serve import load_models, serve
    from torchtpu_aot.serve.server import listen_socket, model_names

    paths: list = list(artifacts)
    for option in named:
        name, sep, path = option.partition("=")
        if not sep or not name or not path.endswith(".mlir"):
            raise click.BadParameter(f"{option!r} is not NAME=ART.mlir.", param_hint="'--name'")
        paths.append((name, Path(path)))
    if not paths:
        raise click.UsageError("Give the artifacts to serve: ART.mlir arguments, or --name NAME=ART.mlir.")
    sizes = _sizes(buckets, "'--buckets'")
    paths = model_names(paths)  # names that clash fail before anything else
    process = join_hosts(hosts)
    lockstep = None
    if hosts["coordinator"]:
        from torchtpu_aot.runtime.hosts import Lockstep

        lockstep = Lockstep()
    if process != 0:
        return _follow(paths, lockstep, dict(max_batch_size=max_batch_size, buckets=sizes, devices=devices,
                                             cache_dir=cache_dir, fold_weights=fold_weights, max_waiting=max_waiting,
                                             tensor_parallel=tensor_parallel, progress=True))
    sock = listen_socket(host, port)  # a port in use fails now, not after every model has compiled
    try:
        with sock:
            start = time.perf_counter()
            models = load_models(paths, max_batch_size=max_batch_size, buckets=sizes, devices=devices,
                                 cache_dir=cache_dir, fold_weights=fold_weights, max_waiting=max_waiting,
                                 tensor_parallel=tensor_parallel, progress=True)
            for model in models:
                if lockstep is not None:
                    lockstep.add(model.program)
            click.echo(f"loaded {len(models)} model{'s' if len(models) > 1 else ''}"
                       f"{devices_text(models[0].program)} in {seconds(time.perf_counter() - start)}")
            for model in models:
                _warm_up(model, warmup)
            port = sock.getsockname()[1]
            click.echo(f"listening on http://{host if ':' not in host else f'[{host}]'}:{port} (Ctrl+C to stop)")
            serve(models, host=host, port=port, batch_timeout_s=batch_timeout_ms / 1000,
                  max_request_bytes=int(max_request_mb * 2**20), access_log=access_log, sock=sock)
    finally:
        if lockstep is not None:
            lockstep.stop()


def _follow(paths: list, lockstep, options: dict) -> None:
    """A process other than 0 of a multi-process server: load the same models, then make the calls process 0
    shares until it stops."""
    from torchtpu_aot.runtime import hosts
    from torchtpu_aot.serve.server import load_models

    models = load_models(paths, **options)
    for model in models:
        lockstep.add(model.program)
    click.echo(f"process {hosts.process_index()} of {hosts.process_count()}: loaded {len(models)} model"
               f"{'s' if len(models) > 1 else ''}{devices_text(models[0].program)}; making the calls process 0 "
               "shares until it stops")
    calls = lockstep.follow()
    click.echo(f"process {hosts.process_index()}: process 0 stopped after {calls} calls")


def _warm_up(model, warmup: bool) -> None:
    """How a model is served (and why it is not batched, if it is not), then each bucket as it compiles."""
    from torchtpu_aot.serve.server import warm_up

    if model.kind == "text-generation":
        info = model.program.info
        click.echo(f"  {model.name}: text generation, {info.max_batch} slots x {info.max_seq_len} positions, up to "
                   f"{model.max_waiting} waiting (/v1/completions, /v1/chat/completions)")
        if warmup:
            click.echo(f"    warmed up in {seconds(warm_up(model))}")
        return
    if model.batch_dim is None:
        how = f"no batching: {model.unbatched_reason}"
    elif model.max_batch_size == 1:
        how = "batching off (--max-batch-size 1)"
    else:
        how = f"batching dim {model.batch_dim!r} up to {model.max_batch_size} rows"
    buckets = f", buckets {','.join(map(str, model.buckets))}" if model.buckets else ""
    click.echo(f"  {model.name}: {how}{buckets}")
    if warmup and model.buckets:
        total = warm_up(model, lambda size, took: click.echo(f"    bucket {size} compiled in {seconds(took)}"))
        click.echo(f"    warmed up in {seconds(total)}")


@click.command("bench-serve")
@click.argument("artifact", metavar="ART.mlir", type=_PATH)
@click.option("--url", default="http://127.0.0.1:8000", show_default=True, help="The running server.")
@click.option("--model", "model_name", help="Served model name.  [default: the artifact's file name]")
@click.option("-n", "--requests", type=click.IntRange(min=1),
              help="Requests at each concurrency.  [default: 2000; 64 for text generation]")
@click.option("-c", "--concurrency", default="1,8,32", show_default=True, help="Concurrent clients, per level.")
@click.option("--rows", type=click.IntRange(min=1), default=1, show_default=True,
              help="Batch rows per request (for models with a dynamic batch dim).")
@click.option("--in-process-requests", type=click.IntRange(min=1), default=200, show_default=True,
              help="Sequential in-process calls to compare with.")
@click.option("--seed", type=click.IntRange(min=0), default=0, show_default=True, help="Seed for the random inputs.")
@click.option("--prompt-len", default="8,96", show_default=True, metavar="MIN,MAX",
              help="Text generation: prompt lengths in tokens, drawn per request.")
@click.option("--output-len", default="16,64", show_default=True, metavar="MIN,MAX",
              help="Text generation: max_tokens, drawn per request (end of sequence ignored).")
def bench_serve_cmd(artifact: Path, url: str, model_name: str | None, requests: int | None, concurrency: str,
                    rows: int, in_process_requests: int, seed: int, prompt_len: str, output_len: str) -> None:
    """Load a running `torchtpu serve` with binary infer requests; compare with in-process calls.

    For each concurrency, sends --requests requests from that many keep-alive clients and prints requests/s,
    p50/p99 latency, errors and the server's mean batch size (from its /metrics). Then calls the artifact
    in this process, one request at a time, and prints the same figures and the p50 overhead of the server.

    For a text-generation artifact, sends streaming /v1/completions with prompts and output lengths drawn from
    --prompt-len and --output-len, and prints output tokens/s, time to first token and inter-token latency (p50,
    p99) and errors per concurrency.

    \b
    Examples:
      torchtpu serve out/mlp.mlir --max-batch-size 32 &
      torchtpu bench-serve out/mlp.mlir -n 2000 -c 1,8,32
      torchtpu serve out/llm.mlir & torchtpu bench-serve out/llm.mlir -n 64 -c 1,8,32
    """
    from torchtpu_aot.artifact import read_artifact
    from torchtpu_aot.serve.bench import Target, encode_request, in_process, make_inputs
    from torchtpu_aot.serve.errors import ServeError

    levels = _sizes(concurrency, "'--concurrency'")
    manifest = read_artifact(artifact).manifest
    target = Target(url, model_name or artifact.name.removesuffix(".mlir"))
    if manifest.is_generation:
        return _bench_generation(target, manifest, requests or 64, levels, _range(prompt_len, "'--prompt-len'"),
                                 _range(output_len, "'--output-len'"), seed)
    requests = requests or 2000
    inputs = make_inputs(manifest, rows, seed)
    body, header_length = encode_request(inputs)
    served = target.infer_once(body, header_length)
    results = [target.load_level(body, header_length, c, requests) for c in levels]
    local, expected = in_process(artifact, inputs, in_process_requests)
    diff = max(float(np.max(np.abs(served[n].astype(np.float64) - np.asarray(v, np.float64)), initial=0))
               for n, v in expected.items() if n in served)

    click.echo(f"{target.model} at http://{target.host}:{target.port}, {rows} row{'s' if rows > 1 else ''} "
               f"per request ({', '.join(f'{n} {a.dtype}{list(a.shape)}' for n, a in inputs.items())})")
    head = ["mode", "clients", "requests", "errors", "req/s", "p50 ms", "p99 ms", "mean batch"]
    lines = [head]
    for level in [*results, local]:
        batch = f"{level.mean_batch:.2f}" if level.mean_batch is not None else "-"
        lines.append([level.mode, str(level.concurrency), str(level.requests), str(level.errors),
                      f"{level.rate:.1f}", f"{level.percentile(50) * 1e3:.2f}", f"{level.percentile(99) * 1e3:.2f}",
                      batch])
    for line in table(lines):
        click.echo(line)
    single = next((r for r in results if r.concurrency == 1), None)
    if single is not None:
        overhead = (single.percentile(50) - local.percentile(50)) * 1e3
        click.echo(f"p50 overhead of the server at 1 client: {overhead:.2f} ms per request")
    click.echo(f"max |server - in-process| on one request: {diff:.3g}")
    failed = sum(r.errors for r in results)
    if failed:
        raise ServeError(f"{failed} of {sum(r.requests for r in results)} requests to {target.model} failed; the "
                         "server's log and /metrics (torchtpu_infer_requests_total by status) say which.")


def _range(text: str, option: str) -> tuple[int, int]:
    sizes = _sizes(text, option)
    if len(sizes) != 2 or sizes[0] > sizes[1]:
        raise click.BadParameter(f"expected MIN,MAX, got {text!r}.", param_hint=option)
    return sizes[0], sizes[1]


def _bench_generation(target, manifest, requests: int, levels: list[int], prompt_lens: tuple[int, int],
                      output_lens: tuple[int, int], seed: int) -> None:
    from torchtpu_aot.serve.bench import GenerationLevel, generation_level, generation_requests
    from torchtpu_aot.serve.errors import ServeError

    info = manifest.generation
    if prompt_lens[1] + output_lens[1] > info.max_seq_len:
        raise click.BadParameter(f"prompts of up to {prompt_lens[1]} and outputs of up to {output_lens[1]} tokens "
                                 f"exceed the artifact's {info.max_seq_len} positions.", param_hint="'--output-len'")
    target.get("/v1/models")  # reachable?
    bodies = generation_requests(requests, info.vocab_size, prompt_lens, output_lens, seed)
    click.echo(f"{target.model} at http://{target.host}:{target.port}: {requests} streaming completions per level, "
               f"prompts of {prompt_lens[0]}-{prompt_lens[1]} tokens, {output_lens[0]}-{output_lens[1]} new tokens, "
               f"{info.max_batch} slots")
    rows = [["clients", "requests", "errors", "output tok/s", "TTFT p50 ms", "TTFT p99 ms", "ITL p50 ms",
             "ITL p99 ms"]]
    results = []
    for level in levels:
        r = generation_level(target, bodies, level)
        results.append(r)
        p = GenerationLevel.percentile
        rows.append([str(level), str(r.requests), str(r.errors), f"{r.tokens_per_s:.1f}", f"{p(r.ttft, 50) * 1e3:.1f}",
                     f"{p(r.ttft, 99) * 1e3:.1f}", f"{p(r.itl, 50) * 1e3:.2f}", f"{p(r.itl, 99) * 1e3:.2f}"])
    for line in table(rows):
        click.echo(line)
    single = next((r for r in results if r.concurrency == 1), None)
    for r in results:
        if single is not None and r is not single and single.tokens_per_s:
            click.echo(f"output tokens/s at {r.concurrency} clients: {r.tokens_per_s / single.tokens_per_s:.2f}x "
                       "1 client")
    failed = sum(r.errors for r in results)
    if failed:
        raise ServeError(f"{failed} of {sum(r.requests for r in results)} streaming requests to {target.model} "
                         "failed; the server's log says why.")


COMMANDS = (serve_cmd, bench_serve_cmd)
