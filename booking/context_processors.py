from django.utils.functional import SimpleLazyObject

from pages.sections import first_page_url


def call_back(request):
    """`call_back_url`: the call-back request page in the page's language ("" when the site has none)."""
    return {"call_back_url": SimpleLazyObject(lambda: first_page_url(request, "booking", "CallBackPage"))}
