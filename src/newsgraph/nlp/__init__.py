"""The spaCy stage: a French pipeline with newsgraph's components (actors, quotes, sources, dates, events)."""
