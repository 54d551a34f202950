// "Save for offline" on a course page: says how much the course takes before anything is
// downloaded, stores its pages and files in this browser for this account (Cache Storage), shows
// what is saved, offers a newer copy when the course's content changed, and removes it on request.
// It comes before offline.js in the page, so it starts once that is ready.
(function () {
  'use strict';
  if (window.practicaOffline) { start(); } else { document.addEventListener('practica:offline-ready', start); }

  function start() {
  var box = document.getElementById('offlineBox');
  var offline = window.practicaOffline;
  if (!box || !offline || !window.caches) { return; }
  var course = Number(box.getAttribute('data-course'));
  var cacheName = 'practica-course-' + offline.tag + '-' + course;
  var status = document.getElementById('offlineStatus');
  var save = document.getElementById('saveOffline');
  var update = document.getElementById('updateOffline');
  var remove = document.getElementById('removeOffline');
  var keep = document.getElementById('keepOffline');
  var lang = document.documentElement.lang || 'en';
  var latest = null;

  function size(bytes) {
    var units = ['byte', 'kilobyte', 'megabyte'], i = 0, n = bytes;
    while (n >= 1024 && i < units.length - 1) { n /= 1024; i++; }
    try {
      return new Intl.NumberFormat(lang, {style: 'unit', unit: units[i], unitDisplay: 'short', maximumFractionDigits: i ? 1 : 0}).format(n);
    } catch (e) {
      return Math.round(n) + ' ' + ['B', 'KB', 'MB'][i];
    }
  }

  function words(name, args) {
    var text = box.getAttribute('data-' + name);
    (args || []).forEach(function (a, i) { text = text.split('{' + i + '}').join(a); });
    return text;
  }

  function record() {
    return offline.store('saved', 'readonly', function (s) { return s.get(course); });
  }

  function render() {
    return record().then(function (saved) {
      box.hidden = false;
      save.hidden = !!saved;
      remove.hidden = !saved;
      keep.parentElement.hidden = !saved;
      update.hidden = !(saved && latest && latest.digest !== saved.digest);
      if (saved) {
        keep.checked = !!saved.keep;
        status.textContent = words('saved', [size(saved.bytes), new Intl.DateTimeFormat(lang, {dateStyle: 'medium', timeStyle: 'short'})
          .format(new Date(saved.savedAt))]) + (saved.timedQuizzes ? ' ' + words('timed') : '') + (update.hidden ? '' : ' ' + words('newer'));
      } else if (latest) {
        save.textContent = words('save-size', [size(latest.bytes)]);
        status.textContent = latest.filesIncluded ? words('limit', [size(latest.limitBytes)])
          : words('over-limit', [size(latest.limitBytes)]);
      } else {
        status.textContent = navigator.onLine ? '' : words('needs-line');
        save.disabled = !navigator.onLine;
      }
    });
  }

  function packageOf() {
    return fetch(offline.root + '/api/v1/courses/' + course + '/enrolments/mine/offline?lang=' + encodeURIComponent(lang),
      {credentials: 'same-origin', headers: {'Accept': 'application/json'}}).then(function (r) {
      if (!r.ok) { throw new Error(String(r.status)); }
      return r.json();
    });
  }

  // Fetches each address and keeps it under the same address the worker looks it up by; notes
  // the scripts and styles each page uses, so that they are kept too.
  var used = {};
  function keepAll(cache, urls, counted) {
    var bytes = 0, done = 0;
    function one(url) {
      return fetch(offline.root + url, {credentials: 'same-origin'}).then(function (r) {
        if (!r.ok || r.redirected) { throw new Error(url + ' ' + r.status); }
        return r.clone().blob().then(function (b) {
          bytes += b.size;
          if (/html/.test(r.headers.get('Content-Type') || '')) {
            return b.text().then(function (html) {
              var found = /(?:src|href)="([^"]*\/jakarta\.faces\.resource\/[^"]*)"/g, m;
              while ((m = found.exec(html))) { used[m[1].replace(/&amp;/g, '&').substring(offline.root.length)] = true; }
            });
          }
        }).then(function () {
          return cache.put(location.origin + offline.root + url, r);
        });
      }).then(function () {
        done++;
        if (counted) { status.textContent = words('saving', [done, urls.length]); }
      });
    }
    var chain = Promise.resolve();
    urls.forEach(function (url) { chain = chain.then(function () { return one(url); }); });
    return chain.then(function () { return bytes; });
  }

  function shell() {
    var assets = Object.keys(used).concat(['/resources/icons/icon.svg']);
    return caches.open('practica-shell').then(function (c) { return keepAll(c, assets, false); })
      .then(function () { return caches.open('practica-pages-' + offline.tag); })
      .then(function (c) { return keepAll(c, ['/offline.xhtml'], false); });
  }

  // Each untimed quiz of the course gets an attempt drawn now, to be begun offline; a timed one
  // needs the server to start its clock, so it is left for when the line is up.
  var timed = 0;
  function prepareQuizzes() {
    var prepared = {};
    timed = 0;
    var links = Array.prototype.map.call(document.querySelectorAll('#quizzes a[href*="quiz.xhtml?id="]'), function (a) {
      return new URL(a.href).searchParams.get('id');
    });
    var chain = Promise.resolve();
    links.forEach(function (quiz) {
      chain = chain.then(function () {
        return fetch(offline.root + '/api/v1/quizzes/' + quiz + '/offline-attempt?lang=' + encodeURIComponent(lang),
          {method: 'POST', credentials: 'same-origin', headers: {'Accept': 'application/json'}}).then(function (r) {
          if (r.status === 409) { timed++; return null; }
          if (!r.ok) { throw new Error('quiz ' + quiz + ' ' + r.status); }
          return r.json().then(function (attempt) { prepared[quiz] = attempt.id; });
        });
      });
    });
    return chain.then(function () { return prepared; });
  }

  function saveCourse() {
    save.disabled = update.disabled = true;
    var pkg, quizzes = {};
    return packageOf().then(function (p) {
      pkg = latest = p;
      return caches.delete(cacheName);
    }).then(function () {
      return prepareQuizzes();
    }).then(function (prepared) {
      quizzes = prepared;
      return caches.open(cacheName);
    }).then(function (cache) {
      var quizPages = [];
      Object.keys(quizzes).forEach(function (q) {
        quizPages.push('/courses/quiz.xhtml?id=' + q, '/courses/attempt.xhtml?id=' + quizzes[q]);
      });
      return keepAll(cache, pkg.pages.concat(quizPages, pkg.files.map(function (f) { return f.url; })), true);
    }).then(function (bytes) {
      return shell().then(function () { return record(); }).then(function (before) {
        return offline.store('saved', 'readwrite', function (s) {
          s.put({course: course, title: box.getAttribute('data-title'), version: pkg.version, digest: pkg.digest,
            bytes: bytes, pages: pkg.pages.length, savedAt: Date.now(), keep: before ? before.keep : false,
            quizzes: quizzes, timedQuizzes: timed});
        });
      });
    }).then(function () {
      if (navigator.storage && navigator.storage.persist) { navigator.storage.persist(); }
      document.dispatchEvent(new CustomEvent('practica:saved', {detail: pkg}));
    }).catch(function (e) {
      status.textContent = words('failed');
      if (window.console) { console.warn('not saved for offline: ' + e); }
      return caches.delete(cacheName).then(function () { throw new Error('not saved'); });
    }).then(render, function () { /* said above */ }).then(function () {
      save.disabled = update.disabled = false;
    });
  }

  save.addEventListener('click', saveCourse);
  update.addEventListener('click', saveCourse);
  remove.addEventListener('click', function () {
    caches.delete(cacheName).then(function () {
      return offline.store('saved', 'readwrite', function (s) { s.delete(course); });
    }).then(function () {
      status.textContent = words('removed');
      return render();
    });
  });
  keep.addEventListener('change', function () {
    record().then(function (saved) {
      if (!saved) { return; }
      saved.keep = keep.checked;
      return offline.store('saved', 'readwrite', function (s) { s.put(saved); });
    });
  });

  render().then(function () {
    if (navigator.onLine) {
      packageOf().then(function (p) { latest = p; render(); }, function () { /* said when saving */ });
    }
  });
  }
})();
