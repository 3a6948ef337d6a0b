import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  diffAction
} from "../chunks/chunk-NPKOE2LQ.js";
import "../chunks/chunk-5NHPIQWM.js";
import "../chunks/chunk-BCJHTZLE.js";
import {
  runAction
} from "../chunks/chunk-67FNMFTV.js";
import "../chunks/chunk-HANBNIMK.js";

// actions/diff/main.ts
await runAction(diffAction);
