import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  diffAction
} from "../chunks/chunk-7EWZGIXE.js";
import "../chunks/chunk-5ZJRCDGT.js";
import "../chunks/chunk-4KIMWOL3.js";
import {
  runAction
} from "../chunks/chunk-KV4TA5MA.js";
import "../chunks/chunk-HANBNIMK.js";

// actions/diff/main.ts
await runAction(diffAction);
