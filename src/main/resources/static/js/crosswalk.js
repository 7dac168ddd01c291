// The crosswalk's list of the previous year's criteria helps with every code of a field, not
// only the first: a browser matches a datalist against the whole field, so after "8.4.1, " it
// offered nothing (walk of issue 12). While a field is typed in, each option's value becomes
// what is typed up to its last comma or semicolon followed by the option's code
// (data-code), so that "8.4.1, 8.4" offers "8.4.1, 8.4.2" and picking it keeps the first code.
(function () {
  'use strict';
  var list = document.getElementById('crosswalk-previous');
  if (list === null) {
    return;
  }

  function before(value) {
    var at = Math.max(value.lastIndexOf(','), value.lastIndexOf(';'));
    return at < 0 ? '' : value.slice(0, at + 1).replace(/\s+$/, '') + ' ';
  }

  function offer(input) {
    var typed = before(input.value);
    list.querySelectorAll('option[data-code]').forEach(function (option) {
      option.value = typed + option.getAttribute('data-code');
    });
  }

  function choice(event) {
    var input = event.target;
    if (input instanceof HTMLInputElement && input.classList.contains('crosswalk-choice')) {
      offer(input);
    }
  }

  document.addEventListener('input', choice);
  document.addEventListener('focusin', choice);
}());
