// Shows the chosen logo before it is uploaded, at the size it is printed small, so a wrong or
// blurred file is caught before it reaches a certificate. Without script the upload still works.
document.querySelectorAll('input[type=file][data-preview]').forEach(function (input) {
    var preview = document.getElementById(input.getAttribute('data-preview'));
    if (!preview || !window.URL) { return; }
    input.addEventListener('change', function () {
        var file = input.files && input.files[0];
        if (!file) { preview.hidden = true; return; }
        preview.src = URL.createObjectURL(file);
        preview.hidden = false;
    });
});
