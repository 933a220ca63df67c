// readout dashboard. Vanilla JS, no dependencies, works offline.
// Every piece of data is rendered with createElement/textContent, never parsed as HTML: document text is untrusted.
"use strict";

const QUADS = ["verbal_cooperation", "material_cooperation", "verbal_conflict", "material_conflict"];
const QUAD_LABEL = {
  verbal_cooperation: "verbal cooperation", material_cooperation: "material cooperation",
  verbal_conflict: "verbal conflict", material_conflict: "material conflict",
};
const QUAD_COLOUR = {
  verbal_cooperation: "#7cc47f", material_cooperation: "#1e8a3c",
  verbal_conflict: "#f0a04b", material_conflict: "#c8322f",
};
const EVENT_TYPES = ["AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
  "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"];
const SVG_NS = "http://www.w3.org/2000/svg";

// ---------- DOM helpers (no HTML strings anywhere) ----------

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  setAttrs(node, attrs);
  append(node, children);
  return node;
}

function svg(tag, attrs, ...children) {
  const node = document.createElementNS(SVG_NS, tag);
  setAttrs(node, attrs);
  append(node, children);
  return node;
}

function setAttrs(node, attrs) {
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k.startsWith("on") && typeof v === "function") node.addEventListener(k.slice(2), v);
    else if (k === "text") node.textContent = String(v);
    else node.setAttribute(k, v === true ? "" : String(v));
  }
}

function append(node, children) {
  for (const c of children.flat()) {
    if (c === null || c === undefined || c === false) continue;
    node.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
}

function clear(node) {
  while (node.firstChild) node.removeChild(node.firstChild);
  return node;
}

function $(id) { return document.getElementById(id); }

function setStatus(message, isError) {
  const s = $("status");
  s.textContent = message || "";
  s.classList.toggle("error", !!isError);
}

// ---------- API ----------

async function api(path, options) {
  const resp = await fetch(path, options);
  let body = null;
  try { body = await resp.json(); } catch (_) { body = null; }
  if (!resp.ok) {
    const msg = body && body.error ? body.error : `HTTP ${resp.status}`;
    throw new Error(msg);
  }
  return body;
}

function query(params) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    if (v !== "" && v !== null && v !== undefined && v !== false) q.set(k, String(v));
  }
  const s = q.toString();
  return s ? "?" + s : "";
}

// ---------- shared filter state ----------

const filter = { actor: "", dyadA: "", dyadB: "", type: "", since: "", until: "", text: "", negated: false };

function readFilterForm() {
  filter.actor = $("f-actor").value.trim().toUpperCase();
  filter.dyadA = $("f-dyad-a").value.trim().toUpperCase();
  filter.dyadB = $("f-dyad-b").value.trim().toUpperCase();
  filter.type = $("f-type").value;
  filter.since = $("f-since").value;
  filter.until = $("f-until").value;
  filter.text = $("f-text").value.trim();
  filter.negated = $("f-negated").checked;
}

function writeFilterForm() {
  $("f-actor").value = filter.actor;
  $("f-dyad-a").value = filter.dyadA;
  $("f-dyad-b").value = filter.dyadB;
  $("f-type").value = filter.type;
  $("f-since").value = filter.since;
  $("f-until").value = filter.until;
  $("f-text").value = filter.text;
  $("f-negated").checked = filter.negated;
}

function filterParams() {
  const p = {};
  if (filter.dyadA && filter.dyadB) p.dyad = `${filter.dyadA},${filter.dyadB}`;
  else if (filter.dyadA || filter.dyadB || filter.actor) p.actor = filter.actor || filter.dyadA || filter.dyadB;
  if (filter.type) p.type = filter.type;
  if (filter.since) p.since = filter.since;
  if (filter.until) p.until = filter.until;
  if (filter.text) p.text = filter.text;
  if (filter.negated) p.include_negated = "true";
  return p;
}

function filterDescription() {
  const parts = [];
  if (filter.dyadA && filter.dyadB) parts.push(`dyad ${filter.dyadA}–${filter.dyadB}`);
  else if (filter.actor || filter.dyadA || filter.dyadB) parts.push(`country ${filter.actor || filter.dyadA || filter.dyadB}`);
  if (filter.type) parts.push(filter.type);
  if (filter.since || filter.until) parts.push(`${filter.since || "…"} to ${filter.until || "…"}`);
  if (filter.text) parts.push(`text “${filter.text}”`);
  return parts.length ? parts.join(", ") : "all events";
}

// ---------- formatting ----------

function codes(side) {
  return (side || []).map((a) => a.code).filter((c, i, all) => c && all.indexOf(c) === i).join(", ") || "—";
}

function quadBadge(quad) {
  return el("span", { class: `badge q-${quad}`, title: QUAD_LABEL[quad] || quad }, QUAD_LABEL[quad] || quad);
}

function scoreColour(score) {
  if (score === null || score === undefined || Number.isNaN(score)) return "#9aa3ad";
  const t = Math.max(-1, Math.min(1, score / 10));
  // red (conflict) -> grey-yellow (neutral) -> green (cooperation)
  const lerp = (a, b, u) => Math.round(a + (b - a) * u);
  if (t < 0) { const u = -t; return `rgb(${lerp(200, 200, u)},${lerp(190, 40, u)},${lerp(120, 40, u)})`; }
  return `rgb(${lerp(200, 30, t)},${lerp(190, 140, t)},${lerp(120, 60, t)})`;
}

function fmtScore(s) {
  return s === null || s === undefined ? "—" : Number(s).toFixed(1);
}

// ---------- text highlighting ----------

// Renders `text` into `container` with evidence blocks (mark.evidence) and, inside them,
// actor/recipient/trigger marks. Offsets are UTF-16 code units (the API converts byte spans).
function renderHighlighted(container, text, highlights, activeEventId) {
  clear(container);
  // Merge evidence ranges that overlap so nesting stays well-formed.
  const blocks = [];
  for (const h of highlights) {
    if (!h.evidence) continue;
    const [s, e] = h.evidence;
    const last = blocks[blocks.length - 1];
    if (last && s < last.end) { last.end = Math.max(last.end, e); last.items.push(h); } else blocks.push({ start: s, end: e, items: [h] });
  }
  blocks.sort((a, b) => a.start - b.start);
  let pos = 0;
  for (const b of blocks) {
    if (b.start < pos) continue;
    if (b.start > pos) container.append(document.createTextNode(text.slice(pos, b.start)));
    const ids = b.items.map((h) => h.event_id);
    const isActive = activeEventId ? ids.includes(activeEventId) : false;
    const mark = el("mark", {
      class: "evidence" + (activeEventId ? (isActive ? " active" : " other") : ""),
      "data-event-ids": ids.join(" "),
      "data-testid": isActive || !activeEventId ? "evidence" : "evidence-other",
      title: ids.join(", "),
    });
    const marks = [];
    for (const h of b.items) {
      if (activeEventId && h.event_id !== activeEventId) continue;
      for (const m of h.marks || []) if (m.start >= b.start && m.end <= b.end && m.end > m.start) marks.push(m);
    }
    marks.sort((x, y) => x.start - y.start || y.end - x.end);
    let p = b.start;
    for (const m of marks) {
      if (m.start < p) continue; // overlapping mark: keep the first
      if (m.start > p) mark.append(document.createTextNode(text.slice(p, m.start)));
      mark.append(el("span", { class: `m-${m.kind}`, "data-testid": `mark-${m.kind}`, title: m.kind }, text.slice(m.start, m.end)));
      p = m.end;
    }
    if (p < b.end) mark.append(document.createTextNode(text.slice(p, b.end)));
    container.append(mark);
    pos = b.end;
  }
  if (pos < text.length) container.append(document.createTextNode(text.slice(pos)));
}

function highlightLegend() {
  return el("p", { class: "legend" },
    el("span", {}, el("mark", { class: "evidence" }, "evidence sentence")),
    el("span", { class: "m-actor" }, "actor"),
    el("span", { class: "m-recipient" }, "recipient"),
    el("span", { class: "m-trigger" }, "trigger"));
}

// ---------- events table (sortable, cursor-paginated) ----------

const COLUMNS = [
  { key: "date", label: "Date", value: (e) => e.date || "" },
  { key: "event_type", label: "Type", value: (e) => e.event_type },
  { key: "actor", label: "Actor", value: (e) => codes(e.actor) },
  { key: "recipient", label: "Recipient", value: (e) => codes(e.recipient) },
  { key: "quad", label: "Quad", value: (e) => e.quad },
  { key: "score", label: "Score", value: (e) => e.score, numeric: true },
  { key: "sentence", label: "Evidence", value: (e) => e.sentence || "" },
];

function eventsTable(container, options) {
  const state = { cursors: [null], page: 0, rows: [], sortKey: null, sortDir: 1, limit: options.limit || 50, testid: options.testid || "events" };

  async function load() {
    const params = Object.assign({}, filterParams(), { limit: state.limit });
    const cursor = state.cursors[state.page];
    if (cursor) params.cursor = cursor;
    container.setAttribute("aria-busy", "true");
    try {
      const page = await api("/api/events" + query(params));
      state.rows = page.items || [];
      state.next = page.next_cursor || null;
      render();
    } catch (err) {
      clear(container).append(el("p", { class: "empty" }, `Could not load events: ${err.message}`));
    } finally {
      container.removeAttribute("aria-busy");
    }
  }

  function sortedRows() {
    if (!state.sortKey) return state.rows;
    const col = COLUMNS.find((c) => c.key === state.sortKey);
    return state.rows.slice().sort((a, b) => {
      const x = col.value(a), y = col.value(b);
      const cmp = col.numeric ? x - y : String(x).localeCompare(String(y));
      return cmp * state.sortDir;
    });
  }

  function render() {
    clear(container);
    if (!state.rows.length) {
      container.append(el("p", { class: "empty", "data-testid": `${state.testid}-empty` }, `No events for ${filterDescription()}.`));
    } else {
      const head = el("tr", {}, COLUMNS.map((c) => {
        const sorted = state.sortKey === c.key;
        return el("th", { scope: "col", "aria-sort": sorted ? (state.sortDir > 0 ? "ascending" : "descending") : "none" },
          el("button", {
            type: "button", "data-testid": `${state.testid}-sort-${c.key}`,
            onclick: () => { if (state.sortKey === c.key) state.sortDir = -state.sortDir; else { state.sortKey = c.key; state.sortDir = 1; } render(); },
          }, c.label + (sorted ? (state.sortDir > 0 ? " ▲" : " ▼") : "")));
      }));
      const body = el("tbody", {}, sortedRows().map((e) => el("tr", {
        "data-testid": `${state.testid}-row`, "data-event-id": e.id, class: "clickable",
        // The whole row opens the event; the type link is the keyboard route to the same place.
        onclick: (ev) => { if (!ev.target.closest("a, button")) location.hash = `#/event/${encodeURIComponent(e.id)}`; },
      },
        el("td", {}, e.date || "—"),
        el("td", {}, el("a", { href: `#/event/${encodeURIComponent(e.id)}`, "data-testid": "open-event" }, e.event_type),
          (e.mode && e.mode.length) ? el("span", { class: "muted" }, ` ${e.mode.join(", ")}`) : null,
          e.aux ? el("span", { class: "muted" }, ` (${e.aux})`) : null),
        el("td", { "data-col": "actor" }, codes(e.actor)),
        el("td", { "data-col": "recipient" }, codes(e.recipient)),
        el("td", {}, quadBadge(e.quad)),
        el("td", { class: "num" }, fmtScore(e.score)),
        el("td", {}, truncate(e.sentence || "", 160)))));
      container.append(el("table", { class: "data", "data-testid": `${state.testid}-table` }, el("thead", {}, head), body));
    }
    const prev = el("button", { type: "button", class: "secondary", "data-testid": `${state.testid}-prev`, disabled: state.page === 0,
      onclick: () => { state.page -= 1; load(); } }, "← Previous");
    const next = el("button", { type: "button", class: "secondary", "data-testid": `${state.testid}-next`, disabled: !state.next,
      onclick: () => { state.cursors[state.page + 1] = state.next; state.page += 1; load(); } }, "Next →");
    container.append(el("div", { class: "pager" }, prev, el("span", { class: "muted" }, `Page ${state.page + 1} · ${state.rows.length} rows · ${filterDescription()}`), next));
  }

  function reset() { state.cursors = [null]; state.page = 0; return load(); }
  return { reset };
}

function truncate(s, n) { return s.length > n ? s.slice(0, n - 1) + "…" : s; }

// ---------- overview: timeline chart ----------

async function showOverview() {
  const by = $("period").value;
  const summary = $("overview-summary");
  summary.textContent = `Loading ${filterDescription()}…`;
  const [timeline, actors] = await Promise.all([
    api("/api/timeline" + query(Object.assign({}, filterParams(), { by }))),
    api("/api/actors" + query(Object.assign({}, filterParams(), { top: 12 }))),
  ]);
  const total = (timeline.buckets || []).reduce((n, b) => n + b.events, 0);
  summary.textContent = `${total} events · ${filterDescription()} · by ${by}`;
  drawTimeline($("timeline"), timeline.buckets || [], total);
  drawActors($("top-actors"), actors.actors || []);
  overviewTable.reset();
}

function drawTimeline(container, buckets, total) {
  clear(container);
  container.setAttribute("data-total", String(total));
  container.setAttribute("data-buckets", String(buckets.length));
  const legend = clear($("timeline-legend"));
  for (const q of QUADS) legend.append(el("span", {}, el("span", { class: "swatch", style: `background:${QUAD_COLOUR[q]}` }), QUAD_LABEL[q]));
  legend.append(el("span", {}, el("span", { class: "swatch", style: "background:#17324f;height:3px" }), "mean score (right axis, −10…+10)"));
  if (!buckets.length) { container.append(el("p", { class: "empty", "data-testid": "timeline-empty" }, "No events in this selection.")); return; }
  const W = Math.max(640, Math.min(1300, buckets.length * 28 + 90)), H = 300;
  const m = { l: 46, r: 46, t: 14, b: 46 };
  const iw = W - m.l - m.r, ih = H - m.t - m.b;
  const maxCount = Math.max(1, ...buckets.map((b) => b.events));
  const bw = iw / buckets.length;
  const y = (v) => m.t + ih - (v / maxCount) * ih;
  const ys = (s) => m.t + ih / 2 - (s / 10) * (ih / 2);
  const root = svg("svg", { width: W, height: H, viewBox: `0 0 ${W} ${H}`, role: "img", "data-testid": "timeline-chart",
    "data-total": total, "aria-label": `Timeline of ${total} events, ${filterDescription()}` });
  // axes and grid
  const ticks = [...new Set([0, 1, 2, 3, 4].map((i) => Math.round((maxCount * i) / 4)))];
  for (const v of ticks) {
    root.append(svg("line", { x1: m.l, x2: W - m.r, y1: y(v), y2: y(v), stroke: "#eceff2" }));
    root.append(svg("text", { x: m.l - 6, y: y(v) + 4, "text-anchor": "end" }, String(v)));
  }
  for (const s of [-10, 0, 10]) root.append(svg("text", { x: W - m.r + 6, y: ys(s) + 4 }, (s > 0 ? "+" : "") + s));
  const labelEvery = Math.ceil(buckets.length / Math.floor(iw / 60));
  buckets.forEach((b, i) => {
    let acc = 0;
    const g = svg("g", { "data-testid": "timeline-bar", "data-period": b.period });
    const tip = [`${b.period}: ${b.events} events, mean score ${fmtScore(b.score_mean)}`];
    for (const q of QUADS) {
      const c = (b.counts_by_quad && b.counts_by_quad[q]) || 0;
      if (!c) continue;
      tip.push(`${QUAD_LABEL[q]}: ${c}`);
      g.append(svg("rect", { x: m.l + i * bw + 1, width: Math.max(1, bw - 2), y: y(acc + c), height: y(acc) - y(acc + c), fill: QUAD_COLOUR[q] }));
      acc += c;
    }
    g.append(svg("title", {}, tip.join("\n")));
    root.append(g);
    if (i % labelEvery === 0) root.append(svg("text", { x: m.l + i * bw + bw / 2, y: H - m.b + 16, "text-anchor": "middle" }, b.period));
  });
  const pts = buckets.map((b, i) => (!b.events) ? null : [m.l + i * bw + bw / 2, ys(b.score_mean)]);
  let d = "";
  let pen = false;
  for (const p of pts) { if (!p) { pen = false; continue; } d += `${pen ? "L" : "M"}${p[0].toFixed(1)},${p[1].toFixed(1)}`; pen = true; }
  root.append(svg("line", { x1: m.l, x2: W - m.r, y1: ys(0), y2: ys(0), stroke: "#17324f", "stroke-dasharray": "2,4", "stroke-opacity": ".4" }));
  if (d) root.append(svg("path", { d, fill: "none", stroke: "#17324f", "stroke-width": 2, "data-testid": "timeline-score" }));
  for (const p of pts) if (p) root.append(svg("circle", { cx: p[0], cy: p[1], r: 2.5, fill: "#17324f" }));
  root.append(svg("line", { x1: m.l, x2: W - m.r, y1: m.t + ih, y2: m.t + ih, stroke: "#8b95a1" }));
  root.append(svg("text", { x: 4, y: m.t + 8 }, "events"));
  container.append(root);
}

function drawActors(container, actors) {
  clear(container);
  if (!actors.length) { container.append(el("p", { class: "empty" }, "No actors.")); return; }
  const max = Math.max(...actors.map((a) => a.events));
  const table = el("table", { class: "data", "data-testid": "actors-table" },
    el("thead", {}, el("tr", {}, el("th", { scope: "col" }, "Actor"), el("th", { scope: "col" }, "Events"),
      el("th", { scope: "col" }, "As actor"), el("th", { scope: "col" }, "As recipient"), el("th", { scope: "col" }, ""))),
    el("tbody", {}, actors.map((a) => el("tr", {},
      el("td", {}, el("button", { type: "button", class: "link", title: `Show ${a.code}`,
        onclick: () => { filter.actor = a.code; filter.dyadA = ""; filter.dyadB = ""; writeFilterForm(); refresh(); } },
        a.kind === "person" ? `${a.name} (${a.code})` : a.code)),
      el("td", { class: "num" }, a.events), el("td", { class: "num" }, a.as_actor), el("td", { class: "num" }, a.as_recipient),
      el("td", { style: "width:40%" }, el("div", { style: `height:.8em;width:${(100 * a.events / max).toFixed(1)}%;background:#2f5d8c;border-radius:2px` }))))));
  container.append(table);
}

// ---------- network ----------

async function showNetwork() {
  const net = await api("/api/network" + query(filterParams()));
  // Store shape: nodes {id, events}; edges {source, target, events, score_mean}.
  const nodes = (net.nodes || []).map((n) => ({ code: n.id, count: n.events }));
  const edges = (net.edges || []).map((e) => ({ a: e.source, b: e.target, count: e.events, mean_score: e.score_mean }));
  drawNetwork($("network"), nodes, edges);
}

function openDyad(a, b) {
  filter.actor = ""; filter.dyadA = a; filter.dyadB = b;
  writeFilterForm();
  location.hash = "#/events";
}

function drawNetwork(container, nodes, edges) {
  clear(container);
  container.setAttribute("data-nodes", String(nodes.length));
  container.setAttribute("data-edges", String(edges.length));
  const list = clear($("network-edges"));
  if (!nodes.length) { container.append(el("p", { class: "empty" }, "No dyads in this selection.")); return; }
  const W = 900, H = 470, cx = W / 2;
  const sorted = nodes.slice().sort((a, b) => b.count - a.count).slice(0, 60);
  const keep = new Set(sorted.map((n) => n.code));
  const shown = edges.filter((e) => keep.has(e.a) && keep.has(e.b));
  const pos = layout(sorted, shown, W, H);
  const maxEdge = Math.max(1, ...shown.map((e) => e.count));
  const maxNode = Math.max(1, ...sorted.map((n) => n.count));
  const root = svg("svg", { width: W, height: H, viewBox: `0 0 ${W} ${H}`, role: "group", "aria-label": "Network of dyads", "data-testid": "network-chart" });
  for (const e of shown) {
    const p = pos.get(e.a), q = pos.get(e.b);
    // A thin filled polygon rather than a <line>: it has an area, so it is easy to hit and focus.
    const w = 1 + 9 * Math.sqrt(e.count / maxEdge);
    const len = Math.max(Math.hypot(q.x - p.x, q.y - p.y), 1);
    const ox = (-(q.y - p.y) / len) * w / 2, oy = ((q.x - p.x) / len) * w / 2;
    const points = [[p.x + ox, p.y + oy], [q.x + ox, q.y + oy], [q.x - ox, q.y - oy], [p.x - ox, p.y - oy]]
      .map(([x, y]) => `${x.toFixed(1)},${y.toFixed(1)}`).join(" ");
    const line = svg("polygon", {
      class: "edge", points, fill: scoreColour(e.mean_score), "fill-opacity": 0.75, stroke: scoreColour(e.mean_score), "stroke-width": 1,
      tabindex: 0, role: "button",
      "data-testid": "network-edge", "data-dyad": `${e.a},${e.b}`, "data-count": e.count,
      "aria-label": `${e.a}–${e.b}: ${e.count} events, mean score ${fmtScore(e.mean_score)}`,
      onclick: () => openDyad(e.a, e.b),
      onkeydown: (ev) => { if (ev.key === "Enter" || ev.key === " ") { ev.preventDefault(); openDyad(e.a, e.b); } },
    }, svg("title", {}, `${e.a}–${e.b}: ${e.count} events, mean score ${fmtScore(e.mean_score)}`));
    root.append(line);
  }
  for (const n of sorted) {
    const p = pos.get(n.code);
    const r = 5 + 12 * Math.sqrt(n.count / maxNode);
    root.append(svg("g", { class: "node", "data-testid": "network-node", "data-code": n.code },
      svg("circle", { cx: p.x, cy: p.y, r, fill: "#2f5d8c" }),
      svg("text", { x: p.x + (p.x >= cx ? r + 3 : -r - 3), y: p.y + 4, "text-anchor": p.x >= cx ? "start" : "end", style: "font-weight:600" }, n.code),
      svg("title", {}, `${n.code}: ${n.count} events`)));
  }
  container.append(root);
  // An accessible list of the same edges, strongest first.
  const rows = shown.slice().sort((a, b) => b.count - a.count).slice(0, 40);
  list.append(el("table", { class: "data" },
    el("thead", {}, el("tr", {}, el("th", { scope: "col" }, "Dyad"), el("th", { scope: "col" }, "Events"), el("th", { scope: "col" }, "Mean score"))),
    el("tbody", {}, rows.map((e) => el("tr", {},
      el("td", {}, el("button", { type: "button", class: "link", "data-testid": "edge-link", onclick: () => openDyad(e.a, e.b) }, `${e.a}–${e.b}`)),
      el("td", { class: "num" }, e.count),
      el("td", { class: "num", style: `color:${scoreColour(e.mean_score)}` }, fmtScore(e.mean_score)))))));
}

// Circular start, then a Fruchterman–Reingold spring embedder with a little gravity so that
// disconnected groups stay on screen. Deterministic: same data, same picture.
function layout(nodes, edges, W, H) {
  const pos = new Map();
  const n = nodes.length;
  nodes.forEach((node, i) => {
    const a = (2 * Math.PI * i) / n;
    pos.set(node.code, { x: W / 2 + W * 0.3 * Math.cos(a), y: H / 2 + H * 0.3 * Math.sin(a), dx: 0, dy: 0 });
  });
  if (n < 3) return pos;
  const k = Math.sqrt((W * H) / n) * 0.55;
  const maxCount = Math.max(1, ...edges.map((e) => e.count));
  const ps = [...pos.values()];
  const iterations = 300;
  for (let it = 0; it < iterations; it++) {
    const temp = (W / 10) * (1 - it / iterations) + 0.5;
    for (const p of ps) { p.dx = 0; p.dy = 0; }
    for (let i = 0; i < ps.length; i++) for (let j = i + 1; j < ps.length; j++) {
      const a = ps[i], b = ps[j];
      const dx = a.x - b.x, dy = a.y - b.y;
      const d = Math.max(Math.hypot(dx, dy), 0.5);
      const f = (k * k) / d;
      a.dx += (dx / d) * f; a.dy += (dy / d) * f; b.dx -= (dx / d) * f; b.dy -= (dy / d) * f;
    }
    for (const e of edges) {
      const a = pos.get(e.a), b = pos.get(e.b);
      const dx = a.x - b.x, dy = a.y - b.y;
      const d = Math.max(Math.hypot(dx, dy), 0.5);
      const f = ((d * d) / k) * (0.6 + 0.8 * e.count / maxCount);
      a.dx -= (dx / d) * f; a.dy -= (dy / d) * f; b.dx += (dx / d) * f; b.dy += (dy / d) * f;
    }
    for (const p of ps) {
      p.dx += (W / 2 - p.x) * 0.3 * k / 50;
      p.dy += (H / 2 - p.y) * 0.3 * k / 50;
      const d = Math.max(Math.hypot(p.dx, p.dy), 1e-6);
      p.x += (p.dx / d) * Math.min(d, temp);
      p.y += (p.dy / d) * Math.min(d, temp);
      p.x = Math.max(50, Math.min(W - 50, p.x));
      p.y = Math.max(25, Math.min(H - 25, p.y));
    }
  }
  return pos;
}

// ---------- event view ----------

async function showEvent(id) {
  const box = clear($("event-detail"));
  const data = await api(`/api/events/${encodeURIComponent(id)}`);
  const e = data.event;
  const doc = data.document;
  box.append(el("p", {}, el("a", { href: "#/events" }, "← Events")));
  box.append(el("h2", { "data-testid": "event-title" }, `${e.event_type} · ${codes(e.actor)} → ${codes(e.recipient)}`));
  const fields = [
    ["Event id", e.id], ["Type", e.event_type], ["Mode", (e.mode || []).join(", ") || "—"], ["Quad", quadBadge(e.quad)],
    ["Score", fmtScore(e.score)], ["CAMEO", e.cameo || "—"], ["Date", e.date || "—"], ["Aux", e.aux || "—"],
    ["Actor", actorList(e.actor)], ["Recipient", actorList(e.recipient)], ["Initiator", e.initiator || "—"],
    ["Location", e.location || "—"], ["Context", (e.context || []).join(", ") || "—"], ["Issues", (e.issues || []).join(", ") || "—"],
    ["Trigger", e.trigger || "—"], ["Sentence", `#${e.sentence_index}`],
  ];
  const dl = el("dl", { class: "fields", "data-testid": "event-fields" });
  for (const [k, v] of fields) dl.append(el("dt", {}, k), el("dd", {}, v));
  const docBox = el("div", { class: "doc", "data-testid": "event-document", id: "event-document" });
  renderHighlighted(docBox, doc.text, [data.highlight], e.id);
  const story = el("div", { "data-testid": "event-story" });
  if (data.story && data.story.length) {
    story.append(el("ul", {}, data.story.map((s) => el("li", {},
      el("a", { href: `#/event/${encodeURIComponent(s.id)}`, "data-testid": "story-link" }, `${s.event_type} ${s.date || ""}`),
      " ", el("span", { class: "muted" }, `${s.doc_title || s.doc_id}`)))));
  } else story.append(el("p", { class: "empty" }, "No other reports of this story."));
  box.append(el("div", { class: "cols" },
    el("div", {}, dl, el("h3", {}, "Other reports of the same story"), story),
    el("div", {},
      el("h3", {}, doc.title || doc.id, doc.date ? el("span", { class: "muted" }, ` · ${doc.date}`) : null),
      doc.url ? el("p", {}, el("a", { href: safeUrl(doc.url), rel: "noopener noreferrer" }, doc.url)) : null,
      highlightLegend(), docBox,
      el("p", {}, el("a", { href: `#/document/${encodeURIComponent(doc.id)}`, "data-testid": "open-document" }, "All events in this document")))));
  const ev = docBox.querySelector("mark.evidence.active");
  if (ev) ev.scrollIntoView({ block: "center" });
}

function actorList(side) {
  if (!side || !side.length) return "—";
  return el("ul", { class: "plain" }, side.map((a) => el("li", {},
    el("strong", {}, a.code), a.sector ? ` ${a.sector}` : "", a.name ? ` · ${a.name}` : "", a.title ? ` (${a.title})` : "",
    el("span", { class: "muted" }, ` — “${a.text}”`))));
}

function safeUrl(u) {
  return /^https?:\/\//i.test(u) ? u : "#";
}

// ---------- document view (also used by Try it) ----------

function renderDocument(box, doc, testid) {
  const textBox = el("div", { class: "doc", "data-testid": `${testid}-body` });
  renderHighlighted(textBox, doc.text, (doc.events || []).map((x) => x.highlight), null);
  const rows = (doc.events || []).map((x) => {
    const e = x.event;
    return el("tr", { "data-testid": `${testid}-event` },
      el("td", {}, doc.stored ? el("a", { href: `#/event/${encodeURIComponent(e.id)}` }, e.event_type) : e.event_type,
        (e.mode && e.mode.length) ? el("span", { class: "muted" }, ` ${e.mode.join(", ")}`) : null),
      el("td", {}, codes(e.actor)), el("td", {}, codes(e.recipient)), el("td", {}, e.date || "—"),
      el("td", {}, quadBadge(e.quad)), el("td", { class: "num" }, fmtScore(e.score)), el("td", {}, e.trigger || ""));
  });
  box.append(
    el("p", { class: "muted", "data-testid": `${testid}-count` }, `${(doc.events || []).length} events`),
    rows.length ? el("table", { class: "data", "data-testid": `${testid}-events` },
      el("thead", {}, el("tr", {}, ["Type", "Actor", "Recipient", "Date", "Quad", "Score", "Trigger"].map((h) => el("th", { scope: "col" }, h)))),
      el("tbody", {}, rows)) : el("p", { class: "empty" }, "No events coded."),
    highlightLegend(), textBox);
}

async function showDocument(id) {
  const box = clear($("document-detail"));
  const doc = await api(`/api/documents/${encodeURIComponent(id)}`);
  doc.stored = true;
  box.append(el("h2", { "data-testid": "document-title" }, doc.title || doc.id), doc.date ? el("p", { class: "muted" }, doc.date) : null);
  renderDocument(box, doc, "document");
}

// ---------- stance ----------

async function showStance() {
  const issue = $("stance-issue").value.trim();
  const box = clear($("stance-matrix"));
  if (!issue) { box.append(el("p", { class: "empty" }, "Enter an issue.")); return; }
  const data = await api("/api/stance" + query(Object.assign({}, filterParams(), { issue })));
  // Store rows: {actor, target, stance: support|oppose, count, event_types, evidence}; fold into cells.
  const byCell = new Map();
  for (const r of data.rows || []) {
    const key = `${r.actor}\u0000${r.target}`;
    const cell = byCell.get(key) || { actor: r.actor, target: r.target, supports: 0, opposes: 0, evidence: [] };
    if (r.stance === "support") cell.supports += r.count; else cell.opposes += r.count;
    cell.evidence.push(...(r.evidence || []));
    byCell.set(key, cell);
  }
  const cells = [...byCell.values()];
  if (!cells.length) { box.append(el("p", { class: "empty", "data-testid": "stance-empty" }, `No events about ${issue}.`)); return; }
  const rowsCodes = [...new Set(cells.map((c) => c.actor))].sort();
  const colCodes = [...new Set(cells.map((c) => c.target))].sort();
  const total = cells.reduce((n, c) => n + c.supports + c.opposes, 0);
  const table = el("table", { class: "data matrix", "data-testid": "stance-table" },
    el("caption", { class: "muted" }, `${issue}: ${total} statements`),
    el("thead", {}, el("tr", {}, el("th", { scope: "col" }, "actor ↓ / target →"), colCodes.map((c) => el("th", { scope: "col" }, c || "(no target)")))),
    el("tbody", {}, rowsCodes.map((r) => el("tr", {}, el("th", { scope: "row", class: "rowh" }, r),
      colCodes.map((c) => {
        const cell = byCell.get(`${r}\u0000${c}`);
        if (!cell) return el("td", { class: "cell" }, "");
        const n = cell.supports + cell.opposes;
        const balance = (10 * (cell.supports - cell.opposes)) / n;
        const label = `${r} → ${c || "no target"}: ${cell.supports} support, ${cell.opposes} oppose` + (cell.evidence.length ? `\n“${cell.evidence[0]}”` : "");
        return el("td", { class: "cell", style: `background:${scoreColour(balance)}`, title: label, "data-testid": "stance-cell",
            "data-actor": r, "data-target": c, "data-supports": cell.supports, "data-opposes": cell.opposes },
          el("button", { type: "button", class: "link", style: "color:#fff;font-weight:600", "aria-label": label,
            onclick: () => { filter.actor = ""; filter.dyadA = r; filter.dyadB = c; if (!c) { filter.actor = r; filter.dyadA = ""; } writeFilterForm(); location.hash = "#/events"; } },
          `+${cell.supports} / −${cell.opposes}`));
      })))));
  box.append(table);
}

// ---------- try it ----------

async function submitTry(ev) {
  ev.preventDefault();
  const box = clear($("try-result"));
  const body = { text: $("try-text").value };
  const title = $("try-title").value.trim();
  const date = $("try-date").value;
  if (title) body.title = title;
  if (date) body.date = date;
  box.append(el("p", { class: "muted" }, "Coding…"));
  try {
    const doc = await api("/api/code", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
    clear(box);
    renderDocument(box, doc, "try");
  } catch (err) {
    clear(box).append(el("p", { class: "status error", "data-testid": "try-error" }, err.message));
  }
}

// ---------- routing ----------

let overviewTable = null;
let eventsPage = null;

function route() {
  const hash = location.hash || "#/overview";
  const [, view, ...rest] = hash.split("/");
  const arg = decodeURIComponent(rest.join("/"));
  const known = ["overview", "network", "events", "event", "document", "stance", "try"];
  const name = known.includes(view) ? view : "overview";
  for (const v of known) $(`view-${v}`).hidden = v !== name;
  for (const a of document.querySelectorAll("#nav a")) {
    if (a.dataset.view === name || (name === "event" && a.dataset.view === "events") || (name === "document" && a.dataset.view === "events")) a.setAttribute("aria-current", "page");
    else a.removeAttribute("aria-current");
  }
  $("filters").hidden = !["overview", "network", "events", "stance"].includes(name);
  return run(name, arg);
}

async function run(name, arg) {
  setStatus("");
  document.body.dataset.view = name;
  document.body.dataset.ready = "false";
  try {
    if (name === "overview") await showOverview();
    else if (name === "network") await showNetwork();
    else if (name === "events") await eventsPage.reset();
    else if (name === "event") await showEvent(arg);
    else if (name === "document") await showDocument(arg);
    else if (name === "stance") await showStance();
  } catch (err) {
    setStatus(err.message, true);
  } finally {
    document.body.dataset.ready = "true";
  }
}

function refresh() { return route(); }

function init() {
  const typeSelect = $("f-type");
  for (const t of EVENT_TYPES) typeSelect.append(el("option", { value: t }, t));
  overviewTable = eventsTable($("overview-events"), { limit: 10, testid: "overview-events" });
  eventsPage = eventsTable($("events-table"), { limit: 50, testid: "events" });
  $("filters").addEventListener("submit", (ev) => { ev.preventDefault(); readFilterForm(); refresh(); });
  $("f-clear").addEventListener("click", () => {
    Object.assign(filter, { actor: "", dyadA: "", dyadB: "", type: "", since: "", until: "", text: "", negated: false });
    writeFilterForm(); refresh();
  });
  $("period").addEventListener("change", () => refresh());
  $("stance-form").addEventListener("submit", (ev) => { ev.preventDefault(); run("stance"); });
  $("try-form").addEventListener("submit", submitTry);
  window.addEventListener("hashchange", () => { route(); $("main").focus({ preventScroll: true }); });
  route();
}

document.addEventListener("DOMContentLoaded", init);
