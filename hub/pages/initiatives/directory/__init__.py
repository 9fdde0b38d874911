"""The public side of the initiatives directory: listing, filters, archive, detail page.

``views`` serves the index page's routes, ``context`` fills an initiative page's
template. Queries live in ``queries`` and ``facets``, the meaning of a filter URL in
``filters``, and everything about showing taxonomy terms in the visitor's language in
``terms``.
"""
