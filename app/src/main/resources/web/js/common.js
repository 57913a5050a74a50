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
    for (const c of children) {
      if (c === null || c === undefined) continue;
      e.appendChild(c instanceof Node ? c : document.createTextNode(String(c)));
    }
    return e;
  }

  /** GETs JSON from the API; rejects with the server's error message. */
  async function getJson(path) {
    const res = await fetch(path, {headers: {'Accept': 'application/json'}, credentials: 'same-origin'});
    let body = null;
    try { body = await res.json(); } catch (e) { body = null; }
    if (!res.ok) {
      const msg = body && body.error ? body.error : res.status + ' ' + res.statusText;
      throw new Error(path + ': ' + msg);
    }
    return body;
  }

  /** Shows an error above the page content. */
  function showError(message) {
    const box = document.getElementById('errors') || document.querySelector('main');
    box.prepend(el('div', {class: 'error', role: 'alert'}, message));
  }

  const nf = new Intl.NumberFormat('en-US', {maximumFractionDigits: 1});
  const nf0 = new Intl.NumberFormat('en-US', {maximumFractionDigits: 0});
  function num(x, digits) {
    if (x === null || x === undefined || Number.isNaN(x)) return '–';
    return digits === 0 ? nf0.format(x) : nf.format(x);
  }
  function usdBn(x) { return '$' + num(x / 1e9, 0) + ' bn'; }

  /** Puts the pack's name into the header of every page. */
  async function packName() {
    const slot = document.getElementById('pack-name');
    if (!slot) return;
    try {
      const s = await getJson('/api/pack');
      slot.textContent = s.title ? s.title + ' · as of ' + s.asOf : s.name;
    } catch (e) {
      slot.textContent = '';
    }
  }
  document.addEventListener('DOMContentLoaded', packName);

  return {el, getJson, showError, num, usdBn};
})();
