// Draws one view's chart from its JSON (/chart/<view>.json?...): lines with 95% interval bands, counts on hover, and a click
// on a point opens the documents behind it. No inline script anywhere: the page's CSP allows scripts from the dashboard only.
(function () {
  'use strict';
  const PALETTE = ['#1f77b4', '#ff7f0e', '#2ca02c', '#d62728', '#9467bd', '#8c564b', '#e377c2', '#7f7f7f', '#bcbd22', '#17becf'];
  const canvas = document.getElementById('chart');
  const status = document.getElementById('status');
  const embed = canvas.dataset.embed === 'true';

  function describe(data, p) {
    if (p.denominator === null) {
      return p.count + ' ' + data.unit;
    }
    return p.value.toFixed(1) + '% (95% ' + p.low.toFixed(1) + '-' + p.high.toFixed(1) + '%), ' + p.count + ' of '
      + p.denominator + ' documents';
  }

  // Days (2024-02-05) and months (2024-02) go on a time-proportional axis, so sparse dates are not spaced evenly; whole
  // numbers (days since each repository's start, when aligned) on a linear one; anything else (years, quarters, weeks,
  // venues) stays categorical.
  const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
  const MONTH = /^(\d{4})-(\d{2})$/;
  function axisOf(labels) {
    // Whole days or whole months since the epoch, so ticks (which Chart.js puts at round numbers) fall on real days or months.
    if (labels.length > 0 && labels.every(l => DAY.test(l))) {
      return { kind: 'time', at: l => { const m = DAY.exec(l); return Date.UTC(+m[1], +m[2] - 1, +m[3]) / 86400000; },
        label: v => new Date(v * 86400000).toISOString().slice(0, 10) };
    }
    if (labels.length > 0 && labels.every(l => MONTH.test(l))) {
      return { kind: 'time', at: l => { const m = MONTH.exec(l); return +m[1] * 12 + (+m[2] - 1); },
        label: v => Math.floor(v / 12) + '-' + String(v % 12 + 1).padStart(2, '0') };
    }
    if (labels.length > 0 && labels.every(l => /^-?\d+$/.test(l)) && !labels.every(l => /^\d{4}$/.test(l))) {
      return { kind: 'linear', at: l => +l };
    }
    return { kind: 'category', at: null };
  }

  function pointsOf(axis, labels, values) {
    return axis.at ? values.map((v, i) => ({ x: axis.at(labels[i]), y: v })) : values;
  }

  function xScale(axis, ink, data) {
    if (axis.kind === 'time') {
      return { type: 'linear', ticks: { color: ink, maxTicksLimit: 10, precision: 0, stepSize: undefined,
        callback: v => Number.isInteger(v) ? axis.label(v) : '' } };
    }
    if (axis.kind === 'linear') {
      return { type: 'linear', ticks: { color: ink }, title: { display: !!data.x_label, text: data.x_label, color: ink } };
    }
    return { ticks: { color: ink } };
  }

  fetch(canvas.dataset.src)
    .then(r => r.ok ? r.json() : r.json().then(e => { throw new Error(e.error); }))
    .then(data => {
      const datasets = [];
      const axis = axisOf(data.x);
      data.series.forEach((s, i) => {
        const color = s.color || PALETTE[i % PALETTE.length];
        if (s.points.some(p => p.low !== null)) {
          datasets.push({ label: s.name + ' (low)', band: true, data: pointsOf(axis, data.x, s.points.map(p => p.low)), borderWidth: 0,
            pointRadius: 0, pointHitRadius: 0, fill: false, spanGaps: true });
          datasets.push({ label: s.name + ' (high)', band: true, data: pointsOf(axis, data.x, s.points.map(p => p.high)), borderWidth: 0,
            pointRadius: 0, pointHitRadius: 0, backgroundColor: color + '26', fill: '-1', spanGaps: true });
        }
        datasets.push({ label: s.name, series: i, data: pointsOf(axis, data.x, s.points.map(p => p.value)), borderColor: color,
          backgroundColor: color, pointRadius: 4, pointHoverRadius: 6, pointHitRadius: 6,
          // A venue meets once a year or less: join its points across the years it did not meet (those have no value).
          spanGaps: true });
      });
      const dark = data.theme === 'dark';
      const ink = dark ? '#dddddd' : '#333333';
      const chart = new Chart(canvas, {
        type: 'line',
        data: axis.at ? { datasets } : { labels: data.x, datasets },
        options: {
          animation: false, responsive: false,
          interaction: { mode: 'nearest', intersect: true },
          plugins: {
            legend: { display: data.legend, labels: { color: ink, filter: item => !datasets[item.datasetIndex].band } },
            tooltip: {
              filter: item => !item.dataset.band,
              callbacks: { title: items => items.length ? data.x[items[0].dataIndex] : '', label: ctx => ctx.dataset.label + ': ' + describe(data, data.series[ctx.dataset.series].points[ctx.dataIndex]) },
            },
            title: { display: true, text: data.title + (data.method ? ' (method ' + data.method + ')' : ''), color: ink },
          },
          scales: {
            x: xScale(axis, ink, data),
            y: { type: data.log ? 'logarithmic' : 'linear', ticks: { color: ink },
                 title: { display: true, text: data.y_label, color: ink } },
          },
          onClick: (evt, elements) => {
            const el = elements.find(e => !datasets[e.datasetIndex].band);
            if (!el) {
              return;
            }
            const point = data.series[datasets[el.datasetIndex].series].points[el.index];
            if (point.drill) {
              if (embed) {
                window.open(point.drill, '_blank', 'noopener');
              } else {
                window.location.href = point.drill;
              }
            }
          },
        },
      });
      window.fwChart = chart;
      window.fwData = data;
      document.body.dataset.ready = 'true';
    })
    .catch(e => {
      status.textContent = 'Could not load the chart: ' + e.message;
      document.body.dataset.ready = 'error';
    });
})();
