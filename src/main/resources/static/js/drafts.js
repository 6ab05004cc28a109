// Drafts of long forms (the individual plan, the assessment, the decision, the appointment, the
// complaint, the minutes; ADR 0013). htmx does the saving: a form
// marked data-autosave is posted when a field is left (hx-post, hx-trigger="change"; the server saves
// the draft and answers with its saved state: "saved", or why not, or the other person's text on a
// conflict). This script keeps what htmx does not: what is typed but not yet saved or sent (a form
// marked data-draft) is kept in the tab's session storage (so that a reload finds it), and leaving
// the page with something unsaved warns. A page opts in with data-unsaved-warning, data-draft-scope,
// data-unsaved-message and data-draft-restored. Without JavaScript every form has its own button.
(function () {
  'use strict';
  var page = document.querySelector('[data-unsaved-warning]');
  if (!page) {
    return;
  }
  var scope = 'helhet-draft:' + page.getAttribute('data-draft-scope') + ':';
  var dirty = new Set();

  function fields(form) {
    return Array.prototype.filter.call(form.elements, function (el) {
      // A file cannot be put back into its field by a script (nor kept in storage): never kept.
      return el.name && el.type !== 'hidden' && el.type !== 'submit' && el.type !== 'radio' && el.type !== 'checkbox' && el.type !== 'file';
    });
  }

  function keep(form) {
    var draft = {};
    fields(form).forEach(function (el) {
      draft[el.name] = el.value;
    });
    try {
      sessionStorage.setItem(scope + form.getAttribute('data-draft'), JSON.stringify(draft));
    } catch (e) {
      // Storage full or refused: the warning on leaving still holds.
    }
    dirty.add(form);
  }

  function forget(form) {
    sessionStorage.removeItem(scope + form.getAttribute('data-draft'));
    dirty.delete(form);
  }

  function restore(form) {
    var stored = sessionStorage.getItem(scope + form.getAttribute('data-draft'));
    if (!stored) {
      return;
    }
    var draft = JSON.parse(stored);
    var changed = false;
    fields(form).forEach(function (el) {
      if (Object.prototype.hasOwnProperty.call(draft, el.name) && draft[el.name] !== el.value) {
        el.value = draft[el.name];
        changed = true;
      }
    });
    if (!changed) {
      forget(form);
      return;
    }
    dirty.add(form);
    var note = document.createElement('p');
    note.className = 'ds-validation-message';
    note.setAttribute('data-color', 'warning');
    note.setAttribute('data-draft-restored', 'true');
    note.textContent = page.getAttribute('data-draft-restored');
    form.insertBefore(note, form.firstChild);
  }

  document.querySelectorAll('form[data-draft]').forEach(function (form) {
    restore(form);
    form.addEventListener('input', function () {
      keep(form);
    });
    form.addEventListener('submit', function () {
      forget(form);
      dirty.clear();
    });
  });

  // A form sent while htmx is still saving its draft (htmx marks the form with the class
  // htmx-request meanwhile) waits for that save to settle (its answer carries the new version), then
  // is sent: sent at once, it would carry the old version and be refused as someone else's change (a
  // field left by clicking the form's own button does that). After ten seconds it is sent anyway.
  document.addEventListener(
    'submit',
    function (event) {
      var form = event.target;
      if (!form.matches || !form.matches('form[data-autosave]') || !form.classList.contains('htmx-request')) {
        return;
      }
      event.preventDefault();
      event.stopImmediatePropagation();
      var submitter = event.submitter || null;
      var waited = 0;
      var timer = setInterval(function () {
        waited += 50;
        if (form.classList.contains('htmx-request') && waited < 10000) {
          return;
        }
        clearInterval(timer);
        setTimeout(function () {
          if (submitter && submitter.form === form) {
            form.requestSubmit(submitter);
          } else {
            form.requestSubmit();
          }
        }, 50);
      }, 50);
    },
    true
  );

  // A section saved by htmx: its draft is no longer needed, unless the answer is a conflict or an error.
  document.body.addEventListener('htmx:afterSettle', function (event) {
    var form = event.target.closest ? event.target.closest('form[data-autosave]') : null;
    if (form && !form.querySelector('[data-conflict], .ds-validation-message[data-color="danger"]')) {
      forget(form);
    }
  });

  window.addEventListener('beforeunload', function (event) {
    if (dirty.size > 0) {
      event.preventDefault();
      event.returnValue = page.getAttribute('data-unsaved-message');
      return event.returnValue;
    }
  });
})();
