// The phrase page: sections with counts, keyword search, sources, era and a copy button.
"use strict";
const q = document.getElementById("q");
const list = document.getElementById("phrases");
const sectionList = document.getElementById("sections");
const pmsg = document.getElementById("phrase-msg");
let section = "", generation = 0;
async function copy(text, button) {
  try { await navigator.clipboard.writeText(text); }
  catch (e) {                      // no clipboard permission: the old way
    const t = el("textarea", { value: text }); document.body.append(t); t.select();
    document.execCommand("copy"); t.remove();
  }
  button.textContent = "已复制";
  setTimeout(() => (button.textContent = "复制"), 1500);
}
async function load() {
  const params = new URLSearchParams();
  if (section) params.set("section", section);
  if (q.value.trim()) params.set("q", q.value.trim());
  const mine = ++generation;
  try {
    const { body } = await api(`/api/phrases?${params}`);
    if (mine !== generation) return;          // a newer search has been asked for
    sectionList.replaceChildren(el("li", {}, el("a", { href: "#", "data-section": "", class: section ? "" : "on" },
      `全部 (${body.sections.reduce((n, s) => n + s.count, 0)})`)),
      ...body.sections.map(s => el("li", {}, el("a", { href: "#", "data-section": s.id, class: s.id === section ? "on" : "", title: s.about },
        `${s.label} (${s.count})`))));
    pmsg.textContent = `${body.total} 条` + (body.total > body.phrases.length ? `，显示前 ${body.phrases.length} 条` : "");
    list.replaceChildren(...body.phrases.map(p => {
      const button = el("button", { type: "button", class: "copy" }, "复制");
      button.addEventListener("click", () => copy(p.text, button));
      const src = p.sources.map(s => `${s.file}:${s.line}`).join("；");
      return el("li", { "data-id": p.id },
        el("p", { class: "text" }, p.text), button,
        el("div", { class: "meta" }, `${p.id} · ×${p.count} · 出处：${src}`),
        ...(p.era ? [el("div", { class: "era" }, `提法时限：${p.era}`)] : []),
        ...(p.specific.length ? [el("div", { class: "specific" }, `含具体内容（不用于起草）：${p.specific.join("、")}`)] : []));
    }));
  } catch (err) { pmsg.textContent = err.message; }
}
sectionList.addEventListener("click", (e) => {
  const a = e.target.closest("a[data-section]");
  if (!a) return;
  e.preventDefault();
  section = a.dataset.section;
  load();
});
let t = null;
q.addEventListener("input", () => { clearTimeout(t); t = setTimeout(load, 200); });
load();
