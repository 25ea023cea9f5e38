"""The admin's list of pages that have no version yet in one of the site's other languages."""

from django.conf import settings
from django.utils.functional import cached_property
from wagtail.admin.views.reports import PageReportView
from wagtail.models import Locale, Page


def missing_translations():
    """{page id: names of the languages it has no version in (live or draft)}, for the site's pages in the
    default language."""
    locales = list(Locale.objects.exclude(language_code=settings.LANGUAGE_CODE))
    existing = set(Page.objects.filter(locale__in=locales).values_list("translation_key", "locale_id"))
    pages = Page.objects.filter(depth__gt=1, locale__language_code=settings.LANGUAGE_CODE, alias_of__isnull=True)
    missing = {}
    for page_id, key in pages.values_list("pk", "translation_key"):
        names = [locale.get_display_name() for locale in locales if (key, locale.pk) not in existing]
        if names:
            missing[page_id] = names
    return missing


class UntranslatedPagesReportView(PageReportView):
    page_title = "Pages not yet translated"
    header_icon = "globe"
    results_template_name = "pages/admin/untranslated_results.html"
    index_url_name = "untranslated_pages"
    index_results_url_name = "untranslated_pages_results"
    any_permission_required = ["add", "change", "publish"]
    list_export = ["title", "url_path", "missing_in"]
    export_headings = {"missing_in": "Missing in"}

    @cached_property
    def missing(self):
        return missing_translations()

    def get_queryset(self):
        return Page.objects.filter(pk__in=self.missing).order_by("path")

    def decorate_paginated_queryset(self, pages):
        for page in pages:
            page.missing_in = ", ".join(self.missing[page.pk])
        return pages
