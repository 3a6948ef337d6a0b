import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  cacheCompiledCode
} from "../chunks/chunk-QQENZA65.js";
import "../chunks/chunk-HANBNIMK.js";

// actions/modelgate/main.ts
cacheCompiledCode();
var [{ UsageError }, { diffAction }, { gateAction }, { runAction }, { validateAction }] = await Promise.all(
  [
    import("../chunks/errors-2UMAYJBD.js"),
    import("../chunks/diff-action-6MVCUKPE.js"),
    import("../chunks/gate-action-AASIGRNR.js"),
    import("../chunks/action-context-WE3JEC3O.js"),
    import("../chunks/validate-action-75T6OQ2L.js")
  ]
);
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
