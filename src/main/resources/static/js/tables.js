// Officers' wide tables (class table-stack) are one card per row on a phone (parindex.css):
// each cell is labelled there with its column's header, copied here into the cell's data-label
// attribute, which the stylesheet shows above the cell's figure; an empty cell is marked data-empty,
// which the stylesheet leaves out of the card. Attributes only, no inline
// style (the Content Security Policy refuses it). Without JavaScript the cards have no labels.
(function () {
  'use strict';
  document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('table.table-stack').forEach(function (table) {
      var headers = Array.prototype.map.call(table.querySelectorAll('thead th'), function (header) {
        return header.textContent.replace(/\s+/g, ' ').trim();
      });
      table.querySelectorAll('tbody tr').forEach(function (row) {
        Array.prototype.forEach.call(row.children, function (cell, column) {
          if (headers[column] && !cell.hasAttribute('data-label')) {
            cell.setAttribute('data-label', headers[column]);
          }
          // a cell with nothing in it is left out of the card, not shown as a bare caption
          if (cell.textContent.trim() === '' && !cell.querySelector('input, select, textarea, button, img, svg, canvas')) {
            cell.setAttribute('data-empty', '');
          }
        });
      });
    });
  });
})();
