"""tinyexec: C programs executed by a transformer with computed weights."""
