// The attempt page: each answer is kept in the browser (localStorage, by the attempt's token)
// and saved on the server as it is given (one POST per answer; the server's save is
// idempotent); the prediction as it is typed, once typing pauses, and at once when the
// page is left. After a reload or a lost connection the answers kept in the browser are put
// back and sent again. The timer counts to the server's end time, corrected by the server's
// clock at the page's load (like contest-countdown.js); at zero the form is submitted, which
// the server still counts within its grace period. Without scripts the form's one submit
// sends every answer and the prediction.
(function () {
  'use strict';
  document.addEventListener('DOMContentLoaded', function () {
    var form = document.getElementById('attempt-form');
    if (form === null) {
      return;
    }
    var url = form.getAttribute('data-save-url');
    var key = 'parindex.attempt.' + form.getAttribute('data-attempt');
    var status = document.getElementById('attempt-save-status');
    var csrf = form.querySelector('input[name="_csrf"]');
    var kept = {};
    try { kept = JSON.parse(window.localStorage.getItem(key) || '{}'); } catch (e) { kept = {}; }
    var pending = {};

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
    function send(name) {
      var body = new URLSearchParams();
      if (csrf !== null) { body.append('_csrf', csrf.value); }
      if (name === 'prediction') {
        body.append('prediction', kept.prediction || '');
      } else {
        body.append('question', name.substring(1));
        (kept[name] || []).forEach(function (v) { body.append('option', v); });
      }
      pending[name] = true;
      return fetch(url, { method: 'POST', body: body, credentials: 'same-origin',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'Accept': 'application/json' } })
        .then(function (response) {
          return response.json().then(function (answer) {
            if (response.ok) {
              delete pending[name];
              status.textContent = status.getAttribute('data-saved');
            } else {
              delete pending[name];
              status.textContent = answer.message || '';
            }
          });
        })
        .catch(function () {
          status.textContent = status.getAttribute('data-offline');
        });
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
      send(name);
    });
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
    window.addEventListener('online', function () {
      Object.keys(pending).forEach(send);
    });
    // leaving the page (closed, reloaded, sent to the background on a phone) before the
    // pause: the prediction typed last is sent at once, by a beacon that outlives the page
    function leave() {
      if (predictionTimer === null) { return; }
      window.clearTimeout(predictionTimer);
      predictionTimer = null;
      predictionSent = kept.prediction;
      var body = new URLSearchParams();
      if (csrf !== null) { body.append('_csrf', csrf.value); }
      body.append('prediction', kept.prediction || '');
      if (!(navigator.sendBeacon && navigator.sendBeacon(url, body))) { send('prediction'); }
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
        link.className = 'd-inline-block py-2 px-1';
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
  });
})();
