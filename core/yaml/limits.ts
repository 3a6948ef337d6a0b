/** Keys that could reach an object's prototype when a document is turned into JavaScript objects. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype'])

/** Deepest nesting accepted; a manifest needs about six levels. */
export const MAX_DEPTH = 64

/** Most alias expansions per document (the `yaml` default); more means an alias bomb. */
export const MAX_ALIAS_COUNT = 100
