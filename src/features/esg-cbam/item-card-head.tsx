import { useTranslation } from 'react-i18next';

interface Props {
  /** the heading's id, which names the item's card */
  id: string;
  title: string;
  level: 'h3' | 'h4';
  /** the list's texts: <prefix>.remove on the button, <prefix>.removeNamed ("Remove {{name}}") for screen readers */
  prefix: 'products' | 'energy' | 'requests';
  onRemove: () => void;
}

/** A list item's title and its Remove button (undone by the list's UndoNotice). */
export function ItemCardHead({ id, title, level: Heading, prefix, onRemove }: Props) {
  const { t } = useTranslation('esgcbam');
  return (
    <div className="item-card__head">
      <Heading id={id}>{title}</Heading>
      <button type="button" className="btn btn--danger btn--small" onClick={onRemove} aria-label={t(`${prefix}.removeNamed`, { name: title })}>
        {t(`${prefix}.remove`)}
      </button>
    </div>
  );
}
