// Infinite scroll on phones for search and category results: when the pager comes into view, the next page's
// results are fetched and appended, and the pager is replaced by the next page's. Progressive enhancement: without
// JavaScript, on wide screens, or if anything fails, the pager's ordinary links still work.
(function () {
    var results = document.getElementById('results');
    var pager = document.getElementById('pager');
    if (!results || !pager || !window.fetch || !window.IntersectionObserver || !window.DOMParser
        || !window.matchMedia || !window.matchMedia('(max-width: 640px)').matches) {
        return;
    }
    var loading = false;

    function nextLink(nav) {
        var active = nav.querySelector('a.page-link.active');
        var next = active ? active.nextElementSibling : null;
        while (next && !(next.matches && next.matches('a.page-link'))) {
            next = next.nextElementSibling;
        }
        return next ? next.getAttribute('href') : null;
    }

    var observer = new IntersectionObserver(function (entries) {
        if (!entries.some(function (e) { return e.isIntersecting; }) || loading) {
            return;
        }
        var href = nextLink(pager);
        if (!href) {
            observer.disconnect();
            return;
        }
        loading = true;
        results.setAttribute('aria-busy', 'true');
        pager.classList.add('loading');
        fetch(href, {credentials: 'same-origin'})
            .then(function (r) {
                if (!r.ok) {
                    throw new Error('HTTP ' + r.status);
                }
                return r.text();
            })
            .then(function (html) {
                var page = new DOMParser().parseFromString(html, 'text/html');
                var more = page.getElementById('results');
                var newPager = page.getElementById('pager');
                if (!more || !newPager) {
                    throw new Error('no results in the next page');
                }
                while (more.firstElementChild) {
                    results.appendChild(document.adoptNode(more.firstElementChild));
                }
                pager.innerHTML = newPager.innerHTML; // links the server rendered (and escaped)
                loading = false;
            })
            .catch(function () {
                observer.disconnect(); // leave the ordinary links to the shopper
            })
            .then(function () {
                results.removeAttribute('aria-busy');
                pager.classList.remove('loading');
            });
    }, {rootMargin: '400px 0px'});
    observer.observe(pager);
})();
