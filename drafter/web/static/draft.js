// The drafting page. The form edits an event (kept whole in `base`: fields the form does not show
// are kept, so open → save loses nothing); every change redrafts (debounced) and is autosaved in
// this browser; an error greys the preview with a banner that jumps to the field.
"use strict";
const form = document.getElementById("event");
const preview = document.getElementById("preview");
const previewBox = document.getElementById("preview-box");
const msg = document.getElementById("draft-msg");
const seedInfo = document.getElementById("seed-info");
const stale = document.getElementById("stale");
const staleText = document.getElementById("stale-text");
const fileMsg = document.getElementById("file-msg");
const pointRows = document.getElementById("point-rows");
const STORE = "drafter.draft.v1";
const EXAMPLE = {
  kind: "welcome",
  event: { name: "东西部协作高层联席会议暨签约捐赠仪式", date: "2026-04-28", place: "青山县", theme: "推进乡村全面振兴" },
  speaker: { name: "李明华", title: "县委书记", side: "host" },
  host: { name: "云川省白鹤市青山县", leaders: [{ name: "李明华", title: "县委书记" }],
          facts: ["2020年如期实现脱贫摘帽"], industries: ["高山蔬菜", "中药材", "生态旅游"] },
  guest: { name: "海州市滨江区", delegation: "党政代表团",
           leaders: [{ name: "欧阳建国", title: "区委书记" }, { name: "周文", title: "区委副书记、区长" }] },
  cooperation: { since: 2017, areas: ["产业合作", "劳务协作", "消费帮扶"], facts: ["累计投入财政帮扶资金8600万元"], donation: "300万元" },
  length: 1500,
};
// the wording: null until the writer asks for another (换一种说法) or a file brings one; the server
// then uses the library's default for the event, as `drafter draft` does, and says which it used
let base = {}, seed = null, usedSeed = null, isExample = false, dirty = false, jumpTo = null;
const withSeed = o => (seed === null ? o : Object.assign(o, { seed }));

const clone = o => JSON.parse(JSON.stringify(o));
function fields() { return form.querySelectorAll("[data-field]"); }
function getPath(obj, path) { return path.split(".").reduce((o, k) => (o == null ? undefined : o[k]), obj); }
function setPath(obj, path, value) {
  const keys = path.split(".");
  let o = obj;
  for (const k of keys.slice(0, -1)) o = (o[k] && typeof o[k] === "object" && !Array.isArray(o[k])) ? o[k] : (o[k] = {});
  if (value === undefined) delete o[keys[keys.length - 1]]; else o[keys[keys.length - 1]] = value;
}
function prune(o) {            // empty maps the form left behind go (an empty 协作 is no 协作)
  for (const k of Object.keys(o)) {
    const v = o[k];
    if (v && typeof v === "object" && !Array.isArray(v)) { prune(v); if (!Object.keys(v).length) delete o[k]; }
  }
  return o;
}
const lines = raw => raw.split("\n").map(s => s.trim()).filter(Boolean);
const leaderLine = p => (p && typeof p === "object") ? `${p.name || ""} ${p.title || ""}`.trim() : String(p);

// ---------------------------------------------------------------- points: one row each
function pointRow(p, i) {
  const n = i + 1;
  const row = el("div", { class: "point", "data-point": String(i) });
  const head = el("div", { class: "point-head" }, el("strong", {}, MSG.point(n)));
  const del = el("button", { type: "button", class: "small", "aria-label": `删除要点 ${n}` }, "删除");
  del.addEventListener("click", () => { const pts = readPoints(); pts.splice(i, 1); setPoints(pts); changed(); });
  head.append(del);
  row.append(head);
  for (const [key, label] of [["heading", "标题"], ["topic", "话题"], ["body", "内容"]]) {
    const id = `f-points.${i}.${key}`;
    const input = key === "body" ? el("textarea", { id, rows: 2 }) : el("input", { id, type: "text" });
    input.dataset.point = String(i); input.dataset.key = key; input.dataset.label = `${MSG.point(n)} · ${label}`;
    input.setAttribute("aria-describedby", `e-points.${i}.${key}`);
    input.value = (p && p[key]) || "";
    row.append(el("div", { class: "field" }, el("label", { for: id }, label), input,
      el("span", { class: "field-error", id: `e-points.${i}.${key}`, "aria-live": "polite" })));
  }
  return row;
}
let pointBase = [];
function setPoints(pts) {
  pointBase = clone(pts || []);
  pointRows.replaceChildren(...pointBase.map(pointRow));
}
function readPoints() {
  return [...pointRows.querySelectorAll(".point")].map((row, i) => {
    const p = Object.assign({}, pointBase[i] && typeof pointBase[i] === "object" ? pointBase[i] : {});
    for (const input of row.querySelectorAll("[data-key]")) {
      const v = input.value.trim();
      if (v) p[input.dataset.key] = v; else delete p[input.dataset.key];
    }
    return p;
  });
}
document.getElementById("add-point").addEventListener("click", () => {
  const pts = readPoints(); pts.push({}); setPoints(pts);
  pointRows.querySelector(`[data-point="${pts.length - 1}"][data-key=heading]`).focus();
});

// ---------------------------------------------------------------- form ⇄ event
function readForm() {
  const ev = clone(base);
  for (const f of fields()) {
    const path = f.dataset.field, kind = f.dataset.kind, raw = f.value.trim();
    let value = raw || undefined;
    if (raw && kind === "lines") value = lines(raw);
    else if (raw && kind === "leaders") {
      const before = [].concat(getPath(base, path) || []);
      value = lines(raw).map(l => before.find(p => leaderLine(p) === l) || { name: l });  // keep 称呼 and the rest
    } else if (raw && kind === "person") {
      const before = getPath(base, path);
      value = before && leaderLine(before) === raw ? before : { name: raw };
    } else if (raw && kind === "int") value = /^\d+$/.test(raw) ? Number(raw) : raw;
    setPath(ev, path, value);
  }
  const pts = readPoints().filter(p => Object.keys(p).length);
  if (pts.length) ev.points = pts; else delete ev.points;
  if (seed !== null) ev.seed = seed; else delete ev.seed;
  return prune(ev);
}
function fillForm(ev) {
  base = clone(ev || {});
  seed = Number.isInteger(base.seed) ? base.seed : null;
  for (const f of fields()) {
    const v = getPath(base, f.dataset.field), kind = f.dataset.kind;
    if (v == null) f.value = f.tagName === "SELECT" ? (f.dataset.field === "kind" ? "welcome" : "") : "";
    else if (kind === "lines") f.value = [].concat(v).join("\n");
    else if (kind === "leaders") f.value = [].concat(v).map(leaderLine).join("\n");
    else if (kind === "person") f.value = leaderLine(v);
    else f.value = v;
  }
  setPoints(Array.isArray(base.points) ? base.points : []);
  clearErrors();
}

// ---------------------------------------------------------------- errors where the writer is
function clearErrors() {
  form.querySelectorAll(".field-error").forEach(e => (e.textContent = ""));
  form.querySelectorAll(".bad").forEach(e => { e.classList.remove("bad"); e.removeAttribute("aria-invalid"); });
  stale.hidden = true; previewBox.classList.remove("stale"); jumpTo = null;
}
function targetOf(field) {
  if (!field) return null;
  const m = field.match(/^points\[(\d+)\](?:\.(\w+))?/);
  if (m) return form.querySelector(`[data-point="${m[1]}"][data-key="${m[2] || "heading"}"]`) || document.getElementById("add-point");
  if (field === "points") return document.getElementById("add-point");
  let target = null;
  for (const f of fields()) {
    const name = f.dataset.field;
    if (field === name || field.startsWith(name + ".") || field.startsWith(name + "[") || name.startsWith(field + ".")) {
      if (!target || (field.startsWith(name) && name.length > target.dataset.field.length)) target = f;
    }
  }
  return target;
}
function labelOf(target, field) {
  if (!target) return "";
  const fs = target.closest("fieldset");
  const group = fs && !target.dataset.point ? fs.querySelector("legend").textContent.replace(/（.*）/, "") + " · " : "";
  const item = (field || "").match(/\[(\d+)\]/);
  const row = item && target.dataset.kind ? `（${MSG.row(Number(item[1]) + 1)}）` : "";
  return `「${group}${target.dataset.label || ""}${row}」`;
}
function showError(err) {
  clearErrors();
  const target = targetOf(err.field);
  const text = target ? `${labelOf(target, err.field)}：${err.message}` : err.message;
  if (target && target.dataset.label) {
    target.classList.add("bad");
    target.setAttribute("aria-invalid", "true");
    const slot = document.getElementById("e-" + (target.dataset.point ? `points.${target.dataset.point}.${target.dataset.key}` : target.dataset.field));
    if (slot) slot.textContent = err.message;
  }
  staleText.textContent = MSG.stale + text;
  document.getElementById("jump").hidden = !target;
  jumpTo = target;
  stale.hidden = false;
  previewBox.classList.add("stale");
}
document.getElementById("jump").addEventListener("click", () => {
  if (!jumpTo) return;
  jumpTo.scrollIntoView({ block: "center" });
  jumpTo.focus();
});

// ---------------------------------------------------------------- drafting
let timer = null, generation = 0;
async function redraft() {
  const mine = ++generation;
  try {
    const { body } = await postJSON("/api/draft", withSeed({ event: readForm() }));
    if (mine !== generation) return;
    clearErrors();
    preview.textContent = body.text;
    msg.textContent = body.warnings.join("\n");
    usedSeed = body.seed;
    seedInfo.textContent = MSG.seed(body.seed, body.length);
    for (const [path, people] of Object.entries(body.readings || {})) {
      const ul = document.getElementById("r-" + path);
      if (ul) ul.replaceChildren(...people.map((p, i) => el("li", {}, (people.length > 1 || path.endsWith("leaders") ? MSG.row(i + 1) : "") + MSG.reading(p))));
    }
  } catch (err) {
    if (mine !== generation) return;
    showError(err);
  }
}
function autosave() {
  try {
    localStorage.setItem(STORE, JSON.stringify({ event: readForm(), seed, example: isExample, dirty,
                                                 at: new Date().toLocaleString("zh-CN") }));
  } catch (e) { /* storage full or off: the warning before leaving still guards */ }
}
function markExample(on) {
  isExample = on;
  document.getElementById("example-badge").hidden = !on;
  const note = document.getElementById("example-note");
  note.hidden = !on; note.textContent = on ? MSG.exampleNote : "";
}
function changed() {
  dirty = true;
  if (isExample) markExample(false);          // edited: the writer's own work from now on
  clearTimeout(timer);
  timer = setTimeout(() => { autosave(); redraft(); }, 250);
}
form.addEventListener("input", changed);
form.addEventListener("change", changed);
window.addEventListener("beforeunload", (e) => {
  if (!dirty) return;
  autosave();
  e.preventDefault();
  e.returnValue = "";
});
document.getElementById("reseed").addEventListener("click", () => {
  seed = (seed !== null ? seed : (usedSeed !== null ? usedSeed : 0)) + 1;
  dirty = true; autosave(); redraft();
});
for (const b of document.querySelectorAll("[data-download]")) {
  b.addEventListener("click", async () => {
    try {
      const fmt = b.dataset.download;
      const { body, res } = await postJSON(`/api/download/${fmt}`, withSeed({ event: readForm(),
        comments: fmt === "docx" && document.getElementById("comments").checked }));
      saveBlob(body, fileName(res, `draft.${fmt}`));
    } catch (err) { showError(err); }
  });
}
document.getElementById("save").addEventListener("click", async () => {
  try {
    const { body, res } = await postJSON("/api/event", withSeed({ event: readForm() }));
    const name = fileName(res, "活动.yaml");
    saveBlob(body, name);
    dirty = false; autosave();
    fileMsg.textContent = MSG.saved(name);
  } catch (err) { showError(err); }
});
document.getElementById("load").addEventListener("change", async (e) => {
  const file = e.target.files[0];
  if (!file) return;
  const data = new FormData();
  data.append("file", file);
  try {
    const { body } = await api("/api/event/load", { method: "POST", body: data });
    fillForm(body.event);
    markExample(false);
    dirty = false;
    autosave();
    fileMsg.textContent = MSG.opened(file.name) + (body.warnings.length ? "：" + body.warnings.join("；") : "");
    redraft();
  } catch (err) { fileMsg.textContent = err.message; }
  e.target.value = "";
});
document.getElementById("new").addEventListener("click", () => {
  if (dirty && !isExample && !confirm(MSG.newConfirm)) return;
  fillForm({ kind: "welcome" });
  markExample(false);
  dirty = false; autosave();
  fileMsg.textContent = "";
  preview.textContent = ""; seedInfo.textContent = ""; msg.textContent = "";
  document.getElementById("f-event.name").focus();
});
document.getElementById("example").addEventListener("click", () => {
  if (dirty && !isExample && !confirm(MSG.newConfirm)) return;
  fillForm(EXAMPLE); markExample(true); dirty = false; autosave(); fileMsg.textContent = ""; redraft();
});

// ---------------------------------------------------------------- the phrase bank beside the form
const tabs = { preview: document.getElementById("tab-preview"), bank: document.getElementById("tab-bank") };
let mounted = false;
function showTab(which) {
  for (const [name, tab] of Object.entries(tabs)) {
    tab.setAttribute("aria-selected", String(name === which));
    document.getElementById(tab.getAttribute("aria-controls")).hidden = name !== which;
  }
  if (which === "bank" && !mounted) { mountPhrases(document.querySelector("[data-phrases]")); mounted = true; }
}
tabs.preview.addEventListener("click", () => showTab("preview"));
tabs.bank.addEventListener("click", () => showTab("bank"));

// ---------------------------------------------------------------- start: what was there, else the example
(function start() {
  let saved = null;
  try { saved = JSON.parse(localStorage.getItem(STORE) || "null"); } catch (e) { saved = null; }
  if (saved && saved.event && typeof saved.event === "object") {
    fillForm(saved.event);
    if (Number.isInteger(saved.seed)) seed = saved.seed;
    markExample(!!saved.example);
    dirty = !!saved.dirty;
    if (!saved.example) fileMsg.textContent = MSG.restored(saved.at || "");
  } else {
    fillForm(EXAMPLE);
    markExample(true);
  }
  if (Object.keys(base).length > 1) redraft();
})();
