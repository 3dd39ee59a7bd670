"""Stage 4a, mining: from cleaned texts to a phrase bank: cue rules and the statistical section
model, de-identification into slots, sub-sentence phrases, near-duplicate merging. The only stage
that imports jieba and scikit-learn. May import: base modules, text, checking and bank (never
drafting)."""
