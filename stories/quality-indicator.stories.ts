/** <cc-quality-indicator>: the call's grade; hover or focus it for the measurements. */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../components/quality-indicator/quality-indicator.js';
import type { CallQuality, QualityGrade } from '../core/store/state.js';

interface Args {
  grade: QualityGrade;
  rtt: number;
  jitter: number;
  loss: number;
  mos: number;
}

const sample = (args: Args): CallQuality => ({
  callId: 'story',
  rtt: args.rtt,
  jitter: args.jitter,
  loss: args.loss,
  audioLevel: 0.3,
  packetsReceived: 1_000,
  packetsSent: 1_000,
  mos: args.mos,
  grade: args.grade,
  warnings: args.grade <= 'b' ? ['rtt', 'loss'] : [],
  sampledAt: Date.now(),
});

const meta: Meta<Args> = {
  title: 'Elements/Phone bar parts/Quality indicator',
  component: 'cc-quality-indicator',
  args: { grade: 'e', rtt: 40, jitter: 3, loss: 0, mos: 4.4 },
  argTypes: { grade: { control: 'inline-radio', options: ['a', 'b', 'c', 'd', 'e'] } },
  render: (args) =>
    html`<div style="padding-bottom: 8rem">
      <cc-quality-indicator .quality=${sample(args)}></cc-quality-indicator>
    </div>`,
};
export default meta;

export const VeryGood: StoryObj<Args> = {};
export const Fair: StoryObj<Args> = {
  args: { grade: 'c', rtt: 180, jitter: 18, loss: 0.02, mos: 3.5 },
};
export const VeryPoor: StoryObj<Args> = {
  args: { grade: 'a', rtt: 450, jitter: 60, loss: 0.12, mos: 2.1 },
};
/** The details are shown as on keyboard focus. */
export const DetailsShown: StoryObj<Args> = {
  args: { grade: 'b', rtt: 320, jitter: 41, loss: 0.05, mos: 2.6 },
  play: async ({ canvasElement }) => {
    canvasElement.querySelector<HTMLElement>('cc-quality-indicator')!.focus();
  },
};
