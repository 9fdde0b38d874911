"""Editors keep the public-holiday region of their site (Settings → Public holidays)."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

EDITOR_GROUPS = ("Editors",)
CODENAMES = ("change_publicholidaysettings", "view_publicholidaysettings")


def forwards(apps, schema_editor):
    # Permissions are created after all migrations ran; this one needs them now (a
    # historical app config has no models module, which create_permissions checks for).
    config = apps.get_app_config("snippets")
    config.models_module = True
    create_permissions(config, apps=apps, verbosity=0)
    config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    permissions = Permission.objects.filter(
        content_type__app_label="snippets", codename__in=CODENAMES
    )
    for group in Group.objects.filter(name__in=EDITOR_GROUPS):
        group.permissions.add(*permissions)


class Migration(migrations.Migration):
    dependencies = [
        ("snippets", "0003_publicholidaysettings"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
