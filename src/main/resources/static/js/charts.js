// Renders the charts of a page from the JSON in their data-chart attribute (no inline script).
// Tooltips are drawn on the canvas (renderMode 'richText'): ECharts' HTML tooltips carry inline
// style attributes, which the Content Security Policy (style-src 'self') refuses.
// Area names are never cut short: each is wrapped here, between words, over as many lines as it
// needs in a label column sized to the chart's width (a phone's too), and the chart grows to give
// every bar its lines. (ECharts' own wrapping takes a Vietnamese letter such as "ổ" for a letter of
// a script without spaces and breaks words there.)
document.addEventListener('DOMContentLoaded', function () {
  if (typeof echarts === 'undefined') {
    return;
  }
  var FONT_SIZE = 12;
  var LINE_HEIGHT = 15;
  var measure = document.createElement('canvas').getContext('2d');
  measure.font = FONT_SIZE + 'px sans-serif';

  // A name's lines, broken between words, each at most width wide (a longer word alone).
  function wrap(name, width) {
    var lines = [];
    var line = '';
    name.split(' ').forEach(function (word) {
      var longer = (line === '') ? word : line + ' ' + word;
      if (line !== '' && measure.measureText(longer).width > width) {
        lines.push(line);
        line = word;
      }
      else {
        line = longer;
      }
    });
    lines.push(line);
    return lines;
  }

  // The names as drawn and the chart's height, for the element's width.
  function layout(element, categories) {
    var labelWidth = Math.max(96, Math.min(260, Math.round(element.clientWidth * 0.4)));
    var labels = {};
    var most = 1;
    categories.forEach(function (name) {
      var lines = wrap(name, labelWidth - 16);
      labels[name] = lines.join('\n');
      most = Math.max(most, lines.length);
    });
    // every bar has a band of the same height: the height of the longest name
    return {
      height: 72 + categories.length * Math.max(32, most * LINE_HEIGHT + 12),
      axisLabel: {
        // a word wider than the column alone still breaks rather than overflow
        width: labelWidth,
        overflow: 'break',
        lineHeight: LINE_HEIGHT,
        fontSize: FONT_SIZE,
        formatter: function (name) { return labels[name]; }
      }
    };
  }

  document.querySelectorAll('#area-chart[data-chart]').forEach(function (element) {
    var data = JSON.parse(element.getAttribute('data-chart'));
    var format = function (value) {
      return Number(value).toFixed(2).replace('.', data.decimalSeparator);
    };
    var size = layout(element, data.categories);
    // CSSOM, which the Content Security Policy allows (unlike a style attribute)
    element.style.height = size.height + 'px';
    var chart = echarts.init(element);
    chart.setOption({
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, renderMode: 'richText', valueFormatter: format },
      legend: { top: 0 },
      grid: { left: 8, right: 24, top: 32, bottom: 8, containLabel: true },
      xAxis: { type: 'value', axisLabel: { formatter: function (value) { return String(value).replace('.', data.decimalSeparator); } } },
      yAxis: { type: 'category', inverse: true, data: data.categories, axisLabel: size.axisLabel },
      series: [
        { name: data.achievedLabel, type: 'bar', stack: 'points', data: data.achieved, itemStyle: { color: '#1f4e79' } },
        { name: data.lostLabel, type: 'bar', stack: 'points', data: data.lost, itemStyle: { color: '#e0a526' } }
      ]
    });
    if (window.ParIndexChartPrint) {
      window.ParIndexChartPrint.keep(chart, element);
    }
    var redraw = function () {
      if (element.offsetWidth === 0) {
        return; // hidden (on paper): its picture stands in for it
      }
      var resized = layout(element, data.categories);
      element.style.height = resized.height + 'px';
      chart.setOption({ yAxis: { axisLabel: resized.axisLabel } });
      chart.resize();
    };
    window.addEventListener('resize', redraw);
    // on paper its picture is printed instead (chart-print.js): redrawing it for print would
    // draw it into a hidden box
  });
});
