"""Figure builders per page area: data frame in, styled Plotly figure out."""
