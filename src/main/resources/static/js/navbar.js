// The header's menu on narrow screens: the toggler button opens and closes it (Bootstrap's
// collapse styles, without Bootstrap's script). Without JavaScript the menu stays open.
(function () {
  'use strict';
  document.documentElement.classList.add('js');
  document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('[data-app-menu-toggle]').forEach(function (button) {
      var menu = document.getElementById(button.getAttribute('aria-controls'));
      if (menu === null) {
        return;
      }
      button.addEventListener('click', function () {
        var open = menu.classList.toggle('show');
        button.setAttribute('aria-expanded', open ? 'true' : 'false');
      });
      document.addEventListener('keydown', function (event) {
        if (event.key === 'Escape' && menu.classList.contains('show')) {
          menu.classList.remove('show');
          button.setAttribute('aria-expanded', 'false');
          button.focus();
        }
      });
    });
  });
})();
