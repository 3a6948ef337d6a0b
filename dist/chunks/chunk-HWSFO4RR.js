import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  DEFAULT_CONFIG,
  DEFAULT_MODELS_ROOT,
  MANIFEST_FILE,
  MAX_SOURCE_BYTES,
  manifestPathOf,
  modelsTouchedBy,
  validateConfig
} from "./chunk-V6KLN5LS.js";
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
    return isDirectory(target) ? manifestsIn(realRoot, target, 8) : [toRepoFile(realRoot, located(realRoot, resolve(cwd, path), path), target)];
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
      found.push(toRepoFile(realRoot, path, direct ? path : insideRoot(realRoot, path, path)));
    }
  }
  return found;
}
function manifestsIn(realRoot, folder, depth) {
  const found = [];
  const entries = readdirSync(folder, { withFileTypes: true }).sort((a, b) => a.name < b.name ? -1 : 1);
  for (const entry of entries) {
    const path = join(folder, entry.name);
    if (entry.name === MANIFEST_FILE && (entry.isFile() || entry.isSymbolicLink())) {
      found.push(toRepoFile(realRoot, path, entry.isFile() ? path : insideRoot(realRoot, path, path)));
    } else if (depth > 0 && !entry.name.startsWith(".") && !SKIPPED_FOLDERS.has(entry.name)) {
      const isFolder = entry.isDirectory() || entry.isSymbolicLink() && isDirectory(insideRoot(realRoot, path, path));
      if (isFolder) found.push(...manifestsIn(realRoot, path, depth - 1));
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
      `${shown}: outside the repository (${realRoot}); modelgate only reads files inside it`
    );
  }
  return real;
}
function toRepoFile(realRoot, location, real) {
  return { absolute: real, relative: relative(realRoot, location).split(sep).join("/") };
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
  return basename(dirname(file.relative));
}
function findConfigFile(root, cwd, explicit) {
  if (explicit === void 0) {
    const shown = [".modelgate/config.yml", ".modelgate/config.yaml"].find(
      (name) => existsSync(join(root, name))
    );
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
  const output = execFileSync("git", ["cat-file", "--batch"], {
    cwd: root,
    input: wanted.map((path) => `${commit}:${path}
`).join(""),
    maxBuffer: 1024 * 1024 * 1024
  });
  let offset = 0;
  for (const path of wanted) {
    const headerEnd = output.indexOf(10, offset);
    const header = output.subarray(offset, headerEnd).toString("utf8");
    offset = headerEnd + 1;
    const found = /^[0-9a-f]{40,64} (\w+) (\d+)$/.exec(header);
    if (!found) continue;
    const length = Number(found[2]);
    if (found[1] === "blob") files.set(path, output.subarray(offset, offset + length));
    offset += length + 1;
  }
  return files;
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
function readRepoConfig(root, cwd, explicit) {
  const found = findConfigFile(root, cwd, explicit);
  if (found === void 0) return { config: DEFAULT_CONFIG };
  const { path, shown } = found;
  const checked = validateConfig(shown, readLimited(path, MAX_SOURCE_BYTES));
  return checked.config ? { config: checked.config } : { invalid: { files: [{ file: shown, problems: checked.problems }] } };
}

// local/checkout.ts
function openCheckout(cwd, configFile) {
  const gitRoot = findGitRoot(cwd);
  const root = findRepoRoot(cwd, gitRoot);
  const read = readRepoConfig(root, cwd, configFile);
  if ("invalid" in read) return read;
  const modelsRoot = read.config.models?.root ?? DEFAULT_MODELS_ROOT;
  return { checkout: { gitRoot, root, config: read.config, modelsRoot } };
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
    fromFork: pull.head.repo?.full_name !== pull.base.repo.full_name
  };
}
function defaultBase(context) {
  const explicit = context.input("base");
  if (explicit) return explicit;
  const pull = pullRequestOf(context);
  if (pull) return pull.baseSha;
  const before = context.payload.before;
  return context.eventName === "push" && typeof before === "string" && !/^0+$/.test(before) ? before : void 0;
}

// actions/shared/revision-files.ts
import { spawnSync as spawnSync2 } from "node:child_process";
var CONCURRENCY = 8;
function filesAtCommit(context, root, sha) {
  const local = spawnSync2("git", ["cat-file", "-e", `${sha}^{commit}`], { cwd: root });
  if (local.status === 0) return commitFiles(root, sha, root);
  context.runner.info(`${sha.slice(0, 7)} is not in the local clone; reading the base through the API`);
  return (paths) => readThroughApi(context, sha, paths);
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
async function changedModels(context, pullNumber, modelsRoot) {
  const octokit = await context.octokit();
  const files = await octokit.paginate(octokit.rest.pulls.listFiles, {
    owner: context.owner,
    repo: context.repo,
    pull_number: pullNumber,
    per_page: 100
  });
  const paths = files.flatMap(({ filename, previous_filename }) => [filename, previous_filename]);
  return modelsTouchedBy(paths, modelsRoot).map((name) => manifestPathOf(modelsRoot, name));
}

// actions/shared/select-models.ts
async function selectModels(context, checkout) {
  const paths = context.input("path").split(/\s+/).filter(Boolean);
  if (paths.length > 0) return selectManifests(checkout, context.workspace, paths);
  const pull = pullRequestOf(context);
  if (pull && context.flag("changed-only")) return changedModels(context, pull.number, checkout.modelsRoot);
  return selectManifests(checkout, context.workspace, []);
}

export {
  findManifests,
  readLimited,
  folderOf,
  workingTreeFiles,
  openCheckout,
  pullRequestOf,
  defaultBase,
  filesAtCommit,
  selectModels
};
