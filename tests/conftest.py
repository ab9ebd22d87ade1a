import pytest

from tinyexec.model import weights as weights_mod


@pytest.fixture(scope="session")
def weights():
    return weights_mod.load_default()
