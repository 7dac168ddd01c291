// The province dashboard's charts (ECharts), drawn from the JSON in #dashboard-data; the same
// figures are in the data tables under each chart, for screen readers and for copying.
// Tooltips are drawn on the canvas (renderMode 'richText'): the Content Security Policy refuses
// the inline styles of ECharts' HTML tooltips.
document.addEventListener('DOMContentLoaded', function () {
  var source = document.getElementById('dashboard-data');
  if (typeof echarts === 'undefined' || !source) {
    return;
  }
  var data = JSON.parse(source.getAttribute('data-chart'));
  var number = function (value, places) {
    return (value === null || value === undefined) ? '—' : Number(value).toFixed(places).replace('.', data.decimalSeparator);
  };
  var charts = [];
  function draw(id, height, option) {
    var element = document.getElementById(id);
    if (!element) {
      return null;
    }
    element.style.height = height + 'px';
    var chart = echarts.init(element);
    chart.setOption(option);
    charts.push(chart);
    return chart;
  }

  // the colour scale starts at the lowest cell (in tens), so that the weakest areas show red
  var lowest = data.heatmap.reduce(function (low, cell) { return Math.min(low, Number(cell[2])); }, 100);
  var scaleMin = Math.max(0, Math.floor(lowest / 10) * 10);
  draw('heatmap', 120 + data.units.length * 26, {
    tooltip: { renderMode: 'richText', formatter: function (p) {
      return data.units[p.value[1]] + '\n' + data.areas[p.value[0]] + ': ' + number(p.value[2], 1) + ' %';
    } },
    grid: { left: 8, right: 16, top: 8, bottom: 56, containLabel: true },
    xAxis: { type: 'category', data: data.areaCodes, splitArea: { show: true } },
    yAxis: { type: 'category', data: data.units, inverse: true, splitArea: { show: true } },
    visualMap: { min: scaleMin, max: 100, calculable: true, orient: 'horizontal', left: 'center', bottom: 0,
      inRange: { color: ['#b2182b', '#f7f7f7', '#2166ac'] } },
    series: [{ type: 'heatmap', data: data.heatmap, label: { show: true, fontSize: 10,
      formatter: function (p) { return number(p.value[2], 0); } } }]
  });

  draw('distribution', 300, {
    tooltip: { trigger: 'axis', renderMode: 'richText' },
    grid: { left: 8, right: 16, top: 16, bottom: 8, containLabel: true },
    xAxis: { type: 'category', data: data.bins, axisLabel: { rotate: 30 } },
    yAxis: { type: 'value', minInterval: 1, name: data.labels.units },
    series: [{ type: 'bar', data: data.binCounts, itemStyle: { color: '#1f4e79' } }]
  });

  draw('classes', 300, {
    tooltip: { trigger: 'axis', renderMode: 'richText' },
    grid: { left: 8, right: 16, top: 16, bottom: 8, containLabel: true },
    xAxis: { type: 'category', data: data.classes },
    yAxis: { type: 'value', minInterval: 1, name: data.labels.units },
    series: [{ type: 'bar', data: data.classCounts, itemStyle: { color: '#e0a526' } }]
  });

  draw('trend', 360, {
    tooltip: { trigger: 'axis', renderMode: 'richText', valueFormatter: function (v) { return number(v, 2); } },
    legend: { type: 'scroll', bottom: 0 },
    grid: { left: 8, right: 16, top: 16, bottom: 48, containLabel: true },
    xAxis: { type: 'category', data: data.years.map(String) },
    yAxis: { type: 'value', scale: true },
    series: data.trend.map(function (line) {
      return { name: line.name, type: 'line', data: line.values, connectNulls: false };
    })
  });

  var radar = draw('radar', 360, {});
  function showRadar(index) {
    if (!radar) {
      return;
    }
    radar.setOption({
      tooltip: { renderMode: 'richText' },
      legend: { bottom: 0 },
      radar: { indicator: data.areaCodes.map(function (code) { return { name: code, max: 100 }; }) },
      series: [{ type: 'radar', data: [
        { name: data.units[index], value: data.radar[index] },
        { name: data.labels.mean, value: data.mean }
      ] }]
    }, true);
  }
  var select = document.getElementById('radar-unit');
  if (select) {
    select.addEventListener('change', function () { showRadar(Number(select.value)); });
    showRadar(Number(select.value) || 0);
  }
  window.addEventListener('resize', function () {
    charts.forEach(function (chart) { chart.resize(); });
  });
});
