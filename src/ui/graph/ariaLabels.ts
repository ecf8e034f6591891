/** React Flow's built-in accessible texts, through our i18n layer. */
import type { AriaLabelConfig } from '@xyflow/react';
import type { TFunction } from 'i18next';

export function flowAriaLabels(t: TFunction): Partial<AriaLabelConfig> {
  return {
    'node.a11yDescription.default': t('flow.nodeDescription'),
    'node.a11yDescription.keyboardDisabled': t('flow.nodeDescriptionKeyboard'),
    'node.a11yDescription.ariaLiveMessage': ({ direction, x, y }) => t('flow.moved', { direction, x, y }),
    'edge.a11yDescription.default': t('flow.edgeDescription'),
    'controls.ariaLabel': t('flow.controls'),
    'controls.zoomIn.ariaLabel': t('flow.zoomIn'),
    'controls.zoomOut.ariaLabel': t('flow.zoomOut'),
    'controls.fitView.ariaLabel': t('flow.fitView'),
    'controls.interactive.ariaLabel': t('flow.interactive'),
    'minimap.ariaLabel': t('flow.minimap'),
    'handle.ariaLabel': t('flow.handle'),
  };
}
