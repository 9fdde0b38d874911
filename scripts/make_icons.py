"""Draws the PNG and ICO icons from hub/static/img/favicon.svg (run again after changing it).

Browsers want bitmaps where the SVG is not enough: ``/favicon.ico`` for old clients and
feed readers, ``apple-touch-icon.png`` (180 px) for iOS home screens, and 192/512 px PNGs
for the web app manifest. Pillow cannot read SVG, so the distribution's Chromium (the one
the browser tests use) renders it once at 512 px; Pillow scales that down. The results are
committed, so neither is needed to run the site:

    .venv/bin/python scripts/make_icons.py
"""

from __future__ import annotations

import io
import os
from pathlib import Path

from PIL import Image
from playwright.sync_api import sync_playwright

IMG = Path(__file__).resolve().parents[1] / "hub" / "static" / "img"
CHROMIUM = os.environ.get("HUB_CHROMIUM", "/usr/bin/chromium")
PNG_SIZES = {"icon-512.png": 512, "icon-192.png": 192, "apple-touch-icon.png": 180}
ICO_SIZES = [(16, 16), (32, 32), (48, 48)]
BRAND = (11, 110, 79, 255)  # the SVG's background, #0b6e4f


def render(size: int) -> Image.Image:
    svg = (IMG / "favicon.svg").read_text(encoding="utf-8")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        page = browser.new_page(viewport={"width": size, "height": size})
        page.set_content(
            "<body style='margin:0;background:transparent'>"
            f"<div style='width:{size}px;height:{size}px'>{svg}</div></body>"
        )
        page.locator("svg").evaluate("svg => { svg.style.width = svg.style.height = '100%'; }")
        png = page.locator("div").screenshot(omit_background=True)
        browser.close()
    return Image.open(io.BytesIO(png)).convert("RGBA")


def main() -> None:
    large = render(512)
    for name, size in PNG_SIZES.items():
        icon = large.resize((size, size), Image.Resampling.LANCZOS)
        if name == "apple-touch-icon.png":  # iOS rounds the corners itself, black if clear
            icon = Image.alpha_composite(Image.new("RGBA", icon.size, BRAND), icon)
        icon.save(IMG / name, optimize=True)
    large.save(IMG / "favicon.ico", sizes=ICO_SIZES)


if __name__ == "__main__":
    main()
