"""What every public listing of the site shares: the initiatives directory, the calendar
and its feeds, the "find help" finder, the members' directory and the board.

``state`` reads the filters of a listing URL (dimensions, OR within and AND across),
``facets`` counts what each filter option would leave and names the chosen ones as chips,
``pagination`` links result pages without losing the filters, ``scope`` finds the pages
below an index or a site in one language version each, and ``languages`` and
``ordering`` show them to a visitor of another language in a natural order. A listing
keeps only what is its own: its dimensions, its queries, its entries.
"""
