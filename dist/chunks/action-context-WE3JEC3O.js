import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  escapeData,
  escapeLog,
  escapeProperty
} from "./chunk-7Y2DVW7T.js";
import {
  UsageError
} from "./chunk-6IJY34LB.js";
import "./chunk-HANBNIMK.js";

// actions/shared/action-context.ts
import { readFileSync } from "node:fs";

// actions/shared/runner.ts
import { randomUUID } from "node:crypto";
import { appendFileSync } from "node:fs";
function createRunner(env, out = process.stdout) {
  const command = (name, message, properties = {}) => {
    const props = Object.entries(properties).filter(([, value]) => value !== void 0).map(([key, value]) => `${key}=${escapeProperty(String(value))}`).join(",");
    out.write(`::${name}${props ? ` ${props}` : ""}::${escapeData(message)}
`);
  };
  return {
    getInput: (name) => (env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] ?? "").trim(),
    setOutput(name, value) {
      const file = env.GITHUB_OUTPUT;
      if (!file) return command("warning", `no GITHUB_OUTPUT file: output ${name} is lost`);
      const text = String(value);
      const delimiter = `ghadelimiter_${randomUUID()}`;
      appendFileSync(file, `${name}<<${delimiter}
${text}
${delimiter}
`);
    },
    setSecret: (value) => command("add-mask", value),
    info: (message) => out.write(`${escapeLog(message)}
`),
    debug: (message) => command("debug", message),
    notice: (message, properties) => command("notice", message, properties),
    warning: (message, properties) => command("warning", message, properties),
    error: (message, properties) => command("error", message, properties),
    setFailed(message) {
      process.exitCode = 1;
      command("error", message);
    },
    appendSummary(markdown) {
      const file = env.GITHUB_STEP_SUMMARY;
      if (file) appendFileSync(file, markdown);
      else out.write("(no GITHUB_STEP_SUMMARY: the job summary is not written)\n");
    }
  };
}

// actions/shared/action-context.ts
async function runAction(action) {
  const runner = createRunner(process.env);
  try {
    await action(createContext(process.env, runner));
  } catch (error) {
    runner.setFailed(describeFailure(error));
    if (error instanceof Error && !(error instanceof UsageError)) runner.debug(error.stack ?? error.message);
  }
}
function createContext(env, runner) {
  const input = (name) => runner.getInput(name);
  const [owner = "", repo = ""] = (env.GITHUB_REPOSITORY ?? "").split("/");
  const token = input("token");
  if (token) runner.setSecret(token);
  let octokit;
  const server = env.GITHUB_SERVER_URL ?? "https://github.com";
  return {
    input,
    flag: (name) => {
      const value = input(name);
      if (value === "true" || value === "false" || value === "") return value === "true";
      throw new UsageError(`input ${name}: "${value}" is not true or false`);
    },
    eventName: env.GITHUB_EVENT_NAME ?? "",
    payload: readEvent(env.GITHUB_EVENT_PATH),
    owner,
    repo,
    workspace: env.GITHUB_WORKSPACE ?? process.cwd(),
    runUrl: `${server}/${owner}/${repo}/actions/runs/${env.GITHUB_RUN_ID ?? ""}/attempts/${env.GITHUB_RUN_ATTEMPT ?? "1"}`,
    env,
    octokit: () => {
      if (!token) throw new UsageError("input token is empty; pass ${{ github.token }} or an App token");
      const baseUrl = env.GITHUB_API_URL ?? "https://api.github.com";
      octokit ??= import("./github-client-P5GKIUCV.js").then(({ createOctokit }) => createOctokit(token, baseUrl));
      return octokit;
    },
    runner
  };
}
function describeFailure(error) {
  if (error instanceof UsageError) return error.message;
  const request = error;
  if (typeof request.status === "number" && request.request) {
    const hint = request.status === 403 || request.status === 404 ? "; check the token and the job's permissions (see docs/actions.md)" : request.status >= 500 || request.status === 429 ? "; GitHub is failing or rate limiting, re-run the job later" : "";
    return `GitHub API ${request.request.method ?? ""} ${request.request.url ?? ""} failed: ${request.status} ${request.message ?? ""}${hint}`;
  }
  return `modelgate internal error (please report it): ${error instanceof Error ? error.message : String(error)}`;
}
function readEvent(path) {
  if (!path) return {};
  try {
    return JSON.parse(readFileSync(path, "utf8"));
  } catch (error) {
    throw new UsageError(`cannot read the event file GITHUB_EVENT_PATH=${path}: ${error.message}`);
  }
}
export {
  runAction
};
