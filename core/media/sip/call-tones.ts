/**
 * The SIP back end's call progress tones: the ringback on the speaker while a call rings out,
 * the ringtone on the ringer while one rings in. A tone starts only if it is still wanted a
 * moment later, and stops outside the task that ends it: a call answered at once (auto-answer,
 * a far end that picks up immediately) never pays for starting and tearing down audio on its
 * way to talking, and nobody hears a 100 ms blip of tone.
 */
import { AudioOutput } from '../audio/audio-output.js';
import { RINGBACK_TONES, RINGTONE, TonePlayer, type TonePattern } from '../audio/tones.js';
import type { DeviceManager, OutputRole } from '../devices/device-manager.js';

/** How long a tone must stay wanted before it sounds. */
export const TONE_DELAY_MS = 150;

export interface CallTones {
  ringback(on: boolean): void;
  ringtone(on: boolean): void;
  close(): void;
}

interface Tone {
  set(on: boolean): void;
  close(): void;
}

function tone(
  context: () => AudioContext,
  devices: DeviceManager,
  role: OutputRole,
  pattern: TonePattern,
): Tone {
  let wanted = false;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let player: { tone: TonePlayer; output: AudioOutput; undo: () => void } | null = null;
  const apply = () => {
    timer = null;
    if (wanted) {
      if (!player) {
        const output = new AudioOutput();
        player = {
          tone: new TonePlayer(context(), output),
          output,
          undo: devices.addOutput(output, role),
        };
      }
      if (!player.tone.playing) void player.tone.start(pattern);
    } else {
      player?.tone.stop();
    }
  };
  return {
    set(on) {
      if (on === wanted) return;
      wanted = on;
      if (timer) clearTimeout(timer);
      timer = setTimeout(apply, on ? TONE_DELAY_MS : 0);
    },
    close() {
      wanted = false;
      if (timer) clearTimeout(timer);
      timer = null;
      if (!player) return;
      player.tone.destroy();
      player.undo();
      player.output.destroy();
      player = null;
    },
  };
}

export function createCallTones(context: () => AudioContext, devices: DeviceManager): CallTones {
  const ringback = tone(context, devices, 'speaker', RINGBACK_TONES.cn);
  const ringtone = tone(context, devices, 'ringer', RINGTONE);
  return {
    ringback: (on) => ringback.set(on),
    ringtone: (on) => ringtone.set(on),
    close() {
      ringback.close();
      ringtone.close();
    },
  };
}
