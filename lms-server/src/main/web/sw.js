// Practica's service worker: when the line is down, it answers with the pages and files a learner
// chose to save (offline.js stores them when they save a course). It stores nothing by itself, so
// pages never saved (mentoring notes, other people's records) never land in the browser's storage.
// Saved copies belong to one account: it serves only the caches of the account signed in last.
'use strict';

var SHELL = 'practica-shell';
var SAVED = 'practica-course-';
var META = 'practica-meta';
var ACCOUNT = '/offline/account';
var CLOCK = '/offline/clock';

self.addEventListener('install', function () { self.skipWaiting(); });
self.addEventListener('activate', function (event) { event.waitUntil(self.clients.claim()); });

// pages tell the worker whose they are; it is kept in a cache so that it outlives the worker
self.addEventListener('message', function (event) {
  if (event.data && event.data.type === 'account') {
    event.waitUntil(caches.open(META).then(function (c) { return c.put(ACCOUNT, new Response(event.data.tag || '')); }));
  }
});

function account() {
  return caches.open(META).then(function (c) { return c.match(ACCOUNT); })
    .then(function (r) { return r ? r.text() : ''; });
}

// The account's own caches, and the shared one of the application's scripts and styles.
function allowed() {
  return Promise.all([account(), caches.keys()]).then(function (found) {
    var tag = found[0];
    return found[1].filter(function (name) {
      return name === SHELL || (tag && (name.indexOf(SAVED + tag + '-') === 0 || name === 'practica-pages-' + tag));
    });
  });
}

// A saved page is found by its path and the parameters that choose what it shows, in one order.
function pageKey(url) {
  var u = new URL(url);
  var params = ['id', 'course', 'lesson', 'ready'].filter(function (k) { return u.searchParams.has(k); })
    .map(function (k) { return k + '=' + encodeURIComponent(u.searchParams.get(k)); });
  return u.origin + u.pathname + (params.length ? '?' + params.join('&') : '');
}

function firstMatch(names, key) {
  var i = 0;
  function next() {
    if (i >= names.length) { return Promise.resolve(undefined); }
    return caches.open(names[i++]).then(function (c) { return c.match(key); })
      .then(function (r) { return r || next(); });
  }
  return next();
}

function saved(key) {
  return allowed().then(function (names) { return firstMatch(names, key); });
}

function refresh(key, response) {
  return allowed().then(function (names) {
    return Promise.all(names.filter(function (n) { return n.indexOf(SAVED) === 0; }).map(function (name) {
      return caches.open(name).then(function (c) {
        return c.match(key).then(function (old) { return old ? c.put(key, response.clone()) : null; });
      });
    }));
  });
}

// How far the server's clock is from this device's, by the Date of the server's latest answer. A
// page shown from a copy (kept by the browser or saved for offline) carries the clock of when it
// was rendered, so offline.js stamps what the learner does by this note instead.
function noteClock(response) {
  var date = Date.parse(response.headers.get('Date'));
  if (isNaN(date)) { return Promise.resolve(); }
  var offset = String(date - Date.now());
  return caches.open(META).then(function (c) { return c.put(CLOCK, new Response(offset)); }).catch(function () {});
}

function offlinePage(request) {
  return saved(pageKey(request.url)).then(function (r) {
    if (r) { return r; }
    return saved(new URL('/offline.xhtml', request.url).href).then(function (fallback) {
      return fallback || Response.error();
    });
  });
}

self.addEventListener('fetch', function (event) {
  var request = event.request;
  if (request.method !== 'GET') { return; }
  var url = new URL(request.url);
  if (url.origin !== self.location.origin) { return; }
  if (request.mode === 'navigate') {
    // the network first, so that online every page is current, and a saved copy of it is brought
    // up to date (progress included); the saved copy when the network fails
    event.respondWith(fetch(request).then(function (response) {
      if (response.ok && !response.redirected) {
        var copy = response.clone();
        event.waitUntil(refresh(pageKey(request.url), copy));
      }
      return noteClock(response).then(function () { return response; });
    }, function () { return offlinePage(request); }));
    return;
  }
  var path = url.pathname;
  if (path.indexOf('/jakarta.faces.resource/') === 0 || path.indexOf('/resources/') === 0 || path.indexOf('/media/') === 0) {
    // scripts and styles are named by their content, files never change under their address; a
    // smaller copy of an image (?w=) the browser picked is served from the saved original offline
    event.respondWith(saved(request.url).then(function (r) {
      return r || fetch(request).catch(function (offline) {
        if (!url.search || path.indexOf('/media/') !== 0) { throw offline; }
        return saved(url.origin + path).then(function (original) { if (original) { return original; } throw offline; });
      });
    }));
  }
});
