// Renders the charts of a page from the JSON in their data-chart attribute (no inline script).
// Tooltips are drawn on the canvas (renderMode 'richText'): ECharts' HTML tooltips carry inline
// style attributes, which the Content Security Policy (style-src 'self') refuses.
document.addEventListener('DOMContentLoaded', function () {
  if (typeof echarts === 'undefined') {
    return;
  }
  document.querySelectorAll('#area-chart[data-chart]').forEach(function (element) {
    var data = JSON.parse(element.getAttribute('data-chart'));
    var format = function (value) {
      return Number(value).toFixed(2).replace('.', data.decimalSeparator);
    };
    var chart = echarts.init(element);
    chart.setOption({
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, renderMode: 'richText', valueFormatter: format },
      legend: { top: 0 },
      grid: { left: 8, right: 24, top: 32, bottom: 8, containLabel: true },
      xAxis: { type: 'value', axisLabel: { formatter: function (value) { return String(value).replace('.', data.decimalSeparator); } } },
      yAxis: {
        type: 'category',
        inverse: true,
        data: data.categories,
        axisLabel: { width: 220, overflow: 'truncate' }
      },
      series: [
        { name: data.achievedLabel, type: 'bar', stack: 'points', data: data.achieved, itemStyle: { color: '#1f4e79' } },
        { name: data.lostLabel, type: 'bar', stack: 'points', data: data.lost, itemStyle: { color: '#e0a526' } }
      ]
    });
    window.addEventListener('resize', function () { chart.resize(); });
  });
});
