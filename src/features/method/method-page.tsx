import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import './method.css';

interface Section {
  title: string;
  body: string;
}

function sectionsOf(raw: unknown): [string, Section][] {
  if (typeof raw !== 'object' || raw === null) return [];
  return Object.entries(raw as Record<string, unknown>).filter(
    (e): e is [string, Section] => {
      const s = e[1] as Partial<Section> | null;
      return typeof s?.title === 'string' && typeof s.body === 'string';
    },
  );
}

/**
 * "How we score" (#/method): docs/METHODOLOGY.md's content from locales/<lng>/methodology.json.
 * The contents use buttons, not #anchors: the hash is the router's, and an anchor would leave the page.
 */
export default function MethodPage() {
  const { t } = useTranslation(['methodology', 'questions']);
  const sections = sectionsOf(t('sections', { returnObjects: true }));
  const tocRef = useRef<HTMLHeadingElement>(null);

  const goTo = (key: string) => {
    const h = document.getElementById(`method-${key}-title`);
    h?.scrollIntoView?.({ block: 'start', behavior: 'smooth' });
    h?.focus({ preventScroll: true });
  };
  const backToToc = () => {
    tocRef.current?.scrollIntoView?.({ block: 'start', behavior: 'smooth' });
    tocRef.current?.focus({ preventScroll: true });
  };

  return (
    <article className="method">
      <h1>{t('title')}</h1>
      <p className="lead">{t('intro')}</p>
      <nav className="method__toc" aria-labelledby="method-toc">
        <h2 id="method-toc" ref={tocRef} tabIndex={-1}>{t('questions:method.toc')}</h2>
        <ol>
          {sections.map(([key, s]) => (
            <li key={key}>
              <button type="button" className="method__toc-link" onClick={() => goTo(key)}>{s.title}</button>
            </li>
          ))}
        </ol>
      </nav>
      {sections.map(([key, s]) => (
        <section key={key} id={`method-${key}`} className="method__section" aria-labelledby={`method-${key}-title`}>
          <h2 id={`method-${key}-title`} tabIndex={-1}>{s.title}</h2>
          {s.body.split('\n\n').map((para, i) => (
            <p key={i}>
              {para.split('\n').map((line, j) => (
                <span key={j}>
                  {j > 0 && <br />}
                  {line}
                </span>
              ))}
            </p>
          ))}
          <button type="button" className="method__back" onClick={backToToc}>↑ {t('questions:method.backToToc')}</button>
        </section>
      ))}
    </article>
  );
}
