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
    if (window.ParIndexChartPrint) {
      window.ParIndexChartPrint.keep(chart, element);
    }
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

  // Bar charts of counts: upright on a wide screen; on a phone (under 576 px) lying down, so that
  // each category's name reads whole on one line beside its bar instead of being cut or tilted.
  function counts(id, categories, values, colour) {
    var element = document.getElementById(id);
    if (!element) {
      return;
    }
    var lying = element.clientWidth < 576;
    var categoryAxis = { type: 'category', data: categories, axisLabel: { interval: 0 } };
    var valueAxis = { type: 'value', minInterval: 1, name: data.labels.units };
    if (lying) {
      categoryAxis.inverse = true;
      valueAxis.nameLocation = 'middle';
      valueAxis.nameGap = 28;
    }
    else {
      // the axis' name above it, starting at its left, inside the chart
      valueAxis.nameTextStyle = { align: 'left' };
      if (categories.length > 6) {
        categoryAxis.axisLabel.rotate = 30;
      }
    }
    draw(id, lying ? 72 + categories.length * 32 : 300, {
      tooltip: { trigger: 'axis', renderMode: 'richText' },
      grid: { left: 8, right: 24, top: lying ? 8 : 32, bottom: lying ? 40 : 8, containLabel: true },
      xAxis: lying ? valueAxis : categoryAxis,
      yAxis: lying ? categoryAxis : valueAxis,
      series: [{ type: 'bar', data: values, itemStyle: { color: colour } }]
    });
  }
  counts('distribution', data.bins, data.binCounts, '#1f4e79');
  counts('classes', data.classes, data.classCounts, '#e0a526');

  // Each unit's total over the years: 17 lines in a palette's colours cannot be told apart, so
  // the chosen unit is drawn thick in blue with its figures, and every other unit thin and grey
  // (named on pointing); the chooser above picks the unit.
  var years = data.years.map(String);
  var trend = draw('trend', 360, {});
  function showTrend(index) {
    if (!trend) {
      return;
    }
    var chosen = data.trend[index];
    var others = data.trend.filter(function (line, i) { return i !== index; }).map(function (line) {
      return { name: line.name, type: 'line', data: line.values, connectNulls: false, z: 1, symbol: 'none',
        lineStyle: { color: '#c3c8ce', width: 1 }, itemStyle: { color: '#c3c8ce' },
        emphasis: { focus: 'series', lineStyle: { width: 2, color: '#6c757d' } } };
    });
    trend.setOption({
      tooltip: { trigger: 'item', renderMode: 'richText', formatter: function (p) {
        return p.seriesName + '\n' + years[p.dataIndex] + ': ' + number(p.value, data.places);
      } },
      legend: { bottom: 0, data: [chosen.name] },
      grid: { left: 8, right: 24, top: 24, bottom: 40, containLabel: true },
      xAxis: { type: 'category', data: years },
      yAxis: { type: 'value', scale: true },
      series: others.concat([
        { name: chosen.name, type: 'line', data: chosen.values, connectNulls: false, z: 2, symbol: 'circle',
          symbolSize: 8, lineStyle: { color: '#1f4e79', width: 4 }, itemStyle: { color: '#1f4e79' },
          label: { show: true, position: 'top', formatter: function (p) { return number(p.value, data.places); } } }
      ])
    }, true);
  }
  var trendSelect = document.getElementById('trend-unit');
  if (trendSelect) {
    trendSelect.addEventListener('change', function () { showTrend(Number(trendSelect.value)); });
    showTrend(Number(trendSelect.value) || 0);
  }

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
    charts.forEach(function (chart) {
      if (chart.getDom().offsetWidth > 0) { // hidden on paper, where its picture stands in
        chart.resize();
      }
    });
  });
});
