from django.urls import path, reverse
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.permission_policies.pages import PagePermissionPolicy

from .rich_text import EDITOR_LINK_RULE, DocumentLinks, ImageEmbeds, PageLinks
from .translation_report import UntranslatedPagesReportView


# After Wagtail's own handlers, which these replace.
@hooks.register("register_rich_text_features", order=100)
def tolerate_bad_references(features):
    features.register_link_type(PageLinks)
    features.register_link_type(DocumentLinks)
    features.register_embed_type(ImageEmbeds)
    features.register_converter_rule("contentstate", "link", EDITOR_LINK_RULE)


class PageEditorsMenuItem(MenuItem):
    def is_shown(self, request):
        return PagePermissionPolicy().user_has_any_permission(request.user, ["add", "change", "publish"])


@hooks.register("register_admin_urls")
def untranslated_report_urls():
    return [
        path("reports/untranslated/", UntranslatedPagesReportView.as_view(), name="untranslated_pages"),
        path(
            "reports/untranslated/results/",
            UntranslatedPagesReportView.as_view(results_only=True),
            name="untranslated_pages_results",
        ),
    ]


@hooks.register("register_reports_menu_item")
def untranslated_report_menu_item():
    return PageEditorsMenuItem("Pages not yet translated", reverse("untranslated_pages"), icon_name="globe", order=60)


@hooks.register("on_serve_page")
def attach_cache_hints(serve_page):
    """Every page's response carries what the page cache must know of it (`SitePage.cache_hints`), routed
    pages' included: the page cache stores no response without them."""

    def serve(page, request, args, kwargs):
        response = serve_page(page, request, args, kwargs)
        if hasattr(page, "cache_hints"):
            response.cache_hints = page.cache_hints(request, getattr(response, "context_data", None) or {})
        return response

    return serve
