"""``chancery watch``: continuous ingestion of folders and RSS/Atom feeds."""

from chancery.watch.loop import Cycle, watch
from chancery.watch.sources import FeedSource, FolderSource, source_for
from chancery.watch.state import WatchState

__all__ = ["Cycle", "FeedSource", "FolderSource", "WatchState", "source_for", "watch"]
