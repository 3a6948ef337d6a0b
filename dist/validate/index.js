import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  cacheCompiledCode
} from "../chunks/chunk-QQENZA65.js";
import "../chunks/chunk-HANBNIMK.js";

// actions/validate/main.ts
cacheCompiledCode();
var { runAction } = await import("../chunks/action-context-TS4WCR4S.js");
var { validateAction } = await import("../chunks/validate-action-3KH2YEFV.js");
await runAction(validateAction);
