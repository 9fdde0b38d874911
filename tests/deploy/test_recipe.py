"""The README's deployment blocks are there and say what the recipe promises; read
without starting anything, so a broken block shows up in the SQLite pass already."""

import re
from pathlib import Path

from tests.deploy import readme, servers

REQUIRED_ENV = {
    "DJANGO_SETTINGS_MODULE": "hub.settings.production",
    "HUB_PRIVATE_MEDIA_ROOT": "/srv/hub/private-media",
    "HUB_X_ACCEL_REDIRECT_PREFIX": "/_private/",
    "HUB_TRUSTED_PROXY_COUNT": "1",
}


def test_environment_names_what_the_recipe_needs():
    env = readme.environment()
    assert REQUIRED_ENV.items() <= env.items(), env
    for key in ("SECRET_KEY", "DATABASE_URL", "ALLOWED_HOSTS", "STATIC_ROOT", "MEDIA_ROOT"):
        assert env.get(key), key
    assert not env["HUB_PRIVATE_MEDIA_ROOT"].startswith(env["MEDIA_ROOT"].rstrip("/") + "/")


def test_gunicorn_listens_on_localhost_behind_nginx():
    command = readme.gunicorn_command()
    assert command[1] == "hub.wsgi"
    assert command[command.index("--bind") + 1] == "127.0.0.1:8001"
    assert command[command.index("--forwarded-allow-ips") + 1] == "127.0.0.1"
    assert int(command[command.index("--workers") + 1]) >= 2


def test_nginx_serves_files_itself_only_where_it_should():
    config = readme.nginx_config()
    assert "client_max_body_size 12m;" in config
    assert re.search(r"location /_private/ \{\s*internal;\s*alias /srv/hub/private-media/;", config)
    assert re.search(r"location /media/ \{\s*return 404;", config)
    assert re.search(r"location /media/images/ \{\s*alias /srv/hub/media/images/;", config)
    # Every header nginx adds must be on error answers too.
    add_headers = re.findall(r"^\s*add_header .*;$", config, flags=re.MULTILINE)
    assert add_headers
    assert all(line.rstrip(";").endswith(" always") for line in add_headers), add_headers
    max_age = int(re.search(r"Strict-Transport-Security \"max-age=(\d+)", config).group(1))
    assert max_age >= 15_768_000


def test_test_substitutions_still_match_the_readme():
    site = servers.site_config(
        servers.Ports(http=1080, https=1443, gunicorn=18001),
        Path("/test/cert.pem"),
        Path("/test/key.pem"),
        Path("/test/media"),
        Path("/test/private"),
    )
    assert "/srv/hub" not in site
    assert "listen [::]" not in site
    assert "proxy_pass http://127.0.0.1:18001;" in site
    command = servers.gunicorn_command(servers.Ports(http=1, https=2, gunicorn=18001))
    assert "127.0.0.1:18001" in command
    assert [name for name, *_args in readme.manage_commands()] == [
        "migrate",
        "createcachetable",
        "compilemessages",
        "collectstatic",
    ]
