"""The package version, defined once here and read by the build backend."""

__version__ = "0.2.0.dev0"
