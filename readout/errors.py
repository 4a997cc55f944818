"""Named exceptions, mapped to one-line messages at the edges (CLI, API)."""


class ReadoutError(Exception):
    """Base class for every error readout raises on purpose."""


class InputError(ReadoutError):
    """A document cannot be read: wrong encoding, broken JSON, no text, too large."""

    def __init__(self, source: str, problem: str):
        super().__init__(f"{source}: {problem}")
        self.source = source
        self.problem = problem

    def __reduce__(self):
        # Picklable with its two arguments, so it can cross process boundaries (workers, Dask).
        return (type(self), (self.source, self.problem))


class RulesError(ReadoutError):
    """A rules data file is missing, empty or malformed."""


class StoreError(ReadoutError):
    """The database cannot be opened, migrated or written."""


class CrawlError(ReadoutError):
    """A site cannot be crawled as configured."""
