// The warning before the session's idle time-out (HELHET_SESSION_IDLE_TIMEOUT; ADR 0013). The
// layout gives the time-out in seconds (data-session-timeout). Some minutes before it ends (five, or
// half of it when it is short) a Designsystemet alert says so, with a button that asks the server
// (/session/keepalive) and so keeps the session; when it has ended, the alert says so and links to
// this page, which after the login comes back (Spring Security's saved request) with the draft.
// Every htmx request (a draft saved) touches the session too, and starts the count again.
(function () {
  'use strict';
  var box = document.querySelector('[data-session-timeout]');
  if (!box) {
    return;
  }
  var timeout = parseInt(box.getAttribute('data-session-timeout'), 10) * 1000;
  if (!(timeout > 0)) {
    return;
  }
  var warnBefore = Math.min(5 * 60 * 1000, timeout / 2);
  var warning = box.querySelector('[data-session-warning]');
  var ended = box.querySelector('[data-session-ended]');
  var login = box.querySelector('[data-session-login]');
  var warnTimer;
  var endTimer;

  function show(which) {
    box.hidden = which === null;
    warning.hidden = which !== warning;
    ended.hidden = which !== ended;
  }

  function start() {
    clearTimeout(warnTimer);
    clearTimeout(endTimer);
    show(null);
    warnTimer = setTimeout(function () {
      show(warning);
    }, timeout - warnBefore);
    endTimer = setTimeout(function () {
      show(ended);
    }, timeout);
  }

  login.setAttribute('href', window.location.pathname + window.location.search);
  box.querySelector('[data-session-stay]').addEventListener('click', function () {
    fetch(box.getAttribute('data-keepalive'), {
      credentials: 'same-origin',
      cache: 'no-store',
      headers: { 'X-Requested-With': 'XMLHttpRequest' }
    }).then(function (response) {
      if (response.ok) {
        start();
      } else {
        show(ended);
      }
    }, function () {
      show(ended);
    });
  });
  document.body.addEventListener('htmx:afterRequest', start);
  start();
})();
