// The phrase browser (常用语库 page, and the panel beside the drafting form): sections, search,
// slots marked, sources by title and year, out-of-date wording marked and not offered for copying,
// 50 at a time with "more".
"use strict";
function mountPhrases(root) {
  const q = root.querySelector("#q");
  const list = root.querySelector(".phrase-list");
  const sectionList = root.querySelector(".section-list");
  const msg = root.querySelector("[data-role=msg]");
  const more = root.querySelector("[data-role=more]");
  let section = "", generation = 0, offset = 0, shown = 0;
  async function copy(text, button) {
    try { await navigator.clipboard.writeText(text); }
    catch (e) {                      // no clipboard permission: the old way
      const t = el("textarea", { value: text }); document.body.append(t); t.select();
      document.execCommand("copy"); t.remove();
    }
    button.textContent = MSG.copied;
    setTimeout(() => (button.textContent = MSG.copy), 1500);
  }
  function marked(text) {           // 〔slot〕 in colour
    const span = el("p", { class: "text" });
    for (const part of text.split(/(〔[^〔〕]{1,8}〕)/)) {
      if (/^〔.*〕$/.test(part)) span.append(el("span", { class: "slot" }, part));
      else if (part) span.append(part);
    }
    return span;
  }
  function item(p) {
    const outdated = p.outdated;
    const row = el("div", { class: "row" }, marked(p.text));
    if (!outdated) {
      const button = el("button", { type: "button", class: "copy small", "aria-label": `${MSG.copy}：${p.text.slice(0, 20)}` }, MSG.copy);
      button.addEventListener("click", () => copy(p.text, button));
      row.append(button);
    }
    const src = p.sources.slice(0, 2).map(MSG.source).join("；");
    return el("li", { "data-id": p.id, class: outdated ? "outdated" : "" }, row,
      el("div", { class: "meta" }, [src, MSG.used(p.count)].filter(Boolean).join(" · ")),
      outdated ? el("div", { class: "era" }, MSG.outdated + "（" + p.era + "）") :
        (p.era ? el("div", { class: "era" }, MSG.era(p.era)) : null),
      p.specific.length ? el("div", { class: "specific" }, MSG.specific(p.specific.join("、"))) : null);
  }
  async function load(append) {
    const params = new URLSearchParams();
    if (section) params.set("section", section);
    if (q.value.trim()) params.set("q", q.value.trim());
    offset = append ? shown : 0;
    params.set("offset", offset);
    const mine = ++generation;
    try {
      const { body } = await api(`/api/phrases?${params}`);
      if (mine !== generation) return;          // a newer search has been asked for
      const all = body.sections.reduce((n, s) => n + s.count, 0);
      const button = (id, text, title) => {
        const b = el("button", { type: "button", "data-section": id, "aria-pressed": String(id === section), title: title || "" }, text);
        b.addEventListener("click", () => { section = id; load(false); });
        return el("li", {}, b);
      };
      sectionList.replaceChildren(button("", `${MSG.all}（${all}）`),
        ...body.sections.filter(s => s.count).map(s => button(s.id, `${s.label}（${s.count}）`, s.about)));
      const items = body.phrases.map(item);
      if (append) list.append(...items); else list.replaceChildren(...items);
      shown = offset + body.phrases.length;
      msg.textContent = body.total ? MSG.total(body.total, shown) : MSG.none;
      more.hidden = shown >= body.total;
    } catch (err) { msg.textContent = err.message; }
  }
  more.addEventListener("click", () => load(true));
  let t = null;
  q.addEventListener("input", () => { clearTimeout(t); t = setTimeout(() => load(false), 200); });
  load(false);
}
if (document.body.dataset.page === "phrases") mountPhrases(document.querySelector("[data-phrases]"));
