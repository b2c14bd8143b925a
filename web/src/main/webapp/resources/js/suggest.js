// Search suggestions while typing: asks the API for matching product names and offers them in the box's list.
(function () {
    var box = document.getElementById('searchQ');
    var list = document.getElementById('searchSuggestions');
    if (!box || !list || !window.fetch) {
        return;
    }
    var timer;
    box.addEventListener('input', function () {
        clearTimeout(timer);
        var typed = box.value.trim();
        if (typed.length < 1) {
            return;
        }
        timer = setTimeout(function () {
            var lang = document.documentElement.lang || 'en';
            fetch((window.PrimeFaces && PrimeFaces.settings ? PrimeFaces.settings.contextPath : '')
                + '/api/v1/search/suggestions?lang=' + encodeURIComponent(lang) + '&q=' + encodeURIComponent(typed))
                .then(function (r) { return r.ok ? r.json() : []; })
                .then(function (names) {
                    list.innerHTML = '';
                    names.forEach(function (name) {
                        var option = document.createElement('option');
                        option.value = name; // text, never HTML
                        list.appendChild(option);
                    });
                })
                .catch(function () { /* suggestions are a convenience */ });
        }, 200);
    });
})();
