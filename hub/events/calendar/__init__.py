"""The public calendar: upcoming dates, month grid, archive, event and date pages.

``views`` serves the routes of ``EventIndexPage`` and ``EventPage``; ``queries`` decides
which events and dates a visitor sees (one language version per event, as every listing
of ``hub.core.listing`` does), ``filters`` what a calendar URL means, ``facets`` counts
its options, ``entries`` turns dates into what a list shows, ``month`` lays them out as
a grid, ``context`` fills the event and date templates, and ``jsonld`` describes a date
for search engines.
"""
