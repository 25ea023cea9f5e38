"""Build admin form posts the way the editor's browser sends them."""

from bs4 import BeautifulSoup
from wagtail.test.utils.form_data import querydict_from_html


def form_data(response, form_id):
    """The form's current field values, as the browser would post them unchanged."""
    return form_data_from_html(response.content.decode(), form_id)


def form_data_from_html(html, form_id):
    data = querydict_from_html(html, form_id=form_id)
    # Browsers send "on" for a ticked checkbox that has no value attribute.
    form = BeautifulSoup(html, "html.parser").find("form", id=form_id)
    for box in form.find_all("input", type="checkbox", checked=True):
        if "value" not in box.attrs:
            data[box["name"]] = "on"
    return data


def list_block(items):
    """ListBlock form data: like wagtail's streamfield() helper, without block types."""
    data = {str(i): {"value": value, "deleted": "", "order": str(i)} for i, value in enumerate(items)}
    data["count"] = str(len(items))
    return data
