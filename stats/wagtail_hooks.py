from django.urls import path, reverse
from django.utils.translation import gettext_lazy
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from . import report
from .dashboard import VisitsPanel


class VisitReportMenuItem(MenuItem):
    def is_shown(self, request):
        return report.can_view(request.user)


@hooks.register("register_admin_urls")
def visit_report_urls():
    return [path("reports/visits/", report.visit_report, name="visit_report")]


@hooks.register("register_reports_menu_item")
def visit_report_menu_item():
    return VisitReportMenuItem(
        gettext_lazy("What brings patients"), reverse("visit_report"), icon_name="site", order=45
    )


@hooks.register("construct_homepage_panels")
def visits_panel(request, panels):
    if report.can_view(request.user):
        panels.append(VisitsPanel())
