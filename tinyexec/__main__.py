"""``python -m tinyexec`` and the ``tinyexec`` command.

A Ctrl-C while the command line's modules are still being imported (its first
0.1 s) ends the command as an interrupted run does: one line and status 130,
no traceback.

The command's numpy runs single-threaded: the model's products are small (190
columns), so BLAS threads mostly wait for each other, and on a first run the
kernel's build takes a core of its own.  Measured on hello.c's prompt (2,048
positions) through the numpy pass beside that build: 2.3 s with OpenBLAS's
threads, 0.4 s with one."""
import os
import sys


def single_threaded_numpy():
    """Ask numpy's BLAS for one thread (it reads this when numpy loads)."""
    for threads in ("OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ.setdefault(threads, "1")


def main():
    single_threaded_numpy()
    try:
        from .cli import main as command_line
    except KeyboardInterrupt:
        sys.stderr.write("tinyexec: interrupted\n")
        sys.exit(130)                     # cli.EXIT_INTERRUPTED, which is not imported yet
    command_line()


if __name__ == "__main__":
    main()
