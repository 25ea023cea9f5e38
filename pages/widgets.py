from django import forms


class CharacterCountTextarea(forms.Textarea):
    """A textarea that counts characters against its field's limit while the editor types.

    Without the browser's maxlength, which cuts pasted text at the limit without a word: the form refuses an
    over-long value instead, saying by how much, and the editor chooses what to cut.
    """

    template_name = "pages/widgets/character_count_textarea.html"

    class Media:
        js = ["js/character-count.js"]

    def build_attrs(self, base_attrs, extra_attrs=None):
        attrs = super().build_attrs(base_attrs, extra_attrs)
        if "maxlength" in attrs:
            attrs["data-character-limit"] = attrs.pop("maxlength")
        return attrs

    def get_context(self, name, value, attrs):
        context = super().get_context(name, value, attrs)
        widget = context["widget"]
        widget["limit"] = widget["attrs"].get("data-character-limit")
        widget["length"] = len(self.format_value(value) or "")
        widget["over_by"] = widget["length"] - int(widget["limit"]) if widget["limit"] else 0
        if widget["limit"] and widget["attrs"].get("id"):
            count_id = widget["attrs"]["id"] + "-count"
            described_by = widget["attrs"].get("aria-describedby")
            widget["attrs"]["aria-describedby"] = f"{described_by} {count_id}" if described_by else count_id
        return context
