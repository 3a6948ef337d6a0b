import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  cacheCompiledCode
} from "../chunks/chunk-QQENZA65.js";
import "../chunks/chunk-HANBNIMK.js";

// actions/validate/main.ts
cacheCompiledCode();
var { runAction } = await import("../chunks/action-context-SMMHRU2L.js");
var { validateAction } = await import("../chunks/validate-action-FNOSVTZA.js");
await runAction(validateAction);
