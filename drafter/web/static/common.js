// Shared by the pages: JSON requests, a lost connection said in Chinese, small DOM helpers.
"use strict";
const conn = document.getElementById("conn");
async function api(path, options) {
  let res;
  try {
    res = await fetch(path, options);
  } catch (e) {                         // the server is gone (window closed, machine asleep)
    conn.textContent = MSG.lost;
    conn.hidden = false;
    const err = new Error(MSG.lost);
    err.code = "lost";
    throw err;
  }
  conn.hidden = true;
  const type = res.headers.get("Content-Type") || "";
  const body = type.includes("json") ? await res.json() : await res.blob();
  if (!res.ok) {
    const code = body && body.code;
    const err = new Error((code && MSG.codes[code]) || (body && body.error) || res.statusText);
    err.field = body && body.field;
    err.status = res.status;
    err.code = code;
    throw err;
  }
  return { body, res };
}
function postJSON(path, data) {
  return api(path, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(data) });
}
function saveBlob(blob, name) {
  const a = document.createElement("a");
  a.href = URL.createObjectURL(blob);
  a.download = name;
  document.body.appendChild(a);
  a.click();
  setTimeout(() => { URL.revokeObjectURL(a.href); a.remove(); }, 1000);
}
function fileName(res, fallback) {
  const cd = res.headers.get("Content-Disposition") || "";
  const m = cd.match(/filename\*=UTF-8''([^;]+)/i);
  return m ? decodeURIComponent(m[1]) : fallback;
}
function el(tag, attrs, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (k === "class") e.className = v;
    else if (k.startsWith("data-") || k.startsWith("aria-") || k === "role" || k === "for") e.setAttribute(k, v);
    else e[k] = v;
  }
  for (const c of children) if (c != null) e.append(c);
  return e;
}
// a button that opens a (visually hidden) file input: reachable and named for the keyboard
for (const b of document.querySelectorAll("button[data-opens]")) {
  b.addEventListener("click", () => document.getElementById(b.dataset.opens).click());
}
async function showBank() {
  const here = document.getElementById("bank-name");
  try {
    const { body } = await api("/api/banks");
    here.textContent = MSG.bankNow(body.fixed ? "--bank" : (body.active || MSG.builtin));
  } catch (e) { /* the banner says it */ }
}
showBank();
