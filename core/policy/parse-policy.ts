import type { ErrorObject } from 'ajv'
import type { Finding, KeyPath } from '../problem.js'
import { formatKeyPath } from '../problem.js'
import { schemaFindings } from '../manifest/schema-findings.js'
import { suggest } from '../suggest.js'
import type { ApprovalNode, Policy, PolicyRule } from './policy.js'
import { CONFIG_PATH } from './policy.js'
import { matchGlob } from './match-glob.js'
import { normalizeModelsRoot } from '../model/models-touched.js'
import { normalizeLogin } from './policy-context.js'
import { sumCounts } from './check-quorum.js'
import { MAX_TREE_DEPTH } from './evaluate-policy.js'
import { validators } from '../schemas.js'

export interface ParsedPolicy {
  /** The policy, when it has no error-severity findings. */
  policy?: Policy
  /** Located by key paths from the config's root (`policy.rules[0].name`). */
  findings: Finding[]
}

/**
 * Checks the value of `policy:` from `.modelgate/config.yml`: the schema first, then the rules in
 * {@link POLICY_RULES} (names defined, unique and used, requirements possible, governed files
 * covering the models root and the config). Findings carry key paths from the config's root, so
 * `checkYamlFile` can place them in the file. `modelsRoot` is the same config's `models.root`.
 * @example parsePolicy({ rules: [{ name: 'a' }], approval: ['b'] }).findings[0]?.message
 * // 'policy.approval[0]: rule "b" is not defined'
 */
export function parsePolicy(value: unknown, modelsRoot = 'models'): ParsedPolicy {
  const validate = validators().policy
  if (!validate(value)) {
    const errors = (validate.errors ?? []).map((error): ErrorObject => ({
      ...error,
      instancePath: `/policy${error.instancePath}`,
    }))
    return { findings: schemaFindings(errors, { policy: value }) }
  }
  const policy = value as Policy
  const findings = POLICY_RULES.flatMap((rule) => rule(policy, { modelsRoot }))
  return findings.some((finding) => finding.severity === 'error') ? { findings } : { policy, findings }
}

/** What a lint rule may know besides the policy: the rest of the same config. */
interface PolicyScope {
  modelsRoot: string
}

type PolicyLintRule = (policy: Policy, scope: PolicyScope) => Finding[]

const ruleNamesUnique: PolicyLintRule = ({ rules }) =>
  rules.flatMap((rule, index) =>
    rules.findIndex((other) => other.name === rule.name) < index
      ? [
          finding(
            ['rules', index, 'name'],
            'policy-rule-unique',
            `rule "${rule.name}" is defined twice`,
            'give each rule its own name',
          ),
        ]
      : [],
  )

const referencedRulesDefined: PolicyLintRule = (policy) => {
  const names = policy.rules.map((rule) => rule.name)
  const undefinedAt = ([path, name]: [KeyPath, string]): Finding[] =>
    names.includes(name)
      ? []
      : [finding(path, 'policy-rule-defined', `rule "${name}" is not defined`, hintFrom(name, names))]
  return [...references(policy).flatMap(undefinedAt)]
}

const rulesReferenced: PolicyLintRule = (policy) => {
  const used = new Set(references(policy).map(([, name]) => name))
  return policy.rules.flatMap((rule, index) =>
    used.has(rule.name)
      ? []
      : [
          {
            ...finding(
              ['rules', index, 'name'],
              'policy-rule-used',
              `rule "${rule.name}" is never used`,
              'add it to policy.approval or policy.require, or delete it',
            ),
            severity: 'warning' as const,
          },
        ],
  )
}

const requiresNotEmpty: PolicyLintRule = ({ rules }) =>
  rules.flatMap((rule, index) =>
    needsNobody(rule)
      ? [
          {
            ...finding(
              rule.requires ? ['rules', index, 'requires'] : ['rules', index],
              'policy-requires-empty',
              `rule "${rule.name}" requires no approval: it approves whenever it applies${rule.conditions?.checks ? ' and its checks succeed' : ''}`,
              'set requires.count, or keep it to let matching changes through without review',
            ),
            target: rule.requires ? ('value' as const) : ('parent' as const),
            severity: 'warning' as const,
          },
        ]
      : [],
  )

/** Quorums that named users alone can never fill (teams change, so only user lists are checked). */
const quorumsPossible: PolicyLintRule = ({ rules }) =>
  rules.flatMap((rule, index) => {
    const requires = rule.requires
    if (!requires) return []
    const at: KeyPath = ['rules', index, 'requires']
    const findings: Finding[] = []
    const distinct = requires.distinct ?? []
    distinct.forEach((group, g) => {
      const users = uniqueUsers(group.users)
      if ((group.teams ?? []).length === 0 && group.count > users.length)
        findings.push(
          finding(
            [...at, 'distinct', g, 'count'],
            'policy-quorum-possible',
            `needs ${group.count} approvers but names only ${users.length} user${users.length === 1 ? '' : 's'}`,
            'lower the count, or add users or teams to the group',
          ),
        )
    })
    const usersOnly =
      distinct.every((group) => (group.teams ?? []).length === 0) && !(requires.teams ?? []).length
    const everyone = uniqueUsers([
      ...(requires.users ?? []),
      ...distinct.flatMap((group) => group.users ?? []),
    ])
    const needed = Math.max(requires.count ?? 0, sumCounts(requires))
    if (usersOnly && everyone.length > 0 && needed > everyone.length && findings.length === 0)
      findings.push(
        finding(
          requires.count !== undefined ? [...at, 'count'] : [...at, 'distinct'],
          'policy-quorum-possible',
          `needs ${needed} different approvers but names only ${everyone.length} user${everyone.length === 1 ? '' : 's'}`,
          'lower the counts, or name more users or teams',
        ),
      )
    if (requires.count !== undefined && distinct.length > 0 && requires.count < sumCounts(requires))
      findings.push({
        ...finding(
          [...at, 'count'],
          'policy-quorum-possible',
          `count ${requires.count} is below the ${sumCounts(requires)} different people the distinct groups need`,
          `set count to ${sumCounts(requires)} or remove it: ${sumCounts(requires)} approvals are required either way`,
        ),
        severity: 'warning',
      })
    return findings
  })

const treeDepthBounded: PolicyLintRule = ({ approval }) => {
  const tooDeep = (node: ApprovalNode, path: KeyPath, depth: number): Finding[] => {
    if (typeof node === 'string') return []
    if (depth > MAX_TREE_DEPTH)
      return [
        finding(
          path,
          'policy-tree-depth',
          `the approval tree is nested deeper than ${MAX_TREE_DEPTH} levels`,
          'flatten it: an and of ors is enough for most policies',
        ),
      ]
    const [key, children] = 'and' in node ? ['and', node.and] : ['or', node.or]
    return children.flatMap((child, index) => tooDeep(child, [...path, key, index], depth + 1))
  }
  return approval.flatMap((node, index) => tooDeep(node, ['approval', index], 1))
}

/**
 * A `governed` list must bind approvals to every file under the models root and to the config that
 * holds the policy: a list that misses either lets an approval survive an artifact swap (or a
 * policy edit). A glob covers the root when it is `<prefix>/**` (or `**`) and its prefix matches
 * the root or a folder above it.
 */
const governedCoversRoot: PolicyLintRule = ({ governed }, { modelsRoot }) => {
  if (governed === undefined) return []
  const root = normalizeModelsRoot(modelsRoot)
  const missing = [
    ...(governed.some((glob) => coversFolder(glob, root)) ? [] : [root === '' ? '**' : `${root}/**`]),
    ...(governed.some((glob) => matchGlob(glob, CONFIG_PATH)) ? [] : [CONFIG_PATH]),
  ]
  if (missing.length === 0) return []
  const what = missing.map((glob) => `"${glob}"`).join(' and ')
  return [
    finding(
      ['governed'],
      'policy-governed-covers',
      `does not cover ${what}: an approval would survive a change there (models.root is "${root === '' ? '.' : root}")`,
      `add ${what} to policy.governed, or remove governed to use the default`,
    ),
  ]
}

/** Whether `<glob>` matches every path under `folder` (`''`: the whole repository). */
function coversFolder(glob: string, folder: string): boolean {
  if (glob === '**') return true
  if (!glob.endsWith('/**')) return false
  const prefix = glob.slice(0, -'/**'.length)
  const parts = folder === '' ? [] : folder.split('/')
  for (let depth = 1; depth <= parts.length; depth++)
    if (matchGlob(prefix, parts.slice(0, depth).join('/'))) return true
  return false
}

/** Each rule is a small named check; their findings are reported in this order. */
export const POLICY_RULES: readonly PolicyLintRule[] = [
  ruleNamesUnique,
  referencedRulesDefined,
  rulesReferenced,
  requiresNotEmpty,
  quorumsPossible,
  treeDepthBounded,
  governedCoversRoot,
]

/** Every rule name the policy uses, with where (key path relative to `policy`). */
function references({ approval, require = {} }: Policy): [KeyPath, string][] {
  const walk = (node: ApprovalNode, path: KeyPath, depth: number): [KeyPath, string][] => {
    if (typeof node === 'string') return [[path, node]]
    if (depth > MAX_TREE_DEPTH) return []
    const [key, children] = 'and' in node ? ['and', node.and] : ['or', node.or]
    return children.flatMap((child, index) => walk(child, [...path, key, index], depth + 1))
  }
  return [
    ...approval.flatMap((node, index) => walk(node, ['approval', index], 1)),
    ...Object.entries(require as Record<string, string>).map(([trigger, name]): [KeyPath, string] => [
      ['require', trigger],
      name,
    ]),
  ]
}

function needsNobody({ requires }: PolicyRule): boolean {
  return !requires || ((requires.count ?? 1) === 0 && !requires.distinct)
}

function uniqueUsers(users: readonly string[] = []): string[] {
  return [...new Set(users.map(normalizeLogin))]
}

function hintFrom(word: string, candidates: readonly string[]): string {
  const match = suggest(word, candidates)
  return match ? `did you mean "${match}"?` : `defined rules: ${candidates.join(', ') || 'none'}`
}

/** A finding under `policy`, with the key path in the message as schema findings have it. */
function finding(path: KeyPath, rule: string, message: string, hint: string): Finding {
  const full: KeyPath = ['policy', ...path]
  return {
    path: full,
    target: 'value',
    rule,
    severity: 'error',
    message: `${formatKeyPath(full)}: ${message}`,
    hint,
  }
}
