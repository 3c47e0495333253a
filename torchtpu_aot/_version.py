"""The package version, recorded in every artifact's manifest."""

__version__ = "0.1.0"
