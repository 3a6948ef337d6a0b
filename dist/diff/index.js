import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  diffAction
} from "../chunks/chunk-3JZJ4ZYG.js";
import "../chunks/chunk-GB6HFHJQ.js";
import "../chunks/chunk-JS7IZK7S.js";
import {
  runAction
} from "../chunks/chunk-XJCF3QZM.js";
import "../chunks/chunk-HANBNIMK.js";

// actions/diff/main.ts
await runAction(diffAction);
