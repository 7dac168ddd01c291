// The contest page's countdown: the server writes the time left; this script keeps it
// running each second. The device's clock may be wrong, so the time left is counted from the
// server's clock at the page's load (data-server-now) plus the time elapsed since. At zero the
// page reloads once, so that the status (open, closed) comes from the server again.
(function () {
  'use strict';
  document.addEventListener('DOMContentLoaded', function () {
    var node = document.getElementById('countdown');
    if (node === null) {
      return;
    }
    var target = Number(node.getAttribute('data-target'));
    var offset = Number(node.getAttribute('data-server-now')) - Date.now();
    var daysPattern = node.getAttribute('data-days');
    var clockPattern = node.getAttribute('data-clock');
    function pad(n) { return n < 10 ? '0' + n : String(n); }
    function fill(pattern, values) {
      return pattern.replace(/\{(\d)\}/g, function (all, i) { return values[Number(i)]; });
    }
    // the ticking text is not announced (aria-live off); a screen reader hears the time
    // left once as it crosses a threshold (1 day, 1 hour, 10 minutes, 1 minute), in a
    // status region of its own
    var announcement = document.getElementById('countdown-announcement');
    var label = document.getElementById('countdown-label');
    var THRESHOLDS = [86400, 3600, 600, 60];
    var announced = null;
    function announce(left, text) {
      if (announcement === null) { return; }
      var crossed = null;
      THRESHOLDS.forEach(function (t) { if (left <= t) { crossed = t; } });
      if (announced === null) { announced = crossed; return; }
      if (crossed !== null && crossed !== announced) {
        announced = crossed;
        announcement.textContent = fill(node.getAttribute('data-announce'),
          [label !== null ? label.textContent : '', text]);
      }
    }
    function tick() {
      var left = Math.max(0, Math.floor((target - (Date.now() + offset)) / 1000));
      var clock = fill(clockPattern, [pad(Math.floor(left / 3600) % 24), pad(Math.floor(left / 60) % 60), pad(left % 60)]);
      var days = Math.floor(left / 86400);
      node.textContent = days > 0 ? fill(daysPattern, [String(days), clock]) : clock;
      announce(left, node.textContent);
      if (left === 0) {
        window.clearInterval(timer);
        window.setTimeout(function () { window.location.reload(); }, 1500);
      }
    }
    var timer = window.setInterval(tick, 1000);
  });
})();
