"""The network app's records in the Wagtail admin (wagtail-modeladmin stays in here).

One module per record type, gathered in one menu item "Member organisations"
(``menu``) that ``hub.network.wagtail_hooks`` registers: membership applications (the
public form, with the editors' approve/decline), memberships (who acts for which
organisation), individual members (people admitted without an organisation), profile
changes (what members sent for review; read-only, the review itself happens on the page)
and reported entries of the exchange board (hide the entry with a reason, or mark the
report handled). Other code links to these pages with ``hub.core.admin_urls``.
"""
