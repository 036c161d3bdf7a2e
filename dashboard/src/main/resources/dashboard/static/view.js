// Draws one view's chart from its JSON (/chart/<view>.json?...): lines with 95% interval bands, counts on hover, and a click
// on a point opens the documents behind it. No inline script anywhere: the page's CSP allows scripts from the dashboard only.
(function () {
  'use strict';
  // The one palette (Okabe-Ito, analytics/chart/Palette.java); the JSON names each series' colour, this is only a fallback.
  const PALETTE = ['#0072B2', '#E69F00', '#009E73', '#D55E00', '#CC79A7', '#56B4E9', '#F0E442', '#999999'];
  // Markers only where a line has few points (as in the SVG and PNG: ChartDrawing.markers).
  const MAX_MARKERS = 60, MIN_MARKER_SPACING = 12;
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

  // The server says where each label sits (x_axis, the same positions the SVG and PNG use): dates as epoch days with ticks at
  // round dates (month starts, years), day counts on a number axis, anything else (years, venues) as categories.
  function axisOf(data) {
    const a = data.x_axis;
    if (a && a.kind === 'date') {
      const labels = new Map((a.ticks || []).map(t => [t.at, t.label]));
      return { kind: 'time', at: (l, i) => a.at[i], ticks: a.ticks || [], label: v => labels.get(v) || '' };
    }
    if (a && a.kind === 'number') {
      return { kind: 'linear', at: (l, i) => a.at[i] };
    }
    return { kind: 'category', at: null };
  }

  function pointsOf(axis, labels, values) {
    return axis.at ? values.map((v, i) => ({ x: axis.at(labels[i], i), y: v })) : values;
  }

  function xScale(axis, ink, data) {
    if (axis.kind === 'time') {
      return { type: 'linear', ticks: { color: ink, autoSkip: false, maxRotation: 0, callback: v => axis.label(v) },
        afterBuildTicks: scale => { scale.ticks = axis.ticks.map(t => ({ value: t.at })); } };
    }
    if (axis.kind === 'linear') {
      return { type: 'linear', ticks: { color: ink }, title: { display: !!data.x_label, text: data.x_label, color: ink } };
    }
    return { ticks: { color: ink } };
  }

  function drill(point) {
    if (point && point.drill) {
      if (embed) {
        window.open(point.drill, '_blank', 'noopener');
      } else {
        window.location.href = point.drill;
      }
    }
  }

  // One Chart.js chart of some of the data's series (all of them, or one kind's on the overview's small multiples).
  // Responsive: it fills its box up to the asked width, keeping the asked proportions. `shared` fixes the y axis at 0-100%
  // so small multiples compare at a glance.
  function draw(target, data, shown, title, shared) {
    const datasets = [];
    const axis = axisOf(data);
    shown.forEach(i => {
      const s = data.series[i];
      const color = s.color || PALETTE[i % PALETTE.length];
      if (s.points.some(p => p.low !== null)) {
        datasets.push({ label: s.name + ' (low)', band: true, data: pointsOf(axis, data.x, s.points.map(p => p.low)), borderWidth: 0,
          pointRadius: 0, pointHitRadius: 0, fill: false, spanGaps: true });
        datasets.push({ label: s.name + ' (high)', band: true, data: pointsOf(axis, data.x, s.points.map(p => p.high)), borderWidth: 0,
          pointRadius: 0, pointHitRadius: 0, backgroundColor: color + '26', fill: '-1', spanGaps: true });
      }
      const count = s.points.filter(p => p.value !== null).length;
      const markers = count <= MAX_MARKERS && count * MIN_MARKER_SPACING <= target.width;
      const estimated = s.points.some(p => p.estimated);
      datasets.push({ label: s.name + (estimated ? ' (hollow: estimated)' : ''), series: i,
        data: pointsOf(axis, data.x, s.points.map(p => p.value)), borderColor: color,
        backgroundColor: estimated ? s.points.map(p => p.estimated ? '#ffffff' : color) : color,
        borderWidth: data.series.length > PALETTE.length ? 1.2 : 1.5, borderDash: s.dash || [],
        // A sampled (estimated) star count is drawn as a hollow marker, always, so it is never read as a count.
        pointRadius: estimated ? s.points.map(p => p.estimated ? 3 : (markers ? 3 : 0)) : (markers ? 3 : 0),
        pointBorderColor: color, pointHoverRadius: 5, pointHitRadius: 6,
        // A venue meets once a year or less: join its points across the years it did not meet (those have no value).
        spanGaps: true });
    });
    const dark = data.theme === 'dark';
    const ink = dark ? '#dddddd' : '#333333';
    target.parentNode.style.maxWidth = target.width + 'px';
    const chart = new Chart(target, {
      type: 'line',
      data: axis.at ? { datasets } : { labels: data.x, datasets },
      options: {
        animation: false, responsive: true, maintainAspectRatio: true, aspectRatio: target.width / target.height,
        interaction: { mode: 'nearest', intersect: true },
        plugins: {
          legend: { display: data.legend, labels: { color: ink, filter: item => !datasets[item.datasetIndex].band } },
          tooltip: {
            filter: item => !item.dataset.band,
            callbacks: { title: items => items.length ? data.x[items[0].dataIndex] : '', label: ctx => ctx.dataset.label + ': ' + describe(data, data.series[ctx.dataset.series].points[ctx.dataIndex]) },
          },
          title: { display: true, text: title, color: ink },
        },
        scales: {
          x: xScale(axis, ink, data),
          y: Object.assign({ type: data.log ? 'logarithmic' : 'linear', ticks: { color: ink },
               title: { display: true, text: shared ? '%' : data.y_label, color: ink } }, shared ? { min: 0, max: 100 } : {}),
        },
        onClick: (evt, elements) => {
          const el = elements.find(e => !datasets[e.datasetIndex].band);
          if (el) {
            drill(data.series[datasets[el.datasetIndex].series].points[el.index]);
          }
        },
      },
    });
    keyboard(target, chart, data, datasets);
    return chart;
  }

  // Keyboard drill-down: the chart is focusable; arrow keys move between points (left/right along a line, up/down between
  // lines), the point's tooltip shows, and Enter opens its documents, as a click does.
  function keyboard(target, chart, data, datasets) {
    const lines = datasets.map((d, i) => i).filter(i => !datasets[i].band);
    let line = 0, index = -1;
    const valued = (l, i) => datasets[lines[l]].data[i] !== null && datasets[lines[l]].data[i] !== undefined
      && (typeof datasets[lines[l]].data[i] !== 'object' || datasets[lines[l]].data[i].y !== null);
    const show = () => {
      const active = [{ datasetIndex: lines[line], index }];
      chart.setActiveElements(active);
      chart.tooltip.setActiveElements(active, { x: 0, y: 0 });
      chart.update();
      target.dataset.focusSeries = String(datasets[lines[line]].series);
      target.dataset.focusIndex = String(index);
    };
    const step = (l, from, dir) => {
      for (let i = from + dir; i >= 0 && i < data.x.length; i += dir) {
        if (valued(l, i)) {
          return i;
        }
      }
      return -1;
    };
    target.addEventListener('keydown', e => {
      if (!lines.length) {
        return;
      }
      if (e.key === 'ArrowRight' || e.key === 'ArrowLeft') {
        const next = step(line, index, e.key === 'ArrowRight' ? 1 : -1);
        index = next < 0 ? (index < 0 ? step(line, -1, 1) : index) : next;
      } else if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
        line = (line + (e.key === 'ArrowDown' ? 1 : lines.length - 1)) % lines.length;
        if (index < 0 || !valued(line, index)) {
          index = step(line, -1, 1);
        }
      } else if (e.key === 'Enter') {
        if (index >= 0) {
          drill(data.series[datasets[lines[line]].series].points[index]);
        }
        return;
      } else {
        return;
      }
      e.preventDefault();
      if (index >= 0) {
        show();
      }
    });
  }

  fetch(canvas.dataset.src)
    .then(r => r.ok ? r.json() : r.json().then(e => { throw new Error(e.error); }))
    .then(data => {
      const title = data.title + (data.method ? ' (method ' + data.method + ')' : '');
      const all = data.series.map((s, i) => i);
      if (canvas.dataset.multiples === 'true' && data.series.some(s => s.group)) {
        // Small multiples: one chart per kind of evidence, the same x axis and 0-100% y axis, instead of every kind's lines in one.
        const groups = [...new Set(data.series.map(s => s.group))];
        const box = document.getElementById('multiples');
        canvas.parentNode.hidden = true;
        const charts = groups.map(g => {
          const wrap = document.createElement('div');
          wrap.className = 'chart';
          const c = document.createElement('canvas');
          c.width = 480;
          c.height = 240;
          c.tabIndex = 0;
          c.dataset.group = g;
          c.setAttribute('aria-label', g + ': arrow keys move between points, Enter lists a point\'s documents');
          wrap.appendChild(c);
          box.appendChild(wrap);
          return draw(c, data, all.filter(i => data.series[i].group === g), g, !data.log);
        });
        window.fwCharts = charts;
        window.fwChart = charts[0];
      } else {
        window.fwChart = draw(canvas, data, all, title, false);
        window.fwCharts = [window.fwChart];
      }
      window.fwData = data;
      document.body.dataset.ready = 'true';
    })
    .catch(e => {
      status.textContent = 'Could not load the chart: ' + e.message;
      document.body.dataset.ready = 'error';
    });

  // The embed button: the iframe (interactive) and image (static SVG, for READMEs) snippets with this dashboard's address,
  // shown for reading and copied to the clipboard where the browser allows it.
  const embedButton = document.getElementById('embed-button');
  if (embedButton) {
    embedButton.addEventListener('click', () => {
      const d = embedButton.dataset;
      const attr = v => String(v).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
      const origin = window.location.origin;
      const text = '<iframe src="' + attr(origin + d.iframe) + '" width="' + d.width + '" height="' + d.frameHeight
        + '" style="border:0" loading="lazy" title="' + attr(d.title) + '"></iframe>\n'
        + '<img src="' + attr(origin + d.image) + '" alt="' + attr(d.title) + '" width="' + d.width + '" height="'
        + d.height + '">\n';
      const box = document.getElementById('embed-snippet');
      const note = document.getElementById('embed-status');
      box.value = text;
      box.hidden = false;
      box.select();
      document.body.dataset.embedShown = 'true';
      const done = ok => { note.textContent = ok ? 'Copied the iframe and image snippets.' : 'Select and copy the snippets above.';
        document.body.dataset.embedCopied = String(ok); };
      if (navigator.clipboard && window.isSecureContext) {
        navigator.clipboard.writeText(text).then(() => done(true), () => done(false));
      } else {
        let ok = false;
        try { ok = document.execCommand('copy'); } catch (e) { ok = false; }
        done(ok);
      }
    });
  }
})();
