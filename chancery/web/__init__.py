"""``chancery serve``: the REST API and the dashboard over one database, with a single writer."""

from chancery.web.app import create_app

__all__ = ["create_app"]
