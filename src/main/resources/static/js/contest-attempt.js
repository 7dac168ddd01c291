// The attempt page: each answer is kept in the browser (localStorage, by the attempt's token)
// and saved on the server as it is given, in batches: at most one save is on its way at a
// time, and the answers given meanwhile go together in the next one (q<n>=position...,
// prediction; the server's save is idempotent, so a batch sent twice is harmless). A save
// that fails on the way is tried again after RETRY ms, when the browser is back online, or
// with the next answer; one refused by the server (409: submitted, too late) is not. The
// prediction is saved as it is typed, once typing pauses. When the page is left or hidden,
// what is not yet saved goes at once by a beacon that outlives the page. After a reload or
// a lost connection the answers kept in the browser are put back and sent again. The timer counts to the server's end time, corrected by the server's
// clock at the page's load (like contest-countdown.js); at zero the form is submitted, which
// the server still counts within its grace period. Without scripts the form's one submit
// sends every answer and the prediction.
//
// The page comes without its questions (a small page, docs/contest.md "The attempt page"):
// they are fetched as JSON (data-questions-url: each question's number, text, whether
// several options may be chosen, its options in the drawn order, and the answers saved)
// and laid out as the server lays them out on the whole page (/trang, linked for browsers
// without scripts), text set as text, never as markup. Until they are in, the form stays
// hidden; a failed fetch is said and tried again every RETRY ms; a submitted attempt goes
// to its result.
(function () {
  'use strict';
  var RETRY = 5000;
  // a message pattern with {0}, {1}... (rendered by the server with those as its arguments)
  function format(pattern, values) {
    return pattern.replace(/\{(\d)\}/g, function (all, i) { return String(values[Number(i)]); });
  }
  function layOut(container, data) {
    var question = container.getAttribute('data-question');
    var option = container.getAttribute('data-option');
    var multiple = container.getAttribute('data-multiple');
    data.questions.forEach(function (q) {
      var chosen = data.chosen[String(q.number)] || [];
      var fieldset = document.createElement('fieldset');
      fieldset.className = 'mb-4';
      fieldset.id = 'question-' + q.number;
      var legend = document.createElement('legend');
      legend.className = 'fs-6 fw-semibold';
      legend.textContent = format(question, [q.number, q.text]);
      fieldset.appendChild(legend);
      if (q.multiple) {
        var hint = document.createElement('p');
        hint.className = 'small text-body-secondary';
        hint.textContent = multiple;
        fieldset.appendChild(hint);
      }
      q.options.forEach(function (o) {
        var id = 'q' + q.number + '-' + o.position;
        var label = document.createElement('label');
        label.className = 'contest-choice';
        label.htmlFor = id;
        var input = document.createElement('input');
        input.className = 'form-check-input';
        input.type = q.multiple ? 'checkbox' : 'radio';
        input.name = 'q' + q.number;
        input.value = String(o.position);
        input.id = id;
        input.checked = chosen.indexOf(o.position) >= 0;
        var text = document.createElement('span');
        text.textContent = format(option, [o.letter, o.text]);
        label.appendChild(input);
        label.appendChild(text);
        fieldset.appendChild(label);
      });
      container.appendChild(fieldset);
    });
  }
  function load(form, ready) {
    var source = form.getAttribute('data-questions-url');
    var loading = document.getElementById('attempt-loading');
    var failed = document.getElementById('attempt-load-failed');
    loading.textContent = loading.getAttribute('data-loading');
    fetch(source, { credentials: 'same-origin', headers: { 'Accept': 'application/json' } })
      .then(function (response) {
        if (response.status === 409) {
          window.location.replace(form.getAttribute('data-result-url'));
          return null;
        }
        if (!response.ok) { throw new Error(String(response.status)); }
        return response.json();
      })
      .then(function (data) {
        if (data === null) { return; }
        layOut(document.getElementById('attempt-questions'), data);
        loading.textContent = '';
        loading.hidden = true;
        failed.hidden = true;
        form.hidden = false;
        ready(form);
      })
      .catch(function () {
        loading.textContent = loading.getAttribute('data-failed');
        failed.hidden = false;
        window.setTimeout(function () { load(form, ready); }, RETRY);
      });
  }
  document.addEventListener('DOMContentLoaded', function () {
    var form = document.getElementById('attempt-form');
    if (form === null) {
      return;
    }
    if (form.hasAttribute('data-questions-url')) {
      load(form, ready);
    } else {
      ready(form);
    }
  });
  function ready(form) {
    var url = form.getAttribute('data-save-url');
    var key = 'parindex.attempt.' + form.getAttribute('data-attempt');
    var status = document.getElementById('attempt-save-status');
    var csrf = form.querySelector('input[name="_csrf"]');
    var kept = {};
    try { kept = JSON.parse(window.localStorage.getItem(key) || '{}'); } catch (e) { kept = {}; }
    // names (q<n>, prediction) given since their last save was sent, and those of the save
    // on its way (null: none)
    var dirty = {};
    var inFlight = null;
    var retryTimer = null;

    function keep() {
      try { window.localStorage.setItem(key, JSON.stringify(kept)); } catch (e) { /* storage full or off */ }
    }
    function chosen(name) {
      var values = [];
      form.querySelectorAll('input[name="' + name + '"]').forEach(function (input) {
        if (input.checked) { values.push(input.value); }
      });
      return values;
    }
    function batch(names) {
      var body = new URLSearchParams();
      if (csrf !== null) { body.append('_csrf', csrf.value); }
      names.forEach(function (name) {
        if (name === 'prediction') {
          // a prediction the server would refuse is not sent: it would refuse the whole batch
          if (readable(kept.prediction)) { body.append('prediction', kept.prediction || ''); }
        } else if ((kept[name] || []).length === 0) {
          body.append(name, '');
        } else {
          kept[name].forEach(function (v) { body.append(name, v); });
        }
      });
      return body;
    }
    function flush() {
      if (inFlight !== null) { return; }
      var names = Object.keys(dirty);
      if (names.length === 0) { return; }
      if (retryTimer !== null) { window.clearTimeout(retryTimer); retryTimer = null; }
      dirty = {};
      inFlight = names;
      fetch(url, { method: 'POST', body: batch(names), credentials: 'same-origin',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'Accept': 'application/json' } })
        .then(function (response) {
          return response.json().then(function (answer) {
            // saved, or refused by the server (not tried again: it would be refused again);
            // a refused prediction is said next to its field, not in the timer bar
            if (answer.field === 'prediction') {
              predictionProblem(answer.message || '');
              status.textContent = '';
            } else if (response.ok && !readable(kept.prediction)) {
              // the answers are saved, the prediction shown refused is not: no "saved" beside it
              status.textContent = '';
            } else {
              status.textContent = response.ok ? status.getAttribute('data-saved') : (answer.message || '');
            }
            if (response.ok && names.indexOf('prediction') >= 0) { predictionProblem(null); }
            if (!response.ok && names.length > 1 && names.indexOf('prediction') >= 0) {
              // the batch is refused whole: if the prediction typed was what was refused
              // (not a number, too large), the answers go again without it
              names.forEach(function (name) { if (name !== 'prediction') { dirty[name] = true; } });
            }
            inFlight = null;
            flush();
          });
        })
        .catch(function () {
          status.textContent = status.getAttribute('data-offline');
          names.forEach(function (name) { dirty[name] = true; });
          inFlight = null;
          if (retryTimer === null) {
            retryTimer = window.setTimeout(function () { retryTimer = null; flush(); }, RETRY);
          }
        });
    }
    // whether the server reads a typed prediction (DecimalInput.parseWhole): empty, or a
    // whole number of at most 12 digits, plain or with spaces, or with dots grouping
    // thousands in threes (1.000 or 1000); a decimal (1.5, 2,5) is not read
    function readable(typed) {
      var plain = (typed || '').replace(/[\s\u00a0\u202f]/g, '');
      return plain === '' || /^[0-9]{1,12}$/.test(plain) || /^[0-9]{1,3}(\.[0-9]{3}){1,3}$/.test(plain);
    }
    // the prediction field's message (null: none), as the server writes it after a refused
    // submission: the field marked invalid and described by the message below it
    function predictionProblem(message) {
      var field = document.getElementById('prediction');
      if (field === null) { return; }
      var box = document.getElementById('prediction-problem');
      if (message === null) {
        field.classList.remove('is-invalid');
        field.removeAttribute('aria-invalid');
        field.removeAttribute('aria-describedby');
        if (box !== null) { box.remove(); }
        return;
      }
      if (box === null) {
        box = document.createElement('div');
        box.id = 'prediction-problem';
        box.className = 'invalid-feedback d-block';
        box.setAttribute('role', 'alert');
        field.insertAdjacentElement('afterend', box);
      }
      box.textContent = message;
      field.classList.add('is-invalid');
      field.setAttribute('aria-invalid', 'true');
      field.setAttribute('aria-describedby', 'prediction-problem');
    }
    function send(name) {
      dirty[name] = true;
      flush();
    }
    // put back what the browser kept, and send it again (the server may have missed it)
    Object.keys(kept).forEach(function (name) {
      if (name === 'prediction') {
        var field = document.getElementById('prediction');
        if (field !== null) { field.value = kept.prediction; }
      } else {
        form.querySelectorAll('input[name="' + name + '"]').forEach(function (input) {
          input.checked = kept[name].indexOf(input.value) >= 0;
        });
      }
      dirty[name] = true;
    });
    flush();
    // the prediction is kept in the browser at each keystroke and saved on the server
    // once typing pauses (PREDICTION_PAUSE ms), not only when the field loses focus: a
    // participant who types it and submits at once, or loses the connection, keeps it
    var PREDICTION_PAUSE = 600;
    var predictionTimer = null;
    // the prediction last sent: leaving the field (its change event, e.g. when the submit
    // button is tapped) sends it again only if it differs
    var predictionSent = kept.prediction;
    function sendPrediction() {
      predictionSent = kept.prediction;
      var field = document.getElementById('prediction');
      if (!readable(kept.prediction)) {
        // said at once next to the field, as the server would say it (walk #18), and
        // not "saved" in the timer bar, since it is not (walk of 2026-12-04)
        predictionProblem(field !== null ? field.getAttribute('data-invalid') : '');
        status.textContent = '';
        return;
      }
      predictionProblem(null);
      send('prediction');
    }
    function flushPrediction() {
      if (predictionTimer !== null) {
        window.clearTimeout(predictionTimer);
        predictionTimer = null;
        sendPrediction();
      }
    }
    form.addEventListener('input', function (event) {
      if (event.target.name !== 'prediction') { return; }
      kept.prediction = event.target.value;
      keep();
      if (predictionTimer !== null) { window.clearTimeout(predictionTimer); }
      predictionTimer = window.setTimeout(flushPrediction, PREDICTION_PAUSE);
    });
    form.addEventListener('change', function (event) {
      var name = event.target.name;
      if (!name) { return; }
      if (name === 'prediction') {
        kept.prediction = event.target.value;
        keep();
        if (predictionTimer !== null) { window.clearTimeout(predictionTimer); predictionTimer = null; }
        if (kept.prediction !== predictionSent) { sendPrediction(); }
        return;
      }
      kept[name] = chosen(name);
      keep();
      send(name);
    });
    window.addEventListener('online', flush);
    // leaving the page (closed, reloaded, sent to the background on a phone): what is not
    // yet saved (the prediction typed last before its pause, answers given since the last
    // save, the save on its way, which the page's end may cut) is sent at once, by a beacon
    // that outlives the page
    function leave() {
      if (predictionTimer !== null) {
        window.clearTimeout(predictionTimer);
        predictionTimer = null;
        predictionSent = kept.prediction;
        dirty.prediction = true;
      }
      var names = Object.keys(dirty).concat((inFlight || []).filter(function (n) { return !dirty[n]; }));
      if (names.length === 0) { return; }
      if (navigator.sendBeacon && navigator.sendBeacon(url, batch(names))) {
        dirty = {};
      } else {
        flush();
      }
    }
    window.addEventListener('pagehide', leave);
    document.addEventListener('visibilitychange', function () {
      if (document.visibilityState === 'hidden') { leave(); }
    });
    // walk #19: "Nộp bài" with questions unanswered and time left asks first, here on the
    // page (the server asks too when scripts are off); the confirmation's own button, and
    // the submission at the time limit, carry "confirmed" and are never asked
    var confirmBox = document.getElementById('attempt-confirm-inline');
    function unansweredNumbers() {
      var numbers = [];
      form.querySelectorAll('fieldset[id^="question-"]').forEach(function (fieldset) {
        if (fieldset.querySelector('input:checked') === null) {
          numbers.push(fieldset.id.substring('question-'.length));
        }
      });
      return numbers;
    }
    function confirmBeforeSubmit(event) {
      if (confirmBox === null || form.querySelector('input[name="confirmed"]') !== null
          || (event.submitter && event.submitter.name === 'confirmed')) {
        return;
      }
      var left = unansweredNumbers();
      if (left.length === 0) { return; }
      event.preventDefault();
      event.stopImmediatePropagation();
      var text = confirmBox.querySelector('[data-count="' + left.length + '"]');
      document.getElementById('attempt-confirm-inline-question').textContent = text.textContent;
      var links = document.getElementById('attempt-confirm-inline-links');
      links.textContent = '';
      left.forEach(function (n) {
        var item = document.createElement('li');
        item.className = 'list-inline-item';
        var link = document.createElement('a');
        link.className = 'alert-link d-inline-block py-2 px-1';
        link.href = '#question-' + n;
        link.textContent = confirmBox.querySelector('[data-count="' + n + '"]').getAttribute('data-link');
        item.appendChild(link);
        links.appendChild(item);
      });
      confirmBox.hidden = false;
      confirmBox.focus();
    }
    form.addEventListener('submit', confirmBeforeSubmit);
    if (confirmBox !== null) {
      document.getElementById('attempt-confirm-back').addEventListener('click', function () {
        confirmBox.hidden = true;
        var first = unansweredNumbers()[0];
        var input = first && document.querySelector('#question-' + first + ' input');
        if (input) { input.focus(); }
      });
    }
    function submitAtTimeLimit() {
      var flag = document.createElement('input');
      flag.type = 'hidden';
      flag.name = 'confirmed';
      flag.value = 'time-limit';
      form.appendChild(flag);
      form.requestSubmit ? form.requestSubmit() : form.submit();
    }
    form.addEventListener('submit', function () {
      // the form itself carries the prediction as typed (field "prediction"): no save
      // still waiting is needed
      if (predictionTimer !== null) { window.clearTimeout(predictionTimer); predictionTimer = null; }
      try { window.localStorage.removeItem(key); } catch (e) { /* ignore */ }
    });

    var timer = document.getElementById('attempt-countdown');
    var target = Number(timer.getAttribute('data-target'));
    var offset = Number(timer.getAttribute('data-server-now')) - Date.now();
    var clockPattern = timer.getAttribute('data-clock');
    function pad(n) { return n < 10 ? '0' + n : String(n); }
    // the ticking timer is silent (aria-live off); the time left is said once as it
    // crosses 10, 5 and 1 minutes, in a status region of its own
    var timeAnnouncement = document.getElementById('attempt-time-announcement');
    var announcedAt = null;
    function announceTime(left) {
      if (timeAnnouncement === null) { return; }
      var crossed = null;
      [600, 300, 60].forEach(function (t) { if (left <= t) { crossed = t; } });
      if (announcedAt === null) { announcedAt = crossed === null ? 0 : crossed; return; }
      if (crossed !== null && crossed !== announcedAt) {
        announcedAt = crossed;
        timeAnnouncement.textContent = timeAnnouncement.getAttribute('data-announce').replace('{0}', timer.textContent);
      }
    }
    function tick() {
      var left = Math.max(0, Math.floor((target - (Date.now() + offset)) / 1000));
      timer.textContent = clockPattern.replace(/\{(\d)\}/g, function (all, i) {
        return [pad(Math.floor(left / 3600)), pad(Math.floor(left / 60) % 60), pad(left % 60)][Number(i)];
      });
      announceTime(left);
      if (left === 0) {
        window.clearInterval(interval);
        submitAtTimeLimit();
      }
    }
    var interval = window.setInterval(tick, 1000);
    tick();
  }
})();
