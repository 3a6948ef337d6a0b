import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  UsageError
} from "./chunk-6IJY34LB.js";

// actions/shared/write-file.ts
import { closeSync, constants, existsSync, mkdirSync, openSync, realpathSync, writeSync } from "node:fs";
import { dirname, relative, resolve, sep } from "node:path";
function writeOutputFile(workspace, path, text, input, roots = [workspace]) {
  const target = resolve(workspace, path);
  const fail = (reason) => {
    throw new UsageError(
      `${input}: cannot write ${path} (${reason}); give a path in the workspace or runner.temp`
    );
  };
  const realRoots = roots.flatMap((root) => root && existsSync(root) ? [realpathSync(root)] : []);
  const inside = (folder) => realRoots.some((root) => {
    const rest = relative(root, realpathSync(folder));
    return rest === "" || !rest.startsWith(`..${sep}`) && rest !== ".." && !rest.startsWith(sep);
  });
  let existing = dirname(target);
  while (!existsSync(existing) && dirname(existing) !== existing) existing = dirname(existing);
  if (!inside(existing)) fail("it leads outside the workspace, through a symbolic link or otherwise");
  try {
    mkdirSync(dirname(target), { recursive: true });
    if (!inside(dirname(target))) fail("it leads outside the workspace through a symbolic link");
    const fd = openSync(
      target,
      constants.O_WRONLY | constants.O_CREAT | constants.O_TRUNC | constants.O_NOFOLLOW
    );
    try {
      writeSync(fd, text);
    } finally {
      closeSync(fd);
    }
  } catch (error) {
    if (error instanceof UsageError) throw error;
    fail(error.code ?? "an error");
  }
}

export {
  writeOutputFile
};
