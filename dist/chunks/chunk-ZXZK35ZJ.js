import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  metricsFileOf,
  modelMetrics,
  snapshotModel,
  validateManifest
} from "./chunk-NRBMWLJU.js";

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
      for (const problem of report.problems) if (problem.severity === "error") problems.push(problem);
      unreadable.add(file);
      return [];
    }
    return [{ file, manifest: report.manifest, metricsFile: metricsFileOf(file, report.manifest) }];
  });
  const metricsSources = await read(manifests.flatMap(({ metricsFile }) => metricsFile ?? []));
  const models = /* @__PURE__ */ new Map();
  for (const { file, manifest } of manifests) {
    const read2 = modelMetrics(file, sources.get(file), manifest, metricsSources);
    if ("metrics" in read2) models.set(file, snapshotModel(file, manifest, read2.metrics));
    else {
      for (const problem of read2.problems) problems.push(problem);
      unreadable.add(file);
    }
  }
  return { models, problems, unreadable };
}

export {
  readModels
};
