"""Files in and out: the only package that touches spreadsheets on disk."""
