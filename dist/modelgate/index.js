import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  diffAction
} from "../chunks/chunk-U7FTOIV7.js";
import {
  gateAction
} from "../chunks/chunk-ANEBJRZB.js";
import "../chunks/chunk-KIJG5EC2.js";
import {
  validateAction
} from "../chunks/chunk-UCT5M53Z.js";
import "../chunks/chunk-OHAW6VVH.js";
import {
  UsageError,
  runAction
} from "../chunks/chunk-2SETVOUC.js";
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
