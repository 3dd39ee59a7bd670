"""Stage 3, the phrase bank: its vocabulary (section ids and labels, typed slots), the bank on disk
(loading with guards, saving as one unit, curated entries kept) and browsing it. Light: no jieba,
no scikit-learn. May import: base modules, text and checking."""
