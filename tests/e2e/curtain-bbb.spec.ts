import { untilRead } from './harness';
import { addServerInOptions, expect, openOptions, test } from './self-hosted-harness';
import { curtainShown, hitsAt, pressShortcut } from './curtain-checks';

// BigBlueButton is always self-hosted: the server is added in the options page first, then the
// curtain's shortcut covers its webcams and its user list and leaves its header's buttons free.
const SERVER = 'https://bbb.example.org';
const CLIENT = `${SERVER}/html5client/join`;
const PEOPLE = '[data-test="webcamVideoItem"], [data-test="dropdownWebcamButton"], [data-test="userListItem"], [data-test="userListItemCurrent"]';
const CONTROLS = '[data-test="optionsButton"], [data-test="leaveMeetingDropdown"]';

test.use({ allowHosts: [`${SERVER}/*`] });

test('BigBlueButton: the shortcut covers every webcam and name, the controls stay free, a second press lifts it', async ({ context, calls, extensionId, serviceWorker }) => {
  calls.serve(CLIENT, 'bbb/in-call.html');
  const options = await context.newPage();
  await openOptions(options, extensionId);
  await addServerInOptions(options, SERVER, SERVER);
  await options.close();
  const page = await context.newPage();
  await page.goto(`${CLIENT}?sessionToken=abc123`);
  await untilRead(page);
  const before = await page.screenshot();
  const people = await hitsAt(page, PEOPLE);
  expect(people.length).toBeGreaterThan(3);

  await pressShortcut(serviceWorker, `${CLIENT}*`);
  expect(await curtainShown(page)).toBe('call');
  expect((await hitsAt(page, PEOPLE)).every((hit) => hit === 'cover' || hit === 'card')).toBe(true);
  const controls = await hitsAt(page, CONTROLS);
  expect(controls).toEqual(['self', 'self']);
  expect((await page.screenshot()).equals(before)).toBe(false);

  await pressShortcut(serviceWorker, `${CLIENT}*`);
  expect(await curtainShown(page)).toBeNull();
  expect(await hitsAt(page, PEOPLE)).toEqual(people);
});
