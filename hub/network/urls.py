"""The members' pages on the site: account, own data, "My organisation", the members'
directory and profile, the exchange board and the rest of the members' area (under each
language)."""

from django.urls import path

from hub.network.accounts import views as account_views
from hub.network.board import views as board_views
from hub.network.members import area_views
from hub.network.members import views as member_views
from hub.network.selfservice import colleague_views, views

app_name = "network"

urlpatterns = [
    path("account/login/", account_views.LoginView.as_view(), name="login"),
    path("account/logout/", account_views.LogoutView.as_view(), name="logout"),
    path("account/password/", account_views.PasswordResetView.as_view(), name="password_reset"),
    path(
        "account/password/sent/",
        account_views.PasswordResetDoneView.as_view(),
        name="password_reset_done",
    ),
    path(
        "account/password/<uidb64>/<token>/",
        account_views.PasswordResetConfirmView.as_view(),
        name="password_reset_confirm",
    ),
    path(
        "account/invitation/<uidb64>/<token>/",
        account_views.InvitationView.as_view(),
        name="invitation",
    ),
    path("account/data/", member_views.my_data, name="my_data"),
    path("account/data/download/", member_views.download_my_data, name="download_my_data"),
    path("account/data/delete/", member_views.delete_my_account, name="delete_account"),
    path("account/deleted/", member_views.account_deleted, name="account_deleted"),
    path("members/directory/", member_views.member_directory, name="member_directory"),
    path("members/profile/", member_views.member_profile, name="member_profile"),
    path("members/", area_views.home, name="members_home"),
    path("members/minutes/<int:occurrence_id>/", area_views.minutes, name="minutes"),
    path("account/organisation/", views.my_organisation, name="my_organisation"),
    path("account/organisation/<int:pk>/", views.overview, name="organisation"),
    path(
        "account/organisation/<int:pk>/profile/", views.edit_organisation, name="edit_organisation"
    ),
    path("account/organisation/<int:pk>/offices/new/", views.edit_office, name="add_office"),
    path(
        "account/organisation/<int:pk>/offices/<uuid:key>/",
        views.edit_office,
        name="edit_office",
    ),
    path(
        "account/organisation/<int:pk>/offices/<uuid:key>/remove/",
        views.remove_office,
        name="remove_office",
    ),
    path("account/organisation/<int:pk>/contacts/", views.edit_contacts, name="edit_contacts"),
    path("account/organisation/<int:pk>/members/", colleague_views.members, name="members"),
    path("members/board/", board_views.board, name="board"),
    path("members/board/new/", board_views.new_entry, name="board_new"),
    path(
        "members/board/notifications/",
        board_views.notification_settings,
        name="notification_settings",
    ),
    path("members/board/<int:pk>/", board_views.entry, name="board_entry"),
    path("members/board/<int:pk>/edit/", board_views.edit_entry, name="board_edit"),
    path("members/board/<int:pk>/delete/", board_views.delete_entry, name="board_delete"),
    path("members/board/<int:pk>/hide/", board_views.hide_entry, name="board_hide"),
    path("members/board/<int:pk>/unhide/", board_views.unhide_entry, name="board_unhide"),
    path("members/board/<int:pk>/report/", board_views.report_entry, name="board_report"),
    path("members/board/<int:pk>/attachment/", board_views.attachment, name="board_attachment"),
]
