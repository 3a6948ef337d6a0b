import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  UsageError
} from "./chunk-6IJY34LB.js";

// actions/shared/write-file.ts
import { closeSync, constants, mkdirSync, openSync, writeSync } from "node:fs";
import { dirname, resolve } from "node:path";
function writeOutputFile(workspace, path, text, input) {
  const target = resolve(workspace, path);
  try {
    mkdirSync(dirname(target), { recursive: true });
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
    const code = error.code ?? "an error";
    throw new UsageError(
      `${input}: cannot write ${path} (${code}); give a path in the workspace or runner.temp`
    );
  }
}

export {
  writeOutputFile
};
