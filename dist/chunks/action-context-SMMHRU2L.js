import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  failStep,
  getInput,
  logDebug,
  setSecret
} from "./chunk-NRBMWLJU.js";
import {
  UsageError
} from "./chunk-6IJY34LB.js";
import "./chunk-HANBNIMK.js";

// actions/shared/action-context.ts
import { readFileSync } from "node:fs";
async function runAction(action) {
  try {
    await action(createContext(process.env));
  } catch (error) {
    failStep(describeFailure(error));
    if (error instanceof Error && !(error instanceof UsageError)) logDebug(error.stack ?? error.message);
  }
}
function createContext(env) {
  const input = (name) => getInput(name);
  const [owner = "", repo = ""] = (env.GITHUB_REPOSITORY ?? "").split("/");
  const token = input("token");
  if (token) setSecret(token);
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
      octokit ??= import("./github-client-MJOJQZHM.js").then(({ createOctokit }) => createOctokit(token, baseUrl));
      return octokit;
    }
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
