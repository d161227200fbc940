/**
 * <cc-device-picker>: microphone, speaker and ringer, with the microphone level (measured in the
 * page from the chosen microphone; the browser asks for permission).
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../components/device-picker/device-picker.js';
import type { AudioDevice } from '../core/store/state.js';

interface Args {
  outputSelectable: boolean;
  meter: boolean;
  level: number | null;
  permission: 'granted' | 'denied';
}

const inputs: AudioDevice[] = [
  { id: 'mic-default', label: 'Default microphone', kind: 'audioinput' },
  { id: 'mic-headset', label: 'USB headset microphone', kind: 'audioinput' },
];
const outputs: AudioDevice[] = [
  { id: 'spk-default', label: 'Default speakers', kind: 'audiooutput' },
  { id: 'spk-headset', label: 'USB headset', kind: 'audiooutput' },
];

const meta: Meta<Args> = {
  title: 'Elements/Phone bar parts/Device picker',
  component: 'cc-device-picker',
  args: { outputSelectable: true, meter: true, level: 0.45, permission: 'granted' },
  render: (args) =>
    html`<cc-device-picker
      style="max-width: 24rem"
      .inputs=${inputs}
      .outputs=${outputs}
      ?output-selectable=${args.outputSelectable}
      .meter=${args.meter}
      .level=${args.level}
      .permission=${args.permission}
    ></cc-device-picker>`,
};
export default meta;

export const HostLevel: StoryObj<Args> = {};
/** No level from the host: the picker measures the chosen microphone itself. */
export const LocalMeter: StoryObj<Args> = { args: { level: null } };
export const NoOutputRouting: StoryObj<Args> = { args: { outputSelectable: false } };
export const MicrophoneBlocked: StoryObj<Args> = { args: { permission: 'denied', meter: false } };
