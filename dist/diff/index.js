import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  diffAction
} from "../chunks/chunk-U7FTOIV7.js";
import "../chunks/chunk-KIJG5EC2.js";
import "../chunks/chunk-OHAW6VVH.js";
import {
  runAction
} from "../chunks/chunk-2SETVOUC.js";
import "../chunks/chunk-HANBNIMK.js";

// actions/diff/main.ts
await runAction(diffAction);
