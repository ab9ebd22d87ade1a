"""``python -m tinyexec`` and the ``tinyexec`` command.

A Ctrl-C while the command line's modules are still being imported (its first
0.1 s) ends the command as an interrupted run does: one line and status 130,
no traceback."""
import sys


def main():
    try:
        from .cli import main as command_line
    except KeyboardInterrupt:
        sys.stderr.write("tinyexec: interrupted\n")
        sys.exit(130)                     # cli.EXIT_INTERRUPTED, which is not imported yet
    command_line()


if __name__ == "__main__":
    main()
