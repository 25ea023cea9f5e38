from django.urls import path, reverse
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.permissions import register_permission_policy

from . import report
from .call_back_admin import CallBackRequestViewSet, NewCallBacksPanel, OnlyFromPatients
from .models import CallBackRequest

register_permission_policy(CallBackRequest, OnlyFromPatients(CallBackRequest))


class BookingReportMenuItem(MenuItem):
    def is_shown(self, request):
        return report.can_view(request.user)


@hooks.register("register_admin_urls")
def booking_report_urls():
    return [path("reports/booking-clicks/", report.booking_report, name="booking_report")]


@hooks.register("register_reports_menu_item")
def booking_report_menu_item():
    return BookingReportMenuItem("Booking click-throughs", reverse("booking_report"), icon_name="date", order=40)


@hooks.register("register_admin_viewset")
def call_back_requests():
    return CallBackRequestViewSet()


@hooks.register("construct_homepage_panels")
def new_call_backs_panel(request, panels):
    if request.user.has_perm("booking.view_callbackrequest"):
        panels.append(NewCallBacksPanel())
