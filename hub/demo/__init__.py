"""Demo content for ``manage.py load_demo_data``: the "Netzwerk Willkommen Lindenstadt".

The content is written once in German with its English, Arabic, Persian and French
translations right next to it (``content/``), so a change to the German text shows at a
glance which translations must follow. ``tree`` builds the German pages, ``directory``
the taxonomies, the initiatives directory and its initiatives (``directory_specs``
describes them), ``translate`` turns all of it into real wagtail-localize translations,
``people`` creates the demo logins, and ``batch`` indexes the result once at the end.
"""
