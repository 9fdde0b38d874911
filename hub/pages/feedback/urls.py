"""Included under every language prefix by ``hub.urls``, so the form speaks the visitor's
language and its address needs no translation."""

from django.urls import path

from hub.pages.feedback.views import report_barrier

urlpatterns = [path("", report_barrier, name="barrier_report")]
