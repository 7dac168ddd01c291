// The attempt page: each answer is kept in the browser (localStorage, by the attempt's token)
// and saved on the server as it is given (one POST per answer; the server's save is
// idempotent). After a reload or a lost connection the answers kept in the browser are put
// back and sent again. The timer counts to the server's end time, corrected by the server's
// clock at the page's load (like contest-countdown.js); at zero the form is submitted, which
// the server still counts within its grace period. Without scripts the form's one submit
// sends every answer.
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
    form.addEventListener('change', function (event) {
      var name = event.target.name;
      if (!name) { return; }
      kept[name] = (name === 'prediction') ? event.target.value : chosen(name);
      keep();
      send(name);
    });
    window.addEventListener('online', function () {
      Object.keys(pending).forEach(send);
    });
    form.addEventListener('submit', function () {
      try { window.localStorage.removeItem(key); } catch (e) { /* ignore */ }
    });

    var timer = document.getElementById('attempt-countdown');
    var target = Number(timer.getAttribute('data-target'));
    var offset = Number(timer.getAttribute('data-server-now')) - Date.now();
    var clockPattern = timer.getAttribute('data-clock');
    function pad(n) { return n < 10 ? '0' + n : String(n); }
    function tick() {
      var left = Math.max(0, Math.floor((target - (Date.now() + offset)) / 1000));
      timer.textContent = clockPattern.replace(/\{(\d)\}/g, function (all, i) {
        return [pad(Math.floor(left / 3600)), pad(Math.floor(left / 60) % 60), pad(left % 60)][Number(i)];
      });
      if (left === 0) {
        window.clearInterval(interval);
        form.requestSubmit ? form.requestSubmit() : form.submit();
      }
    }
    var interval = window.setInterval(tick, 1000);
    tick();
  });
})();
