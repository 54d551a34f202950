// Page weights and load times of learner pages on a 2G line, first load (empty cache, no service
// worker) and repeat load, in a real headless Chromium driven over the DevTools protocol.
// Usage (see offline.sh): NODE_PATH=... node offline-loads.js PORT BASE COOKIE URL...
'use strict';
const CDP = require('chrome-remote-interface');

const [port, base, cookie, ...urls] = process.argv.slice(2);
// the same 2G profile as the browser tests: 300 ms round trips, 250 kbit/s down, 50 kbit/s up
const TWO_G = {offline: false, latency: 300, downloadThroughput: 250000 / 8, uploadThroughput: 50000 / 8};

// Bytes over the wire, the page's own and its service worker's (which fetches pages network-first
// and is a target of its own: what it takes from its caches costs nothing and is not counted).
async function load(client, url) {
  const {Page} = client;
  let bytes = 0;
  const requests = new Set();
  const names = new Map();
  const parts = [];
  const named = (e) => names.set(e.requestId, e.request.url.replace(/^https?:\/\/[^/]+/, '').replace(/\?.*/, ''));
  const answered = (e) => { if (e.response.status === 304) { names.set(e.requestId, names.get(e.requestId) + ' (304)'); } };
  const counted = (e) => {
    bytes += e.encodedDataLength;
    requests.add(e.requestId);
    parts.push({name: names.get(e.requestId) || `(the worker's ${e.requestId})`, bytes: e.encodedDataLength});
  };
  client.on('Network.requestWillBeSent', named);
  client.on('Network.responseReceived', answered);
  client.on('Network.loadingFinished', counted);
  const onResponse = () => {
    client.removeListener('Network.loadingFinished', counted);
    client.removeListener('Network.requestWillBeSent', named);
    client.removeListener('Network.responseReceived', answered);
  };
  const started = Date.now();
  const loaded = new Promise((resolve) => Page.loadEventFired(resolve));
  await Page.navigate({url});
  await loaded;
  const ms = Date.now() - started;
  // what the page's scripts fetch right after loading (none should): counted if within a second
  await new Promise((r) => setTimeout(r, 1000));
  onResponse();
  // the page and the stylesheet and script it links; the rest (manifest, icon, service worker)
  // is the installable app's, which a browser fetches once and keeps
  const own = parts.filter((p) => !/manifest|\/icons\/|sw\.js|the worker/.test(p.name)).reduce((n, p) => n + p.bytes, 0);
  return {ms, bytes, own, requests: requests.size, parts: parts.map((p) => `${p.name} ${(p.bytes / 1024).toFixed(1)}`)};
}

async function main() {
const rows = [];
for (const url of urls) {
  const target = await CDP.New({port});
  const client = await CDP({port, target});
  const {Network, Page, Storage} = client;
  await Network.enable();
  await Page.enable();
  await Storage.clearDataForOrigin({origin: base, storageTypes: 'service_workers,cache_storage,indexeddb'});
  await Network.clearBrowserCache();
  await Network.setCookie({name: 'PRACTICA_SESSION', value: cookie, url: base, httpOnly: true});
  await Network.emulateNetworkConditions(TWO_G);
  // the service worker, once there, gets the same line
  client.on('Target.attachedToTarget', ({sessionId}) => {
    client.send('Network.enable', {}, sessionId).then(() => client.send('Network.emulateNetworkConditions', TWO_G, sessionId)).catch(() => {});
  });
  await client.send('Target.setAutoAttach', {autoAttach: true, waitForDebuggerOnStart: false, flatten: true});
  const first = await load(client, url);
  const repeat = await load(client, url);
  const found = await Page.getInstallabilityErrors();
  const errors = found.installabilityErrors || found.errors || [];
  rows.push({page: url.replace(base, ''), first, repeat, installable: errors.length === 0 ? 'yes' : errors.map((e) => e.errorId).join(',')});
  await client.close();
  await CDP.Close({port, id: target.id});
}

const kb = (b) => (b / 1024).toFixed(1);
console.log('| page | first load KB: page and its files | with the app\'s files | first load s | repeat KB | repeat s | installable |');
console.log('|---|---:|---:|---:|---:|---:|---|');
for (const r of rows) {
  console.log(`| ${r.page} | ${kb(r.first.own)} | ${kb(r.first.bytes)} | ${(r.first.ms / 1000).toFixed(2)} | ${kb(r.repeat.bytes)} | ${(r.repeat.ms / 1000).toFixed(2)} | ${r.installable} |`);
}
// what each load fetched, in KB with headers: where a budget goes
for (const r of rows) {
  console.log(`\n${r.page}\n  first:  ${r.first.parts.join(', ')}\n  repeat: ${r.repeat.parts.join(', ') || 'nothing'}`);
}
}

main().catch((e) => { console.error(e); process.exit(1); });
