import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  readModels
} from "./chunk-BVAOG2IS.js";
import {
  defaultBase,
  filesAtCommit,
  judgedByBase,
  openCheckout,
  selectModels,
  workingTreeFiles
} from "./chunk-743EUJGS.js";
import {
  formatGateJson,
  formatGateMarkdown,
  formatText,
  gateModel,
  gateReportPassed,
  modelUnchanged
} from "./chunk-WYDJNMDB.js";
import {
  UsageError
} from "./chunk-6IJY34LB.js";
import "./chunk-HANBNIMK.js";

// actions/gate/gate-action.ts
async function gateAction(context) {
  const { runner } = context;
  const opened = openCheckout(context.workspace, context.input("config") || void 0);
  if ("invalid" in opened) {
    runner.info(formatText(opened.invalid).trimEnd());
    throw new UsageError("the repository config is invalid; run the validate action for details");
  }
  const report = await gateModels(context, opened.checkout);
  runner.appendSummary(formatGateMarkdown(report));
  const passed = gateReportPassed(report);
  runner.setOutput("passed", passed);
  runner.setOutput("result", formatGateJson(report).trim());
  for (const { file, verdict } of report.models)
    for (const result of verdict.results.filter((r) => !r.passed))
      runner[result.severity === "blocking" ? "error" : "warning"](result.reasons.join("; "), {
        file,
        title: `gate ${result.metric}`
      });
  if (!passed)
    runner.setFailed(
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
      process.stdout.write(formatText(judged.invalid));
      throw new UsageError("the repository config is invalid at the base revision; fix it there first");
    }
    checkout = judged.checkout;
  }
  const manifests = await selectModels(context, checkout);
  const head = await readModels(manifests, workingTreeFiles(checkout.root));
  const atBase = read ? await readModels(manifests, read) : void 0;
  const named = context.input("path") !== "";
  const models = [...head.models.values()].filter((model) => named || (model.manifest.evaluation?.gates?.length ?? 0) > 0).map((candidate) => {
    const baseline = atBase?.models.get(candidate.file);
    const unchanged = modelUnchanged(candidate, baseline);
    const shown = base === void 0 ? "none" : baseline ? base.slice(0, 12) : `${base.slice(0, 12)} (new model)`;
    return {
      model: candidate.name,
      file: candidate.file,
      baseline: shown,
      ...unchanged ? { unchanged } : {},
      verdict: gateModel(candidate, baseline?.metrics, unchanged)
    };
  });
  return { models, problems: [...head.problems, ...atBase?.problems ?? []] };
}
export {
  gateAction
};
