import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { silentLogger } from '../../src/log.ts';
import { startKindred } from '../../src/main.ts';
import type { RunningKindred } from '../../src/main.ts';
import { seedCommunity } from './support/seed-community.ts';

const CHROMIUM = '/usr/bin/chromium';
const TOKEN = 'e2e-admin-token-0123456789';
const ARTIFACTS = join(process.cwd(), 'test-artifacts');
const haveChromium = existsSync(CHROMIUM);

/** The few browser APIs this test calls, without pulling the DOM types into the project. */
interface CssWindow {
  getComputedStyle(element: unknown): { stroke: string };
}
interface HeightWindow {
  document: { body: { scrollHeight: number } };
}
interface BoxElement {
  getBoundingClientRect(): { left: number; right: number; top: number; bottom: number };
}

if (!haveChromium) {
  console.warn(
    `dashboard e2e skipped: ${CHROMIUM} is absent (apt-get install -y chromium installs Debian's Chromium)`,
  );
}

describe.skipIf(!haveChromium)('the dashboard in headless Chromium', () => {
  let kindred: RunningKindred;
  let browser: Browser;
  let communityId: number;
  const dataDir = mkdtempSync(join(tmpdir(), 'kindred-e2e-'));

  beforeAll(async () => {
    // The real composition root, as `npm start` runs it, on an embedded database of its own.
    kindred = await startKindred({
      config: loadConfig({ ADMIN_TOKEN: TOKEN, PORT: '0', HOST: '127.0.0.1', KINDRED_DATA_DIR: dataDir }),
      log: silentLogger(),
    });
    ({ communityId } = await seedCommunity(kindred.runtime.db, {
      externalId: 'e2e',
      name: 'Riverside Makers',
      // The size the dashboard is built for: about 500 intros a round, ~3,000 pairs in all.
      members: 1000,
      rounds: 8,
    }));
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
    mkdirSync(ARTIFACTS, { recursive: true });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await kindred?.stop('test done');
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('signs in, shows a 1,000-member community with charts, a readable graph, paged tables, and previews a round', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const problems: string[] = [];
    page.on('console', (m) => {
      // The first, unauthenticated request is meant to answer 401 with the sign-in form.
      if (m.type() === 'error' && !m.text().includes('status of 401')) problems.push(m.text());
    });
    page.on('pageerror', (e) => problems.push(e.message));
    const base = `http://127.0.0.1:${kindred.port}`;

    await page.goto(`${base}/admin/c/${communityId}`);
    expect(await page.locator('h1').textContent()).toBe('Sign in');
    await page.getByLabel('Admin token').fill(TOKEN);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(`${base}/admin/c/${communityId}`);
    expect(await page.locator('h1').textContent()).toBe('Riverside Makers');

    // Every outcome chart drew its line and a point per round with something to count.
    const charts = page.locator('svg.chart[role="img"]');
    expect(await charts.count()).toBe(4);
    for (let i = 0; i < 4; i++) {
      const chart = charts.nth(i);
      expect(await chart.locator('circle.point').count()).toBeGreaterThanOrEqual(6);
      expect(await chart.locator('path.series').getAttribute('d')).toMatch(/^M[\d.]+ [\d.]+L/);
      const box = await chart.boundingBox();
      expect(box!.width).toBeGreaterThan(300);
    }
    // The stylesheet loaded under the Content-Security-Policy (the series line is not black).
    const stroke = await page
      .locator('svg.chart path.series')
      .first()
      .evaluate((el) => (globalThis as unknown as CssWindow).getComputedStyle(el).stroke);
    expect(stroke).toBe('rgb(11, 92, 173)');
    const shots: string[] = [];
    const shoot = async (name: string) => {
      const path = join(ARTIFACTS, `dashboard-${name}.png`);
      await page.screenshot({ path, fullPage: true });
      shots.push(path);
      // Paged at 1,000 members: no page should be the 11,000-21,000 px it was before.
      const height = await page.evaluate(
        () => (globalThis as unknown as HeightWindow).document.body.scrollHeight,
      );
      expect(height, name).toBeLessThan(6000);
    };
    await shoot('overview');

    await page.locator('nav.community').getByRole('link', { name: 'Connections' }).click();
    expect(Number(await page.locator('svg.graph').getAttribute('data-edges'))).toBeGreaterThan(2500);
    const groups = Number(await page.locator('svg.graph').getAttribute('data-groups'));
    expect(groups).toBeGreaterThan(10);
    expect(groups).toBeLessThanOrEqual(24);
    // No two group labels overlap on screen.
    const labels = await page
      .locator('svg.graph .groups text:not(.count)')
      .evaluateAll((els) => els.map((el) => (el as unknown as BoxElement).getBoundingClientRect()));
    for (let i = 0; i < labels.length; i++)
      for (let j = i + 1; j < labels.length; j++) {
        const [a, b] = [labels[i]!, labels[j]!];
        const apart = a.right <= b.left || b.right <= a.left || a.bottom <= b.top || b.bottom <= a.top;
        expect(apart, `labels ${i} and ${j}`).toBe(true);
      }
    await shoot('graph');
    await page.locator('svg.graph .groups a').first().click();
    expect(await page.locator('svg.graph .nodes circle').count()).toBeGreaterThan(10);
    await shoot('graph-group');

    await page.locator('nav.community').getByRole('link', { name: 'Rounds' }).click();
    await page.locator('table a[href*="/rounds/"]').first().click();
    expect(await page.locator('nav.pager').count()).toBe(2);
    expect(await page.locator('tbody tr').count()).toBeGreaterThanOrEqual(50);
    await page.getByRole('link', { name: 'genuine connection' }).click();
    await page.getByRole('link', { name: 'Next', exact: true }).first().click();
    expect(page.url()).toContain('page=2');
    await shoot('round');

    await page.locator('nav.community').getByRole('link', { name: 'Members' }).click();
    expect(await page.locator('svg.chart rect.bar').count()).toBeGreaterThan(3);
    await page.getByLabel('Search').fill('origami');
    await page.getByRole('button', { name: 'Search' }).click();
    expect(await page.locator('tbody tr').count()).toBeGreaterThan(5);
    await shoot('members');

    await page.locator('nav.community').getByRole('link', { name: 'Common ground' }).click();
    await shoot('interests');

    await page.locator('nav.community').getByRole('link', { name: 'Next round' }).click();
    await page.getByRole('button', { name: 'Preview the next round' }).click();
    await expect.poll(() => page.locator('h2#result').count()).toBe(1);
    expect(await page.locator('tr.group').count()).toBe(50);
    await page.getByRole('link', { name: 'Next', exact: true }).first().click();
    await expect.poll(() => page.locator('tr.group').count()).toBe(50);
    expect(page.url()).toContain('run=1');
    await shoot('preview');
    console.info(`dashboard screenshots at 1,000 members:\n  ${shots.join('\n  ')}`);

    expect(problems).toEqual([]);
  }, 300_000);
});
