"""hub.core.antispam: client address, rate limit, honeypot and fill-in time for any public form."""

import time

import pytest
from django import forms
from django.core.cache import cache
from django.test import RequestFactory, override_settings

from hub.core import antispam


@pytest.fixture(autouse=True)
def empty_cache():
    cache.clear()
    yield
    cache.clear()


def request_from(remote: str, forwarded: str | None = None):
    extra = {"REMOTE_ADDR": remote}
    if forwarded is not None:
        extra["HTTP_X_FORWARDED_FOR"] = forwarded
    return RequestFactory().post("/de/form/", **extra)


# --- the client's address ------------------------------------------------------------


def test_forwarded_header_is_ignored_without_a_trusted_proxy():
    request = request_from("203.0.113.5", forwarded="198.51.100.1")
    assert antispam.client_ip(request) == "203.0.113.5"


@override_settings(HUB_TRUSTED_PROXY_COUNT=1)
def test_one_trusted_proxy_takes_the_address_it_appended():
    # The client forged the first entry; our proxy appended the real one.
    request = request_from("10.0.0.2", forwarded="1.2.3.4, 198.51.100.1")
    assert antispam.client_ip(request) == "198.51.100.1"
    # No header at all (e.g. a request past the proxy): the socket address.
    assert antispam.client_ip(request_from("10.0.0.2")) == "10.0.0.2"


@override_settings(HUB_TRUSTED_PROXY_COUNT=2)
def test_two_trusted_proxies():
    request = request_from("10.0.0.3", forwarded="1.2.3.4, 198.51.100.1, 10.0.0.2")
    assert antispam.client_ip(request) == "198.51.100.1"
    # Fewer entries than proxies: the header cannot be trusted.
    assert antispam.client_ip(request_from("10.0.0.3", forwarded="1.2.3.4")) == "10.0.0.3"


def test_the_key_is_a_pseudonym_of_the_address():
    key = antispam.client_key(request_from("203.0.113.5"))
    assert "203.0.113.5" not in key and len(key) == 64
    assert key == antispam.client_key(request_from("203.0.113.5"))
    assert key != antispam.client_key(request_from("203.0.113.6"))


# --- the rate limit ------------------------------------------------------------------


@override_settings(HUB_FORM_RATE_LIMIT=3)
def test_rate_limit_counts_per_address_and_scope():
    limit = antispam.RateLimit("test-form")
    visitor, other = request_from("203.0.113.5"), request_from("203.0.113.6")
    for _ in range(3):
        assert not limit.is_exceeded(visitor)
        limit.hit(visitor)
    assert limit.is_exceeded(visitor)
    assert not limit.is_exceeded(other)
    assert not antispam.RateLimit("other-form").is_exceeded(visitor)
    # Nothing in the cache names the address.
    assert not any("203.0.113.5" in key for key in cache._cache)


@override_settings(HUB_FORM_RATE_LIMIT=2)
def test_a_keyed_limit_counts_per_key_not_per_connection():
    """People behind one shared connection each have their own allowance."""
    limit = antispam.RateLimit("test-keyed")
    shelter = request_from("203.0.113.9")
    for _ in range(2):
        limit.hit(shelter, key="amina@example.org")
    assert limit.is_exceeded(shelter, key="amina@example.org")
    assert not limit.is_exceeded(shelter, key="yusuf@example.org")
    assert not limit.is_exceeded(shelter)
    # The key is kept only as a hash.
    assert not any("amina" in key for key in cache._cache)


def test_rate_limit_window_slides(monkeypatch):
    limit = antispam.RateLimit("sliding", limit=2, window=3600)
    visitor = request_from("203.0.113.5")
    start = time.time()
    monkeypatch.setattr(antispam.time, "time", lambda: start)
    limit.hit(visitor)
    monkeypatch.setattr(antispam.time, "time", lambda: start + 1800)
    limit.hit(visitor)
    assert limit.is_exceeded(visitor)
    # An hour after the first: one slot is free again, not two.
    monkeypatch.setattr(antispam.time, "time", lambda: start + 3601)
    assert not limit.is_exceeded(visitor)
    limit.hit(visitor)
    assert limit.is_exceeded(visitor)


def test_a_limit_of_zero_turns_the_check_off():
    limit = antispam.RateLimit("off", limit=0)
    visitor = request_from("203.0.113.5")
    for _ in range(10):
        limit.hit(visitor)
    assert not limit.is_exceeded(visitor)


# --- honeypot and fill-in time ------------------------------------------------------


class ContactForm(antispam.AntiSpamForm):
    name = forms.CharField()


def bound(**data) -> ContactForm:
    return ContactForm(
        data={
            "name": "Jana",
            "form_started": antispam.issue_started(ContactForm, time.time() - 30),
            **data,
        }
    )


def test_a_person_passes():
    form = bound()
    assert form.is_valid(), form.errors
    assert not form.honeypot_filled


def test_honeypot_filled_means_a_bot():
    assert bound(homepage="https://spam.example").honeypot_filled
    assert not bound(homepage="   ").honeypot_filled


def test_too_fast_is_refused_with_a_message():
    form = bound(form_started=antispam.issue_started(ContactForm))
    assert not form.is_valid()
    assert str(antispam.TOO_FAST_MESSAGE) in form.non_field_errors()


@pytest.mark.parametrize("value", ["", "12345", "MTc:forged:signature"])
def test_a_missing_or_forged_timestamp_is_refused_and_replaced(value):
    form = bound(form_started=value)
    assert not form.is_valid()
    assert str(antispam.UNCHECKABLE_MESSAGE) in form.non_field_errors()
    # The re-rendered form carries a genuine timestamp, so sending it again works later.
    assert antispam.started_at(form.data["form_started"], ContactForm) is not None


def test_an_unbound_form_carries_a_fresh_timestamp():
    shown = antispam.started_at(ContactForm()["form_started"].value(), ContactForm)
    assert shown is not None and abs(shown - time.time()) < 5


def test_the_honeypot_is_not_autofilled_or_focusable():
    html = str(ContactForm()["homepage"])
    assert 'autocomplete="off"' in html and 'tabindex="-1"' in html


@override_settings(HUB_FORM_RATE_LIMIT=2, HUB_FORM_IP_RATE_LIMIT=3)
def test_form_limit_counts_per_address_and_much_higher_per_connection():
    limit = antispam.FormRateLimit("unit")
    shelter = request_from("203.0.113.9")
    for _ in range(2):
        assert limit.refusal(shelter, "anna@example.org") is None
        limit.hit(shelter, "anna@example.org")
    assert limit.refusal(shelter, "anna@example.org") == str(antispam.ADDRESS_RATE_LIMIT_MESSAGE)
    # Someone else on the same Wi-Fi still gets through, until the connection's bound.
    assert limit.refusal(shelter, "ben@example.org") is None
    limit.hit(shelter, "ben@example.org")
    assert limit.refusal(shelter, "cem@example.org") == str(antispam.RATE_LIMIT_MESSAGE)
    assert limit.refusal(request_from("198.51.100.1"), "cem@example.org") is None


def test_a_token_is_bound_to_its_form():
    class OtherForm(antispam.AntiSpamForm):
        name = forms.CharField()

    token = antispam.issue_started(OtherForm, time.time() - 30)
    assert antispam.started_at(token, OtherForm) is not None
    assert antispam.started_at(token, ContactForm) is None
    assert not bound(form_started=token).is_valid()
