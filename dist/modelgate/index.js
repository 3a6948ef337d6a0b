import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  diffAction
} from "../chunks/chunk-ZW2WP7BO.js";
import {
  gateAction
} from "../chunks/chunk-MFSP2CBJ.js";
import "../chunks/chunk-QKWSG66R.js";
import {
  validateAction
} from "../chunks/chunk-YOHMII75.js";
import {
  UsageError,
  runAction
} from "../chunks/chunk-6WVDUA2L.js";

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
