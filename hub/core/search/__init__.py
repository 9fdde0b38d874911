"""Search text as a visitor means it: one normalisation for indexed text and queries
(``normalise``), tolerance for small typos (``fuzzy``), excerpts with the matched words
marked (``excerpt``). No models: the index lives in ``hub.pages.search``."""
