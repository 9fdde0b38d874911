"""The "find help" compass and the open-data export of the organisations directory.

``scope`` loads the current site's organisations with everything about their offices in
a fixed number of queries; ``entries`` turns them into one searchable entry per office
(filters, counts and "open now" are computed in Python on those, so the number of
queries never depends on the number of offices); ``views`` renders the list and the
map's data; ``export`` writes the same data as schema.org JSON-LD and as CSV.
"""
