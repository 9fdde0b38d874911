"""The "My organisation" pages: members keep their organisation's profile current.

``forms`` are plain forms over the organisation's latest draft; ``views`` check the
membership, hand every save to ``hub.network.review.submit_change`` and never publish.
"""
