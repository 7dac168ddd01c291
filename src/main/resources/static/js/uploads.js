// Checks the files chosen in a form against the server's size limits before anything is sent, so that
// a file too large never costs the person what they typed (docs/security.md, Uploads). No inline script:
// the limits and the messages, in the page's language, come from data attributes.
//   <form data-upload-limit="bytes" data-upload-limit-message="…">   the most one post may carry
//   <input type="file" data-max-bytes="bytes" data-max-message="… %1 …">   the most per file (%1: its name)
// A file over a limit makes the input invalid (setCustomValidity), so the browser will not send the
// form, and the messages are shown above the form; a post over the total is stopped at submit.
(function () {
  'use strict';

  function tooLarge(input) {
    var max = Number(input.getAttribute('data-max-bytes'));
    var message = input.getAttribute('data-max-message') || '';
    var found = [];
    if (!max || !input.files) {
      return found;
    }
    Array.prototype.forEach.call(input.files, function (file) {
      if (file.size > max) {
        found.push(message.replace('%1', file.name));
      }
    });
    return found;
  }

  function check(form) {
    var messages = [];
    var total = 0;
    form.querySelectorAll('input[type="file"]').forEach(function (input) {
      var own = tooLarge(input);
      input.setCustomValidity(own.join(' '));
      messages = messages.concat(own);
      Array.prototype.forEach.call(input.files || [], function (file) {
        total += file.size;
      });
    });
    var limit = Number(form.getAttribute('data-upload-limit'));
    if (limit && total > limit) {
      messages.push(form.getAttribute('data-upload-limit-message') || '');
    }
    return messages;
  }

  function show(form, messages) {
    var box = form.previousElementSibling;
    if (!box || !box.hasAttribute('data-upload-errors')) {
      box = document.createElement('div');
      box.className = 'alert alert-danger';
      box.setAttribute('role', 'alert');
      box.setAttribute('data-upload-errors', '');
      box.tabIndex = -1;
      form.parentNode.insertBefore(box, form);
    }
    box.textContent = '';
    messages.forEach(function (text) {
      var line = document.createElement('p');
      line.className = 'mb-0';
      line.textContent = text;
      box.appendChild(line);
    });
    box.hidden = messages.length === 0;
    return box;
  }

  function limited(form) {
    return form instanceof HTMLFormElement && form.hasAttribute('data-upload-limit');
  }

  document.addEventListener('change', function (event) {
    var input = event.target;
    if (input instanceof HTMLInputElement && input.type === 'file' && limited(input.form)) {
      show(input.form, check(input.form));
    }
  });

  document.addEventListener('submit', function (event) {
    var form = event.target;
    if (!limited(form)) {
      return;
    }
    var messages = check(form);
    if (messages.length > 0) {
      event.preventDefault();
      show(form, messages).focus();
    }
  }, true);
}());
