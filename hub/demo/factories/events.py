"""Factories of the calendar: the calendar page and event pages."""

from hub.demo.factories.pages import PublishedPageFactory
from hub.events.models import EventIndexPage, EventPage


class EventIndexPageFactory(PublishedPageFactory):
    class Meta:
        model = EventIndexPage


class EventPageFactory(PublishedPageFactory):
    class Meta:
        model = EventPage
