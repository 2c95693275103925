"""The Overview's small tables: plain markdown whose cells cannot become links, images or columns."""

import pandas as pd

from ui.render import markdown_table


def test_headers_alignment_and_rows_in_order():
    df = pd.DataFrame({"Account": ["Acme", "Bolt"], "ARR": ["$1,200", "–"]})
    assert markdown_table(df, right=("ARR",)) == (
        "| Account | ARR |\n| :--- | ---: |\n| Acme | \\$1,200 |\n| Bolt | – |"
    )


def test_a_pipe_or_a_link_in_a_cell_stays_text_in_its_own_cell():
    df = pd.DataFrame({"Why": ["a | b", "[x](http://e)"]})
    assert markdown_table(df).splitlines()[2:] == [
        "| a \\| b |",
        "| \\[x\\]\\(http\\://e\\) |",
    ]


def test_no_rows_leaves_the_header_alone():
    assert markdown_table(pd.DataFrame({"Account": []})) == "| Account |\n| :--- |"
