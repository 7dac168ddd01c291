// Keyboard-only entry of paper questionnaires (/admin/survey/forms/{id}/paper; docs/workflow.md,
// "Nhập phiếu giấy"). Without this script the page is a plain form that posts and reloads.
//   the sheet number: Enter moves to the first question
//   an answer: one key, the option's label (any case) or its position 1-9, or 0 / - for a blank;
//     the focus then moves to the next question (after the last: the save button); Backspace
//     clears and goes back; a key the question does not accept is refused with the page's message
//   Enter saves: the sheet is posted in the background and the page's main part replaced by the
//     server's answer, so the next empty sheet is ready at once with the unit kept (the server
//     checks everything again and says what is wrong, keeping what was typed)
// No inline script: the options and messages come from data attributes (data-labels,
// data-invalid on each answer; data-missing on the form; data-focus on #paper-entry).
(function () {
  'use strict';

  var busy = false;

  function answers(form) {
    return Array.prototype.slice.call(form.querySelectorAll('input.paper-answer'));
  }

  function say(text) {
    var live = document.getElementById('paper-live');
    if (live) {
      live.textContent = text;
    }
  }

  function decode(input, key) {
    var labels = (input.getAttribute('data-labels') || '').split(' ').filter(Boolean);
    for (var i = 0; i < labels.length; i++) {
      if (labels[i].toLowerCase() === key.toLowerCase()) {
        return labels[i];
      }
    }
    if (/^[1-9]$/.test(key) && Number(key) <= labels.length) {
      return labels[Number(key) - 1];
    }
    if (key === '0' || key === '-') {
      return '-';
    }
    return null;
  }

  function next(form, input) {
    var list = answers(form);
    var index = list.indexOf(input);
    if (index >= 0 && index + 1 < list.length) {
      list[index + 1].focus();
    } else {
      document.getElementById('paper-save').focus();
    }
  }

  function previous(form, input) {
    var list = answers(form);
    var index = list.indexOf(input);
    if (index > 0) {
      list[index - 1].focus();
    } else {
      document.getElementById('paper-sheet').focus();
    }
  }

  function save(form) {
    var missing = answers(form).filter(function (input) {
      return input.value.trim() === '';
    });
    if (missing.length > 0) {
      say((form.getAttribute('data-missing') || '').replace('%1', missing[0].id.replace('paper-a-', '')));
      missing[0].classList.add('is-invalid');
      missing[0].focus();
      return;
    }
    if (busy || !window.fetch || !window.DOMParser) {
      if (!busy) {
        form.submit();
      }
      return;
    }
    busy = true;
    fetch(form.action, {
      method: 'POST',
      body: new URLSearchParams(new FormData(form)),
      headers: { 'Accept': 'text/html' },
      credentials: 'same-origin'
    }).then(function (response) {
      if (!response.ok && response.status !== 400) {
        throw new Error('status ' + response.status);
      }
      return response.text().then(function (html) {
        var page = new DOMParser().parseFromString(html, 'text/html');
        var fresh = page.querySelector('main');
        var current = document.querySelector('main');
        if (!fresh || !page.getElementById('paper-entry') || !current) {
          window.location.assign(response.url);
          return;
        }
        current.replaceWith(document.adoptNode(fresh));
        busy = false;
        start();
      });
    }).catch(function () {
      busy = false;
      form.submit();
    });
  }

  function start() {
    var form = document.getElementById('paper-form');
    if (!form) {
      return;
    }
    var sheet = document.getElementById('paper-sheet');
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      save(form);
    });
    sheet.addEventListener('keydown', function (event) {
      if (event.key === 'Enter') {
        event.preventDefault();
        if (sheet.value.trim() !== '') {
          answers(form)[0].focus();
        }
      }
    });
    answers(form).forEach(function (input) {
      input.addEventListener('focus', function () {
        input.select();
      });
      input.addEventListener('keydown', function (event) {
        if (event.ctrlKey || event.altKey || event.metaKey || event.key === 'Tab') {
          return;
        }
        if (event.key === 'Enter') {
          event.preventDefault();
          save(form);
          return;
        }
        if (event.key === 'Backspace') {
          event.preventDefault();
          if (input.value === '') {
            previous(form, input);
          } else {
            input.value = '';
          }
          return;
        }
        if (event.key.length !== 1) {
          return;
        }
        event.preventDefault();
        var label = decode(input, event.key);
        if (label === null) {
          input.classList.add('is-invalid');
          say(input.getAttribute('data-invalid') || '');
          return;
        }
        input.value = label;
        input.classList.remove('is-invalid');
        say('');
        next(form, input);
      });
    });
    var entry = document.getElementById('paper-entry');
    var focus = entry && entry.getAttribute('data-focus');
    var target = (focus && document.getElementById(focus)) || sheet;
    target.focus();
    if (target === sheet) {
      sheet.select();
    }
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
}());
