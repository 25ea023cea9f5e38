from dataclasses import replace

from django.core.paginator import Paginator


class PaginatedListing:
    """A page listing its items a page at a time, at ?page=N. The page cache keeps each page the listing
    shows under its number, and stores no other number (each would fill an entry of its own)."""

    items_per_page = 10
    listing_name = "items"  # what the template calls the page of items shown

    def listing_items(self, request):
        raise NotImplementedError

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        paginator = Paginator(self.listing_items(request), self.items_per_page)
        # get_page() turns a missing, non-numeric or out-of-range ?page= into a real page.
        context[self.listing_name] = paginator.get_page(request.GET.get("page"))
        return context

    def cache_hints(self, request, context):
        shown = context.get(self.listing_name)
        number = shown.number if shown is not None and "page" in request.GET else 0
        return replace(super().cache_hints(request, context), page_number=number)
