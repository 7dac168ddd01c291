// A form that changes something is sent once: a second click (a double click on "Phát mã", an
// impatient click while the answer loads) is ignored while the first post is on its way, so it never
// issues, adds or sends the thing twice (issue 10, third walk, #1). The server keeps its own guards
// where a duplicate would cost most (an invitation batch carries a request key); this covers every
// other form. A form whose submit another script stopped (a check that refused, a question asked
// first) is not marked; a page brought back by the browser's Back button is released. A form marked
// data-submit-again (one that downloads a file and leaves the page as it was) is never held. While
// held, the form carries aria-busy="true" and data-submitting, which the style sheet shows.
(function () {
  'use strict';

  function held(form) {
    return form.hasAttribute('data-submitting');
  }

  function release() {
    document.querySelectorAll('form[data-submitting]').forEach(function (form) {
      form.removeAttribute('data-submitting');
      form.removeAttribute('aria-busy');
    });
  }

  document.addEventListener('submit', function (event) {
    var form = event.target;
    if (!(form instanceof HTMLFormElement) || (form.getAttribute('method') || 'get').toLowerCase() !== 'post'
        || form.hasAttribute('data-submit-again') || (form.target && form.target !== '_self')) {
      return;
    }
    if (held(form)) {
      event.preventDefault();
      return;
    }
    // after every listener has run: a post another script stopped leaves the form free
    window.setTimeout(function () {
      if (!event.defaultPrevented) {
        form.setAttribute('data-submitting', '');
        form.setAttribute('aria-busy', 'true');
      }
    }, 0);
  });

  window.addEventListener('pageshow', function (event) {
    if (event.persisted) {
      release();
    }
  });
}());
