from django.urls import path, reverse
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from . import report


class BookingReportMenuItem(MenuItem):
    def is_shown(self, request):
        return report.can_view(request.user)


@hooks.register("register_admin_urls")
def booking_report_urls():
    return [path("reports/booking-clicks/", report.booking_report, name="booking_report")]


@hooks.register("register_reports_menu_item")
def booking_report_menu_item():
    return BookingReportMenuItem("Booking click-throughs", reverse("booking_report"), icon_name="date", order=40)
