"""cs-dash core: importing, canonical tables, SQL metrics and chart builders, free of any UI."""

__version__ = "0.1.0"
