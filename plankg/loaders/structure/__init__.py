"""Structure: table of contents, headings, the section tree and task blocks."""
