// The Brief page: the scenario form, the three pillars' headline figures from GET /api/brief, and the full
// Brief (the same self-contained file `crossroads brief` writes) from GET /api/brief.html in a frame.
'use strict';

(() => {
  const {el, getJson, showError, num, usdBn} = CR;

  function query() {
    const p = new URLSearchParams();
    const v = id => document.getElementById(id).value.trim();
    if (v('year')) p.set('year', v('year'));
    p.set('cut', v('cut'));
    if (v('transit')) p.set('transit', v('transit'));
    p.set('a', v('a'));
    p.set('b', v('b'));
    if (v('at')) p.set('at', v('at'));
    return p.toString();
  }

  function card(pillar, title, rows) {
    const dl = el('dl', {class: 'figures'});
    for (const [k, v, small] of rows) {
      dl.append(el('dt', {}, k), el('dd', {'data-figure': k}, v, small ? el('small', {}, small) : null));
    }
    return el('section', {class: 'card ' + pillar, 'data-pillar': pillar}, el('h2', {}, title), dl);
  }

  function sup(n) { return n > 0 ? ' [' + n + ']' : ''; }

  function cards(b) {
    const e = b.energy;
    const hit = e.markets.filter(m => m.lostBcm > 1e-9);
    const energyRows = [['Delivered ' + e.year + ' (' + e.base + ')', num(e.deliveredBcm) + ' bcm' + sup(e.engineNote)],
      ['HHI markets', num(e.hhiMarketsBefore, 0) + (e.disruption ? ' \u2192 ' + num(e.disruption.hhiMarketsAfter, 0) : '')]];
    if (e.disruption) {
      energyRows.push(['Markets losing gas', hit.length ? hit.map(m => m.name).join(', ') : 'none',
        hit.map(m => num(m.lostBcm, 2) + ' bcm').join(', ')]);
    }
    const r = b.relations;
    const relRows = r.dyads.map(d => ['Mediator for ' + d.a + '\u2013' + d.b,
      d.mediators.length ? d.mediators[0].name : 'none', d.mediators.length ? 'score ' + d.mediators[0].score.toFixed(3)
        + ', bias ' + d.mediators[0].bias.toFixed(2) + sup(d.mediators[0].note) : '']);
    if (r.strongest.length) relRows.push(['Strongest tie of ' + b.pack.home, r.strongest[0].name, r.strongest[0].score.toFixed(2)]);
    if (r.weakest.length) relRows.push(['Weakest tie', r.weakest[0].name, r.weakest[0].score.toFixed(2)]);
    const k = b.rebuild;
    const rebRows = [['Needs (central)', usdBn(k.centralUsd) + sup(k.engineNote), 'range ' + usdBn(k.lowUsd) + '\u2013' + usdBn(k.highUsd)]];
    if (k.reference) rebRows.push([k.reference.name, usdBn(k.reference.centralUsd) + sup(k.reference.note),
      'coverage ' + num(k.reference.coveragePercent, 0) + '%']);
    if (k.sectors.length) rebRows.push(['Top sector', k.sectors[0].name, usdBn(k.sectors[0].centralUsd)]);
    if (k.regions.length) rebRows.push(['Top governorate', k.regions[0].name, usdBn(k.regions[0].centralUsd)]);
    const box = document.getElementById('cards');
    box.replaceChildren(card('energy', 'Energy', energyRows), card('relations', 'Relations', relRows),
      card('rebuild', 'Rebuild', rebRows));
    document.getElementById('subtitle').textContent = b.scenario.name + ' \u00b7 gas year ' + b.year + ' \u00b7 relations at '
      + b.at + ' \u00b7 ' + b.notes.length + ' notes, ' + b.sources.length + ' sources \u00b7 computed ' + b.solvedAt;
  }

  async function load() {
    const q = query();
    document.getElementById('errors').replaceChildren();
    const box = document.getElementById('cards');
    box.dataset.ready = 'false';
    try {
      const b = await getJson('/api/brief?' + q);
      cards(b);
      if (!document.getElementById('at').value) document.getElementById('at').value = b.at;
      document.getElementById('download').setAttribute('href', '/api/brief.html?' + q + '&download=1');
      document.getElementById('brief-frame').setAttribute('src', '/api/brief.html?' + q);
      box.dataset.ready = 'true';
    } catch (err) {
      showError(err.message);
    }
  }

  document.addEventListener('DOMContentLoaded', () => {
    document.getElementById('scenario').addEventListener('submit', ev => { ev.preventDefault(); load(); });
    load();
  });
})();
