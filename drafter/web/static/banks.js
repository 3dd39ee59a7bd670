// 我的语库: build a bank from files or a folder (mined on this machine, progress shown), choose,
// rename or delete banks.
"use strict";
const list = document.getElementById("bank-list");
const buildMsg = document.getElementById("build-msg");
const buildErr = document.getElementById("build-err");
const nameInput = document.getElementById("bank-name-input");
let chosen = [];
function choose(files) {
  chosen = [...files].filter(f => /\.(txt|docx|md)$/i.test(f.name));
  document.getElementById("chosen").textContent = MSG.chosenFiles(chosen.length);
}
document.getElementById("bank-files").addEventListener("change", e => choose(e.target.files));
document.getElementById("bank-folder").addEventListener("change", e => choose(e.target.files));
async function refresh() {
  const { body } = await api("/api/banks");
  document.getElementById("bank-folder-path").textContent = body.folder;
  const row = (name, label) => {
    const active = (body.active || null) === name;
    const use = el("button", { type: "button", class: "small", disabled: active, "aria-label": `${MSG.use}：${label}` }, active ? MSG.inUse : MSG.use);
    use.addEventListener("click", async () => { await postJSON("/api/banks/choose", { name }); refresh(); showBank(); });
    const ops = el("td", {}, use);
    if (name) {
      const ren = el("button", { type: "button", class: "small", "aria-label": `重命名：${label}` }, "重命名");
      ren.addEventListener("click", async () => {
        const n = prompt(MSG.renamePrompt, name);
        if (!n || n === name) return;
        try { await postJSON("/api/banks/rename", { name, new: n }); buildErr.textContent = ""; }
        catch (err) { buildErr.textContent = err.message; }
        refresh(); showBank();
      });
      const del = el("button", { type: "button", class: "small", "aria-label": `删除：${label}` }, "删除");
      del.addEventListener("click", async () => {
        if (!confirm(MSG.deleteConfirm(name))) return;
        await postJSON("/api/banks/delete", { name }); refresh(); showBank();
      });
      ops.append(" ", ren, " ", del);
    }
    return el("tr", { "data-bank": name || "" }, el("td", {}, label), el("td", {}, active ? MSG.inUse : ""), ops);
  };
  list.replaceChildren(row(null, MSG.builtin), ...body.banks.map(n => row(n, n)));
}
document.getElementById("build").addEventListener("submit", async (e) => {
  e.preventDefault();
  buildErr.textContent = ""; buildMsg.textContent = "";
  document.getElementById("e-name").textContent = "";
  document.getElementById("after").hidden = true;
  const name = nameInput.value.trim();
  if (!name) { document.getElementById("e-name").textContent = MSG.codes["bad-name"]; nameInput.focus(); return; }
  if (!chosen.length) { buildErr.textContent = "请先选择文件或文件夹。"; return; }
  const data = new FormData();
  data.append("name", name);
  data.append("replace", document.getElementById("bank-replace").checked ? "1" : "0");
  for (const f of chosen) data.append("files", f, f.name);
  const box = document.getElementById("progress-box"), bar = document.getElementById("mine-progress");
  const text = document.getElementById("mine-text");
  box.hidden = false; bar.removeAttribute("value"); text.textContent = MSG.uploading(chosen.length);
  document.getElementById("build-run").disabled = true;
  try {
    const { body } = await api("/api/banks/build", { method: "POST", body: data });
    for (;;) {
      await new Promise(r => setTimeout(r, 400));
      const { body: st } = await api(`/api/banks/job/${body.job}`);
      if (st.state === "mining") {
        bar.max = st.total || 1; bar.value = st.done || 0;
        text.textContent = MSG.mining(st.done || 0, st.total || 0, st.file);
        continue;
      }
      box.hidden = true;
      if (st.state === "done") {
        buildMsg.textContent = MSG.mined(st.name, st.phrases);
        if (st.skipped && st.skipped.length) buildErr.textContent = MSG.skipped(st.skipped);
        document.getElementById("after").hidden = false;
      } else buildErr.textContent = MSG.mineFailed(st.error || "");
      break;
    }
  } catch (err) { box.hidden = true; buildErr.textContent = err.message; }
  document.getElementById("build-run").disabled = false;
  refresh(); showBank();
});
refresh();
