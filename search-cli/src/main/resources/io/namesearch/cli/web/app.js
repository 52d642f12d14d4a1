// The page of `search serve`. Every text from the index is untrusted: it only ever reaches the
// page through textContent and createTextNode, never as markup.
"use strict";

(function () {
  const TIERS = {
    exact: "the same spelling",
    variant: "another spelling: scheme, language or script",
    family: "another form: gender, case or adjective",
    derived: "a derived name (-sk-): maybe another person or place",
    nickname: "a first-name equivalent or diminutive",
    typo: "a probable typo",
  };
  const TIER_ORDER = ["exact", "variant", "family", "derived", "nickname", "typo"];
  const FILTERS = ["min_tier", "since", "until"];

  const form = document.getElementById("search");
  const q = document.getElementById("q");
  const status = document.getElementById("status");
  const results = document.getElementById("results");
  const variants = document.getElementById("variants");
  const variantsList = document.getElementById("variants-list");
  const variantsNote = document.getElementById("variants-note");
  const more = document.getElementById("more");
  let page = 20; // hits per page; a shared URL may set it with &limit=N (1 to 100)
  let last = null; // the query and parameters of the results shown, and how many are shown
  let timer = 0;
  let seq = 0;

  function el(tag, cls, text) {
    const e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = String(text);
    return e;
  }

  function setStatus(text, isError) {
    status.textContent = text;
    status.classList.toggle("error", Boolean(isError));
  }

  function params() {
    const p = new URLSearchParams();
    const text = q.value.trim();
    if (text) p.set("q", text);
    for (const name of FILTERS) {
      const v = document.getElementById(name).value;
      if (v) p.set(name, v);
    }
    if (text && page !== 20) p.set("limit", String(page));
    return p;
  }

  /** Runs the search in the form; `push` adds a history entry (a submit) instead of replacing. */
  async function run(push) {
    clearTimeout(timer);
    const p = params();
    const url = p.toString() ? "?" + p.toString() : location.pathname;
    if (push) history.pushState(null, "", url); else history.replaceState(null, "", url);
    const text = p.get("q");
    const mine = ++seq;
    last = null;
    more.hidden = true;
    if (!text) {
      results.replaceChildren();
      variants.hidden = true;
      setStatus("Type a name to search for, such as Baltrukov or Ходорковский.", false);
      return;
    }
    setStatus("Searching…", false);
    p.set("limit", String(page));
    let body;
    let ok;
    try {
      const resp = await fetch("/api/search?" + p.toString(), { headers: { Accept: "application/json" } });
      ok = resp.ok;
      body = await resp.json();
    } catch (e) {
      if (mine === seq) setStatus("The server did not answer: " + e.message, true);
      return;
    }
    if (mine !== seq) return; // a newer search is under way
    if (!ok) {
      results.replaceChildren();
      variants.hidden = true;
      setStatus(body && body.error ? body.error : "The search failed.", true);
      return;
    }
    render(body, text);
    last = { params: p, text: text, shown: (body.hits || []).length, total: body.total_hits, body: body };
    more.hidden = last.shown >= last.total;
    loadVariants(text, body, mine);
  }

  /** The next page of the same search, appended; the focus moves to its first result. */
  async function loadMore() {
    if (!last) return;
    const mine = seq;
    const p = new URLSearchParams(last.params);
    p.set("offset", String(last.shown));
    let body;
    try {
      const resp = await fetch("/api/search?" + p.toString());
      body = await resp.json();
      if (!resp.ok) {
        setStatus(body && body.error ? body.error : "The search failed.", true);
        return;
      }
    } catch (e) {
      setStatus("The server did not answer: " + e.message, true);
      return;
    }
    if (mine !== seq || !last) return;
    const items = (body.hits || []).map(renderHit);
    results.append(...items);
    last.shown += items.length;
    last.body.hits = (last.body.hits || []).concat(body.hits || []);
    more.hidden = items.length === 0 || last.shown >= last.total;
    setStatus("Showing " + last.shown + " of " + last.total + " hits for “" + last.text + "”.", false);
    if (items.length) items[0].focus();
  }

  function render(body, text) {
    const hits = body.hits || [];
    const total = body.total_hits_exact ? String(body.total_hits) : "at least " + body.total_hits;
    if (hits.length === 0) {
      setStatus("No hits for “" + text + "”.", false);
    } else if (hits.length < body.total_hits) {
      setStatus("Showing " + hits.length + " of " + total + " hits for “" + text + "”.", false);
    } else {
      setStatus(total + (body.total_hits === 1 ? " hit" : " hits") + " for “" + text + "”.", false);
    }
    results.replaceChildren(...hits.map(renderHit));
  }

  function renderHit(hit) {
    const li = el("li", "hit");
    li.tabIndex = 0;
    const title = hit.title && hit.title.trim() ? hit.title : hit.id;
    const h = el("h3", null, title);
    li.appendChild(h);
    li.setAttribute("aria-label", hit.rank + ". " + title);
    const meta = [];
    const source = hit.source || hit.id;
    meta.push(source.startsWith("seeds/") ? source.substring(6) : source);
    if (hit.date) meta.push(hit.date);
    meta.push("score " + Number(hit.score).toFixed(3));
    li.appendChild(el("p", "meta", meta.join(" · ")));
    if (hit.mention) {
      // The person mention of a full-name query (the --json 'mention' object), as text.
      const m = hit.mention;
      const p = el("p", "mention");
      if (m.kind) p.appendChild(el("span", "tier tier-mention", String(m.kind).replace(/_/g, " ")));
      p.appendChild(document.createTextNode(
        typeof m === "string" ? m : m.explain || m.document || JSON.stringify(m)));
      li.appendChild(p);
    }
    const matches = el("ul", "matches");
    for (const m of hit.matches || []) {
      const item = el("li");
      const badge = el("span", "tier tier-" + String(m.tier).replace(/[^a-z]/g, ""), m.tier);
      badge.title = TIERS[m.tier] || "";
      item.appendChild(badge);
      item.appendChild(document.createTextNode(
        m.tier === "exact" ? m.document : m.document + " ≈ " + m.query));
      const why = [];
      if (TIERS[m.tier]) why.push(TIERS[m.tier]);
      if (m.field && m.field !== "body") why.push("in the " + m.field);
      if (why.length) item.appendChild(el("span", "why", " · " + why.join(", ")));
      matches.appendChild(item);
    }
    li.appendChild(matches);
    for (const s of hit.snippets || []) li.appendChild(renderSnippet(s));
    return li;
  }

  /** The snippet's text with its highlights as <mark> elements, built from offsets. */
  function renderSnippet(s) {
    const p = el("p", "snippet");
    const text = String(s.text || "");
    let pos = 0;
    const spans = (s.highlights || []).slice().sort((a, b) => a.start - b.start);
    for (const span of spans) {
      const from = span.start - s.start;
      const to = span.end - s.start;
      if (from < pos || to > text.length || from >= to) continue;
      p.appendChild(document.createTextNode(text.substring(pos, from)));
      p.appendChild(el("mark", null, text.substring(from, to)));
      pos = to;
    }
    p.appendChild(document.createTextNode(text.substring(pos)));
    return p;
  }

  /** The variants panel: the archive's spellings of the name, or those in these results. */
  async function loadVariants(text, body, mine) {
    let list = null;
    try {
      const resp = await fetch("/api/variants?q=" + encodeURIComponent(text));
      if (resp.ok) {
        const v = await resp.json();
        list = (v.variants || []).map((x) => ({
          spelling: x.spelling || x.form || x.word, tier: x.tier, docs: x.documents || x.docs || 0,
        }));
      }
    } catch (e) {
      list = null;
    }
    if (mine !== seq) return;
    let note = "Spellings of the name found in the archive.";
    if (list === null) {
      note = "Spellings that matched in these results.";
      const seen = new Map();
      for (const hit of body.hits || []) {
        const inHit = new Set();
        for (const m of hit.matches || []) {
          const key = m.document + "\u0000" + m.tier;
          if (inHit.has(key)) continue;
          inHit.add(key);
          const e = seen.get(key) || { spelling: m.document, tier: m.tier, docs: 0 };
          e.docs++;
          seen.set(key, e);
        }
      }
      list = [...seen.values()];
    }
    list.sort((a, b) => TIER_ORDER.indexOf(a.tier) - TIER_ORDER.indexOf(b.tier) || b.docs - a.docs);
    variantsNote.textContent = note;
    variantsList.replaceChildren(...list.map((v) => {
      const li = el("li");
      li.appendChild(el("span", "tier tier-" + String(v.tier).replace(/[^a-z]/g, ""), v.tier));
      li.appendChild(document.createTextNode(v.spelling + " "));
      li.appendChild(el("span", "count", v.docs + (v.docs === 1 ? " document" : " documents")));
      return li;
    }));
    variants.hidden = list.length === 0;
  }

  function fromUrl() {
    const p = new URLSearchParams(location.search);
    q.value = p.get("q") || "";
    const n = parseInt(p.get("limit") || "20", 10);
    page = n >= 1 && n <= 100 ? n : 20;
    for (const name of FILTERS) document.getElementById(name).value = p.get(name) || "";
  }

  more.addEventListener("click", loadMore);
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    run(true);
  });
  q.addEventListener("input", () => {
    clearTimeout(timer);
    if (q.value.trim()) timer = setTimeout(() => run(false), 250);
  });
  for (const name of FILTERS) document.getElementById(name).addEventListener("change", () => run(true));
  q.addEventListener("keydown", (e) => {
    if (e.key === "Escape") {
      q.value = "";
      run(false);
    }
  });
  document.addEventListener("keydown", (e) => {
    if (e.key === "/" && document.activeElement !== q && !/^(INPUT|SELECT|TEXTAREA)$/.test(document.activeElement.tagName)) {
      e.preventDefault();
      q.focus();
      q.select();
    }
  });
  window.addEventListener("popstate", () => {
    fromUrl();
    run(false);
  });

  fromUrl();
  if (q.value.trim()) run(false);
  q.focus();
})();
