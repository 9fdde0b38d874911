"""The network: member organisations and the people who act for them (app label
``network``; every model lives in ``hub.network.models``, one module per topic).

Where each topic lives:

- Organisations and their offices — the public list of organisations and one page per
  organisation (``models.organisations``, ``models.offices``, ``models.people``); what an
  organisation page shows besides its fields (``organisation_page``); office hours and
  "open now" (``hours``, in words: ``hours_text``).
- Finding help — the "find help" compass and the open-data export (``models.finder``,
  ``finder/``).
- Memberships — who acts for which organisation (``models.memberships``, ``services``,
  ``invitations``, ``emails``), applying to join (``applications``, ``joining/``), logins
  on the site (``accounts/``).
- Keeping the organisation page current — the "My organisation" pages (``selfservice/``)
  and an editor's approval of what members change there (``change_approval``,
  ``ProfileChange``).
- The members' area — individual members (``models.individual_members``), the members'
  directory and each member's own profile in it (``models.member_profiles``,
  ``members/``), and the exchange board (``models.board``, ``board/``).

Wagtail's events reach these through ``signals``; the admin is ``wagtail_hooks``.
"""
