import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  diffAction
} from "../chunks/chunk-SKZ4VIM4.js";
import "../chunks/chunk-MSRCINOU.js";
import "../chunks/chunk-JVSLAUXC.js";
import {
  runAction
} from "../chunks/chunk-UHKLWMLW.js";
import "../chunks/chunk-HANBNIMK.js";

// actions/diff/main.ts
await runAction(diffAction);
