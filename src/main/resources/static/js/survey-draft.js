// The public survey form keeps the answers as they are chosen: on each change the form is
// posted to its draft address (with its CSRF token), so a reload or a lost connection resumes
// where the respondent was. A failed save is tried again when the browser says the connection
// is back (the "online" event) and otherwise after a growing pause (2 s, 4 s, … 60 s at most),
// and the warning clears once a save succeeds (walk10 #5). Sending while the browser is offline
// is stopped here with the form's own message, the answers kept on the page, instead of the
// browser's error page; without JavaScript the form posts normally. Sending twice is harmless
// (the server stores one response per code); the button is disabled after a tap.
(function () {
  'use strict';
  document.addEventListener('DOMContentLoaded', function () {
    var form = document.getElementById('survey-form');
    if (form === null) {
      return;
    }
    var status = document.getElementById('draft-status');
    // answers are kept as they are chosen only with this script: say so only then
    var autosave = document.getElementById('survey-autosave');
    if (autosave !== null) {
      autosave.hidden = false;
    }
    var url = form.getAttribute('data-draft-url');
    var retryDelay = 0;
    var retryTimer = null;
    var failed = false;
    function show(key) {
      status.textContent = status.getAttribute(key);
      status.setAttribute('data-state', key);
    }
    function retryLater() {
      failed = true;
      if (retryTimer !== null) {
        return;
      }
      retryDelay = Math.min(retryDelay === 0 ? 2000 : retryDelay * 2, 60000);
      retryTimer = window.setTimeout(function () {
        retryTimer = null;
        save();
      }, retryDelay);
    }
    function save() {
      var body = new URLSearchParams(new FormData(form));
      fetch(url, { method: 'POST', body: body, credentials: 'same-origin',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded' } })
        .then(function (response) {
          if (response.ok) {
            failed = false;
            retryDelay = 0;
            show('data-saved');
          } else {
            show('data-failed');
            retryLater();
          }
        })
        .catch(function () {
          show('data-failed');
          retryLater();
        });
    }
    form.addEventListener('change', save);
    window.addEventListener('online', function () {
      if (failed) {
        if (retryTimer !== null) {
          window.clearTimeout(retryTimer);
          retryTimer = null;
        }
        save();
      }
    });
    form.addEventListener('submit', function (event) {
      if (navigator.onLine === false) {
        // no connection: the browser would show its own error page and the respondent might
        // leave the site; keep the page and say what to do
        event.preventDefault();
        show('data-offline');
        failed = true;
        return;
      }
      var button = document.getElementById('survey-submit');
      if (event.submitter === button) {
        window.setTimeout(function () { button.disabled = true; }, 0);
      }
    });
  });
})();
