"""Two-factor sign-in for staff with time-based one-time codes (TOTP, any authenticator app).

Anyone can turn it on under Account › Two-factor authentication; with
STAFF_TWO_FACTOR_REQUIRED=true every staff member must set it up before using the admin.
Once a member has it, signing in needs the current code as well as the password.
"""

import textwrap
from base64 import b32encode
from urllib.parse import urlencode

import segno
from django import forms
from django.conf import settings
from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.views import redirect_to_login
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django_otp import DEVICE_ID_SESSION_KEY, user_has_device
from django_otp import login as otp_login
from django_otp.plugins.otp_totp.models import TOTPDevice
from wagtail.admin.forms.auth import LoginForm as WagtailLoginForm

CODE_HELP = "The 6-digit code your authenticator app shows now."
EXEMPT_PATHS = ("/admin/login/", "/admin/logout/", "/admin/two-factor/", "/admin/password_reset/", "/admin/jsi18n/")


def confirmed_device(user, token):
    """The user's confirmed device that accepts this code, if any."""
    token = "".join((token or "").split())
    if not token:
        return None
    return next(
        (device for device in TOTPDevice.objects.devices_for_user(user, confirmed=True) if device.verify_token(token)),
        None,
    )


class LoginForm(WagtailLoginForm):
    otp_token = forms.CharField(
        required=False,
        label="Authentication code",
        help_text="Only if you have set up two-factor authentication. " + CODE_HELP,
        widget=forms.TextInput(attrs={"autocomplete": "one-time-code", "inputmode": "numeric"}),
    )

    def clean(self):
        cleaned_data = super().clean()
        user = self.get_user()
        if user is not None and user_has_device(user):
            device = confirmed_device(user, cleaned_data.get("otp_token"))
            if device is None:
                raise forms.ValidationError("Enter the current 6-digit code from your authenticator app.", code="otp")
            # Kept through sign-in (the session key is rotated, its data kept); read by OTPMiddleware.
            self.request.session[DEVICE_ID_SESSION_KEY] = device.persistent_id
        return cleaned_data


class StaffTwoFactorMiddleware:
    """In the admin: staff with a device must have used it this session; with the setting on, all need one."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path.startswith("/admin/") and not request.path.startswith(EXEMPT_PATHS):
            user = request.user
            if user.is_authenticated and not user.is_verified():
                if user_has_device(user):
                    logout(request)
                    return redirect_to_login(request.get_full_path(), reverse("wagtailadmin_login"))
                if settings.STAFF_TWO_FACTOR_REQUIRED:
                    return redirect(f"{reverse('two_factor_setup')}?{urlencode({'next': request.get_full_path()})}")
        return self.get_response(request)


class ConfirmCodeForm(forms.Form):
    code = forms.CharField(label="Authentication code", help_text=CODE_HELP, max_length=10)


def setup(request):
    """Turn two-factor authentication on (scan, then confirm a code) or off."""
    user = request.user
    if user_has_device(user):
        if request.method == "POST" and "turn_off" in request.POST and not settings.STAFF_TWO_FACTOR_REQUIRED:
            TOTPDevice.objects.filter(user=user).delete()
            messages.success(request, "Two-factor authentication is off.")
            return redirect("two_factor_setup")
        return render(
            request, "staff/admin/two_factor.html", {"enabled": True, "required": settings.STAFF_TWO_FACTOR_REQUIRED}
        )

    device, _ = TOTPDevice.objects.get_or_create(user=user, confirmed=False, defaults={"name": "Authenticator app"})
    form = ConfirmCodeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        if device.verify_token("".join(form.cleaned_data["code"].split())):
            device.confirmed = True
            device.save()
            otp_login(request, device)
            messages.success(request, "Two-factor authentication is on. You will need a code each time you sign in.")
            next_url = request.GET.get("next", "")
            safe = url_has_allowed_host_and_scheme(next_url, {request.get_host()}, request.is_secure())
            return redirect(next_url if safe and next_url else "wagtailadmin_home")
        form.add_error("code", "That code did not match. Check the time on your phone and try the newest code.")
    return render(
        request,
        "staff/admin/two_factor.html",
        {
            "enabled": False,
            "required": settings.STAFF_TWO_FACTOR_REQUIRED,
            "form": form,
            "qr_code": segno.make(device.config_url, error="m").svg_inline(
                scale=4, title="Scan with your authenticator app"
            ),
            # For typing into the app instead of scanning, in groups of four.
            "secret": " ".join(textwrap.wrap(b32encode(device.bin_key).decode(), 4)),
        },
    )
