"""Rich text that names a page, document or image that does not exist, or by an id that is not a
number (an import or a script can write anything), renders as plain text instead of failing."""

from wagtail.admin.rich_text.converters.contentstate import link_entity
from wagtail.admin.rich_text.converters.html_to_contentstate import (
    ExternalLinkElementHandler,
    PageLinkElementHandler,
)
from wagtail.documents.rich_text import DocumentLinkHandler
from wagtail.images.rich_text import ImageEmbedHandler
from wagtail.rich_text.pages import PageLinkHandler


def is_id(value):
    return isinstance(value, str) and value.isascii() and value.isdigit() and len(value) < 19


class ToleratesBadIds:
    @classmethod
    def get_instance(cls, attrs):
        if not is_id(attrs.get("id")):
            raise cls.get_model().DoesNotExist
        return super().get_instance(attrs)

    @classmethod
    def get_many(cls, attrs_list):
        return super().get_many([attrs if is_id(attrs.get("id")) else {**attrs, "id": None} for attrs in attrs_list])


class PageLinks(ToleratesBadIds, PageLinkHandler):
    pass


class DocumentLinks(ToleratesBadIds, DocumentLinkHandler):
    pass


class ImageEmbeds(ToleratesBadIds, ImageEmbedHandler):
    pass


class PageLinkElements(PageLinkElementHandler):
    """The editor opens such text too, showing the link as a broken one."""

    def get_attribute_data(self, attrs):
        if not is_id(attrs.get("id")):
            return {}
        return super().get_attribute_data(attrs)


# Wagtail's "link" rule for the editor, with the page links above.
EDITOR_LINK_RULE = {
    "from_database_format": {
        "a[href]": ExternalLinkElementHandler("LINK"),
        'a[linktype="page"]': PageLinkElements("LINK"),
    },
    "to_database_format": {"entity_decorators": {"LINK": link_entity}},
}
