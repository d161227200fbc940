/** <cc-call-timer>: a live duration, m:ss then h:mm:ss. */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../components/call-timer/call-timer.js';

interface Args {
  secondsAgo: number;
  stopped: boolean;
}

const meta: Meta<Args> = {
  title: 'Elements/Phone bar parts/Call timer',
  component: 'cc-call-timer',
  args: { secondsAgo: 65, stopped: false },
  render: ({ secondsAgo, stopped }) => {
    const start = Date.now() - secondsAgo * 1000;
    return html`<cc-call-timer
      .start=${start}
      .end=${stopped ? Date.now() : null}
      label="Call duration"
    ></cc-call-timer>`;
  },
};
export default meta;

export const Counting: StoryObj<Args> = {};
export const OverAnHour: StoryObj<Args> = { args: { secondsAgo: 3_725 } };
export const Stopped: StoryObj<Args> = { args: { stopped: true } };
