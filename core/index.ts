/**
 * modelgate's pure core: the one import adapters need. Everything here takes plain values and
 * returns plain values; nothing reads files, the environment or the network.
 */
export * from './problem.js'
export * from './manifest/manifest.js'
export { validateManifest } from './manifest/validate-manifest.js'
export type { ManifestReport, RuleSetting, ValidateManifestOptions } from './manifest/validate-manifest.js'
export { RULES } from './manifest/rules.js'
export type { Rule } from './manifest/rules.js'
export * from './config/config.js'
export { validateConfig } from './config/validate-config.js'
export type { ConfigReport } from './config/validate-config.js'
export { MAX_SOURCE_BYTES } from './yaml/decode-source.js'
export { manifestSchema, configSchema } from './schemas.js'
export type { SchemaNode } from './schemas.js'
export { renderSchemaDocs } from './docs/render-schema-docs.js'
export { renderReferencePages } from './docs/reference-pages.js'
export * from './report/validation-result.js'
export { formatProblemLines, formatText } from './report/format-text.js'
export { formatJson } from './report/format-json.js'
export {
  escapeData,
  escapeLog,
  escapeLogLine,
  escapeProperty,
  formatGithub,
  githubAnnotations,
  showControls,
} from './report/format-github.js'
export type { GithubAnnotation } from './report/format-github.js'
export { formatSarif } from './report/format-sarif.js'
export { describeRule } from './report/rule-catalog.js'
export { evaluateGate, formatNumber } from './gates/evaluate-gate.js'
export type { CheckResult, GateResult, OnMissingBaseline } from './gates/evaluate-gate.js'
export { evaluateGates } from './gates/evaluate-gates.js'
export type { GateVerdict } from './gates/evaluate-gates.js'
export { flattenMetrics } from './metrics/flatten-metrics.js'
export type { FlattenedMetrics, MetricReading } from './metrics/flatten-metrics.js'
export { diffMetrics } from './diff/diff-metrics.js'
export type { MetricRow, Movement } from './diff/diff-metrics.js'
export { escapeMarkdown } from './markdown/escape-markdown.js'
export { parseMetricsFile } from './metrics/parse-metrics-file.js'
export type { MetricsFileReport } from './metrics/parse-metrics-file.js'
export { inlineMetrics, metricDirections, metricsFileOf, snapshotModel } from './model/model-snapshot.js'
export type { ModelSnapshot } from './model/model-snapshot.js'
export {
  MANIFEST_FILE,
  manifestPathOf,
  modelOfManifestPath,
  modelOfPath,
  modelsTouchedBy,
  normalizeModelsRoot,
} from './model/models-touched.js'
export { MAX_LISTED_COMMITS, MAX_LISTED_FILES, mayBeCutShort } from './model/may-be-cut-short.js'
export { gateModel, modelUnchanged } from './gates/gate-model.js'
export { diffModel } from './diff/diff-model.js'
export type { FieldChange, ModelChange, ModelEvaluation } from './diff/diff-model.js'
export { diffReportPassed } from './diff/diff-report.js'
export type { DiffReport, RevisionLabel } from './diff/diff-report.js'
export { formatGateJson, formatGateText, gateReportPassed } from './gates/gate-report.js'
export { gateFindings, locateGateProblems } from './gates/gate-findings.js'
export type { GateReport, ModelGate } from './gates/gate-report.js'
export { parseGatesFile } from './gates/parse-gates-file.js'
export type { GatesFile } from './gates/parse-gates-file.js'
export { formatDiffText } from './diff/format-diff-text.js'
export type { DiffTextOptions } from './diff/format-diff-text.js'
export { renderDiffMarkdown } from './diff/render-diff-markdown.js'
export type { RenderDiffOptions } from './diff/render-diff-markdown.js'
export { formatMarkdown } from './report/format-markdown.js'
export { formatGateMarkdown } from './gates/format-gate-markdown.js'
export { checkDiffReport } from './diff/check-diff-report.js'
export { judgeDiffReport } from './diff/judge-diff-report.js'
export type { DiffReportCheck } from './diff/check-diff-report.js'
export { diffReportSchema } from './schemas.js'
export type {
  ApprovalNode,
  DistinctGroup,
  Permission,
  Policy,
  PolicyRequirements,
  PolicyRule,
  PolicyTrigger,
  RuleOptions,
  RulePredicates,
  RuleRequirements,
} from './policy/policy.js'
export { CONFIG_PATH, defaultGovernedPaths, DEFAULT_RULE_OPTIONS, PERMISSIONS } from './policy/policy.js'
export type * from './policy/policy-facts.js'
export { combineStatuses } from './policy/policy-decision.js'
export type { PolicyDecision, PolicyState, RuleResult, RuleStatus, Vote } from './policy/policy-decision.js'
export { evaluatePolicy, MAX_TREE_DEPTH } from './policy/evaluate-policy.js'
export { parsePolicy, POLICY_RULES } from './policy/parse-policy.js'
export type { ParsedPolicy } from './policy/parse-policy.js'
export { lintPolicy } from './policy/lint-policy.js'
export type { PolicyLintReport } from './policy/lint-policy.js'
export { parsePolicyFacts } from './policy/parse-policy-facts.js'
export type { PolicyFactsReport } from './policy/parse-policy-facts.js'
export { policyFactsSchema, policySchema } from './schemas.js'
export { matchGlob } from './policy/match-glob.js'
export { commentSawHead } from './policy/comment-saw-head.js'
export type { HeadCheckRun } from './policy/comment-saw-head.js'
export {
  governedLinkProblem,
  governedPaths,
  listGovernedContent,
  SYMLINK_MODE,
} from './policy/list-governed-content.js'
export type { TreeEntry } from './policy/list-governed-content.js'
export { formatPolicyMarkdown } from './policy/format-policy-markdown.js'
export type { FormatPolicyMarkdownOptions } from './policy/format-policy-markdown.js'
export { formatPolicyText } from './policy/format-policy-text.js'
export { formatPolicyJson } from './policy/format-policy-json.js'
export { locateInSource } from './yaml/locate-in-source.js'
export { modelMetrics } from './manifest/model-metrics.js'
export type { ModelMetrics } from './manifest/model-metrics.js'
export { LINK_RULE, linkRefused } from './manifest/link-refused.js'
export { CONFIG_CHANGE_RULE, configChangeProblems, validationSettingChanges } from './config/config-change.js'
export type { SettingChange } from './config/config-change.js'
export {
  DEFAULT_KSERVE_VERSION,
  defaultPrometheusNames,
  IN_CLUSTER,
  kserveAtLeast,
  normalizeDeploymentMode,
  profileOf,
  resolveProfile,
} from './environments/environment-profile.js'
export type { DeploymentMode, EnvironmentProfile } from './environments/environment-profile.js'
export { readLiveModel } from './environments/live-model.js'
export type { LiveModel, LiveModelRead } from './environments/live-model.js'
export {
  ANNOTATIONS,
  ENVIRONMENTS_DIR,
  INFERENCE_SERVICE_FILE,
  LABELS,
  modelFolder,
  PROMETHEUS_RULE_FILE,
} from './render/provenance.js'
export type { Provenance } from './render/provenance.js'
export type { RenderedFile, RenderProblem } from './render/render-problem.js'
export { renderModel } from './render/render-model.js'
export type { RenderModelInput, RenderModelResult } from './render/render-model.js'
export { locateRenderProblems } from './render/locate-render-problems.js'
export type { SourceFile } from './render/locate-render-problems.js'
export { suggest } from './suggest.js'
export { MAX_REASON_LENGTH, USAGE, VERBS } from './commands/command.js'
export type { Command, ParsedComment, Verb } from './commands/command.js'
export { parseComment } from './commands/parse-comment.js'
export { visibleLines } from './commands/visible-lines.js'
export type { VisibleLine } from './commands/visible-lines.js'
export { formatCommand } from './commands/format-command.js'
export { formatHelp } from './commands/format-help.js'
export type { FormatHelpOptions } from './commands/format-help.js'
export { MAX_REASON_LINES, neutralizeReason } from './commands/neutralize-reason.js'
export { unknownEnvironment } from './commands/unknown-environment.js'
export { listNames } from './list-names.js'
export { BRANCHES_RULESET_NAME, RULESET_NAME } from './protect/ruleset.js'
export type { BypassActor, RequiredCheck, RulesetBody, RulesetRule } from './protect/ruleset.js'
export {
  APPROVAL_CHECK_PREFIX,
  approvalCheckName,
  planRulesets,
  PROMOTION_BRANCHES,
  WORKFLOW_CHECKS,
} from './protect/plan-rulesets.js'
export type { PlanRulesetsOptions, ProtectedRepository } from './protect/plan-rulesets.js'
export { planRulesetWrites } from './protect/plan-ruleset-writes.js'
export type { ListedRuleset, RulesetWrite } from './protect/plan-ruleset-writes.js'
export { formatRulesetsText } from './protect/format-rulesets-text.js'
