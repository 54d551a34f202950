// Learning without a line. Registers the service worker, keeps what the learner does offline in a
// queue in this browser (IndexedDB, one store per account) with the time it happened, and sends the
// queue in order when the line is back, each action with its own Idempotency-Key so that a send
// repeated after a drop is carried out once. Says in the page whether the line is up and what
// waits. Pages work without it: every action then goes to the server as a plain form post.
(function () {
  'use strict';
  var body = document.body;
  var tag = body.getAttribute('data-account');
  var SIGNED_OUT = 'practica-signed-out';
  // After signing out, Back can bring a page back from the browser's memory (the back-forward
  // cache; the HTTP cache is cleared by the sign-out's Clear-Site-Data): a page shown before the
  // last sign-out asks the server again, which sends a signed-out person to sign in.
  var shownAt = Date.now();
  window.addEventListener('pageshow', function (e) {
    var out = 0;
    try { out = Number(localStorage.getItem(SIGNED_OUT)); } catch (blocked) { /* storage switched off */ }
    if (e.persisted && out > shownAt) {
      document.documentElement.hidden = true;
      location.reload();
    }
  });
  if (!tag || !window.indexedDB || !window.fetch || !window.Promise) { return; }
  var root = body.getAttribute('data-root') || '';
  var state = document.getElementById('lineState');
  var stateText = document.getElementById('lineStateText');

  // the server's clock, as the page was rendered, against this device's: stamps follow the server
  var offset = Date.parse(body.getAttribute('data-now')) - Date.now();
  if (isNaN(offset)) { offset = 0; }
  function serverNow() { return new Date(Date.now() + offset).toISOString(); }
  // a page shown from a copy carries the clock of its render: the worker's note is fresher (sw.js)
  if (navigator.serviceWorker && navigator.serviceWorker.controller && window.caches) {
    caches.open('practica-meta').then(function (c) { return c.match('/offline/clock'); })
      .then(function (r) { return r ? r.text() : ''; })
      .then(function (noted) { if (noted !== '' && !isNaN(Number(noted))) { offset = Number(noted); } })
      .catch(function () {});
  }

  if ('serviceWorker' in navigator) {
    navigator.serviceWorker.register(root + '/sw.js', {scope: root + '/'}).then(function () {
      return navigator.serviceWorker.ready;
    }).then(function (registration) {
      registration.active.postMessage({type: 'account', tag: tag});
    }).catch(function () { /* no worker (private window): the queue still works while the page is open */ });
  }

  var opened = null;
  function db() {
    if (!opened) {
      opened = new Promise(function (resolve, reject) {
        var request = indexedDB.open('practica-' + tag, 1);
        request.onupgradeneeded = function () {
          var d = request.result;
          d.createObjectStore('outbox', {keyPath: 'seq', autoIncrement: true});
          d.createObjectStore('refused', {keyPath: 'seq'});
          d.createObjectStore('saved', {keyPath: 'course'});
        };
        request.onsuccess = function () { resolve(request.result); };
        request.onerror = function () { reject(request.error); };
      });
    }
    return opened;
  }

  function store(name, mode, work) {
    return db().then(function (d) {
      return new Promise(function (resolve, reject) {
        var tx = d.transaction(name, mode);
        var result = work(tx.objectStore(name));
        tx.oncomplete = function () { resolve(result && 'result' in result ? result.result : result); };
        tx.onerror = function () { reject(tx.error); };
      });
    });
  }

  function all(name) { return store(name, 'readonly', function (s) { return s.getAll(); }); }

  function newKey() {
    if (window.crypto && crypto.randomUUID) { return crypto.randomUUID(); }
    var bytes = new Uint8Array(16);
    crypto.getRandomValues(bytes);
    return Array.prototype.map.call(bytes, function (b) { return ('0' + b.toString(16)).slice(-2); }).join('');
  }

  /**
   * Keeps an action to send: {method, url, body, label}. It is stamped now (by the server's clock)
   * and given its key here, once, so every later send of it is the same action.
   */
  function enqueue(action) {
    action.key = newKey();
    action.at = action.at || serverNow();
    action.url = action.url.replace('{at}', encodeURIComponent(action.at));
    return store('outbox', 'readwrite', function (s) { s.add(action); }).then(function () {
      show();
      send();
      return action;
    });
  }

  var sending = false, signedOut = false, justSent = 0;
  // A line that has just come back often drops the first request (the browser says online a moment
  // before its network does), and a busy server asks to wait: the next try comes after 2, 4, 8 and
  // 16 seconds; after that the half-minute round below tries.
  var failures = 0, retry = null;
  function tryAgainLater() {
    failures++;
    if (failures > 4) { return; }
    clearTimeout(retry);
    retry = setTimeout(send, 1000 * Math.pow(2, failures));
  }

  // Sends what waits, oldest first, one at a time, stopping at the first sign the line or the
  // session is gone; a refusal (4xx) is set aside with its reason, so it does not block the rest.
  function send() {
    if (sending || !navigator.onLine) { return Promise.resolve(); }
    sending = true;
    show();
    function next() {
      return all('outbox').then(function (waiting) {
        if (!waiting.length) { return; }
        var item = waiting[0];
        var headers = {'Accept': 'application/json', 'Idempotency-Key': item.key};
        if (item.body) { headers['Content-Type'] = 'application/json'; }
        return fetch(root + item.url, {method: item.method, credentials: 'same-origin', headers: headers,
          body: item.body || undefined, redirect: 'manual'}).then(function (r) {
          if (r.type === 'opaqueredirect' || r.status === 401) { signedOut = true; return; }
          signedOut = false;
          if (r.ok) {
            justSent++;
            failures = 0;
            return store('outbox', 'readwrite', function (s) { s.delete(item.seq); }).then(next);
          }
          return r.json().catch(function () { return {}; }).then(function (problem) {
            if (r.status >= 500 || r.status === 429 || /in-progress$/.test(problem.type || '')) {
              tryAgainLater();   // the server is busy, or the first send of this action still runs
              return;
            }
            var reason = problem.errors && problem.errors.length ? problem.errors[0].message : (problem.detail || problem.title || String(r.status));
            item.reason = reason;
            return store('refused', 'readwrite', function (s) { s.put(item); })
              .then(function () { return store('outbox', 'readwrite', function (s) { s.delete(item.seq); }); })
              .then(next);
          });
        }, tryAgainLater);   // the line dropped again, or is not quite back
      });
    }
    return next().then(finish, finish);
    function finish() {
      sending = false;
      show();
      document.dispatchEvent(new CustomEvent('practica:sent'));
    }
  }

  // Says whether the line is up, how many actions wait, and which were refused and why.
  function show() {
    if (!state) { return Promise.resolve(); }
    return Promise.all([all('outbox'), all('refused')]).then(function (found) {
      var waiting = found[0].length, refused = found[1];
      var words = [];
      if (!navigator.onLine) { words.push(state.getAttribute('data-offline')); }
      if (signedOut) { words.push(state.getAttribute('data-sign-in')); }
      if (waiting) {
        words.push(window.practicaPlural(state.getAttribute(sending && navigator.onLine ? 'data-sending' : 'data-waiting'), waiting));
      } else if (justSent && navigator.onLine) {
        words.push(window.practicaPlural(state.getAttribute('data-sent'), justSent));
      }
      stateText.textContent = words.join(' ');
      var list = document.getElementById('refusedActions');
      list.textContent = '';
      refused.forEach(function (item) {
        var li = document.createElement('li');
        li.textContent = state.getAttribute('data-refused').replace('{0}', item.label || item.url).replace('{1}', item.reason);
        list.appendChild(li);
      });
      list.hidden = !refused.length;
      state.hidden = !words.length && !refused.length;
      state.classList.toggle('is-offline', !navigator.onLine);
      body.classList.toggle('offline', !navigator.onLine);
      document.dispatchEvent(new CustomEvent('practica:outbox', {detail: found[0]}));
    });
  }

  window.addEventListener('online', function () { failures = 0; show(); send(); });
  window.addEventListener('offline', show);
  setInterval(function () { if (navigator.onLine) { send(); } }, 30000);

  // A lesson marked done without a line is kept and sent later, with the time it was marked;
  // with a line the form is posted as always.
  var doneForm = document.querySelector('form[id$="doneForm"]');
  var lesson = document.getElementById('lessonText');
  if (doneForm && lesson) {
    var course = lesson.getAttribute('data-course'), key = lesson.getAttribute('data-lesson');
    doneForm.addEventListener('submit', function (e) {
      if (navigator.onLine) { return; }
      e.preventDefault();
      enqueue({method: 'POST', url: '/api/v1/courses/' + course + '/lessons/' + key + '/done?doneAt={at}',
        label: document.getElementById('lessonTitle').textContent, course: course, lesson: key})
        .then(function () {
          var onward = document.getElementById('next') || document.getElementById('backToCourse');
          if (onward) { location.href = onward.href; }
        });
    });
  }

  // Lessons marked done but not yet sent are shown done, here and in the outlines.
  document.addEventListener('practica:outbox', function (e) {
    e.detail.forEach(function (item) {
      if (!item.lesson) { return; }
      Array.prototype.forEach.call(document.querySelectorAll('a[href*="lesson=' + item.lesson + '"]'), function (a) {
        var li = a.closest('li');
        if (li) { li.classList.add('done', 'done-waiting'); }
      });
      if (lesson && lesson.getAttribute('data-lesson') === item.lesson) {
        var note = document.getElementById('doneWaiting');
        if (note) { note.hidden = false; }
      }
    });
  });

  // Signing out sends what waits first (without a line it would be lost: the learner is told to
  // wait), then clears this account's store but the courses the learner chose to keep, and tells
  // the worker to serve no one's saved pages until someone signs in.
  var logout = document.getElementById('logoutForm');
  if (logout) {
    logout.addEventListener('submit', function (e) {
      if (logout.getAttribute('data-cleared')) { return; }
      e.preventDefault();
      var button = e.submitter;
      function say(words) { stateText.textContent = words; state.hidden = false; }
      if (!navigator.onLine) { say(state.getAttribute('data-sign-out-offline')); return; }
      send().then(function () { return all('outbox'); }).then(function (waiting) {
        if (waiting.length) { say(state.getAttribute('data-sign-out-offline')); return; }
        return clearOnSignOut().then(function () {
          try { localStorage.setItem(SIGNED_OUT, String(Date.now())); } catch (full) { /* private mode */ }
          logout.setAttribute('data-cleared', 'true');
          if (logout.requestSubmit) { logout.requestSubmit(button); } else { button.click(); }
        });
      });
    });
  }

  function clearOnSignOut() {
    return all('saved').then(function (saved) {
      var gone = saved.filter(function (s) { return !s.keep; });
      return Promise.all(gone.map(function (s) {
        return caches.delete('practica-course-' + tag + '-' + s.course)
          .then(function () { return store('saved', 'readwrite', function (st) { st.delete(s.course); }); });
      })).then(function () {
        return gone.length === saved.length ? caches.delete('practica-pages-' + tag) : null;
      });
    }).then(function () {
      return store('refused', 'readwrite', function (s) { s.clear(); });
    }).then(function () {
      if (navigator.serviceWorker && navigator.serviceWorker.controller) {
        navigator.serviceWorker.controller.postMessage({type: 'account', tag: ''});
      }
    });
  }

  // Starting a quiz without a line opens the attempt prepared for it when its course was saved.
  var startForm = document.getElementById('startForm');
  if (startForm) {
    startForm.addEventListener('submit', function (e) {
      if (navigator.onLine) { return; }
      e.preventDefault();
      var quiz = startForm.querySelector('input[name=id]').value;
      all('saved').then(function (saved) {
        var attempt = null;
        saved.forEach(function (s) { if (s.quizzes && s.quizzes[quiz]) { attempt = s.quizzes[quiz]; } });
        if (attempt) {
          location.href = root + '/courses/attempt.xhtml?id=' + attempt;
        } else {
          stateText.textContent = state.getAttribute('data-quiz-needs-line');
          state.hidden = false;
        }
      });
    });
  }

  // The page shown for what is not saved lists what is.
  var savedList = document.getElementById('savedCourses');
  if (savedList) {
    all('saved').then(function (saved) {
      saved.forEach(function (s) {
        var li = document.createElement('li'), a = document.createElement('a');
        a.href = root + '/courses/course.xhtml?id=' + s.course;
        a.textContent = s.title;
        li.appendChild(a);
        savedList.appendChild(li);
      });
      document.getElementById('noSavedCourses').hidden = saved.length > 0;
    });
  }

  window.practicaOffline = {enqueue: enqueue, send: send, all: all, store: store, serverNow: serverNow, root: root, tag: tag};
  document.dispatchEvent(new CustomEvent('practica:offline-ready'));
  show();
  send();
})();
