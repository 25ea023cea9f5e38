// Wagtail's editor saves the form in the background a moment after each change (autosave). A form sent
// while such a save is on its way, or a save started after the form was sent, reaches the server beside
// it: on a new page both create the page, and the second is refused ("The slug is already in use"), so
// staff see validation errors although a draft was saved. Here a form sent during a save waits for the
// save's answer, which points the form at the saved page, and no save starts once the form is sent.
(() => {
  const saving = new WeakSet();
  const sent = new WeakSet();
  const held = new WeakMap();
  const LONGEST_WAIT = 15000; // a save that never answers must not keep the form from being sent

  function sendHeld(form) {
    saving.delete(form);
    if (!held.has(form)) return;
    const submitter = held.get(form);
    held.delete(form);
    // The button pressed says which action is asked for (publish, submit for review); it may be disabled
    // by now while it shows progress, and a disabled button is not sent with the form.
    if (submitter && submitter.name) {
      const action = document.createElement("input");
      action.type = "hidden";
      action.name = submitter.name;
      action.value = submitter.value;
      form.append(action);
    }
    form.requestSubmit();
  }

  document.addEventListener("w-autosave:save", (event) => {
    if (sent.has(event.target)) {
      event.preventDefault();
    } else if (!event.defaultPrevented) {
      saving.add(event.target);
    }
  });
  for (const name of ["w-autosave:success", "w-autosave:error"]) {
    document.addEventListener(name, (event) => sendHeld(event.target));
  }

  document.addEventListener(
    "submit",
    (event) => {
      const form = event.target;
      if (!saving.has(form)) return;
      event.preventDefault();
      event.stopImmediatePropagation();
      held.set(form, event.submitter);
      setTimeout(() => sendHeld(form), LONGEST_WAIT);
    },
    true,
  );
  // Last of all listeners: a submission nothing cancelled is on its way.
  window.addEventListener("submit", (event) => {
    if (!event.defaultPrevented) sent.add(event.target);
  });
})();
