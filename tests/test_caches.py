"""The weights cache: damaged or altered files are rebuilt, concurrent writers
never expose a partial file, and bad weights files are one-line errors."""
import subprocess
import sys
import zipfile
from pathlib import Path

import numpy as np
import pytest

from tinyexec.model import weights as weights_mod
from tinyexec.model.weights import Weights, WeightsError

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture()
def cache(tmp_path, monkeypatch):
    monkeypatch.setenv("TINYEXEC_CACHE", str(tmp_path / "cache"))
    return tmp_path / "cache" / "tinyexec"


def _damage(path: Path, how: str, good: bytes):
    if how == "truncated":
        path.write_bytes(good[:len(good) // 2])
    elif how == "empty":
        path.write_bytes(b"")
    elif how == "flipped byte":               # a CRC error inside one member
        data = bytearray(good)
        data[len(data) // 2] ^= 0xFF
        path.write_bytes(bytes(data))
    elif how == "altered":                    # a valid .npz whose values were changed
        arrays = dict(np.load(path))
        arrays["wo"] = arrays["wo"] * 0.5
        with open(path, "wb") as f:
            np.savez(f, **arrays)
    elif how == "no checksum":
        arrays = dict(np.load(path))
        del arrays["checksum"]
        with open(path, "wb") as f:
            np.savez(f, **arrays)


@pytest.mark.parametrize("how", ["truncated", "empty", "flipped byte", "altered", "no checksum"])
def test_a_damaged_cache_is_rebuilt_with_one_line(weights, cache, capsys, how):
    path = weights_mod.default_path()
    cache.mkdir(parents=True)
    weights.save(path)
    _damage(path, how, path.read_bytes())
    rebuilt = weights_mod.load_default()
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("tinyexec: rebuilding the weights cache")
    assert np.array_equal(rebuilt.wo, weights.wo)
    assert np.array_equal(Weights.load(path, verify=True).wo, weights.wo)   # repaired on disk
    weights_mod.load_default()
    assert capsys.readouterr().err == ""                                    # and trusted again


def test_concurrent_writers_and_readers_never_see_a_partial_file(tmp_path):
    """Several processes save and load the same path at once, as first runs do."""
    script = ("import sys\nfrom tinyexec.model import weights\n"
              "w = weights.build()\n"
              "for _ in range(8):\n"
              "    w.save(sys.argv[1])\n"
              "    weights.Weights.load(sys.argv[1], verify=True)\n")
    path = tmp_path / "w.npz"
    procs = [subprocess.Popen([sys.executable, "-c", script, str(path)], cwd=ROOT,
                              stderr=subprocess.PIPE) for _ in range(4)]
    errors = [p.communicate(timeout=600)[1] for p in procs]
    assert [p.returncode for p in procs] == [0] * 4, b"".join(errors).decode()
    assert [p.name for p in tmp_path.iterdir()] == ["w.npz"]          # no temporary left


def test_concurrent_first_runs_share_one_cache(tmp_path):
    env_cache = tmp_path / "cache"
    script = "from tinyexec.model import weights\nweights.load_default()\n"
    procs = [subprocess.Popen([sys.executable, "-c", script], cwd=ROOT, stderr=subprocess.PIPE,
                              env={**__import__("os").environ, "TINYEXEC_CACHE": str(env_cache)})
             for _ in range(4)]
    assert [p.communicate(timeout=600)[1] for p in procs] == [b""] * 4
    assert [p.name for p in (env_cache / "tinyexec").iterdir()] == [weights_mod.default_path().name]


def _variants(good: Weights, tmp_path: Path):
    """Files Weights.load must refuse, with the reason it must give."""
    arrays = {k: np.asarray(v) for k, v in good.arrays().items()}

    def npz(name, **changes):
        path = tmp_path / f"{name}.npz"
        with open(path, "wb") as f:
            np.savez(f, **{k: v for k, v in {**arrays, **changes}.items() if v is not None})
        return path

    saved = tmp_path / "good.npz"
    good.save(saved)
    data = saved.read_bytes()
    truncated, flipped, empty = tmp_path / "t.npz", tmp_path / "f.npz", tmp_path / "e.npz"
    truncated.write_bytes(data[:len(data) // 3])
    flipped.write_bytes(data[:len(data) // 2] + bytes([data[len(data) // 2] ^ 0xFF])
                        + data[len(data) // 2 + 1:])
    empty.write_bytes(b"")
    npy = tmp_path / "a.npy"
    np.save(npy, np.zeros(3))
    return [(truncated, "not a readable .npz file"), (flipped, "not a readable .npz file"),
            (empty, "not a readable .npz file"), (npy, "not an .npz file"),
            (Path("/etc/passwd"), "not an .npz file"), (tmp_path, "Is a directory"),
            (tmp_path / "absent.npz", "No such file"),
            (npz("missing", wq=None), "arrays missing: wq"),
            (npz("extra", bogus=np.zeros(1)), "unknown arrays: bogus"),
            (npz("shape", wo=arrays["wo"][:3]), "'wo' has shape (3, 2, "),
            (npz("dtype", embed=arrays["embed"].astype(np.float32)), "'embed' is float32"),
            (npz("ndim", embed=arrays["embed"][0]), "'embed' has 1 dimensions"),
            (npz("layer", head_layer=arrays["head_layer"] + 100), "'head_layer' has values"),
            (npz("object", vocab=np.array([None], dtype=object)), "not a readable .npz file")]


def test_bad_weights_files_raise_one_line_weights_errors(weights, tmp_path):
    for path, reason in _variants(weights, tmp_path):
        with pytest.raises(WeightsError) as e:
            Weights.load(path)
        assert reason in str(e.value) and "\n" not in str(e.value), (path, str(e.value))


def test_inspect_and_check_refuse_bad_weights_on_one_line(weights, tmp_path):
    src = tmp_path / "ok.c"
    src.write_text("int main(void) { return 0; }\n")
    for path, reason in _variants(weights, tmp_path)[::3]:       # a sample: each is a process
        for command in (["inspect", path], ["check", src, "--weights", path]):
            r = subprocess.run([sys.executable, "-m", "tinyexec", *map(str, command)],
                               capture_output=True, timeout=300, cwd=ROOT)
            assert r.returncode == 2 and r.stdout == b""
            assert r.stderr.decode() == f"tinyexec: error: cannot load weights from '{path}': " \
                                        + r.stderr.decode().split("': ", 1)[1]
            assert reason in r.stderr.decode() and r.stderr.count(b"\n") == 1


def test_build_refuses_a_directory_that_does_not_exist(tmp_path):
    target = tmp_path / "no" / "such" / "w.npz"
    r = subprocess.run([sys.executable, "-m", "tinyexec", "build", "-o", str(target)],
                       capture_output=True, timeout=300, cwd=ROOT)
    assert r.returncode == 2
    assert r.stderr.decode() == f"tinyexec: error: cannot write '{target}': No such file or directory\n"
    assert not (tmp_path / "no").exists()


def test_check_refuses_weights_of_another_layout(weights, tmp_path):
    """A well-formed file of another shape loads (inspect shows it) but cannot be
    compared with the built-in model."""
    arrays = weights.arrays()
    keep = weights.head_layer < weights.n_layers - 1           # drop the last layer's heads
    for name in ("wq", "wk", "wv", "wo", "head_kind", "head_layer"):
        arrays[name] = arrays[name][keep]
    path = tmp_path / "fewer_heads.npz"
    Weights(**arrays).save(path)
    src = tmp_path / "ok.c"
    src.write_text("int main(void) { return 0; }\n")
    shown = subprocess.run([sys.executable, "-m", "tinyexec", "inspect", str(path)],
                           capture_output=True, timeout=300, cwd=ROOT)
    assert shown.returncode == 0 and b"heads" in shown.stdout
    r = subprocess.run([sys.executable, "-m", "tinyexec", "check", str(src), "--weights", str(path)],
                       capture_output=True, timeout=300, cwd=ROOT)
    assert (r.returncode, r.stdout) == (2, b"")
    assert r.stderr.decode() == (f"tinyexec: error: '{path}' does not have the layout of the "
                                 f"built-in weights (see 'tinyexec inspect')\n")
