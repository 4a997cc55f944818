"""The web app and JSON API over a Store (read-only, except POST /api/documents with a token)."""
from .app import app_from_env, create_app

__all__ = ["create_app", "app_from_env"]
