"""Becoming a member: the public application form, its e-mails and the editors' decision
views (the rules themselves live in ``hub.network.applications``)."""
