import type { ProgressClient } from '../progress/client';
import type { StoreStatus } from '../progress/store-types';
import { downloadText } from '../browser/download';

/**
 * Shows the store's notices in the layout's notice area: storage that does not
 * work, a full disk, or stored data that could not be read (with a download of
 * the raw data, so nothing is lost). Built with DOM text nodes only.
 */
export function bindStorageNotice(
  client: Pick<ProgressClient, 'current' | 'subscribe' | 'dismissRecovery'>,
  area: HTMLElement,
  logbookHref: string,
) {
  let shownKey = '';
  const render = (status: StoreStatus) => {
    const key = `${status.notice ?? ''}|${status.recovery?.notice ?? ''}`;
    if (key === shownKey) return;
    shownKey = key;
    area.replaceChildren();
    if (status.recovery) {
      const recovery = status.recovery;
      const box = notice(recovery.notice);
      const download = button('Download de onleesbare gegevens', () =>
        downloadText(recovery.raw, recovery.fileName, 'text/plain;charset=utf-8'),
      );
      const close = button('Melding sluiten', () => void client.dismissRecovery());
      box.append(actions(download, close));
      area.append(box);
    }
    if (status.notice) {
      const box = notice(status.notice);
      if (status.reason === 'quota') {
        const link = document.createElement('a');
        link.href = `${logbookHref}#exporteren`;
        link.textContent = 'Exporteer uw leerlogboek';
        box.append(actions(link));
      }
      area.append(box);
    }
    area.hidden = !area.hasChildNodes();
  };
  const update = () => {
    const store = client.current();
    if (store) render(store.status());
  };
  update();
  client.subscribe(update);
}

function notice(text: string) {
  const box = document.createElement('div');
  box.className = 'jt-notice';
  const p = document.createElement('p');
  p.textContent = text;
  box.append(p);
  return box;
}

function button(label: string, onClick: () => void) {
  const b = document.createElement('button');
  b.type = 'button';
  b.className = 'nl-button nl-button--secondary';
  b.textContent = label;
  b.addEventListener('click', onClick);
  return b;
}

function actions(...children: HTMLElement[]) {
  const p = document.createElement('p');
  p.className = 'jt-notice__actions';
  p.append(...children);
  return p;
}
