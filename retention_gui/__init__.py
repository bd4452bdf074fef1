"""Retention Calculator: customer-retention metrics for small businesses."""

__version__ = "0.1.0"
