/**
 * The command groups' code, with input validation: loaded with `import()` when a call center is
 * created, beside its back end (see call-center.ts). No command can run before the back end has
 * started, so a page that shows the login form does not wait for this code.
 */
import { createAgentCommands } from './agent-commands.js';
import { createCallCommands } from './call-commands.js';
import type { CommandContext } from './command-context.js';
import { createDeviceCommands } from './device-commands.js';
import { createSupervisorCommands } from './supervisor-commands.js';
import type { CommandGroups } from './types.js';

export function createCommandGroups(ctx: CommandContext): CommandGroups {
  return {
    agent: createAgentCommands(ctx),
    calls: createCallCommands(ctx),
    supervisor: createSupervisorCommands(ctx),
    devices: createDeviceCommands(ctx),
  };
}
