// The public survey form keeps the answers as they are chosen: on each change the form is
// posted to its draft address (with its CSRF token), so a reload or a lost connection resumes
// where the respondent was. Without JavaScript the "save" button posts the same. Sending twice
// is harmless (the server stores one response per code); the button is disabled after a tap.
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
    function save() {
      var body = new URLSearchParams(new FormData(form));
      fetch(url, { method: 'POST', body: body, credentials: 'same-origin',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded' } })
        .then(function (response) {
          status.textContent = status.getAttribute(response.ok ? 'data-saved' : 'data-failed');
        })
        .catch(function () {
          status.textContent = status.getAttribute('data-failed');
        });
    }
    form.addEventListener('change', save);
    form.addEventListener('submit', function (event) {
      var button = document.getElementById('survey-submit');
      if (event.submitter === button) {
        window.setTimeout(function () { button.disabled = true; }, 0);
      }
    });
  });
})();
