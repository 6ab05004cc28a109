// The individual plan: a written section is saved when its field is left (the server answers with
// the section's saved state: "saved", or the other person's text on a conflict); leaving the page
// with a field not yet saved warns. Without JavaScript each section has its own save button.
(function () {
  'use strict';
  var page = document.querySelector('[data-unsaved-warning]');
  if (!page) {
    return;
  }
  var dirty = new Set();

  function save(form) {
    var body = new URLSearchParams(new FormData(form));
    return fetch(form.getAttribute('action'), {
      method: 'POST',
      body: body,
      headers: { 'HX-Request': 'true' },
      credentials: 'same-origin'
    }).then(function (response) {
      if (!response.ok) {
        throw new Error(String(response.status));
      }
      return response.text();
    }).then(function (html) {
      var state = form.querySelector('.hh-section-state');
      var holder = document.createElement('div');
      holder.innerHTML = html.trim();
      var fresh = holder.querySelector('.hh-section-state');
      if (state && fresh) {
        state.replaceWith(fresh);
      }
      if (!fresh || !fresh.querySelector('[data-conflict]')) {
        dirty.delete(form);
      }
    }).catch(function () {
      // Not saved: the field stays marked, and the warning on leaving still holds.
    });
  }

  document.querySelectorAll('form[data-autosave]').forEach(function (form) {
    var field = form.querySelector('textarea');
    field.addEventListener('input', function () {
      dirty.add(form);
    });
    field.addEventListener('change', function () {
      save(form);
    });
    form.addEventListener('submit', function () {
      dirty.delete(form);
    });
  });

  document.querySelectorAll('form:not([data-autosave])').forEach(function (form) {
    form.addEventListener('submit', function () {
      dirty.clear();
    });
  });

  window.addEventListener('beforeunload', function (event) {
    if (dirty.size > 0) {
      event.preventDefault();
      event.returnValue = page.getAttribute('data-unsaved-message');
      return event.returnValue;
    }
  });
})();
