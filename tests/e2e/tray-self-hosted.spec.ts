import { regions as bbbRegions } from '../../utils/clients/bbb/layout';
import { regions as talkRegions } from '../../utils/clients/nextcloud-talk/layout';
import { findings } from './harness';
import { addServerInOptions, expect, openOptions, test } from './self-hosted-harness';
import { fourNoticesBeside, useShortNameBeside } from './tray-checks';

// The tray on the self-hosted clients (tray.spec.ts has the hosted ones): beside BigBlueButton's and
// Nextcloud Talk's own controls, and "Use" in their guest name fields. One browser per client: the
// server is added in the options page first (self-hosted-harness.ts), then the pre-join page and the call.
const BBB = 'https://bbb.example.org';
const TALK = 'https://cloud.example.org';

test.describe('BigBlueButton', () => {
  test.use({ allowHosts: [`${BBB}/*`] });

  test('Greenlight\'s join form: "Use" fills the name and the form; in the meeting four notices beside the user list, the chat input, the nav and actions bars, with the steps to rename', async ({ context, calls, extensionId }) => {
    calls.serve(`${BBB}/rooms/abc-def-ghi-jkl/join`, 'bbb/prejoin.html');
    calls.serve(`${BBB}/html5client/join`, 'bbb/in-call.html');
    const options = await context.newPage();
    await openOptions(options, extensionId);
    await addServerInOptions(options, BBB, BBB);
    await options.close();
    const page = await context.newPage();
    await page.goto(`${BBB}/rooms/abc-def-ghi-jkl/join`);
    await useShortNameBeside(page, page, 'bbb', bbbRegions);

    await page.goto(`${BBB}/html5client/join?sessionToken=abc123`);
    await fourNoticesBeside(page, page, 'bbb', bbbRegions, { pane: '[data-test="userListContent"]', joins: ['0151 1234567'], chipBelow: 700 });
    // In the meeting your name cannot be changed in BigBlueButton: the notice says so, calmly.
    const own = findings(page, 'own-full-name');
    if ((await own.getByRole('button', { name: /Hide/ }).count()) === 0) await own.getByRole('button').click();
    await expect(own).toContainText('BigBlueButton does not let you change your name during the meeting');
  });
});

test.describe('Nextcloud Talk', () => {
  test.use({ allowHosts: [`${TALK}/*`] });

  test('the guest name dialog: "Use" fills the name; in the call four notices beside the top bar and the sidebar', async ({ context, calls, extensionId }) => {
    calls.serve(`${TALK}/index.php/call/x7k2m9pq`, 'nextcloud-talk/prejoin.html');
    calls.serve(`${TALK}/call/x7k2m9pq`, 'nextcloud-talk/in-call.html');
    const options = await context.newPage();
    await openOptions(options, extensionId);
    await addServerInOptions(options, TALK, TALK);
    await options.close();
    const page = await context.newPage();
    await page.goto(`${TALK}/index.php/call/x7k2m9pq`);
    await useShortNameBeside(page, page, 'nextcloud-talk', talkRegions);

    await page.goto(`${TALK}/call/x7k2m9pq`);
    await fourNoticesBeside(page, page, 'nextcloud-talk', talkRegions, { pane: '#app-sidebar-vue', joins: ['0151 1234567', '0160 7654321'], chipBelow: 700 });
  });
});
