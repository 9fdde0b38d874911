"""Contact details as links people can use on a phone: call a number, read a web
address, open a place on a map. Initiative pages, organisation pages and the members'
directory show them alike."""

import re

MAP_ZOOM = 17


def tel_href(phone: str) -> str:
    """``tel:`` URI of a phone number as people write it ("0231 / 12 34-5")."""
    digits = re.sub(r"[^\d+]", "", phone)
    return f"tel:{digits}" if digits else ""


def website_label(url: str) -> str:
    """A URL as people read it: without the scheme, "www." and a trailing slash."""
    label = re.sub(r"^https?://(www\.)?", "", url)
    return label.rstrip("/")


def osm_url(place) -> str:
    """A link to ``place`` (anything with ``latitude`` and ``longitude``) on
    OpenStreetMap: a plain link, no third-party embed."""
    if place.latitude is None or place.longitude is None:
        return ""
    lat, lon = f"{place.latitude:.6f}", f"{place.longitude:.6f}"
    return f"https://www.openstreetmap.org/?mlat={lat}&mlon={lon}#map={MAP_ZOOM}/{lat}/{lon}"
