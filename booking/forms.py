"""The call-back request form: the fewest details that let the clinic call back, and checks against spam
that track no one (a hidden field, a minimum time to fill, a rate limit per address)."""

import secrets
import time
import unicodedata

from django import forms
from django.conf import settings
from django.core import signing
from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _
from wagtail.models import Site

from clinic.locations import all_locations

from .call_back_requests import CallBackRequest
from .source_pages import source_page_from

STARTED_SALT = "call-back-form-started"
# A form older than this is sent again with a fresh start time rather than trusted: a start token copied
# by a program soon stops working.
STARTED_MAX_AGE = 2 * 60 * 60

# Marks that reverse the text around them: stored, they could make a name or a number read otherwise to staff.
DIRECTION_CONTROLS = dict.fromkeys(map(ord, "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"))
# Letters that show as blank space.
BLANK_LETTERS = frozenset("\u115f\u1160\u3164\uffa0\u2800")

phone_validator = RegexValidator(
    r"^\+?[0-9(][0-9 ().-]{5,}[0-9]$", _("Enter a phone number using digits, spaces or dashes, e.g. 480 555 0100.")
)


def started_now(at=None):
    """The signed start time, with a random id that is stored with the request: one token, one request.

    The database's unique constraint on that id holds across every process, cache or no cache."""
    return signing.dumps([int(time.time() if at is None else at), secrets.token_urlsafe(16)], salt=STARTED_SALT)


def has_visible_character(text):
    return any(unicodedata.category(character)[0] in "LNPS" and character not in BLANK_LETTERS for character in text)


class CallBackForm(forms.ModelForm):
    phone = forms.CharField(label=_("Phone number"), max_length=30, required=False, validators=[phone_validator])
    email = forms.EmailField(label=_("Email address"), max_length=254, required=False)
    consent = forms.BooleanField(
        label=_("I agree that the clinic may keep these details to call me back."),
        error_messages={"required": _("Tick the box so that we may keep your details and call you back.")},
    )
    # Hidden from people (display: none); programs that fill in every field fill this one too.
    website = forms.CharField(required=False, label=_("Leave this empty"))
    started = forms.CharField(widget=forms.HiddenInput, required=False)
    # The page whose booking box opened the form (?from=), for the count of requests per page: never stored
    # with the request itself.
    source_page = forms.CharField(widget=forms.HiddenInput, required=False)

    class Meta:
        model = CallBackRequest
        fields = ["name", "phone", "email", "preferred_time", "location", "reason"]
        labels = {
            "name": _("Your name"),
            "preferred_time": _("When should we call?"),
            "location": _("Which location would you prefer?"),
            "reason": _("What is it about?"),
        }
        widgets = {"preferred_time": forms.RadioSelect, "reason": forms.RadioSelect}

    def __init__(self, *args, request, **kwargs):
        super().__init__(*args, **kwargs)
        self.request = request
        for field in self.fields.values():
            field.help_text = ""  # the model's help texts are for staff
        self.fields["name"].widget.attrs["autocomplete"] = "name"
        self.fields["phone"].widget.input_type = "tel"
        self.fields["phone"].widget.attrs["autocomplete"] = "tel"
        self.fields["email"].widget.attrs["autocomplete"] = "email"
        self.fields["phone"].help_text = _("Give a phone number, an email address, or both.")
        self.fields["reason"].choices = CallBackRequest.Reason.choices
        self.fields["preferred_time"].choices = CallBackRequest.PreferredTime.choices
        locations = all_locations()
        if len(locations) > 1:
            self.fields["location"].choices = [("", _("No preference"))] + [
                (location.pk, location.texts["name"]) for location in locations
            ]
            self.fields["location"].required = False
        else:
            del self.fields["location"]
        self.only_location = locations[0] if len(locations) == 1 else None
        self.token_id = None
        if not self.is_bound:
            self.initial["started"] = started_now()
            page = self.page_named(request.GET.get("from"))
            self.initial["source_page"] = page.pk if page else ""
        self.fields["website"].widget.attrs.update(autocomplete="off", tabindex="-1")
        self.describe_fields()

    def full_clean(self):
        super().full_clean()
        self.describe_fields()

    def describe_fields(self):
        """Each input names its hint and its error (aria-describedby), and says when it is wrong."""
        for name, field in self.fields.items():
            ids = [f"id_{name}-hint"] if field.help_text else []
            if name in self.errors:
                ids.append(f"id_{name}-error")
                field.widget.attrs["aria-invalid"] = "true"
            if ids and not isinstance(field.widget, forms.RadioSelect):
                field.widget.attrs["aria-describedby"] = " ".join(ids)

    def clean_name(self):
        name = self.cleaned_data["name"].translate(DIRECTION_CONTROLS).strip()
        if not has_visible_character(name):  # only zero-width joiners, fillers and the like
            raise ValidationError(_("Enter your name."), code="invisible")
        return name

    def page_named(self, value):
        return source_page_from(value, Site.find_for_request(self.request))

    def clean_source_page(self):
        """The live page of the site the form was opened from, or None."""
        return self.page_named(self.cleaned_data["source_page"])

    def clean(self):
        data = super().clean()
        if not data.get("phone") and not data.get("email") and "phone" not in self.errors:
            self.add_error("phone", _("Give a phone number or an email address, so that we can reach you."))
        self.check_time_to_fill()
        return data

    def check_time_to_fill(self):
        """People take a few seconds to fill the form in; programs that post it at once are told to try again."""
        try:
            started, self.token_id = signing.loads(self.data.get("started", ""), salt=STARTED_SALT)
            seconds = time.time() - started
        except (signing.BadSignature, TypeError, ValueError):
            seconds = None
        if seconds is None or seconds > STARTED_MAX_AGE:
            self.start_again(_("This form was open for a long time. Please check your details and send it again."))
        elif seconds < settings.CALL_BACK_MIN_SECONDS:
            self.add_error(None, _("That was very quick. Please check your details and send the form again."))

    def start_again(self, message):
        """Keeps what the patient typed, times the next try from now, and says why it was not sent."""
        self.data = self.data.copy()
        self.data["started"] = started_now()
        self.add_error(None, message)

    @property
    def is_spam(self):
        return bool(self.data.get("website"))

    def save(self, commit=True):
        call_back = super().save(commit=False)
        call_back.language = translation.get_language()
        call_back.consent_given_at = timezone.now()
        call_back.form_token = self.token_id
        if self.only_location is not None:
            call_back.location = self.only_location
        if commit:
            call_back.save()
        return call_back
