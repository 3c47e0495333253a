"""The ``torchtpu`` command: export models, inspect and run artifacts, verify them against torch.

Errors a user can fix (TorchTPUError) print one paragraph and exit with the error class's own code (the
README's exit-code table); anything else is a bug and exits 70, with the traceback under --debug.
"""

from __future__ import annotations

import os
import sys
import traceback
from typing import Any

import click

from torchtpu_aot._version import __version__
from torchtpu_aot.errors import TorchTPUError

from .bench import COMMANDS as BENCH_COMMANDS
from .commands import COMMANDS
from .generate import COMMANDS as GENERATE_COMMANDS
from .serve import COMMANDS as SERVE_COMMANDS

INTERNAL_ERROR_EXIT = 70  # EX_SOFTWARE
SIGPIPE_EXIT = 141  # what a shell reports for a process killed by SIGPIPE


class _Group(click.Group):
    """A click group that turns exceptions from its commands into one-paragraph errors and exit codes."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
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
            _report(e, "\n".join(lines) or type(e).__name__, ctx.params.get("debug", False))
            ctx.exit(e.exit_code)
        except Exception as e:
            debug = ctx.params.get("debug", False)
            lines = [line.strip() for line in str(e).strip().splitlines() if line.strip()]
            # Library exceptions (jax's, torch's) can run to pages; the first line names the problem.
            summary = lines[0] + (" [...]" if len(lines) > 1 else "") if lines else ""
            message = f"internal error: {type(e).__name__}: {summary}"
            _report(e, message if debug else f"{message} (run with --debug for the traceback)", debug)
            ctx.exit(INTERNAL_ERROR_EXIT)


def _report(error: BaseException, message: str, debug: bool) -> None:
    """One paragraph on stderr; under --debug the traceback (with its causes) comes first."""
    if debug:
        traceback.print_exception(error, file=sys.stderr)
    click.echo(f"error: {message}", err=True)


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 110})
@click.option("--debug", is_flag=True, envvar="TORCHTPU_DEBUG",
              help="Print the full traceback with errors (also TORCHTPU_DEBUG=1).")
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


for _command in (*COMMANDS, *GENERATE_COMMANDS, *SERVE_COMMANDS, *BENCH_COMMANDS):
    main.add_command(_command)


if __name__ == "__main__":
    main(prog_name="torchtpu")
