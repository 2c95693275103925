"""Figure builders per area: data frames from ``cs_dash.metrics`` in, Plotly figures out, no I/O."""
