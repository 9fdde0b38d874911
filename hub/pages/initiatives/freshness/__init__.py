"""Keeping the initiatives directory current.

``manage.py remind_stale_initiatives`` (daily, from cron) asks every initiative not
confirmed for ``HUB_STALE_AFTER_MONTHS`` months, once, by e-mail; the link leads to the
"still active?" page (``views``) or to the correction form; initiatives that stay silent
for ``HUB_STALE_GRACE_DAYS`` days appear under Reports in the admin (``admin_views``).

- ``services``: confirming, the record of an initiative, the domain errors
- ``reminders``: who is due a reminder, and sending it
- ``emails``: the reminder e-mail and its links
- ``outdated``: the selection behind the editors' report
- ``entries``: which page stands for an initiative, and URLs in a given language
"""
