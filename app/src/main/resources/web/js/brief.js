// The Brief page: the scenario form (pickers filled from the pack), the three pillars' headline figures from
// GET /api/brief, and the full Brief (the same self-contained file `crossroads brief` writes) from
// GET /api/brief.html in a frame. The scenario lives in the URL (?year=&cut=&transit=&a=&b=&at=).
'use strict';

(() => {
  const {el, getJson, banner, clearBanner, num, signed, bcm, usdBn, date, names, url} = CR;
  const $ = id => document.getElementById(id);
  let N = null;

  function query() {
    const p = new URLSearchParams();
    const v = id => $(id).value.trim();
    if (v('year')) p.set('year', v('year'));
    p.set('cut', v('cut'));
    if (v('transit')) p.set('transit', v('transit'));
    p.set('a', v('a'));
    p.set('b', v('b'));
    if (v('at')) p.set('at', v('at'));
    return p;
  }

  function card(pillar, title, rows) {
    const dl = el('dl', {class: 'figures'});
    for (const [k, v, small] of rows) {
      dl.append(el('dt', {}, k), el('dd', {'data-figure': k}, v, small ? el('small', {}, small) : null));
    }
    return el('section', {class: 'card ' + pillar, 'data-pillar': pillar, 'aria-label': title}, el('h2', {}, title), dl);
  }

  function sup(n) { return n > 0 ? ' [' + n + ']' : ''; }

  function cards(b) {
    const e = b.energy;
    const hit = e.markets.filter(m => m.lostBcm >= 0.005), gain = e.markets.filter(m => m.lostBcm <= -0.005);
    const energyRows = [['Delivered ' + e.year + ' (' + e.base + ')', bcm(e.deliveredBcm) + sup(e.engineNote)],
      ['HHI markets', num(e.hhiMarketsBefore, 0) + (e.disruption ? ' \u2192 ' + num(e.disruption.hhiMarketsAfter, 0) : '')]];
    if (e.disruption) {
      energyRows.push(['Markets losing gas', hit.length ? hit.map(m => m.name + ' ' + signed(-m.lostBcm, 2) + ' bcm').join(', ') : 'none']);
      if (gain.length) energyRows.push(['Markets gaining gas', gain.map(m => m.name + ' ' + signed(-m.lostBcm, 2) + ' bcm').join(', ')]);
    }
    const r = b.relations;
    const relRows = r.dyads.map(d => ['Mediator for ' + N.country(d.a) + '\u2013' + N.country(d.b),
      d.mediators.length ? d.mediators[0].name : 'none', d.mediators.length ? 'score ' + num(d.mediators[0].score, 3)
        + ', bias ' + signed(d.mediators[0].bias, 2) + sup(d.mediators[0].note) : '']);
    if (r.strongest.length) relRows.push(['Strongest tie of ' + N.country(b.pack.home), r.strongest[0].name, signed(r.strongest[0].score, 2)]);
    if (r.weakest.length) relRows.push(['Weakest tie', r.weakest[0].name, signed(r.weakest[0].score, 2)]);
    const k = b.rebuild;
    const rebRows = [['Needs (central)', usdBn(k.centralUsd) + sup(k.engineNote), 'range ' + usdBn(k.lowUsd) + '\u2013' + usdBn(k.highUsd)]];
    if (k.reference) rebRows.push([k.reference.name, usdBn(k.reference.centralUsd) + sup(k.reference.note),
      'the pack\'s ' + (k.reference.comparedWith || 'total') + ' cover ' + num(k.reference.coveragePercent, 1) + '% of it']);
    if (k.sectors.length) rebRows.push(['Top sector', k.sectors[0].name, usdBn(k.sectors[0].centralUsd)]);
    if (k.regions.length) rebRows.push(['Top governorate', k.regions[0].name, usdBn(k.regions[0].centralUsd)]);
    $('cards').replaceChildren(card('energy', 'Energy', energyRows), card('relations', 'Relations', relRows),
      card('rebuild', 'Rebuild', rebRows));
    const what = hit.length ? hit.map(m => m.name + ' ' + signed(-m.lostBcm, 2) + ' bcm').join(', ') : 'no market loses gas';
    $('subtitle').replaceChildren(el('strong', {}, b.scenario.name + ': ' + what + '.'), ' Gas year ' + b.year + ' \u00b7 relations at '
      + date(b.at) + ' \u00b7 ' + b.notes.length + ' notes, ' + b.sources.length + ' sources \u00b7 computed ' + b.solvedAt.slice(0, 16).replace('T', ' ') + ' UTC');
  }

  /** Marks everything on screen as belonging to the previous scenario, or (on an error) removes it. */
  function stale(message, remove) {
    const s = $('stale');
    s.hidden = !message;
    s.textContent = message || '';
    $('cards').classList.toggle('stale', !!message && !remove);
    if (remove) {
      $('cards').replaceChildren();
      $('brief-frame').setAttribute('src', 'about:blank');
      const d = $('download');
      d.removeAttribute('href');
      d.setAttribute('aria-disabled', 'true');
    }
  }

  async function load() {
    clearBanner();
    if (!CR.validate($('scenario'))) return;
    if ($('a').value === $('b').value) { banner('Pick two different states for the dyad.'); $('b').focus(); return; }
    const q = query();
    url.set(Object.fromEntries(q.entries()));
    const box = $('cards');
    box.dataset.ready = 'false';
    stale('Computing the Brief for the new scenario\u2026 the figures below are the previous scenario\u2019s.', false);
    try {
      const b = await getJson('/api/brief?' + q);
      cards(b);
      if (!$('at').value) $('at').value = b.at;
      const d = $('download');
      d.setAttribute('href', '/api/brief.html?' + q + '&download=1');
      d.removeAttribute('aria-disabled');
      $('brief-frame').setAttribute('src', '/api/brief.html?' + q);
      stale(null);
      box.dataset.ready = 'true';
    } catch (err) {
      stale('No Brief for this scenario: the previous one was removed so it cannot be mistaken for this one.', true);
      banner('The Brief could not be computed: ' + err.message);
    }
  }

  async function pickers() {
    const [summary, gas, events] = await Promise.all(['/api/pack', '/api/pack/gas', '/api/pack/events'].map(getJson));
    N = await names();
    const years = [...new Set(gas.deliveries.map(d => d.year))].sort((a, b) => b - a);
    $('year').append(...years.map(y => el('option', {value: y}, String(y))));
    const arcs = [...gas.pipelines, ...gas.swaps].sort((a, b) => a.name.localeCompare(b.name));
    $('cut').append(...arcs.map(p => el('option', {value: p.id, title: 'id: ' + p.id}, p.name)));
    const transit = [...new Set(gas.pipelines.map(p => p.country))].filter(c => c !== summary.home)
      .sort((a, b) => N.country(a).localeCompare(N.country(b)));
    $('transit').append(...transit.map(c => el('option', {value: c}, N.country(c))));
    for (const id of ['a', 'b']) $(id).append(...N.countries.map(c => el('option', {value: c.iso3, title: c.iso3}, c.name)));
    const dates = events.map(e => e.date).sort();
    if (dates.length) $('at').min = dates[0];
    $('at').max = summary.asOf;
    // the URL's scenario, else the pack's own default scenario (GET /api/pack's defaultScenario)
    const set = (id, v, dflt) => {
      const want = v !== null ? v : dflt;
      if ([...$(id).options || []].some(o => o.value === want) || $(id).tagName === 'INPUT') $(id).value = want;
    };
    const d = summary.defaultScenario || {cut: [], transit: [], dyads: []};
    const dyad = d.dyads[0] || {};
    const others = N.countries.map(c => c.iso3).filter(c => c !== summary.home);
    set('year', url.get('year'), d.year !== undefined ? String(d.year) : '');
    set('cut', url.get('cut'), d.cut[0] || '');
    set('transit', url.get('transit'), d.transit[0] || '');
    set('a', url.get('a'), dyad.a || others[0] || '');
    set('b', url.get('b'), dyad.b || others[1] || '');
    set('at', url.get('at'), d.at || '');
    $('scenario').title = 'Default: ' + (d.name || 'base case') + ' (' + (d.origin || 'the pack') + ')';
  }

  document.addEventListener('DOMContentLoaded', async () => {
    $('scenario').addEventListener('submit', ev => { ev.preventDefault(); load(); });
    try {
      await pickers();
    } catch (err) {
      banner('Could not read the pack for the scenario form: ' + err.message);
      return;
    }
    load();
  });
})();
