"""Stage 2, checking: the rules a speech text must pass (placeholders, numbering, dated policy
formulas, traditional characters, punctuation, repetition, names) and ``lint``. Drafting runs them on
its own output, so this stage sits below the bank and drafting in the import order, though it comes
after them in the data flow. May import: base modules and text."""
