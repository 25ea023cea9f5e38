from wagtail import hooks

from .rich_text import EDITOR_LINK_RULE, DocumentLinks, ImageEmbeds, PageLinks


# After Wagtail's own handlers, which these replace.
@hooks.register("register_rich_text_features", order=100)
def tolerate_bad_references(features):
    features.register_link_type(PageLinks)
    features.register_link_type(DocumentLinks)
    features.register_embed_type(ImageEmbeds)
    features.register_converter_rule("contentstate", "link", EDITOR_LINK_RULE)
