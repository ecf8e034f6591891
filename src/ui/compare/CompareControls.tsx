/**
 * The view's controls: which way to convert (only when the workspace allows both), the image name
 * for the generated tags (multi-stage → builder pattern), and the action that takes the result
 * into the workspace ("Open as multi-stage" / "Add these files to the workspace").
 */
import { useTranslation } from 'react-i18next';
import { isImageName } from '../../core/builder/paths.ts';
import type { Conversion, Directions, Way } from './model.ts';
import { COMPARE_IDS } from './testIds.ts';

const WAYS: readonly Way[] = ['toMultistage', 'toBuilderPattern'];

interface Props {
  readonly directions: Directions;
  readonly way: Way | null;
  readonly onPick: (way: Way) => void;
  readonly dockerfile: string;
  readonly project: string;
  readonly onProject: (project: string) => void;
  readonly conv: Conversion | null;
  readonly onOpenAsMultistage: (text: string) => void;
  readonly onOpenFiles: (conv: Conversion) => void;
}

export function CompareControls({ directions, way, onPick, dockerfile, project, onProject, conv, onOpenAsMultistage, onOpenFiles }: Props) {
  const { t } = useTranslation();
  const projectValid = isImageName(project);
  return (
    <div className="cmp-controls">
      {directions.available.length > 1 && (
        <fieldset className="cmp-ways" data-testid={COMPARE_IDS.direction}>
          <legend>{t('compare.direction')}</legend>
          {WAYS.map((w) => (
            <label key={w} className="check">
              <input type="radio" name="cmp-way" value={w} checked={way === w} onChange={() => onPick(w)} />
              {w === 'toMultistage' ? t('compare.wayToMultistage', { script: directions.script ?? 'build.sh' }) : t('compare.wayToBuilder', { file: dockerfile })}
            </label>
          ))}
        </fieldset>
      )}
      {way === 'toBuilderPattern' && (
        <div className="cmp-project">
          <label className="field">
            <span>{t('compare.project')}</span>
            <input
              type="text"
              value={project}
              spellCheck={false}
              autoComplete="off"
              data-testid={COMPARE_IDS.project}
              aria-invalid={!projectValid}
              aria-describedby="cmp-project-hint"
              onChange={(e) => onProject(e.target.value)}
            />
          </label>
          <span id="cmp-project-hint" className={projectValid ? 'cmp-footnote' : 'cmp-size-error'}>
            {projectValid ? t('compare.projectHint', { tag: `${project}:latest` }) : t('compare.projectInvalid')}
          </span>
        </div>
      )}
      {way === 'toMultistage' && (
        <button type="button" className="cmp-primary" data-testid={COMPARE_IDS.openAsMultistage} disabled={conv?.buildable !== true}
          onClick={() => conv && onOpenAsMultistage(conv.multistageFile.text)}
        >
          {t('compare.openAsMultistage')}
        </button>
      )}
      {way === 'toBuilderPattern' && (
        <button type="button" className="cmp-primary" data-testid={COMPARE_IDS.addFiles} disabled={!conv || conv.builderFiles.length === 0}
          onClick={() => conv && onOpenFiles(conv)}
        >
          {t('compare.addFiles')}
        </button>
      )}
    </div>
  );
}
