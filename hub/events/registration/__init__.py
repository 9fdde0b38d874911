"""Registration for one date of an event: the form, the register/confirm/cancel views.

``EventPage`` routes ``<id>/register/``, ``confirm/<token>/`` and ``cancel/<token>/`` to
``views``; the rules themselves are in ``hub.events.services``.
"""
