"""The browser fixture chain works: live server, Chromium, page, screenshot directory."""


def test_chromium_loads_robots_txt_from_the_live_server(live_server, page, screenshot_dir):
    response = page.goto(f"{live_server.url}/robots.txt")

    assert response is not None
    assert response.status == 200
    assert "Sitemap:" in page.inner_text("body")
    assert screenshot_dir.is_dir()
