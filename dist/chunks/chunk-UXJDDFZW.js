import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  inlineMetrics,
  locateInSource,
  metricsFileOf,
  parseMetricsFile,
  snapshotModel,
  validateManifest
} from "./chunk-V6KLN5LS.js";

// local/read-models.ts
async function readModels(files, read) {
  const sources = await read(files);
  const problems = [];
  const unreadable = /* @__PURE__ */ new Set();
  const manifests = files.flatMap((file) => {
    const source = sources.get(file);
    if (!source) return [];
    const report = validateManifest({ file, source, ruleSettings: {} });
    if (!report.manifest) {
      problems.push(...report.problems.filter((problem) => problem.severity === "error"));
      unreadable.add(file);
      return [];
    }
    return [{ file, manifest: report.manifest, metricsFile: metricsFileOf(file, report.manifest) }];
  });
  const metricsSources = await read(manifests.flatMap(({ metricsFile }) => metricsFile ?? []));
  const models = /* @__PURE__ */ new Map();
  for (const { file, manifest, metricsFile } of manifests) {
    if (metricsFile === void 0) {
      models.set(file, snapshotModel(file, manifest));
      continue;
    }
    const metricsSource = metricsSources.get(metricsFile);
    const parsed = metricsSource ? parseMetricsFile(metricsFile, metricsSource, inlineMetrics(manifest), file) : { problems: [missingMetricsFile(file, sources.get(file), metricsFile)] };
    if (parsed.metrics) models.set(file, snapshotModel(file, manifest, parsed.metrics));
    else {
      problems.push(...parsed.problems);
      unreadable.add(file);
    }
  }
  return { models, problems, unreadable };
}
function missingMetricsFile(file, source, metricsFile) {
  return locateInSource(file, source, {
    path: ["metrics", "file"],
    target: "value",
    rule: "metrics-file",
    severity: "error",
    message: `metrics.file: ${metricsFile} does not exist at this revision`,
    hint: "commit the metrics file next to the manifest, or fix metrics.file"
  });
}

export {
  readModels
};
