// The lint page: paste or upload; each line with its findings, the words marked, the fix in
// Chinese and applied on request.
"use strict";
const result = document.getElementById("lint-result");
const summary = document.getElementById("lint-summary");
const lmsg = document.getElementById("lint-msg");
const dateInput = document.getElementById("lint-date");
const textBox = document.getElementById("lint-text");
dateInput.value = new Date().toISOString().slice(0, 10);
function markedLine(text, found) {
  const spans = found.filter(f => f.end > f.start).sort((a, b) => a.start - b.start);
  const td = el("td", { class: "line" });
  let at = 0;
  for (const f of spans) {
    if (f.start < at) continue;
    td.append(text.slice(at, f.start), el("mark", { title: MSG.rules[f.rule] || "" }, text.slice(f.start, f.end)));
    at = f.end;
  }
  td.append(text.slice(at));
  return td;
}
function applyFix(f) {
  const all = textBox.value.replace(/\r\n/g, "\n").split("\n");
  const line = all[f.line - 1];
  if (line == null) return;
  all[f.line - 1] = line.slice(0, f.start) + f.fix + line.slice(f.end);
  textBox.value = all.join("\n");
  lmsg.textContent = MSG.applied;
  runPasted();
}
function show(body) {
  const byLine = new Map();
  for (const f of body.findings) {
    if (!byLine.has(f.line)) byLine.set(f.line, []);
    byLine.get(f.line).push(f);
  }
  const errors = body.findings.filter(f => f.severity === "error").length;
  const warnings = body.findings.filter(f => f.severity === "warning").length;
  summary.textContent = MSG.lintSummary(body.name, errors, warnings, body.date);
  result.replaceChildren(...body.lines.map((text, i) => {
    const found = (byLine.get(i + 1) || []).filter(f => f.rule !== "length");
    return el("tr", { class: found.some(f => f.severity === "error") ? "has-error" : "" },
      el("td", { class: "n" }, String(i + 1)),
      markedLine(text, found),
      el("td", { class: "findings" }, ...found.map(f => {
        const d = el("div", { class: `finding ${f.severity}`, "data-rule": f.rule },
          `${MSG.severity[f.severity] || f.severity}·${MSG.rules[f.rule] || f.rule}：${f.message}` + (f.fix ? `。${MSG.fixTo(f.fix)}` : ""));
        if (f.apply) {
          const b = el("button", { type: "button", class: "small", "aria-label": `${MSG.apply}：${MSG.fixTo(f.fix)}` }, MSG.apply);
          b.addEventListener("click", () => applyFix(f));
          d.append(b);
        }
        return d;
      })));
  }));
}
async function run(request) {
  try { show((await request()).body); lmsg.textContent = ""; }
  catch (err) { lmsg.textContent = err.message; }
}
function runPasted() {
  return run(() => postJSON("/api/lint", { text: textBox.value, date: dateInput.value }));
}
document.getElementById("lint-run").addEventListener("click", runPasted);
document.getElementById("lint-file").addEventListener("change", (e) => {
  const file = e.target.files[0];
  if (!file) return;
  const data = new FormData();
  data.append("file", file);
  run(async () => {
    const r = await api(`/api/lint?date=${encodeURIComponent(dateInput.value)}`, { method: "POST", body: data });
    textBox.value = r.body.text;            // the file's text, so a fix can be applied to it
    return r;
  });
  e.target.value = "";
});
