// The character count under a textarea with a limit (pages/widgets.py): the visible count follows each
// keystroke; screen readers hear it once typing pauses for a second.
(() => {
  // Worded as the widget's template words it.
  const describe = (length, limit) => {
    const overBy = length - limit;
    const over = overBy > 0 ? `${overBy} ${overBy === 1 ? "character" : "characters"} too many: ` : "";
    return `${over}${length} of ${limit} characters`;
  };

  const start = (field) => {
    const count = document.querySelector(`[data-character-count-for="${field.id}"]`);
    const announcement = document.querySelector(`[data-character-count-announce-for="${field.id}"]`);
    const limit = Number(field.dataset.characterLimit);
    let pause;
    field.addEventListener("input", () => {
      const text = describe(field.value.length, limit);
      count.textContent = text;
      count.classList.toggle("error-message", field.value.length > limit);
      clearTimeout(pause);
      pause = setTimeout(() => {
        announcement.textContent = text;
      }, 1000);
    });
  };

  const startAll = () => document.querySelectorAll("textarea[data-character-limit]").forEach(start);
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", startAll);
  } else {
    startAll();
  }
})();
