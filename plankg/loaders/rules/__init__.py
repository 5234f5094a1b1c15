"""Named rules: marker styles, block kinds, endings, guards — each defined once, with a reason and an example."""
