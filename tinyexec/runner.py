"""Running a compiled program on the transformer or the reference interpreter."""
from __future__ import annotations

import time
from dataclasses import dataclass

import numpy as np

from . import machine
from .machine import Program

ENGINES = ("transformer", "reference")
ATTENTIONS = ("sorted", "linear")


@dataclass
class Result:
    stdout: bytes
    exit_code: int | None        # None: stopped before HALT
    stderr: bytes
    prompt_tokens: int
    generated_tokens: int
    instructions: int
    seconds: float
    trace: np.ndarray | None = None
    fault: str | None = None     # the machine stopped on a fault
    error: str | None = None     # the engine stopped before the machine did

    @property
    def tokens_per_second(self) -> float:
        return self.generated_tokens / self.seconds if self.seconds > 0 else 0.0


class Run:
    """One execution, advanced chunk by chunk so callers can stream its output.

    >>> run = Run(compile_file("programs/hello.c"))
    >>> while not run.finished:
    ...     sys.stdout.buffer.write(run.advance(1 << 16))

    A run ends with an exit code (HALT), a ``fault`` (the machine stopped: a bad
    memory access, ...) or an ``error`` (the engine could not go on); the
    output printed before either is in ``stdout``.
    """

    def __init__(self, program: Program, args=(), stdin: bytes = b"",
                 engine: str = "transformer", attention: str = "sorted",
                 weights=None, keep_trace: bool = False):
        if not isinstance(program, Program):
            raise TypeError(f"program must be a compiled Program (compile_file, compile_source), "
                            f"not {type(program).__name__}")
        if isinstance(args, (str, bytes)):
            raise TypeError("args is a list of arguments, not one string: args=[...]")
        if not isinstance(stdin, (bytes, bytearray)):
            raise TypeError(f"stdin must be bytes, not {type(stdin).__name__}")
        if engine not in ENGINES:
            raise ValueError(f"engine must be one of {ENGINES}")
        if attention not in ATTENTIONS:
            raise ValueError(f"attention must be one of {ATTENTIONS}")
        argv = [program.filename.encode()] + [a if isinstance(a, bytes) else str(a).encode()
                                              for a in args]
        self.prompt = machine.prompt(program, argv, stdin)
        if engine == "transformer":
            from .engine import Session
            from .model.weights import load_default
            self._impl = Session(weights if weights is not None else load_default(),
                                 self.prompt, attention)
        else:
            from .reference import Reference
            self._impl = Reference(self.prompt)
        self.keep_trace = keep_trace
        self._chunks: list[np.ndarray] = []
        self.generated = 0
        self.instructions = 0
        self.stdout = bytearray()
        self.stderr = bytearray()
        self.new_stderr = b""          # what the latest advance() wrote to stderr
        self.new_tokens = np.zeros(0, np.int32)   # the tokens the latest advance() generated
        self.exit_code: int | None = None
        self.seconds = 0.0
        self._tail = np.zeros(0, np.int32)

    @property
    def finished(self) -> bool:
        return self.exit_code is not None or self.fault is not None or self.error is not None

    @property
    def fault(self) -> str | None:
        return self._impl.fault

    @property
    def error(self) -> str | None:
        return getattr(self._impl, "error", None)

    def advance(self, max_tokens: int) -> bytes:
        """Generate up to ``max_tokens`` more tokens; return the bytes they printed."""
        if not isinstance(max_tokens, (int, np.integer)) or isinstance(max_tokens, bool):
            raise TypeError(f"max_tokens must be an integer, not {type(max_tokens).__name__}")
        if max_tokens < 1:
            raise ValueError(f"max_tokens must be at least 1, not {max_tokens}")
        max_tokens = min(int(max_tokens), 1 << 62)      # the engines count in int64
        t0 = time.perf_counter()
        new = self._impl.advance(max_tokens)
        self.seconds += time.perf_counter() - t0
        if len(new) == 0 and not self._impl.halted and self.error is None:
            raise RuntimeError("the run made no progress")
        self.new_tokens = new
        if self.keep_trace:
            self._chunks.append(new)
        self.generated += len(new)
        self.instructions += int(np.count_nonzero((new >= machine.TOK_N) & (new <= machine.TOK_FAULT)))
        joined = np.concatenate([self._tail, new])   # a step may straddle two chunks
        fresh = joined[max(len(self._tail) - 1, 0):]
        out = machine.output_bytes(fresh)
        self.new_stderr = machine.output_bytes(fresh, machine.TOK_ERR)
        self._tail = joined[-5:]
        self.stdout += out
        self.stderr += self.new_stderr
        if len(new) and new[-1] == machine.TOK_HALT:
            self.exit_code = machine.exit_code(joined)
        return out

    @property
    def trace(self) -> np.ndarray:
        return np.concatenate(self._chunks) if self._chunks else np.zeros(0, np.int32)

    def result(self) -> Result:
        return Result(bytes(self.stdout), self.exit_code, bytes(self.stderr), len(self.prompt),
                      self.generated, self.instructions, self.seconds,
                      self.trace if self.keep_trace else None, self.fault, self.error)


def run(program: Program, args=(), stdin: bytes = b"", engine: str = "transformer",
        attention: str = "sorted", max_tokens: int | None = None, weights=None,
        keep_trace: bool = False) -> Result:
    """Run ``program`` to completion (or ``max_tokens``) and return the result."""
    if max_tokens is not None and (not isinstance(max_tokens, (int, np.integer)) or max_tokens < 0):
        raise ValueError(f"max_tokens must be a non-negative integer or None, not {max_tokens!r}")
    r = Run(program, args, stdin, engine, attention, weights, keep_trace)
    budget = max_tokens if max_tokens is not None else float("inf")
    while not r.finished and r.generated < budget:
        r.advance(int(min(1 << 20, budget - r.generated)))
    return r.result()
