"""Stage 4b, drafting: the event file (types, loading and validation with lines), the sandboxed
template environment, and composing a draft from templates and bank phrases, checked before it is
returned. May import: base modules, text, checking and bank (never mining)."""
