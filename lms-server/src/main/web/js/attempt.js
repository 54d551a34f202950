// Saves each answer the moment it changes, keeps the question panel's marks up to date, and counts
// down to the server's deadline. The page works without this script: its Save and Submit buttons
// post the whole form, and the server marks answered and refused questions itself.
(function () {
  var form = document.getElementById('attemptForm');
  var idField = document.getElementById('attemptId');
  if (!form || !idField || !window.fetch) { return; }
  var base = document.body.getAttribute('data-root') || '';   // the context root (light.xhtml)
  var note = document.getElementById('autosaveNote');
  var state = document.getElementById('saveState');
  note.hidden = false;

  function answerOf(li) {
    var slot = li.getAttribute('data-slot'), type = li.getAttribute('data-type'), name = 'a' + slot;
    var inputs = li.querySelectorAll('[name^="' + name + '"]');
    if (type === 'SINGLE_CHOICE') {
      var c = li.querySelector('input[name="' + name + '"]:checked');
      return c ? {choice: parseInt(c.value, 10)} : null;
    }
    if (type === 'MULTIPLE_RESPONSE') {
      return {choices: Array.prototype.map.call(li.querySelectorAll('input[name="' + name + '"]:checked'), function (i) { return parseInt(i.value, 10); })};
    }
    if (type === 'TRUE_FALSE') {
      var t = li.querySelector('input[name="' + name + '"]:checked');
      return t ? {truth: t.value === 'true'} : null;
    }
    if (type === 'CLOZE') {
      var parts = {};
      Array.prototype.forEach.call(li.querySelectorAll('[data-gap]'), function (g) {
        var n = g.getAttribute('data-gap'), as = g.getAttribute('data-as');
        if (as === 'text') {
          if (g.value.trim() !== '') { parts[n] = {text: g.value}; }
        } else if (g.tagName === 'SELECT') {
          if (g.value !== '') { parts[n] = {choice: parseInt(g.value, 10)}; }
        } else {
          var picked = Array.prototype.map.call(g.querySelectorAll('input:checked'), function (i) { return parseInt(i.value, 10); });
          if (picked.length) { parts[n] = as === 'choice' ? {choice: picked[0]} : {choices: picked}; }
        }
      });
      return Object.keys(parts).length ? {parts: parts} : null;
    }
    if (type === 'MATCHING') {
      var matches = {};
      Array.prototype.forEach.call(inputs, function (s) {
        if (s.value) { matches[s.name.substring(name.length + 1)] = s.value; }
      });
      return {matches: matches};
    }
    var field = inputs[0];
    return field && field.value.trim() !== '' ? {text: field.value} : null;
  }

  function mark(li, ok, message) {
    var slot = li.getAttribute('data-slot');
    var error = document.getElementById('err-' + slot);
    var link = document.getElementById('nav-' + slot);
    li.classList.toggle('refused', !ok);
    if (error) { error.textContent = ok ? '' : message; }
    var field = li.querySelector('input[type=text], textarea');
    if (field) { field.setAttribute('aria-invalid', ok ? 'false' : 'true'); }
    if (link) {
      link.classList.toggle('refused', !ok);
      link.classList.toggle('answered', ok);
      link.classList.toggle('unanswered', false);
    }
  }

  // Without a line, or for an attempt prepared to be taken offline, answers go into this
  // browser's outbox (offline.js) with the time they were given, and are sent in order when the
  // line is back: a prepared attempt is begun first, its submit comes last.
  var prepared = document.getElementById('attemptPrepared').value === 'true';
  var beginQueued = false;
  function queued() { return prepared || !navigator.onLine; }

  function keep(li, answer, at) {
    var o = window.practicaOffline;
    if (!o) { state.textContent = note.getAttribute('data-failed'); return Promise.resolve(); }
    var slot = li.getAttribute('data-slot');
    var number = Array.prototype.indexOf.call(form.querySelectorAll('li.question'), li) + 1;
    return beginFirst(o, at).then(function () {
      return o.enqueue({method: 'PUT', url: '/api/v1/attempts/' + idField.value + '/answers/' + slot + '?answeredAt={at}',
        body: JSON.stringify(answer), at: at, attempt: idField.value, slot: slot,
        label: note.getAttribute('data-question').replace('{0}', number)});
    }).then(function () {
      state.textContent = note.getAttribute('data-kept');
      mark(li, true);
    });
  }

  function beginFirst(o, at) {
    if (!prepared || beginQueued) { return Promise.resolve(); }
    beginQueued = true;
    return o.enqueue({method: 'POST', url: '/api/v1/attempts/' + idField.value + '/begin?startedAt={at}', at: at,
      attempt: idField.value, label: document.querySelector('h1').textContent});
  }

  // answers kept earlier on this device show again when the page is opened anew
  document.addEventListener('practica:outbox', function (e) {
    e.detail.forEach(function (item) {
      if (item.attempt !== idField.value) { return; }
      if (/\/begin/.test(item.url)) { beginQueued = true; }
      if (item.slot && item.body) {
        var li = document.getElementById('q' + item.slot);
        if (li && !li.getAttribute('data-restored')) { li.setAttribute('data-restored', 'true'); show(li, JSON.parse(item.body)); mark(li, true); }
      }
      if (/\/submit/.test(item.url)) { submitted(); }
    });
  });

  function show(li, answer) {
    var name = 'a' + li.getAttribute('data-slot');
    function tick(value) {
      var input = li.querySelector('input[name="' + name + '"][value="' + value + '"]');
      if (input) { input.checked = true; }
    }
    if (answer.choice !== undefined) { tick(answer.choice); }
    if (answer.choices) { answer.choices.forEach(tick); }
    if (answer.truth !== undefined) { tick(String(answer.truth)); }
    if (answer.text !== undefined) {
      var field = li.querySelector('[name="' + name + '"]');
      if (field) { field.value = answer.text; }
    }
    if (answer.matches) {
      Object.keys(answer.matches).forEach(function (k) {
        var select = li.querySelector('[name="' + name + '_' + k + '"]');
        if (select) { select.value = answer.matches[k]; }
      });
    }
  }

  // one save per question at a time: a slower earlier save must not land after a later one and
  // put back an older answer (two gaps filled in quick succession did that)
  var inFlight = {}, again = {};
  function save(li) {
    if (inFlight[li.id]) { again[li.id] = true; return; }
    var answer = answerOf(li);
    if (!answer) { return; }
    var at = window.practicaOffline ? window.practicaOffline.serverNow() : null;
    if (queued()) { keep(li, answer, at); return; }
    inFlight[li.id] = true;
    state.textContent = note.getAttribute('data-saving');
    fetch(base + '/api/v1/attempts/' + idField.value + '/answers/' + li.getAttribute('data-slot'), {
      method: 'PUT', credentials: 'same-origin',
      headers: {'Content-Type': 'application/json', 'Accept': 'application/json'},
      body: JSON.stringify(answer)
    }).then(function (r) {
      if (r.ok) {
        state.textContent = note.getAttribute('data-saved');
        mark(li, true);
        return;
      }
      state.textContent = note.getAttribute('data-failed');
      // a refusal explains itself (problem details); anything else keeps the general words
      return r.json().then(function (p) { mark(li, false, p.detail || note.getAttribute('data-failed')); },
        function () { mark(li, false, note.getAttribute('data-failed')); });
    }).catch(function () {
      // the line dropped on the way: the answer is kept here and sent, with its time, when it is back
      return keep(li, answer, at);
    })
      .then(function () {
        inFlight[li.id] = false;
        if (again[li.id]) { again[li.id] = false; save(li); }
      });
  }

  var timers = {};
  form.addEventListener('change', function (e) {
    var li = e.target.closest('li.question');
    if (li) { clearTimeout(timers[li.id]); save(li); }
  });
  form.addEventListener('input', function (e) {
    var li = e.target.closest('li.question');
    if (!li || e.target.type === 'radio' || e.target.type === 'checkbox') { return; }
    clearTimeout(timers[li.id]);
    timers[li.id] = setTimeout(function () { save(li); }, 800);
  });

  // Finishing without a line asks first, then keeps the submit with its time; it is sent after
  // the answers, and the attempt is graded when it arrives. Saving or a break keep what is typed.
  var confirmBox = document.getElementById('offlineSubmit');
  form.addEventListener('submit', function (e) {
    if (!queued() || !window.practicaOffline) { return; }
    e.preventDefault();
    Object.keys(timers).forEach(function (id) { clearTimeout(timers[id]); save(document.getElementById(id)); });
    timers = {};
    var button = e.submitter ? e.submitter.id : '';
    if (/finish$|submit$/.test(button)) {
      confirmBox.hidden = false;
      document.getElementById('offlineSubmitYes').focus();
    } else {
      state.textContent = note.getAttribute('data-kept');
    }
  });
  document.getElementById('offlineSubmitNo').addEventListener('click', function () { confirmBox.hidden = true; });
  document.getElementById('offlineSubmitYes').addEventListener('click', function () {
    var o = window.practicaOffline, at = o.serverNow();
    beginFirst(o, at).then(function () {
      return o.enqueue({method: 'POST', url: '/api/v1/attempts/' + idField.value + '/submit?submittedAt={at}', at: at,
        attempt: idField.value, label: document.querySelector('h1').textContent});
    }).then(submitted);
  });

  var isSubmitted = false;
  function submitted() {
    if (isSubmitted) { return; }
    isSubmitted = true;
    confirmBox.hidden = true;
    var done = document.getElementById('offlineSubmitted');
    done.hidden = false;
    Array.prototype.forEach.call(form.elements, function (el) { el.disabled = true; });
    // once it has been sent, the result is one step away
    document.addEventListener('practica:sent', function () {
      window.practicaOffline.all('outbox').then(function (waiting) {
        var left = waiting.some(function (i) { return i.attempt === idField.value; });
        if (!left && navigator.onLine) { location.href = base + '/courses/result.xhtml?id=' + idField.value; }
      });
    });
  }

  // flags are the learner's own reminders, kept in this browser only
  var flagKey = 'practica-flags-' + idField.value;
  var flags = {};
  try { flags = JSON.parse(localStorage.getItem(flagKey) || '{}'); } catch (e) { flags = {}; }
  Array.prototype.forEach.call(form.querySelectorAll('button.flag'), function (b) {
    var slot = b.getAttribute('data-slot');
    var link = document.getElementById('nav-' + slot);
    function show() {
      b.setAttribute('aria-pressed', flags[slot] ? 'true' : 'false');
      if (link) { link.classList.toggle('flagged', !!flags[slot]); }
    }
    b.hidden = false;
    show();
    b.addEventListener('click', function () {
      if (flags[slot]) { delete flags[slot]; } else { flags[slot] = true; }
      try { localStorage.setItem(flagKey, JSON.stringify(flags)); } catch (e) { /* private mode: flags last the page */ }
      show();
    });
  });

  var firstRefused = form.querySelector('li.refused input[type=text], li.refused textarea, li.refused input');
  if (firstRefused) { firstRefused.focus(); }

  var clock = document.getElementById('clock');
  if (clock) {
    // the server's clock decides; this only shows how long is left by it. Screen readers hear it
    // at ten, five and one minute left, not every second.
    var offset = Date.parse(clock.getAttribute('data-now')) - Date.now();
    var deadline = Date.parse(clock.getAttribute('data-deadline'));
    var left = document.getElementById('timeLeft');
    var announcement = document.getElementById('timeAnnouncement');
    var pattern = clock.getAttribute('data-minutes-left');
    var announced = {};
    var tick = function () {
      var ms = deadline - (Date.now() + offset);
      if (ms <= 0) { left.textContent = '0:00'; return; }
      var s = Math.floor(ms / 1000);
      left.textContent = Math.floor(s / 60) + ':' + ('0' + (s % 60)).slice(-2);
      var minutes = Math.ceil(s / 60);
      if ((minutes === 10 || minutes === 5 || minutes === 1) && !announced[minutes] && announcement) {
        announced[minutes] = true;
        announcement.textContent = window.practicaPlural(pattern, minutes);
      }
      setTimeout(tick, 1000);
    };
    tick();
  }

})();
