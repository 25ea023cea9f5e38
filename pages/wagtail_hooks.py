from wagtail import hooks


@hooks.register("before_serve_page")
def mark_private_pages(page, request, serve_args, serve_kwargs):
    """The page cache never stores a page behind a view restriction (see clinic_site.page_cache)."""
    if page.get_view_restrictions().exists():
        request.page_is_private = True
