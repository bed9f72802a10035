"""Benchmarks run on purpose only: `python -m pytest tests/benchmarks --benchmark-only`.

Each benchmark is paired with its baseline in the same group, so the table pytest-benchmark prints
shows them side by side, measured in the same run on the same machine.
"""
