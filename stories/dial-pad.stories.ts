/** <cc-dial-pad>: the telephone keypad on its own. Each press fires an `input` event. */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../components/dial-pad/dial-pad.js';

interface Args {
  letters: boolean;
  disabled: boolean;
}

const meta: Meta<Args> = {
  title: 'Elements/Phone bar parts/Dial pad',
  component: 'cc-dial-pad',
  args: { letters: false, disabled: false },
  render: (args) =>
    html`<cc-dial-pad ?letters=${args.letters} ?disabled=${args.disabled}></cc-dial-pad>`,
};
export default meta;

export const Digits: StoryObj<Args> = {};
export const WithLetters: StoryObj<Args> = { args: { letters: true } };
export const Disabled: StoryObj<Args> = { args: { disabled: true } };
