// The browser's time zone, sent with the sign-in form so that times are shown in it from the start.
(function () {
    var field = document.getElementById('zone');
    try { if (field) { field.value = Intl.DateTimeFormat().resolvedOptions().timeZone || ''; } } catch (e) { /* no Intl: UTC it is */ }
})();
