// The result's page is also the answer to the submission itself (POST …/nop answers with
// it, not with a redirect: one request fewer). Its address is then the submission's: the
// page puts the result's own address (data-result-url) in its place in the history, so that
// a reload or a bookmark reads the result instead of sending the submission again (which
// would get the same result, the submission being idempotent, after the browser's warning).
(function () {
  'use strict';
  var result = document.getElementById('result');
  var address = result !== null ? result.getAttribute('data-result-url') : null;
  if (address && window.history && window.history.replaceState && window.location.pathname !== address) {
    window.history.replaceState(null, '', address);
  }
})();
