import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  readModels
} from "./chunk-ZXZK35ZJ.js";
import {
  writeOutputFile
} from "./chunk-ZPO4KRX6.js";
import {
  defaultBase,
  filesAtCommit,
  openCheckout,
  pullRequestOf,
  readLimited,
  selectModels,
  workingTreeFiles
} from "./chunk-ITOUU5JG.js";
import {
  annotate,
  appendSummary,
  checkDiffReport,
  compareProblems,
  diffModel,
  diffReportPassed,
  formatText,
  logInfo,
  renderDiffMarkdown,
  setOutput
} from "./chunk-NRBMWLJU.js";
import {
  UsageError
} from "./chunk-6IJY34LB.js";
import "./chunk-HANBNIMK.js";

// actions/diff/diff-action.ts
import { resolve } from "node:path";

// local/build-diff-report.ts
async function buildDiffReport(manifests, base, head) {
  const files = [...new Set(manifests)].sort();
  const [before, after] = await Promise.all([readModels(files, base.read), readModels(files, head.read)]);
  const models = files.filter((file) => !before.unreadable.has(file) && !after.unreadable.has(file)).map((file) => ({ base: before.models.get(file), head: after.models.get(file) })).filter((pair) => pair.base ?? pair.head).map((pair) => diffModel(pair.base, pair.head)).filter((change) => change.status !== "unchanged");
  return {
    schemaVersion: 1,
    base: base.label,
    head: head.label,
    models,
    problems: [
      ...before.problems.map((p) => ({ ...p, message: `at ${base.label.ref}: ${p.message}` })),
      ...after.problems
    ].sort(compareProblems)
  };
}

// actions/shared/sticky-comment.ts
var ACTIONS_BOT = "github-actions[bot]";
function stickyMarker(kind, key) {
  const safeKey = key.replace(/[^A-Za-z0-9._/ -]/g, "_").slice(0, 200);
  return `<!-- modelgate:${kind} key=${safeKey} -->`;
}
async function upsertStickyComment(context, options) {
  const octokit = await context.octokit();
  const { owner, repo } = context;
  const { issueNumber, marker, body } = options;
  const author = (options.author || await tokenIdentity(context)).toLowerCase();
  const ours = [];
  for await (const page of octokit.paginate.iterator(octokit.rest.issues.listComments, {
    owner,
    repo,
    issue_number: issueNumber,
    per_page: 100
  })) {
    for (const comment of page.data) {
      const first = comment.body?.split("\n", 1)[0];
      if (first === marker && comment.user?.login.toLowerCase() === author) ours.push(comment);
    }
  }
  const [existing, ...duplicates] = ours;
  for (const duplicate of duplicates)
    await octokit.rest.issues.deleteComment({ owner, repo, comment_id: duplicate.id });
  if (existing && existing.body === body)
    return { id: existing.id, url: existing.html_url, action: "unchanged" };
  if (existing) {
    const { data: data2 } = await octokit.rest.issues.updateComment({ owner, repo, comment_id: existing.id, body });
    return { id: data2.id, url: data2.html_url, action: "updated" };
  }
  const { data } = await octokit.rest.issues.createComment({ owner, repo, issue_number: issueNumber, body });
  return { id: data.id, url: data.html_url, action: "created" };
}
async function tokenIdentity(context) {
  try {
    const { data } = await (await context.octokit()).rest.users.getAuthenticated();
    return data.login;
  } catch (error) {
    const status = error.status;
    if (status !== 403) throw error;
    logInfo(
      `the token cannot read its own user (an installation token): looking for comments by ${ACTIONS_BOT}; set comment-author for a GitHub App's token`
    );
    return ACTIONS_BOT;
  }
}

// actions/diff/workflow-run.ts
async function pullRequestOfWorkflowRun(context) {
  const run = context.payload.workflow_run;
  if (context.eventName !== "workflow_run" || !run)
    throw new UsageError(
      "report-file is for workflow_run jobs; on pull_request, let the action compute the report"
    );
  if (run.event !== "pull_request" && run.event !== "pull_request_target") {
    logInfo(`the run was triggered by ${run.event}, not a pull request: nothing to comment on`);
    return void 0;
  }
  const listed = run.pull_requests.find((pull2) => pull2.head.sha === run.head_sha);
  if (listed) return listed.number;
  if (!run.head_repository || !run.head_branch) return void 0;
  const { data } = await (await context.octokit()).rest.pulls.list({
    owner: context.owner,
    repo: context.repo,
    state: "open",
    head: `${run.head_repository.owner.login}:${run.head_branch}`,
    per_page: 100
  });
  const pull = data.find((candidate) => candidate.head.sha === run.head_sha);
  if (!pull) logInfo(`no open pull request has head ${run.head_sha}: nothing to comment on`);
  return pull?.number;
}

// actions/diff/diff-action.ts
var REPORT_FILE_LIMIT = 5 * 1024 * 1024;
var SUMMARY_LIMIT = 512 * 1024;
async function diffAction(context) {
  const reportFile = context.input("report-file");
  const report = reportFile ? readReportFile(context, reportFile) : await computeReport(context);
  const writeReport = context.input("write-report");
  if (writeReport)
    writeOutputFile(context.workspace, writeReport, `${JSON.stringify(report)}
`, "write-report", [
      context.workspace,
      context.env.RUNNER_TEMP
    ]);
  await appendSummary(renderDiffMarkdown(report, { maxLength: SUMMARY_LIMIT }));
  setOutput("passed", diffReportPassed(report));
  setOutput("models", report.models.length);
  if (!context.flag("comment")) return;
  const pullNumber = reportFile ? await pullRequestOfWorkflowRun(context) : pullRequestFor(context);
  if (pullNumber === void 0) return;
  const marker = stickyMarker(
    "diff",
    context.input("key") || `${context.env.GITHUB_WORKFLOW}/${context.env.GITHUB_JOB}`
  );
  const body = renderDiffMarkdown(report, { marker, detailsUrl: context.runUrl });
  const author = context.input("comment-author");
  const comment = await upsertStickyComment(context, {
    issueNumber: pullNumber,
    marker,
    body,
    ...author ? { author } : {}
  });
  logInfo(`comment ${comment.action}: ${comment.url}`);
  setOutput("comment-id", comment.id);
  setOutput("comment-url", comment.url);
}
async function computeReport(context) {
  const opened = openCheckout(context.workspace, context.input("config") || void 0);
  if ("invalid" in opened) {
    logInfo(formatText(opened.invalid).trimEnd());
    throw new UsageError("the repository config is invalid; run the validate action for details");
  }
  const { checkout } = opened;
  const base = defaultBase(context);
  if (base === void 0)
    throw new UsageError("nothing to compare with: run on pull_request or push, or set the base input");
  const manifests = await selectModels(context, checkout);
  const head = context.env.GITHUB_SHA;
  return buildDiffReport(
    manifests,
    { label: { ref: base.slice(0, 12), sha: base }, read: filesAtCommit(context, checkout.root, base) },
    { label: { ref: "head", ...head ? { sha: head } : {} }, read: workingTreeFiles(checkout.root) }
  );
}
function readReportFile(context, file) {
  let text;
  try {
    text = Buffer.from(readLimited(resolve(context.workspace, file), REPORT_FILE_LIMIT)).toString("utf8");
  } catch (error) {
    const code = error.code;
    throw new UsageError(
      code === "ENOENT" ? `report-file: ${file}: no such file (did the artifact download to this path?)` : `report-file: ${file} cannot be read (${code ?? "error"}); it must be a regular file, not a link`
    );
  }
  const checked = checkDiffReport(text, file, REPORT_FILE_LIMIT);
  if (!checked.report) {
    for (const problem of checked.problems)
      annotate("error", `${problem.message}${problem.hint ? `; ${problem.hint}` : ""}`, {
        file: problem.file
      });
    throw new UsageError(`report-file: ${file} is not a modelgate diff report; nothing was posted`);
  }
  return checked.report;
}
function pullRequestFor(context) {
  const pull = pullRequestOf(context);
  if (!pull) {
    logInfo("not a pull request: the report is in the job summary only");
    return void 0;
  }
  if (pull.fromFork && context.eventName === "pull_request") {
    annotate(
      "notice",
      "pull requests from forks get a read-only token, so no comment was posted; upload the write-report file and post it from a workflow_run job (see examples/workflows/README.md)"
    );
    return void 0;
  }
  return pull.number;
}
export {
  diffAction
};
