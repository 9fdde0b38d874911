"""Plain forms for the "My organisation" pages, one module per part of the organisation
page that members keep current.

Every form reads from and writes to in-memory objects of the organisation's latest draft
(``apply``, ``build``, ``update``); saving and approval are
``hub.network.change_approval``'s job. Taxonomy choices carry slugs and are shown in the
member's language; the page links the German rows.

- ``organisation``: the page's own fields (summary, description, kind, services, website)
- ``offices``: an office, its regular hours, closures and special dates
- ``contacts``: the contact persons
- ``invitations``: inviting a colleague to the organisation
- ``rows``: what the repeated rows share (formsets, translation keys, date and time inputs)
"""
