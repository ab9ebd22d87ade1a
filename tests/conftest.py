import pytest

from tinyexec.model import weights as weights_mod


@pytest.fixture(scope="session")
def weights():
    return weights_mod.load_default()


@pytest.fixture(scope="session", autouse=True)
def kernel_built():
    """The decode kernel's native module, built before the first test: a
    transformer run that finds it still building generates with the numpy
    pass meanwhile (``Session(tiered=True)``), which the tests of the
    kernel are not about.  ``test_tiers`` tests that pass, and the build in
    the background, in caches of their own."""
    from tinyexec import engine, machine
    from tinyexec.compiler import compile_source
    program = compile_source("int main(void) { return 0; }", "empty.c")
    engine.Session(weights_mod.load_default(), machine.prompt(program), tiered=False).advance(1)
