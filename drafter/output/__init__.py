"""Stage 5, output: a draft as a file: plain text, Markdown, or a Word document in the GB/T 9704
layout; atomic writes; LibreOffice and poppler, to see a document as an office suite renders it.
May import: base modules and text (it knows drafts only as text and trace)."""
