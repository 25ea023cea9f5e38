"""The demo clinic's details. Staff replace them in Settings › Clinic details."""

import datetime

# A reserved example domain: clinics set their real booking page in the admin.
PLACEHOLDER_BOOKING_URL = "https://booking.example.com/replace-with-your-booking-page"

CLINIC = {
    "clinic_name": "Pro Health Functional Medicine",
    "phone": "480.306.4372",
    "city": "Chandler",
    "region": "AZ",
    "country": "United States",
    "booking_url": PLACEHOLDER_BOOKING_URL,
    "booking_button_label": "Book online",
    "medical_disclaimer": (
        "The information on this website is general. It is not a diagnosis and does not replace "
        "advice from your own doctor. In a medical emergency, call 911."
    ),
    "medical_disclaimer_es": (
        "La información de este sitio web es general. No es un diagnóstico y no sustituye los consejos de su "
        "propio médico. En una emergencia médica, llame al 911."
    ),
}

# Example hours for the demo; the clinic sets its real hours in the admin.
NINE, FIVE = datetime.time(9, 0), datetime.time(17, 0)
OPENING_HOURS = [{"weekday": day, "opens": NINE, "closes": FIVE, "closed": False} for day in range(5)] + [
    {"weekday": day, "opens": None, "closes": None, "closed": True} for day in (5, 6)
]
