"""Security headers: the Content-Security-Policy (public and admin), the Permissions-Policy
and Django's own header settings; README "Security headers".

Nothing here depends on the environment: the policy is the same in development, the tests
and production, so that ``make run`` meets what production sends. ``hub.settings.base``
imports it; hub.core.security.headers chooses the policy per response and adds the map
tile host(s) of ``HUB_MAP_TILE_URL`` to img-src.
"""

# A module, not its names: ``hub.settings.base`` star-imports this file's settings only.
from csp import constants as csp

SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [csp.SELF],
        "script-src": [csp.SELF],
        "style-src": [csp.SELF],
        "img-src": [csp.SELF, "data:"],
        "object-src": [csp.NONE],
        "base-uri": [csp.SELF],
        "form-action": [csp.SELF],
        "frame-ancestors": [csp.NONE],
    }
}
# The Wagtail admin (and Django's): the public policy, loosened where Wagtail 8 needs it.
# Its choosers, date pickers and inline panels write inline <script>, wagtail-localize's
# editor inline <style>, image uploads show as blob: previews. Inline event handlers stay
# blocked (script-src-attr), and nothing frames the admin but itself (hub.core.security.headers).
HUB_ADMIN_CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        **CONTENT_SECURITY_POLICY["DIRECTIVES"],
        "script-src": [csp.SELF, csp.UNSAFE_INLINE],
        "script-src-attr": [csp.NONE],
        "style-src": [csp.SELF, csp.UNSAFE_INLINE],
        "img-src": [csp.SELF, "data:", "blob:"],
    }
}
# Browser features the site never uses are off for it and for anything it might embed.
# The finder has no "near me", so geolocation is off too.
PERMISSIONS_POLICY: dict[str, list[str]] = {
    feature: []
    for feature in (
        "accelerometer",
        "autoplay",
        "browsing-topics",
        "camera",
        "display-capture",
        "encrypted-media",
        "geolocation",
        "gyroscope",
        "hid",
        "identity-credentials-get",
        "idle-detection",
        "interest-cohort",
        "local-fonts",
        "magnetometer",
        "microphone",
        "midi",
        "otp-credentials",
        "payment",
        "picture-in-picture",
        "publickey-credentials-create",
        "publickey-credentials-get",
        "screen-wake-lock",
        "serial",
        "usb",
        "window-management",
        "xr-spatial-tracking",
    )
}
