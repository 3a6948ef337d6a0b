import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  cacheCompiledCode
} from "../chunks/chunk-QQENZA65.js";
import "../chunks/chunk-HANBNIMK.js";

// actions/gate/main.ts
cacheCompiledCode();
var { runAction } = await import("../chunks/action-context-SMMHRU2L.js");
var { gateAction } = await import("../chunks/gate-action-S3TWF2S4.js");
await runAction(gateAction);
