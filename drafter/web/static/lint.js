// The lint page: paste or upload; each line of the text with its findings beside it.
"use strict";
const result = document.getElementById("lint-result");
const summary = document.getElementById("lint-summary");
const lmsg = document.getElementById("lint-msg");
const dateInput = document.getElementById("lint-date");
dateInput.value = new Date().toISOString().slice(0, 10);
const SEVERITY = { error: "错误", warning: "提醒", info: "信息" };
function show(body) {
  const byLine = new Map();
  for (const f of body.findings) {
    if (!byLine.has(f.line)) byLine.set(f.line, []);
    byLine.get(f.line).push(f);
  }
  const errors = body.findings.filter(f => f.severity === "error").length;
  const warnings = body.findings.filter(f => f.severity === "warning").length;
  summary.textContent = `${body.name}：${errors} 个错误，${warnings} 个提醒（按 ${body.date} 判断提法）`;
  result.replaceChildren(...body.lines.map((text, i) => {
    const found = byLine.get(i + 1) || [];
    return el("tr", { class: found.some(f => f.severity === "error") ? "has-error" : "" },
      el("td", { class: "n" }, String(i + 1)),
      el("td", { class: "line" }, text),
      el("td", { class: "findings" }, ...found.map(f =>
        el("div", { class: `finding ${f.severity}`, "data-rule": f.rule },
          `${f.column}列 ${SEVERITY[f.severity] || f.severity} ${f.rule}：${f.message}` + (f.fix ? `（改为：${f.fix}）` : "")))));
  }));
}
async function run(request) {
  lmsg.textContent = "";
  try { show((await request()).body); }
  catch (err) { lmsg.textContent = err.message; }
}
document.getElementById("lint-run").addEventListener("click", () =>
  run(() => postJSON("/api/lint", { text: document.getElementById("lint-text").value, date: dateInput.value })));
document.getElementById("lint-file").addEventListener("change", (e) => {
  const file = e.target.files[0];
  if (!file) return;
  const data = new FormData();
  data.append("file", file);
  run(() => api(`/api/lint?date=${encodeURIComponent(dateInput.value)}`, { method: "POST", body: data }));
  e.target.value = "";
});
