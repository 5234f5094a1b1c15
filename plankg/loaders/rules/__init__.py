"""Named rules of the loaders: each defined once, with a reason and an example."""
