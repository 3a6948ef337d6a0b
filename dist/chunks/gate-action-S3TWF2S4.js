import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  readModels
} from "./chunk-ZXZK35ZJ.js";
import {
  defaultBase,
  filesAtCommit,
  judgedByBase,
  openCheckout,
  readLimited,
  selectModels,
  workingTreeFiles
} from "./chunk-ITOUU5JG.js";
import {
  INFERENCE_SERVICE_FILE,
  MAX_SOURCE_BYTES,
  annotateAll,
  appendSummary,
  failStep,
  formatGateJson,
  formatGateMarkdown,
  formatText,
  gateModel,
  gateReportPassed,
  githubAnnotations,
  locateGateProblems,
  logInfo,
  modelFolder,
  modelUnchanged,
  readLiveModel,
  setOutput
} from "./chunk-NRBMWLJU.js";
import {
  UsageError
} from "./chunk-6IJY34LB.js";
import "./chunk-HANBNIMK.js";

// local/live-baseline.ts
import { statSync } from "node:fs";
import { join, resolve } from "node:path";
function findEnvironmentsCheckout(cwd, repoRoot, config, option) {
  const [path, named] = option !== void 0 ? [resolve(cwd, option), `--environments: ${option}`] : config.environmentsRepo?.checkout !== void 0 ? [
    resolve(repoRoot, config.environmentsRepo.checkout),
    `environmentsRepo.checkout: ${config.environmentsRepo.checkout}`
  ] : [void 0, ""];
  if (path === void 0) return void 0;
  if (!statSync(path, { throwIfNoEntry: false })?.isDirectory())
    throw new UsageError(`${named}: no such folder; check out the environments repository there`);
  return path;
}
function readLiveBaseline(environmentsCheckout, config, environment, model) {
  const known = (config.environments ?? []).map((entry) => entry.name);
  if (!known.includes(environment))
    return {
      none: `${environment} is not an environment of the config (known: ${known.join(", ") || "none"})`
    };
  const read = readLiveModelAt(environmentsCheckout, config, environment, model);
  if (!read.ok) return { none: read.reason };
  return { commit: read.live.sourceCommit, version: read.live.version, environment };
}
function readLiveModelAt(environmentsCheckout, config, environment, model) {
  const file = join(modelFolder(environment, model, config.environmentsRepo?.path), INFERENCE_SERVICE_FILE);
  let bytes;
  try {
    bytes = readLimited(join(environmentsCheckout, file), MAX_SOURCE_BYTES);
  } catch (error) {
    const code = error.code;
    return code === "ENOENT" ? { ok: false, absent: true, reason: `${model} is not live in ${environment}` } : { ok: false, reason: `${file} cannot be read (${code})` };
  }
  if (bytes.length > MAX_SOURCE_BYTES)
    return { ok: false, reason: `${file} is over ${MAX_SOURCE_BYTES} bytes` };
  const read = readLiveModel(Buffer.from(bytes).toString("utf8"));
  return read.ok ? read : { ok: false, reason: `${file} ${read.reason}` };
}

// actions/gate/gate-action.ts
async function gateAction(context) {
  const opened = openCheckout(context.workspace, context.input("config") || void 0);
  if ("invalid" in opened) {
    logInfo(formatText(opened.invalid).trimEnd());
    throw new UsageError("the repository config is invalid; run the validate action for details");
  }
  const report = await gateModels(context, opened.checkout);
  await appendSummary(formatGateMarkdown(report));
  const passed = gateReportPassed(report);
  setOutput("passed", passed);
  setOutput("result", formatGateJson(report).trim());
  const sources = await workingTreeFiles(opened.checkout.root)(report.models.map((model) => model.file));
  annotateAll(githubAnnotations({ files: [{ file: "", problems: locateGateProblems(report, sources) }] }));
  if (!passed)
    failStep(
      report.problems.length > 0 ? "some models could not be read, so they could not be gated; see the job summary" : "a blocking evaluation gate failed; see the job summary"
    );
}
async function gateModels(context, opened) {
  const base = defaultBase(context);
  const read = base ? filesAtCommit(context, opened.root, base) : void 0;
  let checkout = opened;
  if (base && read) {
    const judged = await judgedByBase(opened, { read, label: { ref: base } });
    if ("invalid" in judged) {
      logInfo(formatText(judged.invalid).trimEnd());
      throw new UsageError("the repository config is invalid at the base revision; fix it there first");
    }
    checkout = judged.checkout;
  }
  const manifests = await selectModels(context, checkout);
  const head = await readModels(manifests, workingTreeFiles(checkout.root));
  const atBase = read ? await readModels(manifests, read) : void 0;
  const live = await readLiveBaselines(context, checkout, [...head.models.values()]);
  const named = context.input("path") !== "";
  const models = [...head.models.values()].filter((model) => named || (model.manifest.evaluation?.gates?.length ?? 0) > 0).map((candidate) => {
    const fromEnvironment = live.get(candidate.file);
    const baseline = fromEnvironment ? fromEnvironment.snapshot : atBase?.models.get(candidate.file);
    const unchanged = modelUnchanged(candidate, baseline);
    const shown = fromEnvironment ? fromEnvironment.shown : base === void 0 ? "none" : baseline ? base.slice(0, 12) : `${base.slice(0, 12)} (new model)`;
    return {
      model: candidate.name,
      file: candidate.file,
      baseline: shown,
      ...unchanged ? { unchanged } : {},
      verdict: gateModel(candidate, baseline?.metrics, unchanged)
    };
  });
  const problems = [
    ...head.problems,
    ...atBase?.problems ?? [],
    ...[...live.values()].flatMap((l) => l.problems)
  ];
  return { models, problems };
}
async function readLiveBaselines(context, checkout, candidates) {
  const found = /* @__PURE__ */ new Map();
  const environments = findEnvironmentsCheckout(
    context.workspace,
    checkout.root,
    checkout.config,
    context.input("environments") || void 0
  );
  if (environments === void 0) return found;
  for (const candidate of candidates) {
    const environment = candidate.manifest.evaluation?.baseline?.environment;
    if (environment === void 0) continue;
    const live = readLiveBaseline(environments, checkout.config, environment, candidate.name);
    if ("none" in live) {
      found.set(candidate.file, { shown: `none (${live.none})`, problems: [] });
      continue;
    }
    const shown = `${environment} (${live.version} from ${live.commit.slice(0, 12)})`;
    const atLive = await readModels([candidate.file], filesAtCommit(context, checkout.root, live.commit));
    const snapshot = atLive.models.get(candidate.file);
    found.set(candidate.file, {
      ...snapshot ? { snapshot } : {},
      shown: snapshot ? shown : `${shown} (the model could not be read there)`,
      problems: atLive.problems.map((problem) => ({
        ...problem,
        message: `at ${shown}: ${problem.message}`
      }))
    });
  }
  return found;
}
export {
  gateAction
};
