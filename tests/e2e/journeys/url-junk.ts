/** A shared link with junk in it must still open, and say what it ignored. */
import assert from 'node:assert/strict';
import { countListedEvents, waitForDashboard } from '../lib/dashboard';
import type { Journey } from '../lib/types';

export const journeys: Journey[] = [
  {
    name: 'junk URL parameters are ignored with a notice',
    async run({ page, url }) {
      let dialogs = 0;
      page.on('dialog', (dialog) => {
        dialogs++;
        void dialog.dismiss();
      });
      await page.goto(url('/?from=banana&actors=%3Cscript%3E&event=nope&match=x'));
      const counts = await waitForDashboard(page);
      if (counts) assert.ok(counts.total > 0 && counts.shown > 0, 'the junk must not filter everything away');
      assert.ok((await countListedEvents(page)) > 0, 'the Events landmark lists no events');

      const notice = page.getByRole('note', { name: 'Link notices' });
      await notice.waitFor();
      const text = await notice.innerText();
      for (const ignored of ['banana', '<script>', 'nope', '"x"']) {
        assert.ok(text.includes(ignored), `the notice should mention ${ignored}; it reads: ${text}`);
      }
      assert.equal(dialogs, 0, 'no script from the URL may run');
    },
  },
];
