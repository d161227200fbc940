/**
 * Placeholder until the component stories land: lists the elements that custom-elements.json
 * documents, which proves the manifest reaches Storybook. Delete once real stories exist.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import manifest from '../custom-elements.json';

interface Declaration {
  readonly kind: string;
  readonly name: string;
  readonly tagName?: string;
  readonly summary?: string;
}

const elements = manifest.modules
  .flatMap((module) => (module.declarations ?? []) as readonly Declaration[])
  .filter((declaration) => declaration.tagName)
  .sort((a, b) => a.tagName!.localeCompare(b.tagName!));

const meta: Meta = {
  title: 'Tooling/Element index',
  tags: ['!autodocs'],
};
export default meta;

export const ElementIndex: StoryObj = {
  render: () => html`
    <table>
      <caption>
        Elements in custom-elements.json
      </caption>
      <thead>
        <tr>
          <th scope="col">Tag</th>
          <th scope="col">Class</th>
          <th scope="col">Summary</th>
        </tr>
      </thead>
      <tbody>
        ${elements.map(
          (element) =>
            html`<tr>
              <td><code>&lt;${element.tagName}&gt;</code></td>
              <td>${element.name}</td>
              <td>${element.summary ?? ''}</td>
            </tr>`,
        )}
      </tbody>
    </table>
  `,
};
