/** Keys that could reach an object's prototype when a document is turned into JavaScript objects. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype'])

/** Deepest nesting accepted; a manifest needs about six levels. */
export const MAX_DEPTH = 64

/** Most alias expansions per document (the `yaml` default); more means an alias bomb. */
export const MAX_ALIAS_COUNT = 100

/**
 * YAML problems described per document; the rest are counted in one last finding. A hostile file
 * (140,000 duplicate keys) must not turn into 140,000 lines of output, and nobody fixes the 51st
 * duplicate before the first.
 */
export const MAX_YAML_FINDINGS = 50
