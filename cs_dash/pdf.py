"""PDF files from the HTML documents, laid out by WeasyPrint (no browser needed for the page)."""

from __future__ import annotations


def html_to_pdf(document: str) -> bytes:
    """The document as PDF bytes: A4 landscape, charts already embedded as images."""
    import weasyprint  # deferred: loading it costs a second and only PDFs need it

    return weasyprint.HTML(string=document).write_pdf()
