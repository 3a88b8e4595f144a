// Reloads the batch status page every two seconds until the batch has finished.
window.setTimeout(function () { window.location.reload(); }, 2000);
