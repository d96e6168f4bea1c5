import { useEffect, useMemo } from 'react';
import type { ColumnMapping } from '../../domain/importers/column-mapping';
import { formatColumnsParam } from '../../domain/url/columns-codec';
import { backToDefaultData, chooseDataColumns, columnsBeingChanged } from '../../state/data-source';
import { useT } from '../../state/i18n';
import { loadSavedMapping, saveMapping } from '../../state/saved-mappings';
import { ColumnMappingStep, type MappingSample } from './column-mapping';

/**
 * The mapping step for a `?data=` file in no known layout. Choices remembered in this browser
 * for that address and header are applied at once; new choices go into the address
 * (`columns=`), so the link then opens the file the same way anywhere. After "Change columns…"
 * the step starts from the choices the file had.
 */
export function LinkedFileColumns({ url, sample, current }: { url: string; sample: MappingSample; current: ColumnMapping | undefined }) {
  const { t } = useT();
  const changing = useMemo(() => columnsBeingChanged(url), [url]);
  const saved = useMemo(() => {
    if (changing) return undefined;
    const mapping = loadSavedMapping(url, sample.header);
    // The address's own choices did not fit this file: never loop on the same ones.
    return mapping && (current === undefined || formatColumnsParam(mapping) !== formatColumnsParam(current)) ? mapping : undefined;
  }, [url, sample, current, changing]);
  useEffect(() => {
    if (saved) chooseDataColumns(saved);
  }, [saved]);

  if (saved) {
    return (
      <div className="loading" role="status">
        <p>{t('data.loadingWithColumns', { url })}</p>
      </div>
    );
  }
  return (
    <ColumnMappingStep
      key={url + sample.header.join(',')}
      sample={sample}
      rememberFor={t('mapping.thisAddress')}
      {...(changing ? { initial: changing } : {})}
      onConfirm={(mapping, remember) => {
        saveMapping(url, sample.header, remember ? mapping : undefined);
        chooseDataColumns(mapping);
      }}
      // Cancel while changing the columns keeps the ones the file had; else it leaves the link's data.
      onCancel={() => (changing ? chooseDataColumns(changing) : backToDefaultData())}
    />
  );
}
