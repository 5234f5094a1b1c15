"""Read any format: decode, normalise, remove page and site furniture; keeps the offset map."""
