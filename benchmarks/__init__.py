"""Benchmarks: model files too large for models/, and scripts that print figures (``python -m benchmarks.NAME``)."""
