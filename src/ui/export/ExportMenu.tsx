/**
 * Export: images of the whole graph (SVG; PNG at 2×, optionally transparent) and the text formats
 * (Mermaid, DOT, JSON, a Markdown snippet), as downloads or copied. Must sit inside ReactFlowProvider.
 */
import { useState } from 'react';
import { useReactFlow } from '@xyflow/react';
import { FAR_ZOOM } from '../graph/lod.ts';
import { useTranslation } from 'react-i18next';
import { useStore } from '../state/store.tsx';
import { toLayout } from '../share/bridge.ts';
import { copyText } from '../share/clipboard.ts';
import { Menu } from '../share/Menu.tsx';
import { dataUrlToBlob, downloadBlob, downloadText } from './download.ts';
import { renderImage, themeBackground, type ImageFormat } from './image.ts';
import { exportText, FILE_NAMES, MIME_TYPES, type TextFormat } from './textFormats.ts';

export function ExportMenu({ link, onStatus }: { readonly link: string; readonly onStatus: (msg: string) => void }) {
  const { t } = useTranslation();
  const s = useStore();
  const flow = useReactFlow();
  const [transparent, setTransparent] = useState(false);

  const input = () => ({
    text: s.text,
    target: s.options.target,
    buildArgs: s.options.buildArgs,
    direction: toLayout(s.options.direction),
    link,
    linkText: t('share.markdownLinkText'),
  });
  const saveText = (f: TextFormat): void => {
    downloadText(exportText(f, input()), FILE_NAMES[f], MIME_TYPES[f]);
    onStatus(t('share.exported', { file: FILE_NAMES[f] }));
  };
  const copy = async (f: TextFormat): Promise<void> => {
    const ok = await copyText(exportText(f, input()));
    onStatus(ok ? t('share.copied') : t('share.copyFailed'));
  };
  const saveImage = async (format: ImageFormat): Promise<void> => {
    const background = format === 'png' && transparent ? null : themeBackground();
    // Zoomed far out, nodes draw simplified (graph/lod.ts); a picture always shows them in full,
    // so the pane zooms to 1 for the capture and goes back after.
    const shown = flow.getViewport();
    const far = shown.zoom < FAR_ZOOM;
    if (far) {
      await flow.setViewport({ ...shown, zoom: 1 });
      await nextFrames(2);
    }
    const url = await renderImage({ format, nodes: flow.getNodes(), background }).finally(() => {
      if (far) void flow.setViewport(shown);
    });
    if (url === null) return onStatus(t('share.nothingToExport'));
    const file = `stagecraft.${format}`;
    downloadBlob(dataUrlToBlob(url), file);
    onStatus(t('share.exported', { file }));
  };

  return (
    <Menu label={t('share.export')} testId="export">
      {(close) => {
        const act = (f: () => unknown) => () => {
          void f();
          close();
        };
        return (
          <>
            <button type="button" data-testid="export-svg" onClick={act(() => saveImage('svg'))}>{t('share.exportSvg')}</button>
            <button type="button" data-testid="export-png" onClick={act(() => saveImage('png'))}>{t('share.exportPng')}</button>
            <label className="sc-menu-check">
              <input type="checkbox" data-testid="export-transparent" checked={transparent} onChange={(e) => setTransparent(e.target.checked)} />
              {t('share.transparent')}
            </label>
            <button type="button" data-testid="export-mermaid" onClick={act(() => saveText('mermaid'))}>{t('share.exportMermaid')}</button>
            <button type="button" data-testid="export-dot" onClick={act(() => saveText('dot'))}>{t('share.exportDot')}</button>
            <button type="button" data-testid="export-json" onClick={act(() => saveText('json'))}>{t('share.exportJson')}</button>
            <button type="button" data-testid="export-markdown" onClick={act(() => saveText('markdown'))}>{t('share.exportMarkdown')}</button>
            <button type="button" data-testid="copy-mermaid" onClick={act(() => copy('mermaid'))}>{t('share.copyMermaid')}</button>
            <button type="button" data-testid="copy-markdown" onClick={act(() => copy('markdown'))}>{t('share.copyMarkdown')}</button>
          </>
        );
      }}
    </Menu>
  );
}

/** Resolves after `n` painted frames: React has committed what a viewport change re-rendered. */
function nextFrames(n: number): Promise<void> {
  return new Promise((resolve) => {
    const step = (left: number): void => {
      if (left === 0) resolve();
      else requestAnimationFrame(() => step(left - 1));
    };
    step(n);
  });
}
