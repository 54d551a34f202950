// Saves each answer the moment it changes, and counts down to the server's deadline. The page
// works without this script: its Save and Submit buttons post the whole form.
(function () {
  var form = document.getElementById('attemptForm');
  var idField = document.getElementById('attemptId');
  if (!form || !idField || !window.fetch) { return; }
  var base = document.querySelector('link[rel=stylesheet]').getAttribute('href').split('/jakarta.faces.resource/')[0];
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

  function save(li) {
    var answer = answerOf(li);
    if (!answer) { return; }
    state.textContent = '…';
    fetch(base + '/api/v1/attempts/' + idField.value + '/answers/' + li.getAttribute('data-slot'), {
      method: 'PUT', credentials: 'same-origin',
      headers: {'Content-Type': 'application/json', 'Accept': 'application/json'},
      body: JSON.stringify(answer)
    }).then(function (r) {
      state.textContent = r.ok ? '✓' : '!';
      li.classList.toggle('save-failed', !r.ok);
    }).catch(function () { state.textContent = '!'; li.classList.add('save-failed'); });
  }

  var timers = {};
  form.addEventListener('change', function (e) {
    var li = e.target.closest('li.question');
    if (li) { save(li); }
  });
  form.addEventListener('input', function (e) {
    var li = e.target.closest('li.question');
    if (!li || e.target.type === 'radio' || e.target.type === 'checkbox') { return; }
    clearTimeout(timers[li.id]);
    timers[li.id] = setTimeout(function () { save(li); }, 800);
  });

  var clock = document.getElementById('clock');
  if (clock) {
    // the server's clock decides; this only shows how long is left by it
    var offset = Date.parse(clock.getAttribute('data-now')) - Date.now();
    var deadline = Date.parse(clock.getAttribute('data-deadline'));
    var left = document.getElementById('timeLeft');
    var tick = function () {
      var ms = deadline - (Date.now() + offset);
      if (ms <= 0) { left.textContent = '0:00'; return; }
      var s = Math.floor(ms / 1000);
      left.textContent = Math.floor(s / 60) + ':' + ('0' + (s % 60)).slice(-2);
      setTimeout(tick, 1000);
    };
    tick();
  }
})();
