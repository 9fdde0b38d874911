"""The "My organisation" pages: members keep their organisation's page current (the
UI calls it the organisation's profile).

``forms`` are plain forms over the organisation's latest draft; ``views`` check the
membership, hand every save to ``hub.network.change_approval.submit_change`` and never
publish; ``colleague_views`` is the page where organisation admins manage who else acts
for the organisation.
"""
