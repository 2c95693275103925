"""Figure builders per area: data frame in, Plotly figure out, in the house style of charts.py."""
