import { RULES } from '../manifest/rules.js'
import { sameValue } from '../manifest/rules.js'
import { normalizeModelsRoot } from '../model/models-touched.js'
import type { KeyPath, Problem } from '../problem.js'
import { locateInSource } from '../yaml/locate-in-source.js'
import type { ModelgateConfig } from './config.js'
import { DEFAULT_MODELS_ROOT } from './config.js'

/** The rule id of the warning that a change edits the settings its own validation is judged by. */
export const CONFIG_CHANGE_RULE = 'config-changed'

/** One validation setting that differs between the base and the head config. */
export interface SettingChange {
  /** Where the setting lives in the config (located in the head's file). */
  path: KeyPath
  /** For people: `released-version-immutable error → off`. */
  text: string
}

/**
 * What a change does to the settings validation is judged by: each rule's effective severity
 * (`validation.rules`, else the rule's default), `models.root`, and each environment. A pull
 * request is judged with its base revision's settings (it must not switch off its own checks),
 * so these are reported, not applied.
 * @example validationSettingChanges(base, head) // [{ path: [...], text: 'released-version-immutable error → off' }]
 */
export function validationSettingChanges(base: ModelgateConfig, head: ModelgateConfig): SettingChange[] {
  const changes: SettingChange[] = []
  for (const rule of RULES) {
    const before = base.validation?.rules?.[rule.id] ?? rule.severity
    const after = head.validation?.rules?.[rule.id] ?? rule.severity
    if (before !== after)
      changes.push({ path: ['validation', 'rules', rule.id], text: `${rule.id} ${before} → ${after}` })
  }
  const rootOf = (config: ModelgateConfig) => normalizeModelsRoot(config.models?.root ?? DEFAULT_MODELS_ROOT)
  if (rootOf(base) !== rootOf(head))
    changes.push({
      path: ['models', 'root'],
      text: `models.root ${rootOf(base) || '.'} → ${rootOf(head) || '.'}`,
    })
  const environments = (config: ModelgateConfig) =>
    new Map((config.environments ?? []).map((e) => [e.name, e]))
  const [before, after] = [environments(base), environments(head)]
  for (const name of new Set([...before.keys(), ...after.keys()])) {
    const was = before.get(name)
    const is = after.get(name)
    if (sameValue(was, is)) continue
    const index = (head.environments ?? []).findIndex((e) => e.name === name)
    changes.push({
      path: index < 0 ? ['environments'] : ['environments', index],
      text: `environment ${name} ${was === undefined ? 'added' : is === undefined ? 'removed' : 'changed'}`,
    })
  }
  return changes
}

/**
 * The warning that a change edits its own validation settings, at the first changed setting in
 * the head's config file (`source`; line 1 when the file was deleted), or none.
 */
export function configChangeProblems(
  file: string,
  source: Uint8Array | undefined,
  changes: readonly SettingChange[],
): Problem[] {
  if (changes.length === 0) return []
  const finding = {
    rule: CONFIG_CHANGE_RULE,
    severity: 'warning' as const,
    message: `this change changes validation settings: ${changes.map((change) => change.text).join(', ')}; the base revision's settings apply until it is merged`,
    hint: 'a settings change is reviewed under the approval policy (it governs .modelgate/**); meanwhile the manifests must pass the current settings',
  }
  return [
    source === undefined
      ? { file, line: 1, column: 1, path: '', ...finding }
      : locateInSource(file, source, { ...finding, path: changes[0]!.path, target: 'key' }),
  ]
}
