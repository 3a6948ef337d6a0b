import { RULES } from '../manifest/rules.js'

const FILE_RULES: Record<string, string> = {
  'file-too-large': 'the file is larger than the size limit',
  'not-utf8': 'the file is not UTF-8 text',
  'yaml-syntax': 'the file is not valid YAML',
  'duplicate-key': 'a key appears twice in the same map',
  'multi-document': 'the file holds more than one YAML document',
  'too-deep': 'the document nests deeper than allowed',
  'alias-limit': 'aliases expand to more nodes than allowed (alias bomb)',
  'unknown-tag': 'the document uses a YAML tag outside the core schema',
  'invalid-key': 'a key is not a plain string',
  'forbidden-key': 'a key could reach JavaScript object prototypes',
  'base-invalid': 'the manifest is invalid at the base revision, so comparisons were skipped',
  'environment-unique': 'each environment is listed once',
  'environment-order': 'each upstream environment is listed before the environments it feeds',
  'environment-project-unique': 'each environment has its own Argo CD project',
  'force-has-owners': 'an environment that allows force names who may use it',
  'known-rule': 'validation.rules names existing rules',
  'metrics-file': "the manifest's metrics file exists and is usable",
  'no-symlinks': 'model files are not symbolic links (the approval digest cannot follow a link)',
  'config-changed': "the change edits the validation settings it is judged by (the base's apply)",
}

/**
 * A one-line description of any rule id modelgate reports (semantic rules, file-level checks and
 * `schema/<keyword>` checks), for SARIF rule descriptors and rule listings.
 */
export function describeRule(id: string): string {
  if (id.startsWith('schema/')) return `the document breaks the JSON Schema (${id.slice('schema/'.length)})`
  return RULES.find((rule) => rule.id === id)?.summary ?? FILE_RULES[id] ?? id
}
