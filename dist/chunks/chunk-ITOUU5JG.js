import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  DEFAULT_CONFIG,
  DEFAULT_MODELS_ROOT,
  MANIFEST_FILE,
  MAX_LISTED_FILES,
  MAX_SOURCE_BYTES,
  configChangeProblems,
  logInfo,
  manifestPathOf,
  mayBeCutShort,
  modelsTouchedBy,
  validateConfig,
  validationSettingChanges
} from "./chunk-NRBMWLJU.js";
import {
  UsageError
} from "./chunk-6IJY34LB.js";

// local/files.ts
import {
  closeSync,
  existsSync,
  constants,
  fstatSync,
  lstatSync,
  openSync,
  readdirSync,
  readSync,
  realpathSync,
  statSync
} from "node:fs";
import { basename, dirname, join, relative, resolve, sep } from "node:path";
var SKIPPED_FOLDERS = /* @__PURE__ */ new Set(["node_modules", ".git", "dist", "lib"]);
function findManifests(root, cwd, paths, modelsRoot) {
  const realRoot = realpathSync(root);
  if (paths.length === 0) {
    if (!isDirectory(resolve(root, modelsRoot))) {
      throw new UsageError(
        `no ${modelsRoot}/ folder in ${root}; pass the manifests to check, or set models.root in .modelgate/config.yml`
      );
    }
    return modelFolderManifests(realRoot, insideRoot(realRoot, resolve(root, modelsRoot), modelsRoot));
  }
  const files = paths.flatMap((path) => {
    const target = insideRoot(realRoot, resolve(cwd, path), path);
    const link = firstLink(root, resolve(cwd, path));
    return isDirectory(target) ? manifestsIn(realRoot, link ? located(realRoot, resolve(cwd, path), path) : target, 8, link) : [toRepoFile(realRoot, located(realRoot, resolve(cwd, path), path), target, link)];
  });
  return [...new Map(files.map((file) => [file.absolute, file])).values()];
}
function modelFolderManifests(realRoot, folder) {
  const found = [];
  for (const entry of readdirSync(folder, { withFileTypes: true }).sort(
    (a, b) => a.name < b.name ? -1 : 1
  )) {
    if (entry.name.startsWith(".") || !(entry.isDirectory() || entry.isSymbolicLink())) continue;
    const path = join(folder, entry.name, MANIFEST_FILE);
    const stats = lstatSync(path, { throwIfNoEntry: false });
    if (!stats) continue;
    const direct = entry.isDirectory() && stats.isFile();
    if (direct || stats.isSymbolicLink() || entry.isSymbolicLink()) {
      const link = direct ? void 0 : entry.isSymbolicLink() ? join(folder, entry.name) : path;
      found.push(toRepoFile(realRoot, path, direct ? path : insideRoot(realRoot, path, path), link));
    }
  }
  return found;
}
function manifestsIn(realRoot, folder, depth, link = void 0) {
  const found = [];
  const entries = readdirSync(folder, { withFileTypes: true }).sort((a, b) => a.name < b.name ? -1 : 1);
  for (const entry of entries) {
    const path = join(folder, entry.name);
    if (entry.name === MANIFEST_FILE && (entry.isFile() || entry.isSymbolicLink())) {
      const real = entry.isFile() ? path : insideRoot(realRoot, path, path);
      found.push(toRepoFile(realRoot, path, real, link ?? (entry.isFile() ? void 0 : path)));
    } else if (depth > 0 && !entry.name.startsWith(".") && !SKIPPED_FOLDERS.has(entry.name)) {
      const isFolder = entry.isDirectory() || entry.isSymbolicLink() && isDirectory(insideRoot(realRoot, path, path));
      const via = link ?? (entry.isSymbolicLink() ? path : void 0);
      if (isFolder) for (const file of manifestsIn(realRoot, path, depth - 1, via)) found.push(file);
    }
  }
  return found;
}
function insideRoot(realRoot, path, shown) {
  let real;
  try {
    real = realpathSync(path);
  } catch {
    throw new UsageError(`${shown}: no such file or folder`);
  }
  if (real !== realRoot && !real.startsWith(realRoot + sep)) {
    throw new UsageError(
      `${shown}: outside the repository (${realRoot}); modelgate only reads files inside it (to check a lone manifest, run modelgate in its folder)`
    );
  }
  return real;
}
function toRepoFile(realRoot, location, real, link) {
  const inRepo = (path) => relative(realRoot, path).split(sep).join("/");
  return { absolute: real, relative: inRepo(location), ...link === void 0 ? {} : { link: inRepo(link) } };
}
function firstLink(root, path) {
  const steps = relative(root, path).split(sep);
  if (steps[0] === ".." || steps[0] === "") return void 0;
  let at = root;
  for (const step of steps) {
    at = join(at, step);
    const stats = lstatSync(at, { throwIfNoEntry: false });
    if (!stats) return void 0;
    if (stats.isSymbolicLink()) return join(realpathSync(dirname(at)), basename(at));
  }
  return void 0;
}
function located(realRoot, path, shown) {
  return join(insideRoot(realRoot, dirname(path), shown), basename(path));
}
function isDirectory(path) {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
function readLimited(path, limit) {
  const fd = openSync(path, constants.O_RDONLY | constants.O_NOFOLLOW);
  try {
    const size = Math.min(fstatSync(fd).size, limit + 1);
    const buffer = Buffer.allocUnsafe(size);
    let read = 0;
    while (read < size) {
      const n = readSync(fd, buffer, read, size - read, read);
      if (n === 0) break;
      read += n;
    }
    return buffer.subarray(0, read);
  } finally {
    closeSync(fd);
  }
}
function findRepoRoot(cwd, gitRoot) {
  for (let folder = resolve(cwd); ; folder = dirname(folder)) {
    if (isDirectory(join(folder, ".modelgate"))) return folder;
    if (folder === gitRoot || dirname(folder) === folder) return gitRoot ?? resolve(cwd);
  }
}
function folderOf(file) {
  return file.relative.includes("/") ? basename(dirname(file.relative)) : void 0;
}
var CONFIG_NAMES = [".modelgate/config.yml", ".modelgate/config.yaml"];
function findConfigFile(root, cwd, explicit) {
  if (explicit === void 0) {
    const shown = CONFIG_NAMES.find((name) => existsSync(join(root, name)));
    return shown === void 0 ? void 0 : { path: insideRoot(realpathSync(root), join(root, shown), shown), shown };
  }
  let real;
  try {
    real = realpathSync(resolve(cwd, explicit));
  } catch {
    throw new UsageError(`--config: ${explicit}: no such file`);
  }
  if (!statSync(real).isFile()) throw new UsageError(`--config: ${explicit}: not a file`);
  return { path: real, shown: explicit };
}

// local/revision-files.ts
import { realpathSync as realpathSync2 } from "node:fs";
import { join as join3, relative as relative2, sep as sep2 } from "node:path";

// local/git.ts
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync as existsSync2 } from "node:fs";
import { dirname as dirname2, join as join2, resolve as resolve2 } from "node:path";
function findGitRoot(cwd) {
  for (let folder = resolve2(cwd); ; folder = dirname2(folder)) {
    if (existsSync2(join2(folder, ".git"))) return folder;
    if (dirname2(folder) === folder) return void 0;
  }
}
function readFilesAtCommit(root, commit, paths) {
  const wanted = paths.filter((path) => !/[\n\r\0]/.test(path));
  const files = /* @__PURE__ */ new Map();
  if (wanted.length === 0) return files;
  const blobs = listBlobs(root, commit, sharedFolder(wanted));
  const found = wanted.flatMap((path) => {
    const id = blobs.get(path);
    return id === void 0 ? [] : [[path, id]];
  });
  if (found.length === 0) return files;
  const output = execFileSync("git", ["cat-file", "--batch"], {
    cwd: root,
    input: found.map(([, id]) => `${id}
`).join(""),
    maxBuffer: 1024 * 1024 * 1024
  });
  let offset = 0;
  for (const [path] of found) {
    const headerEnd = output.indexOf(10, offset);
    const header = output.subarray(offset, headerEnd).toString("utf8");
    offset = headerEnd + 1;
    const blob = /^[0-9a-f]{40,64} blob (\d+)$/.exec(header);
    if (!blob) throw new Error(`git cat-file: unexpected answer "${header}" for ${path}`);
    const length = Number(blob[1]);
    files.set(path, output.subarray(offset, offset + length));
    offset += length + 1;
  }
  return files;
}
var REGULAR_FILE = /^100(644|755)$/;
function listBlobs(root, commit, folder) {
  const listing = execFileSync(
    "git",
    [
      "ls-tree",
      "-r",
      "-z",
      "--full-tree",
      "--end-of-options",
      commit,
      ...folder ? ["--", `:(literal)${folder}`] : []
    ],
    { cwd: root, maxBuffer: 1024 * 1024 * 1024 }
  ).toString("utf8");
  const blobs = /* @__PURE__ */ new Map();
  for (const entry of listing.split("\0")) {
    const tab = entry.indexOf("	");
    if (tab < 0) continue;
    const [mode, type, id] = entry.slice(0, tab).split(" ");
    if (type === "blob" && REGULAR_FILE.test(mode ?? "")) blobs.set(entry.slice(tab + 1), id);
  }
  return blobs;
}
function sharedFolder(paths) {
  let shared = paths[0].split("/").slice(0, -1);
  for (const path of paths) {
    const parts = path.split("/");
    let same = 0;
    while (same < shared.length && same < parts.length - 1 && shared[same] === parts[same]) same++;
    shared = shared.slice(0, same);
    if (shared.length === 0) break;
  }
  return shared.join("/");
}
function changedPathsBetween(root, base, head) {
  const result = spawnSync(
    "git",
    ["diff", "--name-only", "-z", "--no-renames", "--relative", "--end-of-options", base, head],
    { cwd: root, maxBuffer: 1024 * 1024 * 1024 }
  );
  if (result.status !== 0) return void 0;
  return result.stdout.toString("utf8").split("\0").filter(Boolean);
}

// local/revision-files.ts
function workingTreeFiles(root) {
  const realRoot = realpathSync2(root);
  return (paths) => Promise.resolve(
    new Map(
      paths.flatMap((path) => {
        try {
          const real = realpathSync2(join3(root, path));
          if (!real.startsWith(realRoot + sep2)) return [];
          return [[path, readLimited(real, MAX_SOURCE_BYTES)]];
        } catch {
          return [];
        }
      })
    )
  );
}
function commitFiles(gitRoot, commit, root) {
  const prefix = gitPrefix(gitRoot, root);
  return (paths) => {
    const found = readFilesAtCommit(
      gitRoot,
      commit,
      paths.map((path) => prefix + path)
    );
    return Promise.resolve(
      new Map(
        paths.flatMap((path) => {
          const source = found.get(prefix + path);
          return source ? [[path, source]] : [];
        })
      )
    );
  };
}
function gitPrefix(gitRoot, root) {
  const inside = relative2(realpathSync2(gitRoot), realpathSync2(root)).split(sep2).join("/");
  return inside === "" ? "" : `${inside}/`;
}

// local/read-config.ts
import { realpathSync as realpathSync3 } from "node:fs";
import { relative as relative3, sep as sep3 } from "node:path";
function readRepoConfig(root, cwd, explicit) {
  const found = findConfigFile(root, cwd, explicit);
  if (found === void 0) return { config: DEFAULT_CONFIG };
  const { path, shown } = found;
  const source = readLimited(path, MAX_SOURCE_BYTES);
  const checked = validateConfig(shown, source);
  const inRepo = explicit === void 0 ? shown : relative3(realpathSync3(root), path).split(sep3).join("/");
  const file = {
    shown,
    source,
    explicit: explicit !== void 0,
    ...inRepo.startsWith("..") ? {} : { inRepo }
  };
  return checked.config ? { config: checked.config, file } : { invalid: { files: [{ file: shown, problems: checked.problems }] } };
}
async function readBaseConfig(head, read, ref) {
  if (head.file && head.file.inRepo === void 0) return { config: head.config, changes: [] };
  const names = head.file?.explicit && head.file.inRepo ? [head.file.inRepo] : CONFIG_NAMES;
  let name;
  let source;
  for (const candidate of names) {
    source = (await read([candidate])).get(candidate);
    if (source) {
      name = candidate;
      break;
    }
  }
  let config = DEFAULT_CONFIG;
  if (name !== void 0 && source) {
    const checked = validateConfig(name, source);
    if (!checked.config) {
      const problems2 = checked.problems.map((p) => ({ ...p, message: `at ${ref}: ${p.message}` }));
      return { invalid: { files: [{ file: name, problems: problems2 }] } };
    }
    config = checked.config;
  }
  const file = head.file?.shown ?? name ?? CONFIG_NAMES[0];
  const problems = configChangeProblems(
    file,
    head.file?.source,
    validationSettingChanges(config, head.config)
  );
  return { config, changes: problems.length > 0 ? [{ file, problems }] : [] };
}

// local/checkout.ts
function openCheckout(cwd, explicitConfig) {
  const gitRoot = findGitRoot(cwd);
  const root = findRepoRoot(cwd, gitRoot);
  const read = readRepoConfig(root, cwd, explicitConfig);
  if ("invalid" in read) return read;
  const modelsRoot = read.config.models?.root ?? DEFAULT_MODELS_ROOT;
  const file = read.file ? { configFile: read.file } : {};
  return { checkout: { gitRoot, root, config: read.config, modelsRoot, ...file } };
}
async function judgedByBase(checkout, base) {
  const head = { config: checkout.config, ...checkout.configFile ? { file: checkout.configFile } : {} };
  const read = await readBaseConfig(head, base.read, base.label.ref);
  if ("invalid" in read) return read;
  const modelsRoot = read.config.models?.root ?? DEFAULT_MODELS_ROOT;
  return { checkout: { ...checkout, config: read.config, modelsRoot }, changes: read.changes };
}
function selectManifests(checkout, cwd, paths) {
  return findManifests(checkout.root, cwd, paths, checkout.modelsRoot).map((file) => file.relative);
}

// actions/shared/pull-request.ts
function pullRequestOf(context) {
  const pull = context.payload.pull_request;
  if (!pull || !context.eventName.startsWith("pull_request")) return void 0;
  return {
    number: pull.number,
    baseSha: pull.base.sha,
    headSha: pull.head.sha,
    fromFork: pull.head.repo?.full_name !== pull.base.repo.full_name,
    ...typeof pull.changed_files === "number" ? { changedFiles: pull.changed_files } : {}
  };
}
var sha = (value) => typeof value === "string" && /^[0-9a-f]{40}([0-9a-f]{24})?$/.test(value) && !/^0+$/.test(value) ? value : void 0;
function changeRangeOf(context) {
  const pull = pullRequestOf(context);
  if (pull) return { base: pull.baseSha, head: pull.headSha };
  const { payload } = context;
  const group = payload.merge_group;
  const [base, head] = context.eventName === "push" ? [sha(payload.before), sha(payload.after)] : context.eventName === "merge_group" ? [sha(group?.base_sha), sha(group?.head_sha)] : [];
  return base && head ? { base, head } : void 0;
}
function defaultBase(context) {
  return context.input("base") || changeRangeOf(context)?.base;
}

// actions/shared/revision-files.ts
import { spawnSync as spawnSync2 } from "node:child_process";
var CONCURRENCY = 8;
function filesAtCommit(context, root, sha2) {
  const local = spawnSync2("git", ["cat-file", "-e", "--end-of-options", `${sha2}^{commit}`], { cwd: root });
  if (local.status === 0) return commitFiles(root, sha2, root);
  logInfo(`${sha2.slice(0, 7)} is not in the local clone; reading the base through the API`);
  return (paths) => readThroughApi(context, sha2, paths);
}
async function readThroughApi(context, ref, paths) {
  const files = /* @__PURE__ */ new Map();
  const queue = [...paths];
  const worker = async () => {
    for (let path = queue.shift(); path !== void 0; path = queue.shift()) {
      const source = await readOne(context, ref, path);
      if (source) files.set(path, source);
    }
  };
  await Promise.all(Array.from({ length: Math.min(CONCURRENCY, paths.length) }, worker));
  return files;
}
async function readOne(context, ref, path) {
  try {
    const response = await (await context.octokit()).rest.repos.getContent({
      owner: context.owner,
      repo: context.repo,
      path,
      ref,
      mediaType: { format: "raw" },
      request: { parseSuccessResponseBody: false }
    });
    const body = response.data;
    return await readLimitedStream(body, MAX_SOURCE_BYTES);
  } catch (error) {
    if (error.status === 404) return void 0;
    throw error;
  }
}
async function readLimitedStream(stream, limit) {
  const chunks = [];
  let size = 0;
  const reader = stream.getReader();
  while (size <= limit) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    size += value.length;
  }
  await reader.cancel();
  return Buffer.concat(chunks).subarray(0, limit + 1);
}

// actions/shared/changed-models.ts
async function changedModels(context, pull, modelsRoot) {
  const octokit = await context.octokit();
  const files = await octokit.paginate(octokit.rest.pulls.listFiles, {
    owner: context.owner,
    repo: context.repo,
    pull_number: pull.number,
    per_page: 100
  });
  if (mayBeCutShort(files.length, MAX_LISTED_FILES, pull.changedFiles)) return void 0;
  const paths = files.flatMap(({ filename, previous_filename }) => [filename, previous_filename]);
  return modelsTouchedBy(paths, modelsRoot).map((name) => manifestPathOf(modelsRoot, name));
}

// actions/shared/select-models.ts
var COMPARE_FILE_LIMIT = 300;
async function selectModels(context, checkout) {
  const paths = context.input("path").split(/\s+/).filter(Boolean);
  if (paths.length > 0) return selectManifests(checkout, context.workspace, paths);
  const every = () => selectManifests(checkout, context.workspace, []);
  if (!context.flag("changed-only")) return every();
  const pull = pullRequestOf(context);
  if (pull) {
    const changed2 = await changedModels(context, pull, checkout.modelsRoot);
    if (changed2) return changed2;
    logInfo(`GitHub lists at most 3000 files of pull request #${pull.number}; checking every model`);
    return every();
  }
  const range = changeRangeOf(context);
  if (!range) return every();
  const changed = changedPathsBetween(checkout.root, range.base, range.head) ?? await comparedPaths(context, range);
  if (!changed) {
    logInfo(
      `the change ${range.base.slice(0, 7)}..${range.head.slice(0, 7)} cannot be listed completely; checking every model`
    );
    return every();
  }
  const { modelsRoot } = checkout;
  return modelsTouchedBy(changed, modelsRoot).map((name) => manifestPathOf(modelsRoot, name));
}
async function comparedPaths(context, range) {
  const octokit = await context.octokit();
  const { data } = await octokit.rest.repos.compareCommitsWithBasehead({
    owner: context.owner,
    repo: context.repo,
    basehead: `${range.base}...${range.head}`,
    per_page: 1
  });
  const files = data.files ?? [];
  if (data.status !== "ahead" && data.status !== "identical") return void 0;
  if (mayBeCutShort(files.length, COMPARE_FILE_LIMIT, void 0)) return void 0;
  return files.flatMap(({ filename, previous_filename }) => [filename, previous_filename ?? filename]);
}

export {
  findManifests,
  firstLink,
  readLimited,
  folderOf,
  workingTreeFiles,
  openCheckout,
  judgedByBase,
  pullRequestOf,
  defaultBase,
  filesAtCommit,
  selectModels
};
