import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  diffAction
} from "../chunks/chunk-NPKOE2LQ.js";
import {
  gateAction
} from "../chunks/chunk-7BXADEJI.js";
import "../chunks/chunk-5NHPIQWM.js";
import {
  validateAction
} from "../chunks/chunk-6YOB6FLP.js";
import "../chunks/chunk-BCJHTZLE.js";
import {
  UsageError,
  runAction
} from "../chunks/chunk-67FNMFTV.js";
import "../chunks/chunk-HANBNIMK.js";

// actions/modelgate/main.ts
var COMMANDS = {
  validate: validateAction,
  gate: gateAction,
  diff: diffAction
};
await runAction(async (context) => {
  const command = context.input("command");
  const action = COMMANDS[command];
  if (!action)
    throw new UsageError(`input command: "${command}" is not one of ${Object.keys(COMMANDS).join(", ")}`);
  await action(context);
});
