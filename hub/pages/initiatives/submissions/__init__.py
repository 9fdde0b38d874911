"""Self-submission of initiatives by the public, and corrections of listed ones.

``views`` (served by ``InitiativeIndexPage``) → ``forms``/``correction`` → ``services``
(draft page or new revision, moderation workflow, ``InitiativeSubmission``) → ``emails``;
``signals`` turns Wagtail's publish and "request changes" into the submitter's answer.
"""
