/** Parsing and matching of the files statistical offices publish (issue 9): pure, no I/O. */
export {}
