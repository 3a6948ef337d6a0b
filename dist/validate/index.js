import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  cacheCompiledCode
} from "../chunks/chunk-QQENZA65.js";
import "../chunks/chunk-HANBNIMK.js";

// actions/validate/main.ts
cacheCompiledCode();
var { runAction } = await import("../chunks/action-context-WO2FB6D6.js");
var { validateAction } = await import("../chunks/validate-action-U5LOQVO7.js");
await runAction(validateAction);
