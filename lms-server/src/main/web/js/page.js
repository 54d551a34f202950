// Runs on every page: names table cells for phones, and takes the person to the first refused field.

// Words from the server's bundle written as an ICU plural ("{0,plural,one{# lesson}other{# lessons}}"),
// for the counts a script shows; only the plural part is understood.
window.practicaPlural = function (pattern, n) {
  var rules = window.Intl && Intl.PluralRules ? new Intl.PluralRules(document.documentElement.lang || 'en') : null;
  var category = n === 0 && /=0\{/.test(pattern) ? '=0' : (rules ? rules.select(n) : (n === 1 ? 'one' : 'other'));
  var m = pattern.match(new RegExp(category.replace('=', '\\=') + '\\{([^}]*)\\}')) || pattern.match(/other\{([^}]*)\}/);
  var number = window.Intl ? new Intl.NumberFormat(document.documentElement.lang || 'en').format(n) : String(n);
  var words = m ? m[1].replace('#', number) : number;
  return pattern.replace(/\{0,plural,[\s\S]*\}\}/, words);
};

// Names each cell of a simple table by its column, for the stacked layout of narrow screens.
document.querySelectorAll('table.simple').forEach(function (table) {
    var heads = Array.prototype.map.call(table.querySelectorAll('thead th'), function (th) { return th.textContent.trim(); });
    table.querySelectorAll('tbody tr').forEach(function (row) {
        Array.prototype.forEach.call(row.children, function (cell, i) {
            if (heads[i] && !cell.hasAttribute('data-label')) { cell.setAttribute('data-label', heads[i]); }
        });
    });
});

// After a refused submit every problem is shown beside its field; the keyboard and the screen
// reader start at the first of them: its field when the message sits with one, else the message.
(function () {
    // some pages keep an empty message box beside each field, ready for a refusal: skip those
    var error = Array.prototype.find.call(document.querySelectorAll('form .field-error, form .ui-message-error, form .ui-messages-error'),
        function (e) { return e.textContent.trim() !== ''; });
    if (!error) { return; }
    var controls = 'input:not([type=hidden]):not([disabled]), select:not([disabled]), textarea:not([disabled])';
    var field = null;
    if (error.id) { field = document.querySelector('[aria-describedby~="' + error.id + '"]'); }
    for (var box = error.parentElement; !field && box && box.tagName !== 'FORM'; box = box.parentElement) {
        field = box.querySelector(controls);
    }
    if (field) {
        field.setAttribute('aria-invalid', 'true');
        field.focus();
    } else {
        error.setAttribute('tabindex', '-1');
        error.focus();
    }
})();

// PrimeFaces gives each message of a message list role="alert", which takes it out of the list
// (a list may hold only list items); the box around them is already a polite live region.
document.querySelectorAll('.ui-messages li[role="alert"]').forEach(function (item) {
    item.removeAttribute('role');
});

// Data saver keeps a lesson's images behind a link; a tap puts the image there, nothing sooner.
document.addEventListener('click', function (e) {
    var link = e.target.closest && e.target.closest('a.image-on-request');
    if (!link) { return; }
    e.preventDefault();
    var image = document.createElement('img');
    image.src = link.getAttribute('href');
    image.alt = link.getAttribute('data-alt') || '';
    if (link.getAttribute('data-width')) { image.width = Number(link.getAttribute('data-width')); }
    if (link.getAttribute('data-height')) { image.height = Number(link.getAttribute('data-height')); }
    link.replaceWith(image);
});
