import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  diffAction
} from "../chunks/chunk-SKZ4VIM4.js";
import {
  gateAction
} from "../chunks/chunk-TNADV3OM.js";
import "../chunks/chunk-MSRCINOU.js";
import {
  validateAction
} from "../chunks/chunk-HOMAIIIQ.js";
import "../chunks/chunk-JVSLAUXC.js";
import {
  UsageError,
  runAction
} from "../chunks/chunk-UHKLWMLW.js";
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
