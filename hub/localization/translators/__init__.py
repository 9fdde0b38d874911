"""Translators: which languages a translator works in, and handing a translation to review.

A translator belongs to the group "Translators" (every language but the source) or to a
group per language, "Translators (ar)", which ``setup_translator_groups`` creates. Their
page permissions are granted on the home pages of their languages only, so Wagtail's own
page permissions keep them off the German source; they have no publish permission, so a
translation goes live only when a reviewer approves it.
"""
