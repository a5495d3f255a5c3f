"""Printable documents (agenda, prep brief, plan, series summary, worksheets),
laid out with reportlab. reportlab is imported only when a document is built."""
