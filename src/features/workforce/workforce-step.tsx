import { useTranslation } from 'react-i18next';
import { LANGUAGES, ROLES, SKILL_AREAS, type Role, type WorkforceInput } from '../../domain/assessment';
import { workforceProfile } from '../../domain/workforce';
import { appStore, useCurrentAssessment } from '../../store/app-store';
import { CaptionedTable } from '../../ui/captioned-table';
import { ChoiceGroup, Field } from '../../ui/field';
import { formatNumber } from '../../ui/format';
import { parseAmount } from '../../ui/number-input';
import { NumberField } from '../../ui/number-field';
import '../../ui/step-sections.css';
import './workforce.css';

const HIRING = ['easy', 'medium', 'hard'] as const;
const LEVELS = ['none', 'some', 'enough'] as const;
const PARTNERSHIPS = ['none', 'vocational', 'university', 'both'] as const;
const RATINGS = [1, 2, 3, 4] as const;
const MAX_HEADCOUNT = 1_000_000;
const MAX_TRAINING = 2000;

function updateWorkforce(fn: (w: WorkforceInput) => WorkforceInput): void {
  appStore.getState().edit('workforce', fn);
}
function patchRole(role: Role, patch: Partial<{ headcount: number | null; hiring: (typeof HIRING)[number] | null }>): void {
  updateWorkforce((w) => {
    const cur = w.roles[role] ?? { headcount: null, hiring: null };
    return { ...w, roles: { ...w.roles, [role]: { ...cur, ...patch } } };
  });
}

/** Workforce step (docs/RULES.md §7.1): what the firm has today, and the profile computed from it. */
export default function WorkforceStep() {
  const { t, i18n } = useTranslation(['esgcbam', 'workforce']);
  const lng = i18n.language;
  const a = useCurrentAssessment();
  const w = a.workforce;
  const profile = workforceProfile(a);

  const check = (max: number, integer: boolean) => (n: number | null) => {
    if (n === null) return undefined;
    if (Number.isNaN(n)) return t('errors.number');
    if (n < 0) return t('errors.negative');
    if (integer && !Number.isInteger(n)) return t('errors.integer');
    if (n > max) return t('errors.tooLarge', { max: formatNumber(lng, max) });
    return undefined;
  };

  return (
    <div className="workforce" key={a.id}>
      <p className="lead">{t('workforce.intro')}</p>

      <section aria-labelledby="wf-roles" className="step-section">
        <h2 id="wf-roles">{t('workforce.rolesTitle')}</h2>
        <p className="field__hint">
          {profile.employees !== null
            ? t('workforce.employeesFromProfile', { employees: formatNumber(lng, profile.employees) })
            : t('workforce:noEmployees')}
        </p>
        <div className="role-grid">
          {ROLES.map((role) => {
            const r = w.roles[role];
            return (
              <fieldset key={role} className="item-card role-card">
                <legend>{t(`workforce:roles.${role}`)}</legend>
                <NumberField
                  id={`wf-${role}-count`} label={t('workforce.headcount')} value={r?.headcount ?? null}
                  parse={parseAmount} check={check(MAX_HEADCOUNT, true)} inputMode="numeric"
                  onCommit={(n) => patchRole(role, { headcount: n })}
                />
                <Field id={`wf-${role}-hiring`} label={t('workforce.hiring')}>
                  {(aria) => (
                    <select {...aria} value={r?.hiring ?? ''} onChange={(e) => {
                      const v = e.target.value;
                      patchRole(role, { hiring: v === '' ? null : (v as (typeof HIRING)[number]) });
                    }}>
                      <option value="">{t('workforce.notSaid')}</option>
                      {HIRING.map((h) => <option key={h} value={h}>{t(`workforce:hiring.${h}`)}</option>)}
                    </select>
                  )}
                </Field>
              </fieldset>
            );
          })}
        </div>
      </section>

      <section aria-labelledby="wf-training" className="step-section">
        <h2 id="wf-training">{t('workforce.trainingTitle')}</h2>
        <NumberField
          id="wf-training-hours" label={t('workforce.trainingHours')} hint={t('workforce.trainingHint')}
          value={w.trainingHours} parse={parseAmount} check={check(MAX_TRAINING, false)} className="field--narrow"
          onCommit={(n) => updateWorkforce((x) => ({ ...x, trainingHours: n }))}
        />
        <ChoiceGroup id="wf-school" legend={t('workforce.school')}>
          {PARTNERSHIPS.map((p) => (
            <label key={p} className="choice">
              <input type="radio" name="wf-school" value={p} checked={w.schoolPartnership === p}
                onChange={() => updateWorkforce((x) => ({ ...x, schoolPartnership: p }))} /> {t(`workforce:schoolPartnership.${p}`)}
            </label>
          ))}
        </ChoiceGroup>
      </section>

      <section aria-labelledby="wf-lang" className="step-section">
        <h2 id="wf-lang">{t('workforce.languagesTitle')}</h2>
        <p className="field__hint">{t('workforce.languagesHint')}</p>
        {LANGUAGES.map((l) => (
          <ChoiceGroup key={l} id={`wf-lang-${l}`} legend={t(`workforce:languages.${l}`)}>
            <label className="choice">
              <input type="radio" name={`wf-lang-${l}`} value="" checked={w.languages[l] === undefined} onChange={() => updateWorkforce((x) => {
                const languages = { ...x.languages };
                delete languages[l];
                return { ...x, languages };
              })} /> {t('workforce.notNeeded')}
            </label>
            {LEVELS.map((v) => (
              <label key={v} className="choice">
                <input type="radio" name={`wf-lang-${l}`} value={v} checked={w.languages[l] === v}
                  onChange={() => updateWorkforce((x) => ({ ...x, languages: { ...x.languages, [l]: v } }))} />{' '}
                {t(`workforce.langOptions.${v}`)}
              </label>
            ))}
          </ChoiceGroup>
        ))}
      </section>

      <section aria-labelledby="wf-skills" className="step-section">
        <h2 id="wf-skills">{t('workforce.skillsTitle')}</h2>
        <p className="field__hint">{t('workforce.skillsHint')}</p>
        {SKILL_AREAS.map((area) => (
          <fieldset key={area} className="field choices skill-rating">
            <legend>{t(`workforce:skills.${area}`)}</legend>
            <div className="skill-options">
              {RATINGS.map((r) => (
                <label key={r} className="skill-option">
                  <input type="radio" name={`wf-skill-${area}`} value={r} checked={w.skills[area] === r}
                    onChange={() => updateWorkforce((x) => ({ ...x, skills: { ...x.skills, [area]: r } }))} />
                  <span><strong>{r}</strong> {t(`workforce.anchors.${area}.${r}`)}</span>
                </label>
              ))}
            </div>
          </fieldset>
        ))}
      </section>

      <section aria-labelledby="wf-profile" className="step-section">
        <h2 id="wf-profile">{t('workforce.profileTitle')}</h2>
        {profile.warningKeys.map((k) => <p key={k} className="summary-box summary-box--warn">{t(k)}</p>)}

        <CaptionedTable
          captionAbove captionId="wf-ratio-caption" caption={t('workforce.ratioCaption')} scrollClassName="table-wrap table-wrap--narrow" tableClassName="data-table"
          columns={[
            t('workforce.cols.role'), { label: t('workforce.cols.headcount'), className: 'num' },
            { label: t('workforce.cols.per100'), className: 'num' }, t('workforce.cols.hiring'),
          ]}
        >
          <tbody>
            {profile.roles.map((r) => (
              <tr key={r.role}>
                <th scope="row">{t(r.nameKey)}</th>
                <td className="num">{r.headcount === null ? '—' : formatNumber(lng, r.headcount)}</td>
                <td className="num">{r.per100 === null ? '—' : formatNumber(lng, r.per100, 1)}</td>
                <td>{r.hiring ? t(`workforce:hiring.${r.hiring}`) : '—'}</td>
              </tr>
            ))}
          </tbody>
        </CaptionedTable>

        {profile.trainingHours !== null && (
          <p>
            {profile.trainingHoursTotal !== null
              ? t('workforce.trainingTotal', { hours: formatNumber(lng, profile.trainingHours), total: formatNumber(lng, profile.trainingHoursTotal, 0) })
              : t('workforce.trainingPer', { hours: formatNumber(lng, profile.trainingHours) })}
          </p>
        )}

        <CaptionedTable
          captionAbove captionId="wf-heat-caption" caption={t('workforce.heatCaption')} scrollClassName="table-wrap table-wrap--narrow" tableClassName="data-table heatmap"
          columns={[t('workforce.cols.area'), t('workforce.cols.rating')]}
        >
          <tbody>
            {profile.skills.map((s) => (
              <tr key={s.area}>
                <th scope="row">{t(s.nameKey)}</th>
                <td className={`heat heat--${s.rating ?? 0}`}>
                  {s.rating === null ? t('workforce.notRated') : t('workforce.ratingText', { rating: s.rating, name: t(`workforce.levels.${s.rating}`) })}
                </td>
              </tr>
            ))}
          </tbody>
        </CaptionedTable>

        <h3>{t('workforce.findingsTitle')}</h3>
        <ul>
          {profile.hardToHire.length > 0 && (
            <li>{t('workforce.hardToHire', { roles: profile.hardToHire.map((r) => t(`workforce:roles.${r}`)).join(', ') })}</li>
          )}
          {profile.missingRoleKeys.map((k) => <li key={k}>{t(k)}</li>)}
          {profile.weakSkills.length > 0 && (
            <li>{t('workforce.weakSkills', { areas: profile.weakSkills.map((s) => t(`workforce:skills.${s}`)).join(', ') })}</li>
          )}
          {profile.languageGaps.map((g) => (
            <li key={g.language}>{t('workforce.languageGap', { language: t(g.nameKey), level: t(`workforce:languageLevels.${g.level}`).toLocaleLowerCase(lng) })}</li>
          ))}
          {profile.unansweredRoles.length > 0 && (
            <li>{t('workforce.unanswered', { roles: profile.unansweredRoles.map((r) => t(`workforce:roles.${r}`)).join(', ') })}</li>
          )}
          {profile.hardToHire.length === 0 && profile.missingRoleKeys.length === 0 && profile.weakSkills.length === 0
            && profile.languageGaps.length === 0 && profile.unansweredRoles.length === 0 && <li>{t('workforce.noFindings')}</li>}
        </ul>
        <p className="field__hint">{t('workforce.gapLater')}</p>
      </section>
    </div>
  );
}
