import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  cacheCompiledCode
} from "../chunks/chunk-QQENZA65.js";
import "../chunks/chunk-HANBNIMK.js";

// actions/gate/main.ts
cacheCompiledCode();
var { runAction } = await import("../chunks/action-context-WO2FB6D6.js");
var { gateAction } = await import("../chunks/gate-action-6ZLOI5B7.js");
await runAction(gateAction);
