"""Commands for this area register here (see docs/architecture.md)."""
