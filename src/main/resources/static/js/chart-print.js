// Charts on paper (issue 9, walk #6): an ECharts chart is drawn in pixels for the width it had
// on screen, and a print dialog may lay the page out at any paper width and orientation
// without running a script (a landscape chart printed on a portrait page reached past the
// paper's edge). Each chart therefore keeps a picture of itself beside it, refreshed whenever
// it is drawn; the print stylesheet hides the live chart and prints the picture at the width
// of its column, so it shrinks with the paper like any image. The figures stay readable in
// the data table under each chart.
window.ParIndexChartPrint = {
  keep: function (chart, element) {
    var picture = document.createElement('img');
    picture.className = 'chart-print-picture';
    picture.alt = '';
    picture.setAttribute('aria-hidden', 'true');
    element.parentNode.insertBefore(picture, element.nextSibling);
    element.classList.add('has-print-picture');
    var refresh = function () {
      picture.src = chart.getDataURL({ type: 'png', pixelRatio: 2, backgroundColor: '#fff' });
    };
    chart.on('finished', refresh);
    refresh();
  }
};
