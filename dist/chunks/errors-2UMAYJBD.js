import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  UsageError
} from "./chunk-6IJY34LB.js";
import "./chunk-HANBNIMK.js";
export {
  UsageError
};
