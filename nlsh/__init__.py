"""nlsh: an offline natural-language shell assistant."""

__version__ = "0.1.0"
