// Refreshes every element with a non-empty data-refresh-url every two seconds: the server returns the element's new
// HTML, which replaces it. A finished crawl's HTML has an empty data-refresh-url, so polling stops once every crawl has
// finished.
(function () {
    function refresh() {
        var targets = document.querySelectorAll("[data-refresh-url]:not([data-refresh-url=''])");
        if (targets.length === 0) {
            return;
        }

        var updates = Array.prototype.map.call(targets, function (element) {
            return fetch(element.getAttribute("data-refresh-url"), { credentials: "same-origin" })
                .then(function (response) {
                    if (!response.ok) {
                        throw new Error("HTTP " + response.status);
                    }
                    return response.text();
                })
                .then(function (html) { element.outerHTML = html; });
        });
        Promise.all(updates)
            .catch(function () { /* The next round tries again; the page keeps its last state meanwhile. */ })
            .then(function () { window.setTimeout(refresh, 2000); });
    }

    window.setTimeout(refresh, 2000);
})();
