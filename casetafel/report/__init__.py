"""The session report: plain data in (``ReportData``), PDF, CSV or JSON out. No Qt, no database."""
