import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  validateAction
} from "../chunks/chunk-6YOB6FLP.js";
import "../chunks/chunk-BCJHTZLE.js";
import {
  runAction
} from "../chunks/chunk-67FNMFTV.js";
import "../chunks/chunk-HANBNIMK.js";

// actions/validate/main.ts
await runAction(validateAction);
