// The drafting page: the form is an event file; every change redrafts (debounced).
"use strict";
const form = document.getElementById("event");
const preview = document.getElementById("preview");
const msg = document.getElementById("draft-msg");
const seedInfo = document.getElementById("seed-info");
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
let seed = 2026;

function fields() { return form.querySelectorAll("[data-field]"); }
function getPath(obj, path) { return path.split(".").reduce((o, k) => (o == null ? undefined : o[k]), obj); }
function setPath(obj, path, value) {
  const keys = path.split(".");
  let o = obj;
  for (const k of keys.slice(0, -1)) o = o[k] = o[k] || {};
  o[keys[keys.length - 1]] = value;
}
function readForm() {
  const ev = {};
  for (const f of fields()) {
    const raw = f.value.trim();
    if (!raw) continue;
    const kind = f.dataset.kind;
    let value = raw;
    const lines = raw.split("\n").map(s => s.trim()).filter(Boolean);
    if (kind === "lines") value = lines;
    else if (kind === "leaders") value = lines.map(l => { const [name, ...t] = l.split(/\s+/); return { name, title: t.join(" ") }; });
    else if (kind === "points") value = lines.map(h => ({ heading: h }));
    else if (kind === "int") value = /^\d+$/.test(raw) ? Number(raw) : raw;
    setPath(ev, f.dataset.field, value);
  }
  return ev;
}
function fillForm(ev) {
  for (const f of fields()) {
    const v = getPath(ev, f.dataset.field);
    const kind = f.dataset.kind;
    if (v == null) f.value = f.tagName === "SELECT" ? f.options[0].value : "";
    else if (kind === "lines") f.value = [].concat(v).join("\n");
    else if (kind === "leaders") f.value = [].concat(v).map(p => `${p.name || ""} ${p.title || ""}`.trim()).join("\n");
    else if (kind === "points") f.value = [].concat(v).map(p => p.heading || p.topic || "").join("\n");
    else f.value = v;
  }
}
function clearErrors() {
  form.querySelectorAll(".field-error").forEach(e => e.remove());
  form.querySelectorAll(".bad").forEach(e => e.classList.remove("bad"));
}
function showError(err) {
  // the message goes next to the field it concerns: the longest data-field that starts its path
  let target = null;
  if (err.field) {
    for (const f of fields()) {
      const name = f.dataset.field;
      if (err.field === name || err.field.startsWith(name + ".") || err.field.startsWith(name + "[")) {
        if (!target || name.length > target.dataset.field.length) target = f;
      }
    }
  }
  const text = (err.field ? err.field + "：" : "") + err.message;
  if (target) {
    target.classList.add("bad");
    target.closest("label").append(el("span", { class: "field-error", role: "alert" }, text));
    msg.textContent = "请先改正标红的栏目";
  } else {
    msg.textContent = text;
  }
}
let timer = null, generation = 0;
async function redraft() {
  const mine = ++generation;
  try {
    const { body } = await postJSON("/api/draft", { event: readForm(), seed });
    if (mine !== generation) return;
    clearErrors();
    preview.textContent = body.text;
    msg.textContent = body.warnings.join("\n");
    seedInfo.textContent = `第 ${seed} 种说法 · ${body.length} 字`;
  } catch (err) {
    if (mine !== generation) return;
    clearErrors();
    showError(err);
  }
}
function schedule() { clearTimeout(timer); timer = setTimeout(redraft, 250); }
form.addEventListener("input", schedule);
form.addEventListener("change", schedule);
document.getElementById("reseed").addEventListener("click", () => { seed += 1; redraft(); });
for (const b of document.querySelectorAll("[data-download]")) {
  b.addEventListener("click", async () => {
    try {
      const { body, res } = await postJSON(`/api/download/${b.dataset.download}`, { event: readForm(), seed });
      saveBlob(body, fileName(res, `draft.${b.dataset.download}`));
    } catch (err) { clearErrors(); showError(err); }
  });
}
document.getElementById("save").addEventListener("click", async () => {
  try {
    const { body, res } = await postJSON("/api/event", { event: readForm(), seed });
    saveBlob(body, fileName(res, "event.yaml"));
  } catch (err) { clearErrors(); showError(err); }
});
document.getElementById("load").addEventListener("change", async (e) => {
  const file = e.target.files[0];
  if (!file) return;
  const data = new FormData();
  data.append("file", file);
  const fm = document.getElementById("file-msg");
  try {
    const { body } = await api("/api/event/load", { method: "POST", body: data });
    fillForm(body.event);
    fm.textContent = `已打开 ${file.name}` + (body.warnings.length ? "：" + body.warnings.join("；") : "");
    redraft();
  } catch (err) { fm.textContent = err.message + (err.field ? `（${err.field}）` : ""); }
  e.target.value = "";
});
fillForm(EXAMPLE);
redraft();
