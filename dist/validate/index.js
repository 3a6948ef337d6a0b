import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  validateAction
} from "../chunks/chunk-UCT5M53Z.js";
import "../chunks/chunk-OHAW6VVH.js";
import {
  runAction
} from "../chunks/chunk-2SETVOUC.js";
import "../chunks/chunk-HANBNIMK.js";

// actions/validate/main.ts
await runAction(validateAction);
