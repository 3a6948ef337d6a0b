import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  cacheCompiledCode
} from "../chunks/chunk-QQENZA65.js";
import "../chunks/chunk-HANBNIMK.js";

// actions/gate/main.ts
cacheCompiledCode();
var { runAction } = await import("../chunks/action-context-LZPM7MML.js");
var { gateAction } = await import("../chunks/gate-action-UOH6OHGR.js");
await runAction(gateAction);
