"""Receiving a call-back request: from this site's own pages only, stored before anything else happens."""

import logging

from django.db import IntegrityError, transaction
from django.http import Http404
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods

from clinic_site.visitors import is_person

from .call_back_requests import CallBackRequest
from .forms import CallBackForm
from .models import CallBackPage, CallBackSource, form_response
from .notifications import notify_clinic
from .rate_limit import over_limit

logger = logging.getLogger(__name__)


def from_this_site(request):
    """The browser says the form was sent from one of this site's pages (Origin, or Referer without it).

    This is the check Django's CSRF protection makes of HTTPS requests; the page carries no CSRF cookie
    or token, so that it stays cookie-free for anonymous patients."""
    source = request.META.get("HTTP_ORIGIN") or request.META.get("HTTP_REFERER")
    if not source or source == "null":
        return False
    return url_has_allowed_host_and_scheme(
        source, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    )


# The page sets no CSRF cookie: the same-origin check below takes the token's place.
@csrf_exempt
@require_http_methods(["GET", "HEAD", "POST"])
def send_call_back_request(request, page_id):
    page = CallBackPage.objects.live().public().filter(pk=page_id).first()
    if page is None:
        raise Http404
    if request.method != "POST":  # the address reloaded or shared: the form is what was meant
        return redirect(page.url)
    if not from_this_site(request):
        response = TemplateResponse(request, "booking/call_back_refused.html", {"page": page}, status=403)
        return form_response(response)
    form = CallBackForm(request.POST, request=request)
    if form.is_spam:
        logger.info("A call-back request filled in the hidden field and was not stored.")
        return redirect(page.thanks_url())
    if form.is_valid():
        if over_limit(request):
            form.add_error(
                None, _("Several requests came from your connection in the last hour. Please call us instead.")
            )
        else:
            try:
                with transaction.atomic():
                    call_back = form.save()
                    if is_person(request.META):  # a program that gets this far is still not counted
                        CallBackSource.record(form.cleaned_data["source_page"])
                    transaction.on_commit(lambda: notify_clinic(request, call_back.pk))
            except IntegrityError:
                if not CallBackRequest.objects.filter(form_token=form.token_id).exists():
                    raise
                # The same form sent again (a second click, or a program replaying it): the first is stored.
                form.start_again(
                    _("We already have the request sent from this form. To send another one, send the form again.")
                )
            else:
                return redirect(page.thanks_url())
    return form_response(page.render(request, context_overrides={"form": form}))
