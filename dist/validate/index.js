import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  validateAction
} from "../chunks/chunk-YOHMII75.js";
import {
  runAction
} from "../chunks/chunk-6WVDUA2L.js";

// actions/validate/main.ts
await runAction(validateAction);
