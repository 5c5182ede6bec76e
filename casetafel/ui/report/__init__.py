"""The report of a meeting: choose the variant, preview the PDF, export, print; its settings and document control, and the publication review."""
