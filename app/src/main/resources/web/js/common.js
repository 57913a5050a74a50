// Shared helpers of the Crossroads pages. Every text that comes from the pack or an article is put into the
// page with textContent (through el/text below), never as HTML.
'use strict';

const CR = (() => {
  /** Builds an element: el('td', {class: 'x'}, 'text', otherNode). Strings become text nodes. */
  function el(tag, attrs, ...children) {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === null || v === undefined || v === false) continue;
      if (k === 'class') e.className = v;
      else e.setAttribute(k, String(v));
    }
    for (const c of children.flat(Infinity)) {
      if (c === null || c === undefined) continue;
      e.appendChild(c instanceof Node ? c : document.createTextNode(String(c)));
    }
    return e;
  }

  /** An error from the API: the message for people, the path it came from for the tooltip. */
  class ApiError extends Error {
    constructor(path, message, status) {
      super(message);
      this.path = path;
      this.status = status;
    }
  }

  async function request(method, path, body) {
    const init = {method, credentials: 'same-origin', headers: {'Accept': 'application/json'}};
    if (body !== undefined) {
      init.headers['Content-Type'] = 'application/json';
      init.body = JSON.stringify(body);
    }
    let res;
    try {
      res = await fetch(path, init);
    } catch (e) {
      throw new ApiError(path, 'The server does not answer. Is `crossroads serve` still running?', 0);
    }
    let j = null;
    try { j = await res.json(); } catch (e) { j = null; }
    if (!res.ok) throw new ApiError(path, j && j.error ? j.error : res.status + ' ' + res.statusText, res.status);
    return j;
  }
  /** GETs JSON from the API; rejects with the server's error message. */
  const getJson = path => request('GET', path);
  const postJson = (path, body) => request('POST', path, body);
  const deleteJson = path => request('DELETE', path);

  // ---- one banner: the latest message replaces the one before; the next action clears it ------------------

  /** Shows one message above the page content, replacing any earlier one. kind: 'error' (default) or 'info'. */
  function banner(message, kind) {
    const box = document.getElementById('errors') || document.querySelector('main');
    const text = message instanceof Error ? message.message : String(message);
    const close = el('button', {type: 'button', class: 'close', 'aria-label': 'Dismiss the message'}, '\u00d7');
    close.addEventListener('click', clearBanner);
    const b = el('div', {class: kind === 'info' ? 'info' : 'error', role: kind === 'info' ? 'status' : 'alert',
      title: message instanceof ApiError ? message.path : null}, el('span', {}, text), close);
    box.replaceChildren(b);
  }
  function clearBanner() {
    const box = document.getElementById('errors');
    if (box) box.replaceChildren();
  }
  const showError = banner;

  // ---- one number format: thousands separators, fixed decimals per unit ----------------------------------

  const formats = new Map();
  /** x with exactly `digits` decimals (default 1) and thousands separators; a dash when missing. */
  function num(x, digits) {
    if (x === null || x === undefined || Number.isNaN(x)) return '\u2013';
    const d = digits === undefined ? 1 : digits;
    if (!formats.has(d)) formats.set(d, new Intl.NumberFormat('en-GB', {minimumFractionDigits: d, maximumFractionDigits: d}));
    const s = formats.get(d).format(x);
    return /^-0(\.0+)?$/.test(s) ? s.slice(1) : s;
  }
  /** Signed: +1.2 / −1.2 (a real minus sign), so the sign shows beside any colour. */
  function signed(x, digits) {
    const s = num(Math.abs(x), digits);
    if (/^0(\.0+)?$/.test(s)) return s;
    return (x > 0 ? '+' : '\u2212') + s;
  }
  const bcm = x => num(x, 2) + ' bcm';
  /** US dollars in billions: one decimal under ten, none above. */
  function usdBn(x) { return '$' + num(x / 1e9, Math.abs(x) < 1e10 ? 1 : 0) + ' bn'; }
  const usdM = x => '$' + num(x / 1e6, 0) + ' million';
  /** A change in dollars: +$30 million, −$106 million. */
  function signedUsdM(x) {
    const s = usdM(Math.abs(x));
    return s === '$0 million' ? s : (x > 0 ? '+' : '−') + s;
  }
  const pct = (x, digits) => num(x, digits === undefined ? 0 : digits) + '%';
  /** An ISO date (yyyy-mm-dd) as people read it: 1 Nov 2026. */
  function date(iso) {
    if (!iso) return '\u2013';
    const d = new Date(iso.slice(0, 10) + 'T00:00:00Z');
    if (Number.isNaN(d.getTime())) return iso;
    return d.toLocaleDateString('en-GB', {day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC'});
  }
  function month(ym) {
    const d = new Date(ym.slice(0, 7) + '-01T00:00:00Z');
    return Number.isNaN(d.getTime()) ? ym : d.toLocaleDateString('en-GB', {month: 'short', year: 'numeric', timeZone: 'UTC'});
  }
  const sectorName = s => s ? s.charAt(0).toUpperCase() + s.slice(1).toLowerCase().replace(/_/g, ' ') : s;

  // ---- people's names for the pack's ids ------------------------------------------------------------------

  let namesPromise = null;
  /** Names for every id in the pack (countries, markets, fields, nodes, arcs, regions, asset classes, packages). */
  function names() {
    if (!namesPromise) {
      namesPromise = Promise.all(['/api/pack/countries', '/api/pack/gas', '/api/pack/rebuild'].map(getJson))
        .then(([countries, gas, rebuild]) => makeNames(countries, gas, rebuild));
    }
    return namesPromise;
  }
  function makeNames(countries, gas, rebuild) {
    const map = list => new Map(list.map(x => [x.id, x.name]));
    const c = new Map(countries.map(x => [x.iso3, x.name]));
    const markets = map(gas.markets), fields = map(gas.fields), nodes = map(gas.nodes);
    const arcs = new Map([...map(gas.pipelines), ...map(gas.swaps)]);
    const regions = map(rebuild.regions), assets = map(rebuild.assetClasses);
    const or = (m, id) => (id !== undefined && id !== null && m.has(id) ? m.get(id) : id);
    function pkg(id) {
      const [r, rest] = String(id).split('/');
      if (!rest) return id;
      const [a, part] = rest.split('#');
      return or(regions, r) + ' \u00b7 ' + or(assets, a) + (part ? ' (part ' + part + ')' : '');
    }
    return {
      country: id => or(c, id), market: id => or(markets, id), field: id => or(fields, id), node: id => or(nodes, id),
      arc: id => or(arcs, id), region: id => or(regions, id), assetClass: id => or(assets, id), pkg,
      /** Any gas id: an arc, a node, a field or a market. */
      gas: id => or(arcs, or(nodes, or(fields, or(markets, id)))),
      countries: [...c.entries()].map(([iso3, name]) => ({iso3, name})).sort((x, y) => x.name.localeCompare(y.name)),
    };
  }
  /** A name with its id in the tooltip. */
  const named = (name, id) => el('span', {title: name === id ? null : 'id: ' + id, 'data-id': id}, name);

  // ---- the page's state in the URL -------------------------------------------------------------------------

  const url = {
    get: k => new URLSearchParams(location.search).get(k),
    all: k => new URLSearchParams(location.search).getAll(k),
    /** Merges the values into the query string (null or '' removes a key; arrays repeat it). */
    set(values) {
      const p = new URLSearchParams(location.search);
      for (const [k, v] of Object.entries(values)) {
        p.delete(k);
        for (const x of Array.isArray(v) ? v : [v]) if (x !== null && x !== undefined && x !== '') p.append(k, String(x));
      }
      const q = p.toString();
      history.replaceState(null, '', location.pathname + (q ? '?' + q : '') + location.hash);
    },
  };

  // ---- tables: scroll inside their panel, CSV export --------------------------------------------------------

  function csvCell(v) {
    const s = String(v === null || v === undefined ? '' : v);
    return /[",\n\r]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s;
  }
  /** The table as CSV: header row, then body rows; a cell's data-csv (the raw value) wins over its text. */
  function tableCsv(table) {
    const rows = [];
    for (const tr of table.querySelectorAll('tr')) {
      if (tr.classList.contains('detail') || tr.classList.contains('empty')) continue;
      rows.push([...tr.children].map(c => csvCell(c.dataset.csv !== undefined ? c.dataset.csv : c.textContent.trim())).join(','));
    }
    return rows.join('\r\n') + '\r\n';
  }
  function download(filename, text, type) {
    const a = el('a', {href: URL.createObjectURL(new Blob([text], {type: type || 'text/csv;charset=utf-8'})), download: filename});
    document.body.append(a);
    a.click();
    setTimeout(() => { URL.revokeObjectURL(a.href); a.remove(); }, 1000);
  }
  /**
   * Wraps every table.data in a scrolling region (keyboard-reachable, named by its caption) and gives it a
   * "Download CSV" button. Call once per page after the tables exist in the HTML.
   */
  function tables() {
    for (const t of document.querySelectorAll('table.data')) {
      if (t.parentElement.classList.contains('table-wrap')) continue;
      const name = t.getAttribute('aria-label') || (t.caption ? t.caption.textContent : t.id);
      const wrap = el('div', {class: 'table-wrap', tabindex: '0', role: 'region', 'aria-label': name + ' (scrolls)'});
      t.before(wrap);
      wrap.append(t);
      const btn = el('button', {type: 'button', class: 'secondary csv', 'data-csv-for': t.id,
        'aria-label': 'Download ' + name + ' as CSV'}, 'Download CSV');
      btn.addEventListener('click', () => {
        if (!t.tBodies[0] || !t.tBodies[0].rows.length) { banner('The table is empty: nothing to download yet.', 'info'); return; }
        download((t.dataset.csvName || t.id) + '.csv', tableCsv(t));
      });
      wrap.after(el('p', {class: 'table-tools'}, btn));
    }
  }

  // ---- validation in the page, in the user's units --------------------------------------------------------

  /** The label text of a control, without the control's own text. */
  function labelOf(input) {
    const l = input.id && document.querySelector('label[for="' + input.id + '"]');
    return (l ? l.textContent : input.getAttribute('aria-label') || input.name || input.id).trim();
  }
  /** A readable bound: numbers with separators, months and dates as people write them. */
  function bound(input, v) {
    if (input.type === 'month') return month(v);
    if (input.type === 'date') return date(v);
    const x = Number(v);
    return Number.isFinite(x) ? num(x, Number.isInteger(x) ? 0 : (String(v).split('.')[1] || '').length) : v;
  }
  /**
   * Checks the form's inputs before anything is sent; writes each problem beside its field (the element named
   * by the input's aria-describedby ending in -error) and focuses the first bad field. Returns true when all is well.
   */
  function validate(form) {
    let first = null;
    for (const input of form.querySelectorAll('input, select')) {
      const slotId = (input.getAttribute('aria-describedby') || '').split(/\s+/).find(x => x.endsWith('-error'));
      const slot = slotId && document.getElementById(slotId);
      let msg = '';
      const v = input.validity;
      const what = labelOf(input);
      const range = input.min && input.max ? 'between ' + bound(input, input.min) + ' and ' + bound(input, input.max)
        : input.min ? 'at least ' + bound(input, input.min) : input.max ? 'at most ' + bound(input, input.max) : '';
      if (v.valueMissing || (v.badInput)) msg = what + ': enter ' + (input.type === 'number' ? 'a number ' + range
        : input.type === 'month' ? 'a month (year and month) ' + range : input.type === 'date' ? 'a date ' + range : 'a value') + '.';
      else if (v.rangeUnderflow || v.rangeOverflow) msg = what + ' must be ' + range + '; you entered ' + bound(input, input.value) + '.';
      else if (v.stepMismatch) msg = what + ' must be a whole number.';
      else if (!v.valid) msg = what + ': ' + input.validationMessage;
      input.setAttribute('aria-invalid', msg ? 'true' : 'false');
      if (slot) slot.textContent = msg;
      if (msg && !first) first = input;
    }
    if (first) first.focus();
    return !first;
  }

  // ---- long jobs: progress against their limit, a cancel button ---------------------------------------------

  class Cancelled extends Error {}
  /**
   * Submits a job and waits for it, showing in `box` a progress bar against `limitSeconds` (or an open-ended
   * one), the elapsed time and a Cancel button. Resolves with the finished job; rejects with Cancelled or an
   * ApiError.
   */
  async function runJob(kind, body, box, label, limitSeconds) {
    let job = await postJson('/api/jobs/kinds/' + encodeURIComponent(kind), body);
    let cancelled = false;
    const bar = el('progress', {max: limitSeconds || null, 'aria-label': label + ' progress'});
    const text = el('span', {class: 'note'});
    const cancel = el('button', {type: 'button', class: 'secondary', 'data-cancel': kind}, 'Cancel');
    cancel.addEventListener('click', async () => {
      cancelled = true;
      cancel.disabled = true;
      try { await deleteJson('/api/jobs/' + encodeURIComponent(job.id)); } catch (e) { /* finished meanwhile */ }
    });
    box.replaceChildren(el('span', {class: 'job', role: 'status', title: 'job ' + job.id}, bar, ' ', text, ' ', cancel));
    const t0 = Date.now();
    try {
      while (!['done', 'failed', 'cancelled'].includes(job.status) && !cancelled) {
        const s = (Date.now() - t0) / 1000;
        const p = job.progress;
        if (p && p.total > 0) {
          // the job counts its steps (N-1 outages): the bar follows them
          bar.max = p.total;
          bar.value = p.done;
        } else if (limitSeconds) {
          bar.value = Math.min(s, limitSeconds);
        }
        text.textContent = label + ' \u2026 ' + (p && p.total > 0 ? num(p.done, 0) + ' of ' + num(p.total, 0) + ', ' : '')
          + num(s, 0) + ' s' + (limitSeconds ? ' of at most ' + num(limitSeconds, 0) + ' s' : '');
        await new Promise(r => setTimeout(r, 400));
        job = await getJson('/api/jobs/' + encodeURIComponent(job.id));
      }
    } finally {
      box.replaceChildren();
    }
    if (cancelled || job.status === 'cancelled') throw new Cancelled(label + ' cancelled.');
    if (job.status !== 'done') throw new ApiError('/api/jobs/' + job.id, label + ' failed: ' + (job.error || job.status), 500);
    return job;
  }

  /** Puts the pack's name into the header of every page. */
  async function packName() {
    const slot = document.getElementById('pack-name');
    if (!slot) return;
    try {
      const s = await getJson('/api/pack');
      slot.textContent = s.title ? s.title + ' \u00b7 as of ' + date(s.asOf) : s.name;
      slot.title = 'pack ' + s.name;
    } catch (e) {
      slot.textContent = '';
    }
  }
  document.addEventListener('DOMContentLoaded', () => { packName(); tables(); });

  return {el, getJson, postJson, deleteJson, ApiError, banner, clearBanner, showError, num, signed, bcm, usdBn, usdM, signedUsdM,
    pct, date, month, sectorName, names, named, url, tableCsv, download, tables, runJob, Cancelled, validate};
})();
