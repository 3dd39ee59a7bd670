"""Stage 1, text: read a file in any encoding (.txt, .docx) with guards on size, clean it line by
line (traditional characters, pinyin, PDF breaks, site chrome), segment it into sentences that keep
their source lines, and the Chinese-language helpers (numerals, dates, names, lists) every later
stage uses. May import: the top-level base modules (errors, resources) only."""
