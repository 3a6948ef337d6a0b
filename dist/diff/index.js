import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  cacheCompiledCode
} from "../chunks/chunk-QQENZA65.js";
import "../chunks/chunk-HANBNIMK.js";

// actions/diff/main.ts
cacheCompiledCode();
var { runAction } = await import("../chunks/action-context-SMMHRU2L.js");
var { diffAction } = await import("../chunks/diff-action-NCOODF56.js");
await runAction(diffAction);
