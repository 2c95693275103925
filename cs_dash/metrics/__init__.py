"""Metrics: SQL over the canonical tables, one module per area of the dashboard."""
