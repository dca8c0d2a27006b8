"""ingestd: secure intake of Child Protection Committee case-review reports."""

__version__ = "0.1.0"
