/**
 * The options page: a list of sections, each a heading and its own component. Each section
 * talks to the background itself through `send`; browser calls beyond messaging (permissions)
 * come in as props.
 */
import type { ComponentChildren } from 'preact';
import type { I18n } from '../../lib/i18n/i18n.ts';
import type { SendMessage } from '../../lib/messaging.ts';
import { DataSyncSection, type Permissions } from './DataSyncSection.tsx';

export interface OptionsProps {
  i18n: I18n;
  send: SendMessage;
  permissions: Permissions;
}

interface Section {
  id: string;
  title: string;
  body: ComponentChildren;
}

export function OptionsApp(props: OptionsProps) {
  const { i18n } = props;
  const sections: Section[] = [
    { id: 'data', title: i18n.t('options.data'), body: <DataSyncSection {...props} /> },
  ];
  return (
    <main class="dl-root dl-options">
      <h1>{i18n.t('options.title')}</h1>
      {sections.map((s) => (
        <section key={s.id} id={s.id} aria-labelledby={`dl-h-${s.id}`}>
          <h2 id={`dl-h-${s.id}`}>{s.title}</h2>
          {s.body}
        </section>
      ))}
    </main>
  );
}
