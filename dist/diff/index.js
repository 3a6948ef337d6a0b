import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  diffAction
} from "../chunks/chunk-ZW2WP7BO.js";
import "../chunks/chunk-QKWSG66R.js";
import {
  runAction
} from "../chunks/chunk-6WVDUA2L.js";

// actions/diff/main.ts
await runAction(diffAction);
