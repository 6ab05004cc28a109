// Every page: small enhancements of what the server already rendered; each page works without them.
// 1. A data table that may be wider than the screen scrolls inside its own focusable, labelled
//    region (WCAG 1.4.10 reflow, 2.1.1 keyboard), so the page itself never scrolls sideways.
// 2. The error summary names each entry's field by the field's label and lists the entries in the
//    order of the form; Designsystemet's ds-error-summary element takes focus when it appears.
// 3. Otherwise focus moves to the success alert ('saved'), so a screen reader reads what happened.
// 4. A button marked data-print prints the page (the print stylesheet leaves out menus and buttons).
(function () {
  'use strict';

  function text(el) {
    return el ? el.textContent.replace(/\s+/g, ' ').trim() : '';
  }

  // The nearest heading before the element: its own earlier siblings, then its ancestors'.
  function headingBefore(el) {
    for (var node = el; node && node !== document.body; node = node.parentElement) {
      for (var sib = node.previousElementSibling; sib; sib = sib.previousElementSibling) {
        if (/^H[1-6]$/.test(sib.tagName)) {
          return sib;
        }
        var inner = sib.querySelectorAll('h1,h2,h3,h4,h5,h6');
        if (inner.length) {
          return inner[inner.length - 1];
        }
      }
    }
    return document.querySelector('h1');
  }

  function scrollRegions() {
    document.querySelectorAll('main table').forEach(function (table) {
      var wrap = table.parentElement;
      if (!wrap.classList.contains('hh-table-wrap')) {
        wrap = document.createElement('div');
        wrap.className = 'hh-table-wrap';
        table.parentNode.insertBefore(wrap, table);
        wrap.appendChild(table);
      }
      if (wrap.closest('fieldset[disabled]')) {
        // Inside a disabled fieldset nothing can take focus (axe agrees): the table fits instead of scrolling.
        wrap.classList.add('hh-table-fit');
        return;
      }
      wrap.setAttribute('role', 'region');
      wrap.setAttribute('tabindex', '0');
      if (wrap.hasAttribute('aria-label') || wrap.hasAttribute('aria-labelledby')) {
        return;
      }
      var caption = table.querySelector('caption');
      var label = text(caption) || table.getAttribute('aria-label') || text(headingBefore(wrap));
      if (label) {
        wrap.setAttribute('aria-label', label);
      }
    });
  }

  function fieldName(target) {
    if (target.tagName === 'FIELDSET') {
      return text(target.querySelector('legend'));
    }
    var label = target.id ? document.querySelector('label[for="' + CSS.escape(target.id) + '"]') : null;
    return text(label) || target.getAttribute('aria-label') || '';
  }

  function errorSummary() {
    var summary = document.querySelector('.ds-error-summary');
    if (!summary) {
      return null;
    }
    var list = summary.querySelector('ul');
    if (list) {
      var items = Array.prototype.slice.call(list.children).map(function (li, index) {
        var link = li.querySelector('a[href^="#"]');
        var target = link ? document.getElementById(decodeURIComponent(link.hash.slice(1))) : null;
        if (target) {
          var name = fieldName(target);
          if (name && text(link).indexOf(name) !== 0) {
            link.textContent = name + ': ' + text(link);
          }
        }
        return { li: li, target: target, index: index };
      });
      items.sort(function (a, b) {
        if (!a.target || !b.target) {
          return a.target ? 1 : b.target ? -1 : a.index - b.index;
        }
        return a.target.compareDocumentPosition(b.target) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
      });
      items.forEach(function (item) {
        list.appendChild(item.li);
      });
    }
    return summary;
  }

  /* A search field that narrows a long list of checkboxes (data-filter-options names the fieldset):
     options whose label does not contain the text are hidden; a checked option always shows. */
  function optionFilters() {
    document.querySelectorAll('[data-filter-options]').forEach(function (input) {
      var list = document.getElementById(input.getAttribute('data-filter-options'));
      if (!list) {
        return;
      }
      input.addEventListener('input', function () {
        var wanted = input.value.trim().toLowerCase();
        list.querySelectorAll('[data-filter-option]').forEach(function (option) {
          var box = option.querySelector('input');
          var match = wanted === '' || text(option).toLowerCase().indexOf(wanted) >= 0;
          option.hidden = !match && !(box && box.checked);
        });
      });
    });
  }

  // Irreversible actions (fragments/forms :: confirmSubmit): the submit button opens the dialog; its
  // confirm button ticks the form's confirmation box (the element whose id is the dialog's without
  // "-dialog": a checkbox, or a hidden field set to true) and submits; cancel closes it and keeps the page.
  function confirmations() {
    document.querySelectorAll('button[data-confirm]').forEach(function (button) {
      var dialog = document.getElementById(button.getAttribute('data-confirm'));
      if (!dialog || typeof dialog.showModal !== 'function') {
        return;
      }
      button.addEventListener('click', function (event) {
        event.preventDefault();
        dialog.showModal();
      });
      dialog.querySelector('[data-confirm-submit]').addEventListener('click', function () {
        var form = button.form;
        var box = document.getElementById(button.getAttribute('data-confirm').replace(/-dialog$/, ''));
        if (box && box.form === form) {
          if (box.type === 'checkbox') {
            box.checked = true;
          } else {
            box.value = 'true';
          }
        }
        dialog.close();
        form.submit();
      });
    });
  }

  function start() {
    scrollRegions();
    optionFilters();
    confirmations();
    document.querySelectorAll('[data-print]').forEach(function (button) {
      button.addEventListener('click', function () {
        window.print();
      });
    });
    var focus = errorSummary() || document.querySelector('[data-focus-on-load]');
    if (focus) {
      focus.focus();
    }
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
