from django.urls import path, reverse
from django.utils.translation import gettext_lazy
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from . import report, search_report
from .dashboard import VisitsPanel


class VisitReportMenuItem(MenuItem):
    def is_shown(self, request):
        return report.can_view(request.user)


class SearchReportMenuItem(MenuItem):
    def is_shown(self, request):
        return search_report.can_view(request.user)


@hooks.register("register_admin_urls")
def visit_report_urls():
    return [
        path("reports/visits/", report.visit_report, name="visit_report"),
        path("reports/searches/", search_report.search_report, name="search_report"),
    ]


@hooks.register("register_reports_menu_item")
def visit_report_menu_item():
    return VisitReportMenuItem(
        gettext_lazy("What brings patients"), reverse("visit_report"), icon_name="site", order=45
    )


@hooks.register("register_reports_menu_item")
def search_report_menu_item():
    return SearchReportMenuItem(
        gettext_lazy("What patients search for"), reverse("search_report"), icon_name="search", order=46
    )


@hooks.register("construct_homepage_panels")
def visits_panel(request, panels):
    if report.can_view(request.user):
        panels.append(VisitsPanel())
