"""``verbatim-cli``: scripting and reproducibility. Errors go to stderr with exit code 2."""
