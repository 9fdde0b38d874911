"""The members' pages on the site: account, "My organisation" and the members' area
(under each language)."""

from django.urls import path

from hub.network.accounts import views as account_views
from hub.network.members import area_views
from hub.network.selfservice import views

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
    path("members/", area_views.home, name="members_home"),
    path("members/minutes/<int:occurrence_id>/", area_views.minutes, name="minutes"),
    path("account/organisation/", views.my_organisation, name="my_organisation"),
    path("account/organisation/<int:pk>/", views.overview, name="organisation"),
    path("account/organisation/<int:pk>/profile/", views.edit_profile, name="edit_profile"),
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
    path("account/organisation/<int:pk>/members/", views.members, name="members"),
]
