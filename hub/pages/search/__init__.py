"""The site search and the directory's search box on one index of normalised page text.

``indexing`` keeps ``SearchEntry`` rows current (publishing, ``migrate``, a rebuild
command), ``finding`` matches a query against them (the same on SQLite and PostgreSQL,
with PostgreSQL's trigram index and similarity where it helps), ``results`` turns the
matches into what the search page shows. The text rules are ``hub.core.search``'s.
"""
