"""tinyexec: C programs executed by a transformer whose weights are computed.

The Python API::

    import tinyexec
    program = tinyexec.compile_file("programs/collatz.c")    # or compile_source(text)
    result = tinyexec.run(program, args=["27"])              # transformer + sorted cache
    print(result.stdout.decode(), result.exit_code, result.generated_tokens)

    run = tinyexec.Run(program, args=["27"])                  # streaming, chunk by chunk
    while not run.finished:
        chunk = run.advance(1 << 15)                          # bytes printed by the chunk

    weights = tinyexec.load_weights()                         # the transformer's arrays

Pipeline: ``compiler`` (C -> VM program) -> ``machine`` (prompt and trace
format) -> ``model`` (graph -> schedule -> weights) -> ``engine`` (a run;
``kernels``: the Numba forward pass + attention caches, which ``native``
compiles ahead of time; ``specialize``: the weights' rows as generated code,
which ``native`` builds too) -> ``runner``/``cli``.  ``reference`` runs
the VM directly; it is the oracle of the tests, never part of a transformer run.
"""
__version__ = "0.1.0"

__all__ = ["compile_file", "compile_source", "CompileError", "run", "Run", "Result",
           "load_weights"]


def __getattr__(name):
    # lazy: importing tinyexec must not pull in pycparser or Numba
    if name in ("compile_file", "compile_source", "CompileError"):
        from . import compiler
        return getattr(compiler, name)
    if name in ("run", "Run", "Result"):
        from . import runner
        return getattr(runner, name)
    if name == "load_weights":
        from .model.weights import load_default
        return load_default
    raise AttributeError(f"module 'tinyexec' has no attribute {name!r}")
