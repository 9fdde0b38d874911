"""Admin → "Translations": what is missing or outdated in which language, and a digest.

- ``status``: the status of one object in one language, from data loaded beforehand
- ``data``: loads that data for every translatable page and snippet in a fixed number of
  queries, however many pages the site has
- ``people``: who may see the overview, and which languages a translator works in
- ``views`` and ``wagtail_hooks``: the overview in the admin and its menu entry
- ``digest``: the daily e-mail to translators (``manage.py send_translation_digest``)
"""
