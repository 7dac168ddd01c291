// A page shown in answer to a form (a refusal listing what to correct, a question asked
// again) is at the address the form was sent to: reloading it would send the form again,
// and the address names no page. The address bar is set to the page the form was on
// (data-page-address, from the request's Referer), so that reloading or bookmarking opens
// that page (issue 9, walk #6). What was typed stays on the screen; without JavaScript the
// browser keeps the form's address, as before.
(function () {
  'use strict';
  var marker = document.getElementById('page-address');
  if (marker === null || !window.history || !window.history.replaceState) {
    return;
  }
  var address = marker.getAttribute('data-page-address');
  if (address && address.charAt(0) === '/' && address.charAt(1) !== '/') {
    window.history.replaceState(window.history.state, '', address);
  }
})();
