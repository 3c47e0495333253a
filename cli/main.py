"""The ``torchtpu`` command: export models, inspect and run artifacts, verify them against torch.

Errors a user can fix (TorchTPUError) print one paragraph and exit with the error class's own code (the
README's exit-code table); usage errors (click's, and OptionError) exit 2, also as one paragraph; anything else
is a bug and exits 70. ``--debug``, before or after the command, adds the traceback and what torch and JAX logged.
"""

from __future__ import annotations

import logging
import os
import sys
import traceback
import warnings
from typing import Any

import click

from torchtpu_aot._version import __version__
from torchtpu_aot.errors import ShardingWarning, TorchTPUError

from .bench import COMMANDS as BENCH_COMMANDS
from .commands import COMMANDS
from .generate import COMMANDS as GENERATE_COMMANDS
from .serve import COMMANDS as SERVE_COMMANDS

INTERNAL_ERROR_EXIT = 70  # EX_SOFTWARE
SIGPIPE_EXIT = 141  # what a shell reports for a process killed by SIGPIPE


_DEBUG = "torchtpu.debug"  # set in the root context's meta by --debug, wherever it was given
_DEBUG_HELP = "Print the full traceback with errors, and what torch and JAX logged (also TORCHTPU_DEBUG=1)."


class _UsageError(click.UsageError):
    """click's usage error as one paragraph, like every other error: what is wrong, and where the help is."""

    def show(self, file: Any = None) -> None:
        message = self.format_message().strip()
        if self.ctx is not None:
            message += f"{'' if message.endswith('.') else '.'} Run '{self.ctx.command_path} --help' for the usage."
        click.echo(f"error: {message}", err=True)


def _debug(ctx: click.Context) -> bool:
    return bool(ctx.find_root().meta.get(_DEBUG))


# JAX's own switches for its logs: a user who sets one asked for them.
_JAX_LOG_SWITCHES = ("JAX_LOG_COMPILES", "JAX_LOGGING_LEVEL", "JAX_DEBUG_LOG_MODULES")


def _set_debug(ctx: click.Context, param: click.Parameter, value: bool) -> bool:
    """``--debug`` given anywhere on the command line: tracebacks, and the logs of JAX (kept quiet otherwise,
    unless asked for with JAX's own switches)."""
    if value:
        ctx.find_root().meta[_DEBUG] = True
    jax_log = logging.getLogger("jax")
    if not _debug(ctx) and not any(os.environ.get(name) for name in _JAX_LOG_SWITCHES):
        jax_log.setLevel(logging.ERROR)
    elif jax_log.level == logging.ERROR:  # quieted by an earlier command in this process
        jax_log.setLevel(logging.NOTSET)
    return value


class _Group(click.Group):
    """A click group that turns exceptions from its commands into one-paragraph errors and exit codes."""

    def add_command(self, cmd: click.Command, name: str | None = None) -> None:
        # `--debug` is accepted after the command too (`torchtpu run --debug ...`).
        cmd.params.append(click.Option(["--debug"], is_flag=True, expose_value=False, is_eager=True,
                                       callback=_set_debug, help=_DEBUG_HELP))
        super().add_command(cmd, name)

    def make_context(self, *args: Any, **kwargs: Any) -> click.Context:
        try:
            return super().make_context(*args, **kwargs)
        except click.UsageError as e:
            raise _UsageError(e.format_message(), e.ctx) from None

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except _UsageError:
            raise
        except click.UsageError as e:
            raise _UsageError(e.format_message(), e.ctx) from None
        except (click.exceptions.ClickException, click.exceptions.Exit, click.exceptions.Abort):
            raise
        except BrokenPipeError:
            # The reader stopped early (`torchtpu ops | head`): nothing to report, and nothing more to write.
            try:
                os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            except (OSError, ValueError):
                pass
            ctx.exit(SIGPIPE_EXIT)
        except TorchTPUError as e:
            lines = [line.rstrip() for line in str(e).strip().splitlines() if line.strip()]
            _report(e, "\n".join(lines) or type(e).__name__, _debug(ctx))
            ctx.exit(e.exit_code)
        except Exception as e:
            debug = _debug(ctx)
            lines = [line.strip() for line in str(e).strip().splitlines() if line.strip()]
            # Library exceptions (jax's, torch's) can run to pages; the first line names the problem.
            summary = lines[0] + (" [...]" if len(lines) > 1 else "") if lines else ""
            message = f"internal error: {type(e).__name__}: {summary}"
            _report(e, message if debug else f"{message} (run with --debug for the traceback)", debug)
            ctx.exit(INTERNAL_ERROR_EXIT)


def _report(error: BaseException, message: str, debug: bool) -> None:
    """One paragraph on stderr; under --debug what the libraries logged and the traceback (with its causes) come
    first."""
    if debug:
        details = getattr(error, "details", "")
        if details:
            click.echo(details.rstrip(), err=True)
        traceback.print_exception(error, file=sys.stderr)
    click.echo(f"error: {message}", err=True)


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 110})
@click.option("--debug", is_flag=True, envvar="TORCHTPU_DEBUG", is_eager=True, callback=_set_debug,
              help=_DEBUG_HELP)
@click.version_option(__version__, "-V", "--version", prog_name="torchtpu")
def main(debug: bool) -> None:
    """Export PyTorch models to portable StableHLO artifacts, and inspect, run and verify them.

    \b
    Typical use:
      torchtpu export models/mlp.py -o out/mlp.mlir   # needs torch
      torchtpu inspect out/mlp.mlir                   # no torch needed
      torchtpu run out/mlp.mlir --random-inputs       # no torch needed
      torchtpu verify models/mlp.py out/mlp.mlir      # compare with eager torch

    Run `torchtpu COMMAND --help` for each command's options.
    """
    warnings.showwarning = _show_warning


_python_show_warning = warnings.showwarning


def _show_warning(message, category, filename, lineno, file=None, line=None) -> None:
    """torchtpu_aot's own warnings as one ``warning:`` paragraph (no file and line of library code)."""
    if isinstance(category, type) and issubclass(category, ShardingWarning):
        click.echo(f"warning: {message}", err=True)
    else:
        _python_show_warning(message, category, filename, lineno, file, line)


for _command in (*COMMANDS, *GENERATE_COMMANDS, *SERVE_COMMANDS, *BENCH_COMMANDS):
    main.add_command(_command)


if __name__ == "__main__":
    main(prog_name="torchtpu")
