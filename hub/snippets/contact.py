"""The network's contact address, as the footer snippet gives it in each language.

E-mails of every app name it (for questions, and as ``Reply-To`` of what goes to
submitters, applicants, registrants and members).
"""

from wagtail.models import Locale, Site

from hub.snippets.models import SiteFooter


def network_email(language: str) -> str:
    """The footer's e-mail address in ``language`` (else the default locale's)."""
    locale = Locale.objects.filter(language_code=language).first() or Locale.get_default()
    site = Site.objects.filter(is_default_site=True).first()
    footer = SiteFooter.objects.for_site_and_locale(site, locale)
    return footer.email if footer else ""
