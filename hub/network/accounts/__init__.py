"""Logging in and out on the site itself, and choosing a password from an invitation.

Members of organisations never need the Wagtail admin: these views are styled like the
rest of the site and speak the visitor's language.
"""
