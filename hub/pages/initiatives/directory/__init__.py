"""The public side of the initiatives directory: listing, filters, archive, detail page.

``views`` serves the index page's routes, ``context`` fills an initiative page's
template. What the directory shows lives in ``queries``, the meaning of its filter URLs
in ``filters`` and their counts in ``facets``; the machinery they share with the other
listings is ``hub.core.listing``, the taxonomy terms in the visitor's language
``hub.snippets.terms``.
"""
