/** Local audio devices: list, choose microphone, speaker and ringer, enable blocked sound. */
import type { Backend } from '../backends/backend.js';
import { CallCenterError } from '../model/errors.js';
import type { AudioDevice } from '../store/state.js';
import type { CommandContext } from './command-context.js';
import type { DeviceCommands } from './types.js';

export function createDeviceCommands(ctx: CommandContext): DeviceCommands {
  async function deviceCommand(
    name: string,
    execute: (b: Backend) => Promise<void>,
  ): Promise<void> {
    const command = `devices.${name}`;
    const backend = await ctx.started(command);
    if (!backend.devices) {
      throw new CallCenterError(
        'not-supported',
        'This back end does not use local audio devices.',
        {
          command,
        },
      );
    }
    try {
      await execute(backend);
    } catch (error) {
      throw ctx.fail(error, command);
    }
  }

  function checkDevice(
    id: string | null,
    list: readonly AudioDevice[],
    what: string,
    name: string,
  ): void {
    if (id !== null && list.length > 0 && !list.some((d) => d.id === id)) {
      throw new CallCenterError('invalid-device', `There is no ${what} with id "${id}".`, {
        command: `devices.${name}`,
      });
    }
  }

  const devices: DeviceCommands = {
    list: async () => {
      await deviceCommand('list', (b) => b.devices!.refresh());
      const { inputs, outputs } = ctx.store.snapshot.devices;
      return { inputs, outputs };
    },
    // async: an unknown device rejects the promise rather than throwing at the caller.
    selectInput: async (id) => {
      checkDevice(id, ctx.store.snapshot.devices.inputs, 'microphone', 'selectInput');
      return deviceCommand('selectInput', (b) => b.devices!.selectInput(id));
    },
    selectOutput: async (id) => {
      checkDevice(id, ctx.store.snapshot.devices.outputs, 'speaker', 'selectOutput');
      return deviceCommand('selectOutput', (b) => b.devices!.selectOutput(id));
    },
    selectRinger: async (id) => {
      checkDevice(id, ctx.store.snapshot.devices.outputs, 'ringer', 'selectRinger');
      return deviceCommand('selectRinger', (b) => b.devices!.selectRinger(id));
    },
    enableAudio: () => deviceCommand('enableAudio', (b) => b.devices!.enableAudio()),
  };

  return devices;
}
