import { useTranslation } from 'react-i18next';
import { toTermList, type GlossaryTerm } from './glossary-terms';
import './questions.css';

/** Every glossary term, closed until asked for: the questions stay short for those who know them. */
export function GlossaryPanel() {
  const { t } = useTranslation(['questions', 'glossary']);
  const terms = toTermList(t('terms', { ns: 'glossary', returnObjects: true }));
  return (
    <details className="glossary-panel">
      <summary>{t('glossary.toggle')}</summary>
      <p className="field__hint">{t('glossary.intro')}</p>
      <TermList terms={terms} />
    </details>
  );
}

/** Terms and their definitions, as the whole glossary and under each question. */
export function TermList({ terms }: { terms: readonly GlossaryTerm[] }) {
  return (
    <dl>
      {terms.map((x) => (
        <div key={x.key}>
          <dt>{x.term}</dt>
          <dd>{x.definition}</dd>
        </div>
      ))}
    </dl>
  );
}
