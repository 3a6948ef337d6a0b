import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  validateAction
} from "../chunks/chunk-3GTBW6EA.js";
import "../chunks/chunk-4KIMWOL3.js";
import {
  runAction
} from "../chunks/chunk-KV4TA5MA.js";
import "../chunks/chunk-HANBNIMK.js";

// actions/validate/main.ts
await runAction(validateAction);
