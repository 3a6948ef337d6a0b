import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  cacheCompiledCode
} from "../chunks/chunk-QQENZA65.js";
import "../chunks/chunk-HANBNIMK.js";

// actions/validate/main.ts
cacheCompiledCode();
var { runAction } = await import("../chunks/action-context-LZPM7MML.js");
var { validateAction } = await import("../chunks/validate-action-BH7BYX6C.js");
await runAction(validateAction);
