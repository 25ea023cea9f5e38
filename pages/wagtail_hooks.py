from wagtail import hooks

from .rich_text import EDITOR_LINK_RULE, DocumentLinks, ImageEmbeds, PageLinks


@hooks.register("before_serve_page")
def mark_private_pages(page, request, serve_args, serve_kwargs):
    """The page cache never stores a page behind a view restriction (see clinic_site.page_cache)."""
    if page.get_view_restrictions().exists():
        request.page_is_private = True


# After Wagtail's own handlers, which these replace.
@hooks.register("register_rich_text_features", order=100)
def tolerate_bad_references(features):
    features.register_link_type(PageLinks)
    features.register_link_type(DocumentLinks)
    features.register_embed_type(ImageEmbeds)
    features.register_converter_rule("contentstate", "link", EDITOR_LINK_RULE)
